import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, pruneFolder } from '../../../src/lib/build/files.ts';

describe('pruneFolder (stale files in the folders kept under .astro/)', () => {
  it('deletes exactly the files that are not kept, in every subfolder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zz-prune-'));
    for (const path of [
      'cite/sites/a.bib',
      'cite/sites/gone.bib',
      'cite/sites/a.bib.new',
      'cite/en/b.json',
    ]) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), 'x');
    }
    expect(pruneFolder(dir, new Set(['cite/sites/a.bib', 'cite/en/b.json']))).toBe(2);
    expect(filesUnder(dir).sort()).toEqual(['cite/en/b.json', 'cite/sites/a.bib']);
    expect(existsSync(join(dir, 'cite/sites/gone.bib'))).toBe(false);
  });

  it('is a no-op for a folder that does not exist', () => {
    expect(pruneFolder(join(tmpdir(), 'zz-no-such-folder'), new Set())).toBe(0);
  });
});
