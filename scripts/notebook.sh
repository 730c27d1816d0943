#!/usr/bin/env bash
# Command 1: run the notebook. Installs what is missing, builds what is out of date (the wasm
# kernel and the page), then serves web/dist as plain static files and prints the URL.
#   scripts/notebook.sh [--port N]        (or PORT=N scripts/notebook.sh; default 8000)
# Stop it with Ctrl+C. web/dist can be copied as it is to any static host.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

port="${PORT:-8000}"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) [ $# -ge 2 ] || die "--port needs a number"; port="$2"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    -h|--help) print_help "$0"; exit 0 ;;
    *) die "unknown option: $1 (try --help)" ;;
  esac
done
case "$port" in ''|*[!0-9]*) die "--port must be a number, not '$port'" ;; esac

bash "$ROOT/scripts/setup.sh"
bash "$ROOT/scripts/build.sh" --notebook
exec node "$ROOT/scripts/serve.mjs" --port "$port" --root "$ROOT/web/dist"
