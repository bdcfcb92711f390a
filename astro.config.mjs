// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { buildFiles } from './src/integrations/place-staged-files.ts';
import { satteriSafeMdx } from './src/lib/content/mdx/plugins.ts';
import { withLastmod } from './src/lib/build/page-dates.ts';
import { BASE } from './src/lib/routing/base.ts';

/**
 * SITE_URL decides every absolute URL (canonical, hreflang, Open Graph, sitemap).
 * Set it to the public address when deploying, e.g. SITE_URL=https://laoqu.example.org.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  // BASE_PATH (e.g. /laoqu/ for a GitHub Pages project site) puts the whole site under a
  // path: Astro's assets follow `base`; src/middleware.ts and src/lib/routing/base.ts do the rest.
  base: BASE,
  // Kept inside the project (not node_modules/.astro) so that two checkouts sharing one
  // node_modules never share a content cache.
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  // Up to four pages at a time: one renders while others wait for their file to be written
  // (about a fifth less time generating a 2500-page site on 2 cores; see docs/benchmarks.md).
  // The search index is the second step of `npm run build` (scripts/search-index.ts).
  build: { format: 'directory', concurrency: 4 },
  // Content-Security-Policy as a <meta> element on every page, with hashes of every
  // script and style Astro emits: no 'unsafe-inline'. Pagefind's search needs WebAssembly
  // ('wasm-unsafe-eval'). frame-ancestors cannot be set by <meta>: public/_headers and the
  // nginx example in README send it as a header.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        'upgrade-insecure-requests',
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  i18n: {
    defaultLocale: 'zh-cn',
    locales: ['zh-cn', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  // Astro's default Markdown processor (Sätteri) with the safe-MDX rules as an mdast plugin:
  // the build refuses <script>, import/export, {…} and the rest even if the content check
  // was skipped. @astrojs/mdx reads this processor for .mdx files (extendMarkdownConfig).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [satteriSafeMdx] }) },
  integrations: [
    contentCheck(),
    mdx(),
    buildFiles(),
    sitemap({
      i18n: { defaultLocale: 'zh-cn', locales: { 'zh-cn': 'zh-CN', en: 'en' } },
      filter: (page) => !/\/404\/?$/.test(page),
      // <lastmod>: the date each page shows as last updated (src/lib/build/page-dates.ts).
      serialize: withLastmod(process.cwd(), BASE),
    }),
  ],
  vite: {
    plugins: [tailwindcss()],
    // Never inline scripts into the HTML (Astro inlines small ones by default): every script
    // stays an external file, so a strict Content-Security-Policy can forbid inline scripts.
    // Returning undefined keeps Vite's default for other assets.
    build: { assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined) },
  },
});
