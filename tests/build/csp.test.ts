import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../helpers/dist.ts';

/** Every page carries a strict Content-Security-Policy that covers all its scripts and styles. */
const pages = htmlPages();
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each(pages)('$urlPath', ({ file }) => {
  const doc = readPage(file);
  const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
  const directive = (name: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? '';

  it('has a CSP without unsafe-inline or third-party origins', () => {
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:\/\//);
  });

  it('lists a hash for every inline script and style it has', () => {
    for (const s of doc.querySelectorAll('script:not([src])')) {
      if (s.getAttribute('type') === 'application/ld+json') continue; // data, never executed
      expect(directive('script-src')).toContain(sha256(s.innerHTML));
    }
    for (const s of doc.querySelectorAll('style'))
      expect(directive('style-src')).toContain(sha256(s.innerHTML));
    expect(doc.querySelectorAll('[style]'), 'no style attributes').toHaveLength(0);
    expect(
      doc.querySelectorAll('*').filter((el) => Object.keys(el.attributes).some((a) => /^on/i.test(a))),
      'no inline event handlers',
    ).toHaveLength(0);
  });
});

describe('public/_headers', () => {
  it('denies framing and sets long-lived caching for hashed assets', () => {
    const headers = readFileSync('public/_headers', 'utf8');
    expect(headers).toMatch(/frame-ancestors 'none'/);
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});
