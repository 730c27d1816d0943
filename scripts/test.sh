#!/usr/bin/env bash
# Command 2: test everything. Installs what is missing, builds everything that is out of date
# (native release, ASan+UBSan, wasm, the page), then runs every suite:
#   unit                 C++ unit tests (GoogleTest via CTest, build/release)
#   conformance native   tests/conformance with build/release/saessak
#   conformance asan     tests/conformance with build/asan/saessak
#   conformance wasm     tests/conformance with saessak.wasm under node
#   browser              tests/browser/*.test.mjs in headless Chromium (needs web/dist)
# Prints one line per suite and ends with exactly one line `N passed, M failed`; exits non-zero
# if anything failed. A build that fails or a suite that cannot run counts as a failure.
# Suite output is indented so that the last line is the only unindented summary.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT" || exit 1

BUDGET_SECONDS="${SAESSAK_TEST_BUDGET:-1680}"   # 28 minutes for the whole run, builds included
started=$(date +%s)
deadline=$((started + BUDGET_SECONDS))
LOGS="$ROOT/build/test-logs"
mkdir -p "$LOGS"

summary=()
total_pass=0
total_fail=0

# record NAME PASSED FAILED [NOTE]
record() {
  local line
  line="$(printf '  %-22s %s passed, %s failed' "$1" "$2" "$3")"
  [ -n "${4:-}" ] && line="$line  ($4)"
  summary+=("$line")
  total_pass=$((total_pass + $2))
  total_fail=$((total_fail + $3))
}

# Seconds left for a step, capped at $1.
time_for() {
  local left=$((deadline - $(date +%s)))
  [ "$left" -lt "$1" ] && echo "$left" || echo "$1"
}

# run_logged NAME LOG CAP CMD...: runs CMD with a timeout, output indented on screen and kept in LOG.
# Sets RC to the command's exit status (124 on timeout).
run_logged() {
  local name="$1" log="$2" cap="$3"; shift 3
  local t; t="$(time_for "$cap")"
  printf '\n== %s ==\n' "$name"
  if [ "$t" -le 0 ]; then
    echo "    out of time" | tee "$log"
    RC=124
    return
  fi
  timeout --kill-after=10 "$t" "$@" 2>&1 | tee "$log" | sed -u 's/^/    /'
  RC=${PIPESTATUS[0]}
  [ "$RC" -eq 124 ] && echo "    timed out after ${t} s" | tee -a "$log"
}

finish() {
  local elapsed=$(( $(date +%s) - started ))
  printf '\n== summary (%d s) ==\n' "$elapsed"
  local line
  for line in "${summary[@]}"; do echo "$line"; done
  echo "$total_pass passed, $total_fail failed"
  [ "$total_fail" -eq 0 ] && [ "$total_pass" -gt 0 ]
  exit $?
}

# --- set-up and builds --------------------------------------------------------------------------
run_logged "setup" "$LOGS/setup.log" 900 bash scripts/setup.sh
if [ "$RC" -ne 0 ]; then
  record "setup" 0 1 "scripts/setup.sh failed; see build/test-logs/setup.log"
  finish
fi

declare -A built
for part in release asan wasm web; do
  if [ "$part" = web ] && [ "${built[wasm]:-}" != yes ]; then
    built[web]=no
    record "build web" 0 1 "not attempted: the wasm build failed"
    continue
  fi
  run_logged "build $part" "$LOGS/build-$part.log" 1200 bash scripts/build.sh "--$part"
  if [ "$RC" -eq 0 ]; then
    built[$part]=yes
  else
    built[$part]=no
    record "build $part" 0 1 "failed; see build/test-logs/build-$part.log"
  fi
done

# --- suites -------------------------------------------------------------------------------------
# parse_counts LOG: sets P and F from the last `N passed, M failed` line of LOG, or P=F=""
parse_counts() {
  local line
  line="$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | tail -n 1)"
  if [ -n "$line" ]; then
    P="${line%% passed*}"; F="${line#*, }"; F="${F%% failed}"
  else
    P=""; F=""
  fi
}

# The unit tests.
if [ "${built[release]:-}" = yes ]; then
  run_logged "unit (ctest)" "$LOGS/unit.log" 300 ctest --test-dir build/release --output-on-failure --timeout 60
  line="$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$LOGS/unit.log" | tail -n 1)"
  if [ -n "$line" ]; then
    F="$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")"
    N="$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")"
    P=$((N - F))
    if [ "$RC" -ne 0 ] && [ "$F" -eq 0 ]; then F=1; fi
    if [ "$N" -eq 0 ]; then record "unit (ctest)" 0 1 "no tests found"; else record "unit (ctest)" "$P" "$F"; fi
  else
    record "unit (ctest)" 0 1 "ctest did not run (no tests found?); see build/test-logs/unit.log"
  fi
else
  record "unit (ctest)" 0 1 "could not run: the release build failed"
fi

# The conformance corpus, once per engine.
for engine in native asan wasm; do
  name="conformance $engine"
  case "$engine" in native) need=release ;; asan) need=asan ;; wasm) need=wasm ;; esac
  if [ "${built[$need]:-}" != yes ]; then
    record "$name" 0 1 "could not run: the $need build failed"
    continue
  fi
  cap=300; [ "$engine" = asan ] && cap=600
  run_logged "$name" "$LOGS/conformance-$engine.log" "$cap" node tests/conformance/run.mjs --engine "$engine"
  parse_counts "$LOGS/conformance-$engine.log"
  if [ -z "$P" ]; then
    record "$name" 0 1 "the runner ended without a count (exit $RC)"
  else
    if [ "$RC" -ne 0 ] && [ "$F" -eq 0 ]; then F=1; fi
    record "$name" "$P" "$F"
  fi
done

# The browser tests, against web/dist.
shopt -s nullglob
browser_tests=(tests/browser/*.test.mjs)
shopt -u nullglob
if [ "${built[web]:-}" != yes ]; then
  record "browser" 0 1 "could not run: the notebook build failed"
elif [ "${#browser_tests[@]}" -eq 0 ]; then
  record "browser" 0 1 "no tests/browser/*.test.mjs found"
else
  run_logged "browser" "$LOGS/browser.log" 600 node --test --test-reporter=tap "${browser_tests[@]}"
  P="$(grep -E '^# pass [0-9]+$' "$LOGS/browser.log" | tail -n 1 | awk '{print $3}')"
  F="$(grep -E '^# fail [0-9]+$' "$LOGS/browser.log" | tail -n 1 | awk '{print $3}')"
  C="$(grep -E '^# cancelled [0-9]+$' "$LOGS/browser.log" | tail -n 1 | awk '{print $3}')"
  if [ -z "$P" ] || [ -z "$F" ]; then
    record "browser" 0 1 "node --test ended without counts (exit $RC); see build/test-logs/browser.log"
  else
    F=$((F + ${C:-0}))
    if [ "$RC" -ne 0 ] && [ "$F" -eq 0 ]; then F=1; fi
    if [ $((P + F)) -eq 0 ]; then record "browser" 0 1 "no tests ran"; else record "browser" "$P" "$F"; fi
  fi
fi

finish
