/**
 * The parts of the CMS configuration that belong to a deployment, not to the schemas: which
 * GitHub repository and branch the CMS saves to, and the optional sign-in service. The
 * committed src/admin/config.json (npm run cms:config) leaves them at their defaults;
 * scripts/build-admin.ts fills them in from the environment:
 *
 * - CMS_REPO (owner/name), else GITHUB_REPOSITORY, which GitHub Actions sets on every run;
 * - CMS_BRANCH, default main;
 * - CMS_AUTH_URL: the address of a Sveltia CMS Authenticator (or another OAuth client). With
 *   it, editors may also sign in with GitHub's OAuth page; without it, only with a token.
 */
export interface CmsBackend {
  name: string;
  repo?: string;
  branch?: string;
  base_url?: string;
  auth_methods?: string[];
  [key: string]: unknown;
}

export interface Deployment {
  repo: string;
  branch: string;
  authBaseUrl?: string;
}

/** The placeholder repository of the committed configuration. */
export const PLACEHOLDER_REPO = 'OWNER/REPO';

export function deploymentFromEnv(env: Record<string, string | undefined> = process.env): Deployment {
  const repo = env.CMS_REPO || env.GITHUB_REPOSITORY || PLACEHOLDER_REPO;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new Error(`CMS_REPO must be owner/name, got ${repo}`);
  const authBaseUrl = env.CMS_AUTH_URL || undefined;
  if (authBaseUrl && new URL(authBaseUrl).protocol !== 'https:')
    throw new Error(`CMS_AUTH_URL must be an https:// address, got ${authBaseUrl}`);
  return { repo, branch: env.CMS_BRANCH || 'main', authBaseUrl };
}

/** The configuration with this deployment's backend settings. */
export function withDeployment<T extends { backend: CmsBackend }>(config: T, deployment: Deployment): T {
  const backend: CmsBackend = { ...config.backend, repo: deployment.repo, branch: deployment.branch };
  if (deployment.authBaseUrl) {
    backend.base_url = new URL(deployment.authBaseUrl).origin;
    backend.auth_methods = ['oauth', 'token'];
  }
  return { ...config, backend };
}
