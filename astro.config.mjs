// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

/**
 * SITE_URL decides every absolute URL (canonical, hreflang, Open Graph, sitemap).
 * Set it to the public address when deploying, e.g. SITE_URL=https://laoqu.example.org.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  // Kept inside the project (not node_modules/.astro) so that two checkouts sharing one
  // node_modules never share a content cache.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    defaultLocale: 'zh-cn',
    locales: ['zh-cn', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'zh-cn', locales: { 'zh-cn': 'zh-CN', en: 'en' } },
      filter: (page) => !/\/404\/?$/.test(page),
    }),
    pagefindIndex(),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts into the HTML (Astro inlines small ones by default): every script
    // stays an external file, so a strict Content-Security-Policy can forbid inline scripts.
    // Returning undefined keeps Vite's default for other assets.
    build: { assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined) },
  },
});
