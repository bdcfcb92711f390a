import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Build the site once for the build tests, unless SKIP_BUILD=1 and dist/ exists. */
export default function setup() {
  if (process.env.SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  execFileSync('npm', ['run', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_URL: 'https://laoqu.example.org' },
  });
}
