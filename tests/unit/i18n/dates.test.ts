import { describe, expect, it } from 'vitest';
import { dayInChina, formatDate } from '../../../src/i18n/dates.ts';

describe('formatDate', () => {
  it('writes Chinese dates with 年月日 and only the known precision', () => {
    expect(formatDate('2021-11-05', 'zh-cn')).toBe('2021年11月5日');
    expect(formatDate('1944-09', 'zh-cn')).toBe('1944年9月');
    expect(formatDate('1945', 'zh-cn')).toBe('1945年');
  });

  it('writes English dates day month year', () => {
    expect(formatDate('2021-11-11', 'en')).toBe('11 November 2021');
    expect(formatDate('1944-09', 'en')).toBe('September 1944');
    expect(formatDate('1945', 'en')).toBe('1945');
  });
});

describe('dayInChina', () => {
  it('is the calendar day in Beijing, not the machine’s: 23:30 UTC is already the next day', () => {
    expect(dayInChina(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
    expect(dayInChina(new Date('2026-12-04T15:59:00Z'))).toBe('2026-12-04');
  });
});
