import type { Locale } from '../../i18n/locales.ts';

/**
 * The official publisher's website. The plan was issued by 郑州市人民政府办公厅 and is
 * published on the Zhengzhou municipal government's portal; the exact page address is not
 * yet confirmed by an editor (see content/policy), so the footer links the portal itself.
 */
export const OFFICIAL_SITE: { url: string; name: Record<Locale, string> } = {
  url: 'https://www.zhengzhou.gov.cn/',
  name: { 'zh-cn': '郑州市人民政府网站', en: 'Zhengzhou Municipal People’s Government website' },
};
