/** Checks run on each page: horizontal overflow and axe-core (WCAG 2.2 AA). */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG levels the site promises: 2.0/2.1 A and AA, 2.2 AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  culprits: string[];
}

/** Measure horizontal overflow and name the elements that cause it. */
export async function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const scrollWidth = doc.scrollWidth;
    const clientWidth = doc.clientWidth;
    const culprits: string[] = [];
    if (scrollWidth > clientWidth) {
      const describe = (el: Element) => {
        const id = el.id ? `#${el.id}` : '';
        const cls =
          typeof el.className === 'string' && el.className.trim()
            ? '.' + el.className.trim().split(/\s+/).slice(0, 3).join('.')
            : '';
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        const r = el.getBoundingClientRect();
        return `<${el.tagName.toLowerCase()}${id}${cls}> left=${Math.round(r.left)} right=${Math.round(r.right)} scrollWidth=${el.scrollWidth}${text ? ` "${text}"` : ''}`;
      };
      const all = [...document.body.querySelectorAll('*')];
      // Boxes reaching past the viewport, outermost only.
      const outside = all.filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > clientWidth + 1 || r.left < -1);
      });
      const outsideSet = new Set(outside);
      for (const el of outside)
        if (!el.parentElement || !outsideSet.has(el.parentElement)) culprits.push(describe(el));
      // Content spilling out of a visible-overflow box (long words, wide tables), deepest only.
      if (culprits.length === 0) {
        const spilling = all.filter(
          (el) =>
            el.scrollWidth > el.clientWidth + 1 &&
            getComputedStyle(el).overflowX === 'visible' &&
            el.clientWidth > 0,
        );
        for (const el of spilling)
          if (!spilling.some((o) => o !== el && el.contains(o))) culprits.push(describe(el));
      }
    }
    return { scrollWidth, clientWidth, culprits: culprits.slice(0, 8) };
  });
}

/**
 * axe-core violations as readable lines: rule, impact, help, each target.
 * Legacy mode runs axe.run() inside the page instead of runPartial() per frame plus
 * finishRun() in an extra blank page: about half the time per page here (0.55 s vs 1.1 s).
 * It only loses results inside cross-origin iframes, which this site cannot have (every
 * off-site request is blocked).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  const lines: string[] = [];
  for (const v of results.violations) {
    lines.push(`[${v.id}] (${v.impact}) ${v.help} — ${v.helpUrl}`);
    for (const node of v.nodes.slice(0, 10)) {
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200);
      lines.push(`    ${JSON.stringify(node.target)} ${summary}`);
    }
    if (v.nodes.length > 10) lines.push(`    … and ${v.nodes.length - 10} more`);
  }
  return lines;
}
