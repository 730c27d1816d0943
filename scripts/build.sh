#!/usr/bin/env bash
# Builds what is out of date. Usage: scripts/build.sh [--all | --notebook | --release --asan --wasm --web]
#   --all       (default) everything below
#   --notebook  the browser side only: --wasm then --web
#   --release   build/release: the `saessak` CLI and `saessak_unit_tests` (Release)
#   --asan      build/asan: `saessak` with AddressSanitizer + UndefinedBehaviorSanitizer (RelWithDebInfo)
#   --wasm      build/wasm/saessak.wasm: the core for wasm32-wasi (clang-19), shrunk by wasm-opt
#   --web       copies the wasm to web/public/saessak.wasm and builds the page into web/dist
# CMake and make already rebuild only what changed; the page build is skipped when nothing it reads
# is newer than its last successful build (.stamps/web-build).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

want_release=0 want_asan=0 want_wasm=0 want_web=0
[ $# -gt 0 ] || set -- --all
for arg in "$@"; do
  case "$arg" in
    --all) want_release=1 want_asan=1 want_wasm=1 want_web=1 ;;
    --notebook) want_wasm=1 want_web=1 ;;
    --release) want_release=1 ;;
    --asan) want_asan=1 ;;
    --wasm) want_wasm=1 ;;
    --web) want_web=1 ;;
    -h|--help) print_help "$0"; exit 0 ;;
    *) die "unknown option: $arg (try --help)" ;;
  esac
done

# configure DIR ARGS...: runs cmake's configure step only when DIR has never been configured.
# (Once configured, `cmake --build` re-runs it by itself whenever a CMakeLists.txt changes.)
configure() {
  local dir="$1"; shift
  if [ -f "$dir/CMakeCache.txt" ] && { [ -f "$dir/Makefile" ] || [ -f "$dir/build.ninja" ]; }; then
    return 0
  fi
  say "configuring ${dir#"$ROOT"/}"
  cmake -S "$ROOT" -B "$dir" "$@"
}

if [ "$want_release" = 1 ]; then
  configure "$ROOT/build/release" -DCMAKE_BUILD_TYPE=Release
  say "building build/release (saessak, saessak_unit_tests)"
  cmake --build "$ROOT/build/release" -j"$JOBS"
fi

if [ "$want_asan" = 1 ]; then
  configure "$ROOT/build/asan" -DSAESSAK_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSAESSAK_TESTS=OFF
  say "building build/asan (saessak with ASan+UBSan)"
  cmake --build "$ROOT/build/asan" -j"$JOBS" --target saessak
fi

if [ "$want_wasm" = 1 ]; then
  configure "$ROOT/build/wasm" -DCMAKE_TOOLCHAIN_FILE="$ROOT/cmake/wasm32-wasi.cmake" -DCMAKE_BUILD_TYPE=Release
  say "building build/wasm/saessak.wasm"
  cmake --build "$ROOT/build/wasm" -j"$JOBS"
  [ -f "$ROOT/build/wasm/saessak.wasm" ] || die "build/wasm/saessak.wasm was not produced"
fi

if [ "$want_web" = 1 ]; then
  WEB="$ROOT/web"
  [ -f "$WEB/package.json" ] || die "web/package.json not found"
  [ -d "$WEB/node_modules" ] || die "web/node_modules missing: run scripts/setup.sh"
  [ -f "$ROOT/build/wasm/saessak.wasm" ] || die "build/wasm/saessak.wasm missing: run scripts/build.sh --wasm"
  mkdir -p "$WEB/public"
  # Copy only when it changed, so an unchanged module does not make the page look out of date.
  if ! cmp -s "$ROOT/build/wasm/saessak.wasm" "$WEB/public/saessak.wasm"; then
    cp "$ROOT/build/wasm/saessak.wasm" "$WEB/public/saessak.wasm"
  fi
  stamp="$STAMPS/web-build"
  # Everything the page build reads: web/ (but not its output or packages) and the JS host.
  changed=""
  if [ ! -f "$WEB/dist/index.html" ] || [ ! -e "$stamp" ]; then
    changed=yes
  else
    changed="$(find "$WEB" "$ROOT/src/hosts/wasm/js" \
                 \( -path "$WEB/node_modules" -o -path "$WEB/dist" \) -prune -o \
                 -newer "$stamp" -print -quit 2>/dev/null)"
  fi
  if [ -n "$changed" ]; then
    say "building the notebook page (web/dist)"
    rm -f "$stamp"
    (cd "$WEB" && npm run build)
    mkdir -p "$STAMPS" && touch "$stamp"
  else
    say "web/dist is up to date"
  fi
fi
