import { parseFeed } from '@rowanmanning/feed-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DIST,
  htmlPages,
  isNotFoundPage,
  pageByPath,
  readPage,
  resolvesInDist,
  SITE,
} from '../helpers/dist.ts';
import { officialGoals } from '../helpers/official.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { t } from '../../src/i18n/t.ts';

/** The plan in practice, as readers see it: explainers, progress, the 2025 goals, the document's status, the feeds. */
const measures = Array.from({ length: 20 }, (_, i) => i + 1);
const progressSlugs = (locale: string) =>
  readdirSync(`content/progress/${locale}`)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4));

describe.each(['', '/en'])('measure pages%s', (prefix) => {
  it.each(measures)(
    'measure %i has the explainer, labelled as the site’s own reading, and a progress section',
    (n) => {
      const page = pageByPath(`${prefix}/policy/measures/${n}/`);
      const explainer = page.querySelector('#plain-words');
      expect(explainer, 'explainer').toBeTruthy();
      expect(explainer!.querySelector('h2')!.text).toBe(prefix ? 'In plain words' : '解读');
      expect(explainer!.text).toMatch(prefix ? /not an official interpretation/ : /不是官方解读/);
      expect(explainer!.querySelectorAll('.prose p, .prose li').length).toBeGreaterThan(0);
      // Every responsible body is linked to its page.
      const bodies = explainer!.querySelectorAll(`a[href^="${prefix}/policy/departments/"]`);
      expect(bodies.length).toBeGreaterThan(0);
      for (const a of bodies) expect(resolvesInDist(a.getAttribute('href')!)).toBe(true);
      const progress = page.querySelector('#progress');
      expect(progress, 'progress section').toBeTruthy();
      const items = progress!.querySelectorAll('.progress-log > li');
      if (items.length === 0) {
        expect(progress!.querySelector('[data-progress-none]')!.text).toMatch(
          prefix ? /No public report found as of \w+ \d{4}/ : /截至\d{4}年\d+月，未查到公开报道/,
        );
      }
      for (const item of items) {
        expect(item.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}(-\d{2}){0,2}$/);
        expect(item.querySelector('blockquote')?.text.length).toBeGreaterThan(4);
        expect(item.querySelector('a[rel~=external]')?.getAttribute('href')).toMatch(/^https?:\/\//);
      }
    },
  );

  it('lists the progress items newest first', () => {
    for (const n of measures) {
      const dates = pageByPath(`${prefix}/policy/measures/${n}/`)
        .querySelectorAll('#progress time')
        .map((t) => t.getAttribute('datetime')!);
      expect(dates, `measure ${n}`).toEqual([...dates].sort().reverse());
    }
  });

  it('shows every progress item on the page of each measure it concerns, at least 12 across at least 8 measures', () => {
    const shown = new Map<string, Set<number>>();
    for (const n of measures) {
      for (const li of pageByPath(`${prefix}/policy/measures/${n}/`).querySelectorAll('.progress-log > li')) {
        const slug = li.getAttribute('id')!.replace(/^progress-/, '');
        shown.set(slug, (shown.get(slug) ?? new Set()).add(n));
      }
    }
    expect(new Set(shown.keys())).toEqual(new Set(progressSlugs('zh-cn')));
    expect(shown.size).toBeGreaterThanOrEqual(12);
    expect(new Set([...shown.values()].flatMap((s) => [...s])).size).toBeGreaterThanOrEqual(8);
  });
});

describe('the memorial named in measure 12', () => {
  it('is never said to be built, completed or opened', () => {
    // A claim that it has happened: 已建成, 正式开馆, 于…落成, was opened … (saying it is not known is fine).
    const claim =
      /郑州纪念馆[^。；]*?(已经?|正式|于[^。；]{0,12})(建成|落成|竣工|开馆|开放)|Zhengzhou Memorial[^.]*?\b(was|has been|is now) (built|completed|opened|open)\b/;
    for (const { file, urlPath } of htmlPages()) {
      // One line per block element, so a sentence never runs into the next block.
      for (const line of (readPage(file).querySelector('main')?.structuredText ?? '').split('\n')) {
        expect(claim.test(line), `${urlPath}: ${line}`).toBe(false);
      }
    }
  });
});

describe.each(['', '/en'])('the 2025 goals page%s', (prefix) => {
  it('lists every 2025 goal of the official text verbatim, each with sources or the dated none-found state', () => {
    const page = pageByPath(`${prefix}/policy/goals/`);
    const items = page.querySelectorAll('.goal-list > li');
    const goals = officialGoals(2025);
    expect(goals.length).toBe(7);
    expect(items.length).toBe(goals.length);
    items.forEach((li, i) => {
      expect(li.text.replace(/\s+/g, '')).toContain(goals[i]!.replace(/\s+/g, ''));
      const findings = li.querySelectorAll('ul > li');
      if (findings.length === 0)
        expect(li.querySelector('[data-goal-none]')!.text).toMatch(
          prefix ? /as of \w+ 2026/ : /截至2026年\d+月/,
        );
      for (const f of findings) expect(f.querySelector('a[rel~=external]')).toBeTruthy();
    });
    expect(page.text).toMatch(prefix ? /By 2035 \(still ahead\)/ : /到2035年（尚未到期）/);
  });
});

describe.each(['', '/en'])('/policy/ status and related documents%s', (prefix) => {
  it('says whether the document is in force, with the date checked and its source', () => {
    const page = pageByPath(`${prefix}/policy/`);
    const status = page.querySelector('#status')!;
    expect(status.text).toMatch(
      prefix
        ? /No notice of repeal or revision found \(checked 4 December 2026\)/
        : /未查到废止或修订的通知（2026年12月4日核查）/,
    );
    expect(status.querySelector('a[rel~=external]')).toBeTruthy();
    const related = page.querySelectorAll('#related .parent-docs > li');
    expect(related.length).toBeGreaterThanOrEqual(1);
    for (const li of related) expect(li.querySelector('a[rel~=external]')).toBeTruthy();
  });

  it('marks every copy among the sources of the status and the documents, as the sources list does', () => {
    const locale = prefix ? 'en' : 'zh-cn';
    type Cited = { sources: Array<{ mirror?: boolean }> };
    const plan = readFrontmatter(readFileSync(`content/policy/${locale}/plan.mdx`, 'utf8'))!.data as {
      implements: Cited[];
      related: Cited[];
      status: Cited;
    };
    const mark = t(locale, 'sources.mirror');
    const marks = (text: string) => text.split(mark).length - 1;
    const copies = (d: Cited) => d.sources.filter((s) => s.mirror).length;
    const page = pageByPath(`${prefix}/policy/`);
    expect(marks(page.querySelector('#status')!.text)).toBe(copies(plan.status));
    for (const id of ['implements', 'related'] as const) {
      const items = page.querySelectorAll(`#${id} .parent-docs > li`);
      expect(items.length).toBe(plan[id].length);
      items.forEach((li, i) => expect(marks(li.text), `${id} ${i + 1}`).toBe(copies(plan[id][i]!)));
    }
    expect(plan.related.some((d) => copies(d) > 0)).toBe(true); // the 2025 Opinions are cited from a copy
  });
});

describe.each([
  ['/feed.xml', 'zh-cn', ''],
  ['/en/feed.xml', 'en', '/en'],
])('Atom feed %s', (path, locale, prefix) => {
  const feed = parseFeed(readFileSync(`${DIST}${path}`, 'utf8'));
  it('parses as Atom and lists every progress item, each linking to an existing page', () => {
    expect(feed.meta.type).toBe('atom');
    const progress = feed.items.filter((i) => i.url?.includes('#progress-'));
    expect(progress.map((i) => i.url!.replace(/^.*#progress-/, '')).sort()).toEqual(
      progressSlugs(locale === 'en' ? 'zh-cn' : 'zh-cn').sort(),
    );
    for (const item of feed.items) {
      expect(item.url!.startsWith(`${SITE}${prefix}/`), item.url!).toBe(true);
      expect(resolvesInDist(item.url!), item.url!).toBe(true);
      expect(item.updated).toBeInstanceOf(Date);
    }
  });

  it('is linked from the head of every page in its language', () => {
    for (const { file, urlPath } of htmlPages()) {
      if (isNotFoundPage(urlPath)) continue;
      const english = urlPath.startsWith('/en/');
      if (english !== (locale === 'en')) continue;
      const link = readPage(file).querySelector('link[rel=alternate][type="application/atom+xml"]');
      expect(link?.getAttribute('href'), urlPath).toBe(`${SITE}${path}`);
    }
  });
});
