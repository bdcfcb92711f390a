/** Read aloud (speech synthesis stubbed to record what would be spoken) and copying a citation, in Chromium. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, PHONE, serveSite, type Site } from './readers-browser.ts';

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveSite()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('read aloud', () => {
  it.each([
    ['/policy/measures/12/', '朗读', '停止', 'zh-CN', '加快建设河南（豫西）抗日根据地郑州纪念馆'],
    ['/en/sites/erqi-memorial-tower/', 'Listen', 'Stop', 'en', 'Erqi'],
  ])('%s speaks the article in its language and toggles', async (path, listen, stop, lang, phrase) => {
    const { context } = await newContext(browser, PHONE);
    await context.addInitScript(() => {
      const log: Array<{ text: string; lang: string }> = [];
      (window as unknown as { spoken: typeof log }).spoken = log;
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          speak: (u: SpeechSynthesisUtterance) => log.push({ text: u.text, lang: u.lang }),
          cancel: () => log.push({ text: '<cancel>', lang: '' }),
          getVoices: () => [],
        },
      });
    });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await page.getByRole('button', { name: listen }).click();
    await page.getByRole('button', { name: stop }).click();
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: Array<{ text: string; lang: string }> }).spoken,
    );
    const text = spoken.filter((s) => s.text !== '<cancel>');
    expect(text.every((s) => s.lang === lang && s.text.length <= 400)).toBe(true);
    expect(text.map((s) => s.text).join('')).toContain(phrase);
    expect(spoken.at(-1)!.text).toBe('<cancel>');
    expect(text.some((s) => /BibTeX|GB\/T 7714/.test(s.text))).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: listen }).count()).toBe(1);
    await context.close();
  });
});

describe('cite this page', () => {
  it('copies the GB/T 7714-2025 citation to the clipboard', async () => {
    const { context } = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.url}/policy/measures/12/`);
    const expected = (await page.locator('#cite-page-gb2025').textContent())!.trim();
    await page.locator('[data-copy-target="cite-page-gb2025"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(expected).toMatch(/^郑州革命老区振兴发展\. 第12条 加强红色文物的保护利用\[EB\/OL\]\. /);
    await context.close();
  });

  it('offers the APA entry under “other styles” and downloads the RIS file it links', async () => {
    const { context } = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/policy/measures/12/`);
    await page.locator('.cite-more > summary').first().click();
    await page.locator('[data-copy-target="cite-page-apa"]').click();
    const apa = await page.evaluate(() => navigator.clipboard.readText());
    expect(apa).toMatch(
      /^Revitalizing Zhengzhou’s Old Revolutionary Base Areas\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. Measure 12: .*\/en\/policy\/measures\/12\/$/,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'RIS (.ris)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('12.ris');
    const body = await (await page.request.get(`${site.url}/cite/en/policy/measures/12.ris`)).text();
    expect(body).toMatch(/^TY {2}- ELEC\r\n/);
    expect(body).toContain('SN  - Zheng Zheng Ban [2021] No. 62\r\n');
    await context.close();
  });
});
