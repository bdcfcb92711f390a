/**
 * Take screenshots of pages of a running site, for looking at what readers see:
 *   node scripts/screenshot.ts http://127.0.0.1:4321 /policy/ /en/ …   (files in test-results/)
 * Uses the system Chromium (CHROME_PATH, default /usr/bin/chromium); WIDTH sets the viewport
 * width (default 360), FULL=0 limits the shot to the first screen.
 */
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [base, ...paths] = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 360);
mkdirSync('test-results', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});
const context = await browser.newContext({
  viewport: { width, height: 740 },
  isMobile: width < 600,
  hasTouch: width < 600,
  deviceScaleFactor: 1,
});
for (const path of paths) {
  const page = await context.newPage();
  await page.goto(new URL(path, base).href);
  const file = `test-results/shot-${width}${path.replace(/[^a-z0-9]+/gi, '-')}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
  console.log(file);
  await page.close();
}
await browser.close();
