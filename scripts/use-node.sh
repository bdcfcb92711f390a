# Provision Node.js 22.18+ for this project. Source it:  . scripts/use-node.sh
# Astro 7 needs Node 22.12, but the scripts (.ts run by Node with type stripping) need 22.18. When the `node` on PATH is older (or missing), this
# installs the `node@24` package from the npm registry (it ships the binary) into a cache
# folder outside the repository and puts it first on PATH. Nothing is downloaded when the
# machine's Node is new enough. Override the cache with ZZ_NODE_CACHE.

zz_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)'
}

if ! zz_node_ok; then
  ZZ_NODE_CACHE="${ZZ_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zz-node}"
  if [ ! -x "$ZZ_NODE_CACHE/node_modules/.bin/node" ]; then
    echo "use-node: Node $(node -v 2>/dev/null || echo missing) is older than 22.18; installing node@24 into $ZZ_NODE_CACHE" >&2
    mkdir -p "$ZZ_NODE_CACHE"
    npm install --prefix "$ZZ_NODE_CACHE" --no-audit --no-fund --loglevel=error node@24 >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$ZZ_NODE_CACHE/node_modules/.bin:$PATH"
  hash -r 2>/dev/null
  zz_node_ok || { echo "use-node: could not provide Node 22.18+" >&2; return 1 2>/dev/null || exit 1; }
fi
unset -f zz_node_ok
