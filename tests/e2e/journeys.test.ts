/**
 * Keyboard and navigation journeys through the page chrome (BaseLayout, Header):
 *   1. skip link: the first Tab focuses `.skip-link` (and shows it), Enter moves focus to `#main`;
 *   2. at 360 px, the menu `details.menu > summary` opens from the keyboard (Enter and
 *      Space), showing the nav links, and closes again;
 *   3. the language switch `[data-lang-switch]` goes /policy/departments/ ->
 *      /en/policy/departments/ -> back, with `<html lang>` zh-CN / en.
 * Every journey also asserts the page raised no errors and made no off-site requests.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  assertDist,
  DESKTOP,
  launchBrowser,
  MOBILE,
  newContext,
  newPage,
  settle,
  startServer,
  type StaticServer,
} from './harness.ts';

assertDist();

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const activeElement = () => {
  const el = document.activeElement;
  if (!el || el === document.body) return 'body';
  return `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''}`;
};

/** Is the header's inline nav (the one not inside the menu) rendered? */
const inlineNavVisible = (page: Page) =>
  page.evaluate(() => {
    const nav = [...document.querySelectorAll('header nav > ul')].find((n) => !n.closest('details.menu'));
    return nav ? nav.checkVisibility() : null;
  });

describe('skip link', () => {
  for (const [label, options] of [
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ] as const) {
    for (const path of ['/', '/en/', '/policy/departments/']) {
      test(`${path} at ${label}: first Tab focuses the skip link, Enter moves focus to #main`, async () => {
        const context = await newContext(browser, options);
        try {
          const tracked = await newPage(context, server.origin);
          const { page } = tracked;
          await page.goto(server.url(path));
          await settle(page);

          await page.keyboard.press('Tab');
          expect(
            await page.evaluate(() => document.activeElement?.matches('a.skip-link') ?? false),
            'first Tab focuses a.skip-link',
          ).toBe(true);
          // Visible when focused: inside the viewport and not clipped away.
          const box = await page.locator('a.skip-link').boundingBox();
          expect(box, 'focused skip link has a box').not.toBeNull();
          expect(box!.y, 'focused skip link is on screen').toBeGreaterThanOrEqual(0);
          expect(box!.width * box!.height, 'focused skip link is not clipped to nothing').toBeGreaterThan(1);
          expect(await page.getAttribute('a.skip-link', 'href')).toBe('#main');

          await page.keyboard.press('Enter');
          await page
            .waitForFunction(() => document.activeElement?.id === 'main', null, { timeout: 5_000 })
            .catch(() => {});
          expect(
            await page.evaluate(() => document.activeElement?.id ?? null),
            `Enter on the skip link focuses #main (focus is on ${await page.evaluate(activeElement)})`,
          ).toBe('main');
          expect(new URL(page.url()).hash).toBe('#main');

          // The next Tab continues inside main (or after it), not back in the header.
          await page.keyboard.press('Tab');
          const inHeader = await page.evaluate(() => !!document.activeElement?.closest('header'));
          expect(inHeader, 'Tab after the skip link does not land in the header').toBe(false);

          expect(tracked.problemList()).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});

describe('mobile menu at 360 px', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(browser, MOBILE);
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const path of ['/', '/en/', '/policy/departments/']) {
    test(`${path}: details.menu opens and closes with Enter and Space`, async () => {
      const tracked = await newPage(context, server.origin);
      const { page } = tracked;
      try {
        await page.goto(server.url(path));
        await settle(page);
        const summary = page.locator('details.menu > summary');
        const links = page.locator('details.menu a');
        const isOpen = () => page.locator('details.menu').evaluate((d) => (d as HTMLDetailsElement).open);

        await expect.poll(() => summary.isVisible(), { message: 'menu button visible at 360 px' }).toBe(true);
        expect(await links.count(), 'menu has links').toBeGreaterThan(0);
        expect(await links.first().isVisible(), 'links hidden while closed').toBe(false);
        // The desktop nav (outside the menu) is hidden at this width.
        expect(await inlineNavVisible(page), 'inline nav hidden at 360 px').toBe(false);

        await summary.focus();
        expect(
          await page.evaluate(() => document.activeElement?.matches('details.menu > summary') ?? false),
          'summary takes focus',
        ).toBe(true);

        await page.keyboard.press('Enter');
        await expect.poll(isOpen, { message: 'Enter opens the menu' }).toBe(true);
        const count = await links.count();
        for (let i = 0; i < count; i++)
          expect(await links.nth(i).isVisible(), `link ${i + 1} visible when open`).toBe(true);
        // Tab from the summary reaches the first menu link.
        await page.keyboard.press('Tab');
        expect(
          await page.evaluate(() => !!document.activeElement?.matches('details.menu a')),
          'Tab moves into the open menu',
        ).toBe(true);

        await summary.focus();
        await page.keyboard.press('Enter');
        await expect.poll(isOpen, { message: 'Enter closes the menu' }).toBe(false);
        expect(await links.first().isVisible(), 'links hidden after closing').toBe(false);

        await page.keyboard.press('Space');
        await expect.poll(isOpen, { message: 'Space opens the menu' }).toBe(true);
        expect(await links.first().isVisible()).toBe(true);
        await page.keyboard.press('Space');
        await expect.poll(isOpen, { message: 'Space closes the menu' }).toBe(false);

        expect(tracked.problemList()).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  test('at 1280 px the menu button is hidden and the inline nav is shown', async () => {
    const desktop = await newContext(browser, DESKTOP);
    try {
      const { page } = await newPage(desktop, server.origin);
      await page.goto(server.url('/'));
      expect(await page.locator('details.menu').isVisible()).toBe(false);
      expect(await inlineNavVisible(page), 'inline nav shown at 1280 px').toBe(true);
    } finally {
      await desktop.close();
    }
  });
});

describe('language switch', () => {
  test('/policy/departments/ -> /en/policy/departments/ -> back, with html lang', async () => {
    const context = await newContext(browser, DESKTOP);
    try {
      const tracked = await newPage(context, server.origin);
      const { page } = tracked;
      const lang = () => page.evaluate(() => document.documentElement.getAttribute('lang'));

      await page.goto(server.url('/policy/departments/'));
      expect(await lang()).toBe('zh-CN');
      const link = page.locator('[data-lang-switch]');
      expect(await link.getAttribute('hreflang')).toBe('en');

      await Promise.all([page.waitForURL('**/en/policy/departments/'), link.click()]);
      expect(new URL(page.url()).pathname).toBe('/en/policy/departments/');
      expect(await lang()).toBe('en');
      expect(await link.getAttribute('hreflang')).toBe('zh-CN');

      await Promise.all([page.waitForURL((u) => u.pathname === '/policy/departments/'), link.click()]);
      expect(new URL(page.url()).pathname).toBe('/policy/departments/');
      expect(await lang()).toBe('zh-CN');

      expect(tracked.problemList()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the switch works from the keyboard too (focus, Enter)', async () => {
    const context = await newContext(browser, MOBILE);
    try {
      const tracked = await newPage(context, server.origin);
      const { page } = tracked;
      await page.goto(server.url('/en/'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.locator('[data-lang-switch]').focus();
      await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.keyboard.press('Enter')]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      expect(tracked.problemList()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
