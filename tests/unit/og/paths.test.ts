import { describe, expect, it } from 'vitest';
import { ogImageParam, ogImagePath } from '../../../src/lib/og/paths.ts';

describe('ogImagePath', () => {
  it.each([
    ['/', '/og/index.png'],
    ['/en/', '/og/en.png'],
    ['/policy/', '/og/policy.png'],
    ['/policy/measures/12/', '/og/policy/measures/12.png'],
    ['/en/policy/measures/12/', '/og/en/policy/measures/12.png'],
    ['/en/sites/erqi-memorial-tower/', '/og/en/sites/erqi-memorial-tower.png'],
  ])('%s -> %s', (page, image) => {
    expect(ogImagePath(page)).toBe(image);
  });

  it('gives the endpoint parameter without /og/ and .png', () => {
    expect(ogImageParam('/en/policy/measures/12/')).toBe('en/policy/measures/12');
    expect(ogImageParam('/')).toBe('index');
  });

  it('gives every page its own image', () => {
    const pages = ['/', '/en/', '/policy/', '/en/policy/', '/policy/measures/1/', '/en/policy/measures/1/'];
    expect(new Set(pages.map(ogImagePath)).size).toBe(pages.length);
  });
});
