/**
 * `node scripts/bench/search-bytes.ts <dist> [query]`: how many bytes a reader's first
 * Chinese search downloads. Serves <dist> on 127.0.0.1, counts every byte it sends, and
 * runs the search page's own search (src/lib/search/engine.ts: plain, exact-phrase and
 * two-character searches, then the text of up to 80 results) with Pagefind's generated
 * pagefind.js in Node, the way tests/helpers/pagefind-node.ts does. Prints one JSON line:
 * { bytes, requests, results }. pagefind.js is imported from disk here but downloaded by a
 * browser, so it is counted too, gzipped as a web server sends it (Pagefind's other files
 * are compressed already and are counted as they are); the search page itself is not.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runSearch, type PagefindLike } from '../../src/lib/search/engine.ts';

const [dist, query = '纪念馆'] = process.argv.slice(2);
if (!dist) throw new Error('usage: search-bytes.ts <dist> [query]');

let bytes = 0;
let requests = 0;
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = normalize(join(dist, path));
  if (!file.startsWith(normalize(dist)) || !existsSync(file) || statSync(file).isDirectory())
    return void res.writeHead(404).end();
  requests++;
  bytes += statSync(file).size;
  res.writeHead(200, {
    'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
  });
  createReadStream(file).pipe(res);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as { port: number };

// Pagefind picks its index by the page's <html lang>: tell it this "page" is Chinese.
(globalThis as { document?: unknown }).document = {
  currentScript: null,
  querySelector: () => ({ getAttribute: () => 'zh-CN' }),
};
const script = join(dist, 'pagefind/pagefind.js');
bytes += gzipSync(readFileSync(script)).length;
requests++;
const pf = await import(pathToFileURL(script).href);
await pf.options({ basePath: `http://127.0.0.1:${port}/pagefind/`, excerptLength: 30 });
await pf.init();
const result = await runSearch(pf as PagefindLike, query);
await pf.destroy();
server.close();
console.log(JSON.stringify({ bytes, requests, results: result.total }));
