/**
 * A static file server for dist/ on 127.0.0.1 at a free port, for the unit, build and
 * browser tests and for scripts (Lighthouse): the one server all of them use.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** The built site (DIST_DIR overrides). */
export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  // Pagefind: pagefind.js / pagefind-ui.js / pagefind-entry.json are covered above;
  // its index chunks, fragments, filters and metadata are gzipped binaries that the
  // Pagefind client inflates itself (pagefind-entry.json, *.pf_meta, *.pf_index,
  // *.pf_fragment, *.pf_filter, wasm.<lang>.pagefind).
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  origin: string;
  port: number;
  /** Absolute URL of a site path such as `/en/`. */
  url(path: string): string;
  close(): Promise<void>;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Serve `root` on 127.0.0.1 at a free port. Directory URLs serve their index.html (a
 * directory without the trailing slash redirects to it, like common static hosts);
 * anything missing gets root/404.html with status 404.
 */
export async function startServer(root = DIST, urlBase = '/'): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    const send = (status: number, file: string | undefined, headers: Record<string, string> = {}) => {
      if (!file) {
        res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
        res.end(req.method === 'HEAD' ? undefined : `${status}\n`);
        return;
      }
      res.writeHead(status, {
        'content-type': contentType(file),
        'content-length': String(statSync(file).size),
        'cache-control': 'no-cache',
        ...headers,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(base, '404.html');
      send(404, isFile(page) ? page : undefined);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, undefined, { allow: 'GET, HEAD' });
    let pathname: string;
    let search: string;
    try {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      pathname = decodeURIComponent(u.pathname);
      search = u.search;
      // A site built for a base path (BASE_PATH=/laoqu/) is served under it, like a project site on GitHub Pages.
      if (urlBase !== '/') {
        if (!`${pathname}/`.startsWith(urlBase)) return send(404, undefined);
        pathname = `/${pathname.slice(urlBase.length)}`;
      }
    } catch {
      return send(400, undefined);
    }
    const target = resolve(base, '.' + pathname);
    if (target !== base && !target.startsWith(base + sep)) return notFound(); // path traversal
    if (isDir(target)) {
      if (!pathname.endsWith('/')) {
        // Location must be URL-encoded again (Chinese or spaces in paths).
        return send(301, undefined, { location: encodeURI(urlBase.slice(0, -1) + pathname + '/') + search });
      }
      const index = join(target, 'index.html');
      return isFile(index) ? send(200, index) : notFound();
    }
    if (isFile(target)) return send(200, target);
    return notFound();
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
