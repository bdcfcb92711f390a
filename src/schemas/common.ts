import { z } from 'astro/zod';

/**
 * Building blocks shared by the collection schemas. Every object is strict: a misspelt or
 * unknown field is an error that names the field, never silently ignored.
 */

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** YAML turns an unquoted 2021-11-05 into a Date; keep every date as a 'YYYY-MM-DD' string. */
const dateToString = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

function isRealDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar day written YYYY-MM-DD, e.g. 2021-11-05. */
export const isoDate = z.preprocess(
  dateToString,
  z
    .string()
    .regex(ISO_DAY, '日期请写成 YYYY-MM-DD，例如 2021-11-05 / write the date as YYYY-MM-DD, e.g. 2021-11-05')
    .refine(isRealDay, '日历上没有这一天 / this day does not exist in the calendar'),
);

/** A date known to the year, month or day: 1945, 1944-09 or 1944-09-30. */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : dateToString(value)),
  z
    .string()
    .regex(
      /^\d{4}(-\d{2}(-\d{2})?)?$/,
      '请写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 1944 或 1944-09-30 / write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1944 or 1944-09-30',
    )
    .refine((v) => v.length !== 10 || isRealDay(v), '日历上没有这一天 / this day does not exist in the calendar')
    .refine((v) => v.length !== 7 || (+v.slice(5) >= 1 && +v.slice(5) <= 12), '月份应为 01 至 12 / the month must be 01 to 12'),
);

/** One source a page relies on. Give `url` for web pages or `publication` for print. */
export const source = z
  .strictObject({
    /** Title of the article, page or document, as the source gives it. */
    title: z.string().min(1),
    /** Who published it (e.g. 郑州日报, 郑州市文物局). */
    publisher: z.string().min(1).optional(),
    /** Web address of the page. */
    url: z.url().optional(),
    /** Printed publication (book, gazetteer, newspaper issue) when there is no URL. */
    publication: z.string().min(1).optional(),
    /** When the source was published: YYYY, YYYY-MM or YYYY-MM-DD. */
    date: partialDate.optional(),
    /** When an editor last read the source (YYYY-MM-DD). */
    accessed: isoDate,
    /** true when the URL is a copy on a mirror or aggregator site, not the original publisher. */
    mirror: z.boolean().optional(),
    /** A short remark on what this source supports or how reliable it is. */
    note: z.string().min(1).optional(),
  })
  .refine((s) => s.url || s.publication, {
    message: '来源需要网址（url），印刷品则写出版物（publication） / give the source a url or, for print, a publication',
    path: ['url'],
  });

/** The sources of a factual page: at least one. */
export const sources = z
  .array(source)
  .min(1, '至少列出一个来源：每个事实页面都要注明出处 / add at least one source: every factual page cites where its facts come from');

/** An open question shown on the page instead of a silent choice. */
export const factNote = z.strictObject({
  /** conflict: sources disagree; gap: nothing found; unverified: only weak or promotional sources. */
  kind: z.enum(['conflict', 'gap', 'unverified']),
  /** What is uncertain, in the page's language, e.g. “木塔建成年份：来源分别记为1951年和1953年”. */
  text: z.string().min(1),
});

/** Conflicts and gaps the page states openly. */
export const factNotes = z.array(factNote).default([]);

/** Fields every entry has: the title shown on the page and its one-sentence summary. */
export const entryBase = {
  /** Title of the page (the measure's, site's or product's name). */
  title: z.string().min(1),
  /** One or two sentences for search results, link previews and the meta description. */
  description: z.string().min(1).max(200),
  /** Date of the last real edit, overriding the date taken from git history (YYYY-MM-DD). */
  lastUpdated: isoDate.optional(),
};

/**
 * The sourcing fields every factual entry has: spread after the entry's own fields, since
 * that is where the content files (and so the CMS, which writes keys in schema order) put them.
 */
export const sourcing = {
  /** Where the facts on this page come from. */
  sources,
  /** When an editor last checked this page's facts against its sources (YYYY-MM-DD). */
  lastVerified: isoDate,
  /** Conflicts between sources and facts not found, shown in a box on the page. */
  notes: factNotes,
};

/** Slug of a `places` entry (a county-level city or district), e.g. dengfeng. */
export const placeRef = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    '请填写 content/places 中地点文件的 slug，例如 dengfeng / use the slug of a place file in content/places, e.g. dengfeng',
  );

/** Number of one of the plan's 20 measures. */
export const measureNumber = z
  .number()
  .int()
  .min(1, '措施编号为 1 至 20 / measures are numbered 1 to 20')
  .max(20, '措施编号为 1 至 20 / measures are numbered 1 to 20');
