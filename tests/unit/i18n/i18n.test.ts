import { punct } from '../../../src/i18n/punct.ts';
import { describe, expect, it } from 'vitest';
import zh from '../../../src/i18n/ui/zh-CN.json' with { type: 'json' };
import en from '../../../src/i18n/ui/en.json' with { type: 'json' };
import { defaultLocale, locales } from '../../../src/i18n/locales.ts';
import { t } from '../../../src/i18n/t.ts';
import config from '../../../astro.config.mjs';

describe('UI dictionaries', () => {
  it('have identical keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('have no empty strings', () => {
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('use full-width punctuation in Chinese strings', () => {
    for (const [key, value] of Object.entries(zh)) {
      // an ASCII comma, full stop, colon, semicolon or bracket next to a Chinese character
      expect(value, key).not.toMatch(/[\u4e00-\u9fff][,.:;()!?]|[,:;()!?][\u4e00-\u9fff]/);
    }
  });

  it('fills placeholders', () => {
    expect(t('en', 'departments.pageDescription', { name: 'Finance Bureau' })).toContain('Finance Bureau');
    expect(t('zh-cn', 'departments.pageDescription', { name: '市财政局' })).toMatch(/^市财政局在/);
  });
});

describe('locales', () => {
  it('match the i18n block of astro.config.mjs', () => {
    expect(config.i18n?.defaultLocale).toBe(defaultLocale);
    expect(config.i18n?.locales).toEqual([...locales]);
  });
});

describe('punct', () => {
  it('uses full-width Chinese marks and spaced ASCII marks in English', () => {
    expect(punct('zh-cn').paren('国家级')).toBe('（国家级）');
    expect(punct('en').paren('national')).toBe(' (national)');
    expect(punct('zh-cn').colon).toBe('：');
    expect(punct('en').colon).toBe(': ');
  });
});
