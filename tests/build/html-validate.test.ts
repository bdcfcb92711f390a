/**
 * html-validate over every HTML file in dist/ (404 pages included), with the repository's
 * .htmlvalidate.json: html-validate:recommended, every rule on (titles fit in 70
 * characters: src/lib/head/head.ts fitTitle). Zero errors and warnings; each failure prints file:line:column, rule,
 * message and the element's selector. No browser needed, so it runs with `npm test` (after
 * tests/build/setup.ts built the site); alone: SKIP_BUILD=1 npx vitest run tests/build/html-validate.test.ts
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';

const DIST = resolve('dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const files = htmlFiles(DIST);
// Finds .htmlvalidate.json by walking up from each file (dist/ sits in the repository).
// (A bare `new HtmlValidate()` would use html-validate:recommended and ignore the file.)
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());

test('dist contains HTML files', () => {
  expect(files.length).toBeGreaterThan(0);
});

test('the repository config is in use, with long-title on', async () => {
  const html = `<!DOCTYPE html><html lang="en"><head><title>${'x'.repeat(100)}</title></head><body><main><h1>x</h1></main></body></html>`;
  const probe = join(DIST, 'config-probe.html'); // only its directory matters for the lookup
  const ids = async (hv: HtmlValidate) =>
    (await hv.validateString(html, probe)).results.flatMap((r) => r.messages.map((m) => m.ruleId));
  expect(await ids(htmlvalidate)).toEqual(['long-title']);
});

test.each(files.map((f) => relative(process.cwd(), f)))('%s is valid HTML', async (file) => {
  const report = await htmlvalidate.validateFile(resolve(file));
  const messages = report.results.flatMap((r) =>
    r.messages.map(
      (m) =>
        `${file}:${m.line}:${m.column} [${m.ruleId}] ${m.message}${m.selector ? ` (at ${m.selector})` : ''}`,
    ),
  );
  expect(messages, `html-validate: ${file}`).toEqual([]);
});
