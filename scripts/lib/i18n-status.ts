/**
 * Translation status: which pages have no English yet, which English pages have no Chinese
 * original, and which English pages are older than their original. Pure: it gets one
 * record per file with the day of its last change; scripts/i18n-status.ts finds those
 * (the `lastUpdated` field when given, else the day of the last git commit, else today
 * for a file with uncommitted changes). Same-day changes count as simultaneous.
 */

export interface PageVersion {
  collection: string;
  locale: string;
  slug: string;
  file: string;
  /** Day of the last change, YYYY-MM-DD, when known. */
  date?: string;
  /** Where the date comes from. */
  dateFrom: 'lastUpdated' | 'git' | 'uncommitted' | 'unknown';
}

export interface TranslationStatus {
  /** Chinese pages and the English file that would translate them. */
  missingEn: Array<{ zh: PageVersion; enFile: string }>;
  /** English pages whose Chinese original does not exist. */
  orphanEn: PageVersion[];
  /** Translations last changed before their original. */
  staleEn: Array<{ zh: PageVersion; en: PageVersion }>;
  /** Pairs whose dates are unknown, so their order cannot be told. */
  undated: Array<{ zh: PageVersion; en: PageVersion }>;
  /** Pages present in both languages. */
  pairs: number;
}

const key = (p: PageVersion) => `${p.collection}/${p.slug}`;

/**
 * Compared by day (git commit day or `lastUpdated`). Uncommitted changes to the original
 * are newer than any commit of the translation, even on the same day.
 */
function isOlder(en: PageVersion, zh: PageVersion): boolean {
  if (zh.dateFrom === 'uncommitted' && en.dateFrom === 'git') return true;
  return en.date! < zh.date!;
}

export function translationStatus(pages: PageVersion[]): TranslationStatus {
  const zh = new Map(pages.filter((p) => p.locale === 'zh-cn').map((p) => [key(p), p]));
  const en = new Map(pages.filter((p) => p.locale === 'en').map((p) => [key(p), p]));
  const status: TranslationStatus = { missingEn: [], orphanEn: [], staleEn: [], undated: [], pairs: 0 };
  for (const [k, original] of zh) {
    const translation = en.get(k);
    if (!translation) {
      status.missingEn.push({ zh: original, enFile: original.file.replace('/zh-cn/', '/en/') });
      continue;
    }
    status.pairs++;
    if (!original.date || !translation.date) status.undated.push({ zh: original, en: translation });
    else if (isOlder(translation, original)) status.staleEn.push({ zh: original, en: translation });
  }
  for (const [k, translation] of en) if (!zh.has(k)) status.orphanEn.push(translation);
  const byFile = (a: { file: string } | { zh: PageVersion }, b: { file: string } | { zh: PageVersion }) =>
    ('file' in a ? a.file : a.zh.file).localeCompare('file' in b ? b.file : b.zh.file);
  status.missingEn.sort(byFile);
  status.orphanEn.sort(byFile);
  status.staleEn.sort(byFile);
  return status;
}

const FROM: Record<PageVersion['dateFrom'], string> = {
  lastUpdated: 'lastUpdated',
  git: 'git',
  uncommitted: '未提交 uncommitted',
  unknown: '?',
};
const dated = (p: PageVersion) => `${p.file} (${p.date ?? '?'}, ${FROM[p.dateFrom]})`;

export function formatStatus(s: TranslationStatus): string {
  const section = (zh: string, en: string, lines: string[]) =>
    lines.length ? [`\n${zh} / ${en} (${lines.length}):`, ...lines.map((l) => `  ${l}`)] : [];
  return [
    `翻译状态：${s.pairs} 个页面有中英两版 / Translation status: ${s.pairs} pages exist in both languages`,
    ...section(
      '缺少英文',
      'missing in English',
      s.missingEn.map((m) => `${m.zh.file} → ${m.enFile}`),
    ),
    ...section(
      '没有中文原文的英文页面',
      'English pages without a Chinese original',
      s.orphanEn.map((p) => p.file),
    ),
    ...section(
      '英文比中文原文旧',
      'English older than the Chinese original',
      s.staleEn.map((p) => `${dated(p.en)} < ${dated(p.zh)}`),
    ),
    ...section(
      '日期不明，无法比较',
      'no date, cannot compare',
      s.undated.map((p) => `${dated(p.en)} ? ${dated(p.zh)}`),
    ),
    ...(s.missingEn.length + s.orphanEn.length + s.staleEn.length === 0
      ? ['\n全部已翻译且为最新 / every page is translated and up to date']
      : []),
  ].join('\n');
}
