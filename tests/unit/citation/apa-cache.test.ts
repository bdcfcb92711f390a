import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedApaEntry, rendererVersions } from '../../../src/lib/citation/apa-cache.ts';
import { apaEntry } from '../../../src/lib/citation/citation-js.ts';
import type { CslItem } from '../../../src/lib/citation/csl-json.ts';

const item: CslItem = {
  id: 'laoqu-sites-erqi',
  type: 'webpage',
  title: '郑州二七纪念塔和纪念堂',
  author: [{ literal: '郑州革命老区振兴发展' }],
  issued: { 'date-parts': [[2026, 12, 4]] },
  URL: 'https://laoqu.example.org/sites/erqi-memorial-tower/',
  language: 'zh-CN',
};

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'zz-apa-'));
  dirs.push(dir);
  return join(dir, 'apa-cache');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the APA cache between builds', () => {
  it('gives what citation-js renders, and keeps it for the next build', () => {
    const dir = tempDir();
    expect(cachedApaEntry(item, { dir, versions: 'v1' })).toEqual(apaEntry(item));
    expect(readdirSync(dir)).toHaveLength(1);
  });

  it('a later build reads the stored entry instead of rendering again', () => {
    const dir = tempDir();
    cachedApaEntry(item, { dir, versions: 'v1' });
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, JSON.stringify({ text: 'stored', html: 'stored' }));
    expect(cachedApaEntry(item, { dir, versions: 'v1' }).text).toBe('stored');
  });

  it('renders again when the item or a library version changes', () => {
    const dir = tempDir();
    cachedApaEntry(item, { dir, versions: 'v1' });
    cachedApaEntry({ ...item, title: '二七纪念塔' }, { dir, versions: 'v1' });
    cachedApaEntry(item, { dir, versions: 'v2' });
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('still renders when the folder cannot be written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '..', 'blocker'), '');
    expect(cachedApaEntry(item, { dir: join(dir, '..', 'blocker', 'sub'), versions: 'v1' })).toEqual(
      apaEntry(item),
    );
  });

  it('keys on the installed citation-js, CSL plugin and citeproc versions', () => {
    const versions = rendererVersions();
    const csl = JSON.parse(readFileSync('node_modules/@citation-js/plugin-csl/package.json', 'utf8')) as {
      version: string;
    };
    expect(versions).toContain(`@citation-js/plugin-csl@${csl.version}`);
    expect(versions).toMatch(/citeproc@\d/);
  });
});
