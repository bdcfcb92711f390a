/**
 * Printing in Chromium (print media and page.pdf()): no header, navigation or controls;
 * external link addresses printed; a route fits one A4 page as an itinerary with its
 * stops. The PDFs (and PNGs of them, when pdftoppm is installed) are written to
 * test-results/readers/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, serveSite, type Site } from './readers-browser.ts';

let browser: Browser;
let site: Site;
const OUT = 'test-results/readers';
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveSite()]);
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Number of pages in a PDF written by Chromium (page objects are not compressed). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

async function printed(page: Page, path: string, name: string): Promise<Buffer> {
  await page.goto(site.url + path);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  for (const old of readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')))
    rmSync(`${OUT}/${old}`);
  writeFileSync(`${OUT}/${name}.pdf`, pdf);
  try {
    execFileSync('pdftoppm', ['-png', '-r', '60', `${OUT}/${name}.pdf`, `${OUT}/${name}`]);
  } catch {
    // pdftoppm (poppler-utils) is optional: the PDF is there to open.
  }
  return pdf;
}

const hidden = (page: Page, selector: string) =>
  page.$$eval(selector, (els) =>
    els.every((e) => getComputedStyle(e).display === 'none' || (e as HTMLElement).offsetParent === null),
  );

describe('print', () => {
  it.each([
    ['/policy/measures/12/', 'measure-12'],
    ['/sites/erqi-memorial-tower/', 'site-erqi'],
    ['/policy/', 'policy'],
  ])('%s prints without chrome or controls', async (path, name) => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    const pdf = await printed(page, path, name);
    expect(pageCount(pdf)).toBeGreaterThan(0);
    for (const sel of [
      '.site-header',
      '.site-footer',
      '.reading-controls',
      '.read-aloud',
      '.copy-button',
      '.pager',
      '.map-links',
      '.skip-link',
    ]) {
      expect(await hidden(page, sel), sel).toBe(true);
    }
    expect(await page.locator('.print-url').textContent()).toContain(`https://laoqu.example.org${path}`);
    await context.close();
  });

  it('external links show their address after the link text', async () => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.url}/sites/erqi-memorial-tower/`);
    await page.emulateMedia({ media: 'print' });
    const after = await page.$eval('.sources a[href^="http"]', (a) => [
      getComputedStyle(a, '::after').content,
      a.getAttribute('href'),
    ]);
    expect(after[0]).toBe(`" (${after[1]})"`);
    await context.close();
  });

  it.each([
    '/routes/henan-red-inspiration-2019/',
    '/routes/xinzheng-centenary-2021/',
    '/routes/yuxi-storm-2025/',
    '/en/routes/yuxi-storm-2025/',
  ])('%s prints as a one-page itinerary with its stops and their addresses', async (path) => {
    const { context } = await newContext(browser);
    const page = await context.newPage();
    const pdf = await printed(page, path, `route-${path.replace(/\W+/g, '-')}`);
    expect(pageCount(pdf)).toBe(1);
    expect(await page.locator('.stops li').count()).toBeGreaterThan(1);
    for (const sel of ['.route-page .prose', '.route-page .sources', '.cite-block', '.save-offline'])
      expect(await hidden(page, sel), sel).toBe(true);
    const addresses = await page.$$eval(
      '.stops .print-only',
      (els) => els.filter((e) => getComputedStyle(e).display !== 'none').length,
    );
    expect(addresses).toBeGreaterThan(0);
    await context.close();
  });
});
