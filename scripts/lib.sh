# shellcheck shell=bash disable=SC2034
# Shared helpers for scripts/*.sh. Source it; it does not run anything by itself.
#
#   ROOT      the repository root (absolute)
#   STAMPS    $ROOT/.stamps: marker files that record when a step last succeeded
#   say/die   messages on stderr, prefixed so they stand out from tool output

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STAMPS="$ROOT/.stamps"
JOBS="${JOBS:-2}"

# Vite 7 needs Node >= 20.19. If the system node is older, setup.sh puts a newer
# one (the official binary, from the npm registry) under .tools/node; use it first.
NODE_MIN_MAJOR=20
NODE_MIN_MINOR=19
NODE_TOOL_BIN="$ROOT/.tools/node/bin"
if [ -x "$NODE_TOOL_BIN/node" ]; then
  PATH="$NODE_TOOL_BIN:$PATH"
  export PATH
fi

say() { printf '[saessak] %s\n' "$*" >&2; }
die() { printf '[saessak] error: %s\n' "$*" >&2; exit 1; }

# node_ok: true when `node` exists and is at least NODE_MIN_MAJOR.NODE_MIN_MINOR.
node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  local v major minor
  v="$(node -p 'process.versions.node' 2>/dev/null)" || return 1
  major="${v%%.*}"; minor="${v#*.}"; minor="${minor%%.*}"
  [ "$major" -gt "$NODE_MIN_MAJOR" ] || { [ "$major" -eq "$NODE_MIN_MAJOR" ] && [ "$minor" -ge "$NODE_MIN_MINOR" ]; }
}

# newer_than STAMP PATH...: true when STAMP is missing or any file under PATH... is newer.
newer_than() {
  local stamp="$1"; shift
  [ -e "$stamp" ] || return 0
  local p
  for p in "$@"; do
    [ -e "$p" ] || continue
    if [ -n "$(find "$p" -newer "$stamp" -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]; then
      return 0
    fi
  done
  return 1
}

# print_help SCRIPT: prints the comment block at the top of SCRIPT (after the #! line).
print_help() { awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$1"; }
