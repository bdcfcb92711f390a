/**
 * /admin/ in the built site (scripts/build-admin.ts): Sveltia CMS bundled from npm into
 * dist/admin/, with its own CSP and the generated configuration, and kept apart from the
 * reader site: not in the sitemap, the search index, robots' allowed paths or the service
 * worker's caches. The browser tests (tests/e2e/cms-*.test.ts) load and use it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';

const html = readFileSync(join(DIST, 'admin/index.html'), 'utf8');
const doc = parse(html);
const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
const directive = (name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('dist/admin/', () => {
  it('is a static page of its own that loads only its bundled script from the site', () => {
    const scripts = doc.querySelectorAll('script');
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual([
      expect.stringMatching(/^\/admin\/assets\/index-[\w-]+\.js$/),
    ]);
    expect(scripts.every((s) => s.getAttribute('type') === 'module' && !s.text.trim())).toBe(true);
    expect(existsSync(join(DIST, scripts[0]!.getAttribute('src')!))).toBe(true);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex, nofollow');
  });

  it('has its own CSP: scripts from the site only (no unsafe-inline, no unsafe-eval), nothing framed, no form posts', () => {
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('frame-src')).toBe("frame-src 'none'");
    expect(directive('form-action')).toBe("form-action 'none'");
    // The only origins besides the site: GitHub's API and status page, and its avatars.
    const origins = new Set(csp.match(/https:\/\/[^\s;]+/g));
    expect([...origins].sort()).toEqual([
      'https://api.github.com',
      'https://avatars.githubusercontent.com',
      'https://www.githubstatus.com',
    ]);
  });

  it('serves the generated configuration with this deployment’s repository and token sign-in, never the Netlify default', () => {
    const served = JSON.parse(read('admin/config.json')) as { backend: Record<string, unknown> };
    const source = JSON.parse(readFileSync('src/admin/config.json', 'utf8')) as {
      backend: Record<string, unknown>;
    };
    expect({ ...served, backend: undefined }).toEqual({ ...source, backend: undefined });
    expect(served.backend).toMatchObject({
      name: 'github',
      repo: expect.stringMatching(/^[\w.-]+\/[\w.-]+$/),
      auth_methods: ['token'],
    });
    expect(served.backend.base_url).toBeUndefined();
  });

  it('bundles the CMS with its fonts instead of loading them from a CDN', () => {
    const assets = readdirSync(join(DIST, 'admin/assets'));
    expect(assets.filter((f) => f.endsWith('.woff2')).length).toBeGreaterThanOrEqual(3);
    const main = read(doc.querySelector('script')!.getAttribute('src')!);
    expect(main).toContain('Sveltia CMS');
    expect(main).not.toMatch(/@font-face\s*\{[^}]*cdn\.jsdelivr\.net/);
  });
});

describe('the reader site leaves /admin/ out', () => {
  it('of the sitemap', () => {
    const files = readdirSync(DIST).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(files.length).toBeGreaterThan(1);
    for (const f of files) expect(read(f), f).not.toContain('/admin');
  });

  it('of the search index: Pagefind runs before the CMS is written, and the page has no indexed body', () => {
    const build = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
      .scripts.build!;
    expect(build.indexOf('scripts/search-index.ts')).toBeGreaterThan(-1);
    expect(build.indexOf('scripts/search-index.ts')).toBeLessThan(build.indexOf('scripts/build-admin.ts'));
    expect(html).not.toContain('data-pagefind-body');
  });

  it('of what crawlers may fetch', () => {
    expect(read('robots.txt')).toMatch(/^Disallow: \/admin\/$/m);
  });

  it('of the service worker: its install list, and every request under /admin/ is left to the network', () => {
    const sw = read('sw.js');
    const config = JSON.parse(
      JSON.parse(/const CONFIG = JSON\.parse\((".*")\);/.exec(sw)![1]!) as string,
    ) as {
      shell: string[];
      bypass: string[];
    };
    expect(config.bypass).toEqual(['/admin/']);
    expect(config.shell.some((p) => p.startsWith('/admin'))).toBe(false);
  });
});
