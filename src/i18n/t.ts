import zh from './ui/zh-CN.json' with { type: 'json' };
import en from './ui/en.json' with { type: 'json' };
import type { Locale } from './locales.ts';

/** UI string keys. zh-CN.json is the reference; a unit test keeps en.json's keys identical. */
export type UiKey = keyof typeof zh;

const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-cn': zh, en };

/** Translate a UI key. `{name}` placeholders are filled from `params`. */
export function t(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  const text = dictionaries[locale][key];
  if (text === undefined) throw new Error(`Missing UI string "${key}" for locale ${locale}`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** A translator bound to one locale, for components: `const tr = translator(locale)`. */
export function translator(locale: Locale) {
  return (key: UiKey, params?: Record<string, string | number>) => t(locale, key, params);
}
