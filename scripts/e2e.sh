#!/bin/sh
# Run the browser test suite (tests/e2e, vitest.e2e.config.ts) against dist/ with the
# system Chromium. Builds the site first when dist/index.html is missing. When allowed
# (root, or unprivileged user namespaces), runs inside a network namespace where only
# loopback exists, so nothing can reach the network even by accident; otherwise runs
# directly (the harness still blocks every request off 127.0.0.1).
#   sh scripts/e2e.sh [vitest args...]      e.g. sh scripts/e2e.sh tests/e2e/journeys.test.ts
# Exit code: vitest's.
set -u
cd "$(dirname "$0")/.." || exit 1
. scripts/use-node.sh || exit 1

CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
export CHROME_PATH
if [ ! -x "$CHROME_PATH" ]; then
  echo "e2e: Chromium not found at $CHROME_PATH; run: sh scripts/install-browser.sh (or set CHROME_PATH)" >&2
  exit 1
fi

if [ ! -f dist/index.html ]; then
  echo "e2e: dist/index.html missing; building the site"
  npm run build || exit $?
fi

# Quote each argument for the inner `sh -c`.
args=""
for a in "$@"; do
  args="$args '$(printf '%s' "$a" | sed "s/'/'\\\\''/g")'"
done
cmd="npx vitest run --config vitest.e2e.config.ts$args"

if command -v unshare >/dev/null 2>&1 && command -v ip >/dev/null 2>&1 &&
  unshare -n sh -c 'ip link set lo up' >/dev/null 2>&1; then
  echo "e2e: running in a loopback-only network namespace"
  exec unshare -n sh -c "ip link set lo up && exec $cmd"
elif command -v unshare >/dev/null 2>&1 && command -v ip >/dev/null 2>&1 &&
  unshare -r -n sh -c 'ip link set lo up' >/dev/null 2>&1; then
  echo "e2e: running in a loopback-only network namespace (unprivileged user namespace)"
  exec unshare -r -n sh -c "ip link set lo up && exec $cmd"
else
  echo "e2e: WARNING: cannot create a network namespace (unshare/ip missing or not permitted);" >&2
  echo "e2e: WARNING: running directly; the harness still aborts every request off 127.0.0.1" >&2
  eval "exec $cmd"
fi
