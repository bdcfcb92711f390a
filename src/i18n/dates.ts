import type { Locale } from './locales.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The calendar day in China (Asia/Shanghai) at a moment, as YYYY-MM-DD: the site's “today”
 * (build date, access dates, the no-future-dates rule), whatever the machine's time zone.
 */
export function dayInChina(moment: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(moment);
}

/**
 * Format a date known to the year, month or day (1945, 1944-09, 1944-09-30) the way each
 * language writes it: 1944年9月30日 / 30 September 1944. Never invents precision.
 */
export function formatDate(value: string, locale: Locale): string {
  const [y, m, d] = value.split('-').map(Number);
  if (locale === 'zh-cn') return `${y}年` + (m ? `${m}月` : '') + (d ? `${d}日` : '');
  if (!m) return String(y);
  return d ? `${d} ${MONTHS[m - 1]} ${y}` : `${MONTHS[m - 1]} ${y}`;
}

/** Name of a month 1–12: 9月 / September. */
export function monthName(month: number, locale: Locale): string {
  return locale === 'zh-cn' ? `${month}月` : MONTHS[month - 1]!;
}
