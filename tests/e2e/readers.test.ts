/**
 * Reader features in Chromium at phone width: text size and contrast (applied before the
 * first paint, remembered, no sideways scrolling at 特大, big touch targets), behaviour
 * without JavaScript. Read aloud and citations: readers-aloud-cite.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, PHONE, serveSite, withPrefs, type Site } from './readers-browser.ts';

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveSite()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const PAGES = [
  '/',
  '/policy/',
  '/policy/measures/12/',
  '/sites/erqi-memorial-tower/',
  '/routes/henan-red-inspiration-2019/',
  '/search/?q=大枣',
];
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('text size and contrast', () => {
  it.each(['zh', 'en'])('特大 / Largest never scrolls sideways at 360 px (%s)', async (lang) => {
    const { context, blocked } = await newContext(browser, PHONE);
    await withPrefs(context, { size: 'xlarge' });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(site.url + (lang === 'en' ? `/en${path.replace('大枣', 'jujube')}` : path));
      if (path.startsWith('/search/')) await page.locator('.search-results li').first().waitFor();
      expect(await page.getAttribute('html', 'data-text-size'), path).toBe('xlarge');
      expect(await overflow(page), `${lang} ${path}`).toBeLessThanOrEqual(0);
    }
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('high contrast in dark mode at 大 does not scroll sideways either', async () => {
    const { context } = await newContext(browser, { ...PHONE, colorScheme: 'dark' });
    await withPrefs(context, { size: 'large', contrast: 'high' });
    const page = await context.newPage();
    for (const path of PAGES.slice(0, 5)) {
      await page.goto(site.url + path);
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
    }
    const colours = await page.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.querySelector('main a')!).color,
    ]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 0)']);
    await context.close();
  });

  it('a choice is applied before <body> exists (no flash), survives a reload, and is announced by aria-pressed', async () => {
    const { context } = await newContext(browser, PHONE);
    // Record <html data-text-size> at the moment <body> is inserted, i.e. before anything can paint.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { sizeAtBody: string | null }).sizeAtBody =
          document.documentElement.getAttribute('data-text-size');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/policy/measures/12/`);
    // The choices sit behind the header's one 字号 button.
    await page.locator('[data-reading-menu] > summary').click();
    const group = page.getByRole('group', { name: '字号' });
    await group.getByRole('button', { name: '特大' }).click();
    await page.getByRole('button', { name: '高对比度' }).click();
    expect(await page.getAttribute('html', 'data-text-size')).toBe('xlarge');
    expect(await group.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
    expect(await group.getByRole('button', { name: '标准' }).getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { sizeAtBody: string | null }).sizeAtBody)).toBe(
      'xlarge',
    );
    expect(await page.getAttribute('html', 'data-contrast')).toBe('high');
    await page.locator('[data-reading-menu] > summary').click();
    expect(await page.getByRole('button', { name: '高对比度' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('touch targets are at least 60 px high at 特大 and 44 px at 标准', async () => {
    for (const [size, min] of [
      ['xlarge', 60],
      ['normal', 44],
    ] as const) {
      const { context } = await newContext(browser, PHONE);
      await withPrefs(context, { size });
      const page = await context.newPage();
      await page.goto(`${site.url}/routes/henan-red-inspiration-2019/`);
      const heights = await page.$$eval(
        '.header-pop > summary, [data-lang-switch], .save-offline button, .cite-more > summary, .cite-downloads a',
        (els) =>
          els
            .filter((e) => (e as HTMLElement).offsetParent)
            .map((e) => [e.textContent?.trim(), e.getBoundingClientRect().height] as const),
      );
      expect(heights.length).toBeGreaterThan(5);
      for (const [name, h] of heights) expect(h, `${size} ${name}`).toBeGreaterThanOrEqual(min);
      // The text-size buttons, once their panel is open.
      await page.locator('[data-reading-menu] > summary').click();
      const buttons = await page.$$eval('.reading-controls button', (els) =>
        els.map((e) => e.getBoundingClientRect().height),
      );
      expect(buttons.length).toBe(4);
      for (const h of buttons) expect(h, `${size} reading button`).toBeGreaterThanOrEqual(min);
      await context.close();
    }
  });
});

describe('buttons that need a browser feature', () => {
  // They are shown from the first paint (reading-prefs.js marks what the browser can do),
  // so the text never jumps down when a script reveals them (layout shift, CLS); search
  // results fill space that is already there.
  it.each(['zh', 'en'])(
    'are there from the start and nothing moves after the first paint (%s)',
    async (lang) => {
      const { context } = await newContext(browser, PHONE);
      const page = await context.newPage();
      // Scripts arrive late, as on a weak signal, so the page is painted before they run.
      // Online, as a reader is (Chromium in the test's loopback-only namespace thinks it is
      // offline and would show the offline note, which changes the layout).
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'onLine', { get: () => true }),
      );
      await page.route(/\/_astro\/.*\.js$/, async (route) => {
        await new Promise((r) => setTimeout(r, 400));
        await route.fallback();
      });
      for (const path of PAGES) {
        await page.goto(site.url + (lang === 'en' ? `/en${path.replace('大枣', 'jujube')}` : path), {
          waitUntil: 'load',
        });
        if (path.startsWith('/search/')) await page.locator('.search-results li').first().waitFor();
        const shift = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let sum = 0;
              new PerformanceObserver((list) => {
                for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
                  if (!e.hadRecentInput) sum += e.value;
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(sum), 500);
            }),
        );
        expect(shift, `${lang} ${path}`).toBeLessThan(0.001);
        if (path.includes('/measures/'))
          expect(await page.locator('[data-read-aloud]').isVisible()).toBe(true);
        if (path.startsWith('/routes/'))
          expect(await page.locator('[data-save-offline] button').isVisible()).toBe(true);
      }
      await context.close();
    },
  );
});

describe('without JavaScript', () => {
  it('hides the controls that need it and keeps citations readable', async () => {
    const { context } = await newContext(browser, { ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/routes/henan-red-inspiration-2019/`);
    for (const sel of [
      '[data-reading-menu]',
      '.reading-controls',
      '[data-read-aloud]',
      '[data-copy-target]',
      '[data-save-offline]',
    ]) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    }
    await page.goto(`${site.url}/sites/erqi-memorial-tower/`);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    expect(await page.locator('#cite-page-gb2025').isVisible()).toBe(true);
    await context.close();
  });
});
