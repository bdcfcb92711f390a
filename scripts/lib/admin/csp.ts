/**
 * The Content-Security-Policy of /admin/ (the CMS), written into its <meta> by
 * scripts/build-admin.ts. Scripts only from the site itself: no 'unsafe-inline', no
 * 'unsafe-eval'. Styles need 'unsafe-inline' (Svelte sets style attributes; measured: 81
 * violations without it); the reader pages keep their hash-only policy (astro.config.mjs).
 * GitHub's API, its status page (the CMS asks it before signing in) and avatars are the
 * only other origins, plus the optional sign-in service (`base_url`) when one is set.
 */
export interface AdminCspInput {
  /** The OAuth sign-in service's address (backend.base_url), when one is configured. */
  authBaseUrl?: string;
}

const GITHUB_API = ['https://api.github.com', 'https://www.githubstatus.com'];
const GITHUB_IMAGES = ['https://avatars.githubusercontent.com'];

export function adminCsp({ authBaseUrl }: AdminCspInput = {}): string {
  const auth = authBaseUrl ? [new URL(authBaseUrl).origin] : [];
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'blob:', 'data:', ...GITHUB_IMAGES]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", 'blob:', 'data:', ...GITHUB_API, ...auth]],
    ['worker-src', ["'self'", 'blob:']],
    ['frame-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
