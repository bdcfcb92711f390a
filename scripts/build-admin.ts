/**
 * `node scripts/build-admin.ts [dist]`, the third step of `npm run build`: bundles Sveltia CMS
 * (npm package @sveltia/cms, pinned exactly) with the editor components into <dist>/admin/
 * with Vite, the bundler Astro already brings, and writes the CMS configuration beside it.
 * /admin/ is a static page of its own, not an Astro page: Astro's per-page CSP lists script
 * and style hashes, and browsers ignore 'unsafe-inline' next to hashes, which the CMS's
 * styles need. It runs after the search index, so Pagefind never sees it, and it is not in
 * the sitemap (Astro does not know it) or the service worker's caches (service-worker.js).
 *
 * The bundle is kept in .astro/admin-build/ and only rebuilt when its inputs change (the lock
 * file, src/admin/, the component definitions, the CSP): a build with nothing new copies it
 * in a few milliseconds instead of bundling for several seconds. The configuration is
 * written every time, with this deployment's repository (scripts/lib/admin/deploy.ts).
 * SKIP_ADMIN=1 leaves /admin/ out (the benchmarks, which measure how the site grows with its content).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';
import { adminCsp } from './lib/admin/csp.ts';
import { deploymentFromEnv, withDeployment, type CmsBackend } from './lib/admin/deploy.ts';
import { ADMIN_PATH } from '../src/lib/build/admin.ts';
import { BASE, withBase } from '../src/lib/routing/base.ts';
import { filesUnder, folderMaker, placeFile } from '../src/lib/build/files.ts';

const outDir = resolve(process.argv[2] ?? 'dist');
const root = resolve('src/admin');
const cacheDir = resolve('.astro/admin-build');
/** Files whose content goes into the bundle, besides src/admin/ itself. */
const INPUTS = [
  'package-lock.json',
  'scripts/build-admin.ts',
  'src/lib/content/mdx/components.ts',
  'src/lib/content/mdx/component-tags.ts',
];

/**
 * The CMS's stylesheet still declares its three fonts at cdn.jsdelivr.net, although the npm
 * build bundles the same fonts and loads them from /admin/assets/. The admin CSP blocks those
 * URLs (3 console errors, no request); dropping the declarations keeps the console clean.
 * An upgrade that adds another external URL shows up in tests/e2e/cms-admin.test.ts.
 */
const CDN_FONT_FACE = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;
const dropCdnFonts: Plugin = {
  name: 'admin-drop-cdn-fonts',
  transform: (code, id) =>
    id.includes('@sveltia/cms') && code.includes('https://cdn.jsdelivr.net/')
      ? code.replace(CDN_FONT_FACE, '')
      : undefined,
};

/** Vite's production build of src/admin/index.html into `out`, the CSP filled into its <meta>. */
async function bundle(csp: string, out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const fillCsp: Plugin = {
    name: 'admin-csp',
    transformIndexHtml: (html) => {
      if (!html.includes('__ADMIN_CSP__'))
        throw new Error('src/admin/index.html has no __ADMIN_CSP__ placeholder');
      return html.replace('__ADMIN_CSP__', csp);
    },
  };
  await build({
    configFile: false,
    root,
    // Under BASE_PATH (a project site), /laoqu/admin/ loads its own files from there.
    base: withBase(ADMIN_PATH),
    publicDir: false,
    logLevel: 'warn',
    plugins: [fillCsp, dropCdnFonts],
    build: {
      outDir: out,
      emptyOutDir: true,
      reportCompressedSize: false,
      // The CMS is one large application chunk (about 2.3 MB); Vite's 500 kB warning does not apply.
      chunkSizeWarningLimit: 4096,
      // As for the reader pages (astro.config.mjs): never inline a script into the HTML.
      assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
      // Rolldown's report of slow plugin hooks (Vite's asset-URL transform over the CMS) is noise here.
      rolldownOptions: { checks: { pluginTimings: false } },
    },
  });
}

async function main(): Promise<void> {
  if (process.env.SKIP_ADMIN === '1') {
    console.log('admin: skipped (SKIP_ADMIN=1)');
    return;
  }
  const started = performance.now();
  if (!existsSync(join(outDir, 'index.html')))
    throw new Error(`${outDir}/index.html not found: run astro build first`);
  const deployment = deploymentFromEnv();
  const config = withDeployment(
    JSON.parse(readFileSync(join(root, 'config.json'), 'utf8')) as { backend: CmsBackend },
    deployment,
  );
  const csp = adminCsp({ authBaseUrl: deployment.authBaseUrl });

  const hash = createHash('sha256').update(csp).update(`\0base:${BASE}`);
  for (const file of [
    ...filesUnder(root)
      .filter((f) => f !== 'config.json')
      .map((f) => join('src/admin', f)),
    ...INPUTS,
  ].sort()) {
    hash.update(`\0${file}\0`).update(readFileSync(file));
  }
  const key = hash.digest('hex');
  const keyFile = join(cacheDir, '.key');
  const fresh = !existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key;
  if (fresh) {
    rmSync(cacheDir, { recursive: true, force: true });
    await bundle(csp, join(cacheDir, 'out'));
    writeFileSync(keyFile, key);
  }

  const target = join(outDir, ADMIN_PATH);
  rmSync(target, { recursive: true, force: true });
  const makeFolder = folderMaker();
  const files = filesUnder(join(cacheDir, 'out'));
  for (const file of files) {
    makeFolder(join(target, file));
    placeFile(join(cacheDir, 'out', file), join(target, file));
  }
  writeFileSync(join(target, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  if (deployment.repo.startsWith('OWNER/'))
    console.warn('admin: CMS_REPO is not set; /admin/ will not be able to sign in to a repository');
  const ms = Math.round(performance.now() - started);
  console.log(
    `admin: ${files.length + 1} files in ${ms} ms (${fresh ? 'bundled' : 'unchanged, from .astro/admin-build'}), repository ${deployment.repo}`,
  );
}

main().catch((error: unknown) => {
  console.error(`admin: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
