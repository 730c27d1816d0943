#!/usr/bin/env node
// Native benchmark: runs each bench/programs/<name>.py on the native `saessak` and on CPython in
// the same run, alternating between them, and prints a markdown table of median wall times, their
// ratio, peak RSS (GNU time's %M) and whether the outputs agree; then the geometric mean of the
// ratios, the worst ratio and the start-up time of `-c pass`. No dependencies beyond node.
//
//   node bench/run-native.mjs [--saessak PATH] [--python PATH] [--runs N] [--json FILE] [NAME ...]
//   node bench/run-native.mjs --check [NAME ...]      # each program once on both; exit 1 on a mismatch
//
// Saessak defaults to build/release/saessak (`bash scripts/build.sh --release`). CPython defaults
// to the interpreter `python3` names; a version-manager shim (pyenv) is resolved to the real binary
// first, so the shim's own start-up is not counted against CPython.
// Exit status: 0 every output agreed, 1 some program's output differed (or it failed), 2 bad usage.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const PROGRAMS = path.join(HERE, 'programs');
const GNU_TIME = '/usr/bin/time';
const RUN_TIMEOUT_MS = 120_000; // a hung program is killed and reported, not waited on forever
const STARTUP_RUNS = 20;
const TARGETS = { geomean: 1.0, worst: 2.0, startupMs: 5 }; // issue 6 / BRIEF §7

// Same environment for both engines; CPython's flags only make its output encoding and its
// str hashing fixed (Saessak's are fixed already).
const ENV = { ...process.env, PYTHONUTF8: '1', PYTHONIOENCODING: 'utf-8', PYTHONHASHSEED: '0' };

function usage(message) {
  if (message) console.error(`run-native.mjs: ${message}`);
  (message ? console.error : console.log)(`usage: node bench/run-native.mjs [--saessak PATH] [--python PATH] [--runs N] [--json FILE] [--check] [NAME ...]
  --saessak PATH  the Saessak binary (default build/release/saessak)
  --python PATH   the CPython to compare with (default python3, resolved past pyenv shims)
  --runs N        timed runs of each program on each engine, alternating; the median counts (default 5)
  --json FILE     also write every figure (and every single run's time) as JSON
  --check         correctness only: each program once on both engines; exit 1 if any output differs
  NAME ...        only these programs (file names in bench/programs, with or without .py)`);
  process.exit(message ? 2 : 0);
}

function parseArgs(argv) {
  const opts = { saessak: path.join(ROOT, 'build/release/saessak'), python: null, runs: 5, json: null, check: false, names: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--saessak') opts.saessak = path.resolve(value());
    else if (a === '--python') opts.python = value();
    else if (a === '--runs') opts.runs = Number(value());
    else if (a === '--json') opts.json = path.resolve(value());
    else if (a === '--check') opts.check = true;
    else if (a === '-h' || a === '--help') usage(null);
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else opts.names.push(a.replace(/\.py$/, '').replace(/^.*\//, ''));
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) usage('--runs needs a positive whole number');
  return opts;
}

// The real CPython binary behind `python3` (pyenv's shim is a shell script that costs ~0.3 s a start).
function resolvePython(requested) {
  const name = requested ?? 'python3';
  const r = spawnSync(name, ['-c', 'import sys; print(sys.executable); print(sys.version.split()[0])'], { encoding: 'utf8', env: ENV });
  if (r.status !== 0) usage(`cannot run ${name}: ${r.error?.message ?? r.stderr}`);
  const [executable, version] = r.stdout.trim().split('\n');
  if (!version.startsWith('3.11')) console.error(`warning: ${executable} is Python ${version}; the reference is CPython 3.11`);
  return { path: executable || name, version };
}

function listPrograms(names) {
  const all = fs.readdirSync(PROGRAMS).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();
  for (const n of names) if (!all.includes(n)) usage(`no program bench/programs/${n}.py`);
  return names.length ? names : all;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const haveGnuTime = fs.existsSync(GNU_TIME);

// One run: wall time measured here (spawn to exit), peak RSS from GNU time when it is there.
// GNU time adds the same small fork/exec cost to both engines.
function runOnce(argv, { measureRss = true } = {}) {
  const rssFile = path.join(os.tmpdir(), `saessak-bench-rss-${process.pid}`);
  const useTime = measureRss && haveGnuTime;
  const command = useTime ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const start = process.hrtime.bigint();
  const r = spawnSync(command[0], command.slice(1), {
    cwd: PROGRAMS, env: ENV, encoding: 'utf8', timeout: RUN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let rssKb = null;
  if (useTime) {
    try {
      // GNU time writes "Command exited with non-zero status N" before %M when the program fails.
      const lines = fs.readFileSync(rssFile, 'utf8').trim().split('\n');
      rssKb = Number(lines[lines.length - 1]);
      fs.unlinkSync(rssFile);
    } catch { rssKb = null; }
  }
  const timedOut = r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM';
  return { seconds, rssKb, stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, signal: r.signal, timedOut, error: r.error };
}

// Where two outputs part, for a loud but short report.
function firstDifference(expected, actual) {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return { line: i + 1, expected: e[i] ?? '(end of output)', actual: a[i] ?? '(end of output)' };
  }
  return null;
}

function describeMismatch(name, py, sa) {
  const lines = [`!!! ${name}: Saessak's output differs from CPython's — excluded from the geometric mean`];
  if (sa.timedOut) lines.push(`    Saessak timed out after ${RUN_TIMEOUT_MS / 1000} s`);
  else if (sa.error) lines.push(`    Saessak could not run: ${sa.error.message}`);
  if (sa.signal && !sa.timedOut) lines.push(`    Saessak was killed by ${sa.signal}`);
  else if (py.status !== sa.status) lines.push(`    exit status: CPython ${py.status}, Saessak ${sa.status}`);
  const d = firstDifference(py.stdout, sa.stdout);
  if (d) {
    lines.push(`    first difference at line ${d.line}:`);
    lines.push(`      CPython: ${d.expected.slice(0, 160)}`);
    lines.push(`      Saessak: ${d.actual.slice(0, 160)}`);
  }
  const lastErr = sa.stderr.trim().split('\n').pop();
  if (lastErr) lines.push(`    Saessak stderr: ${lastErr.slice(0, 200)}`);
  return lines.join('\n');
}

const sameOutput = (py, sa) => !sa.timedOut && !sa.error && py.status === sa.status && py.stdout === sa.stdout;

function checkMode(opts, python, names) {
  const started = Date.now();
  let failed = 0;
  for (const name of names) {
    const file = `${name}.py`;
    const py = runOnce([python.path, file], { measureRss: false });
    if (py.status !== 0) console.error(`warning: ${name} fails on CPython itself (exit ${py.status}): ${py.stderr.trim().split('\n').pop()}`);
    const sa = runOnce([opts.saessak, file], { measureRss: false });
    if (sameOutput(py, sa)) {
      console.log(`ok    ${name} (CPython ${py.seconds.toFixed(2)} s, Saessak ${sa.seconds.toFixed(2)} s)`);
    } else {
      failed++;
      console.log(`FAIL  ${name}`);
      console.log(describeMismatch(name, py, sa));
    }
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\n${names.length - failed} passed, ${failed} failed (${secs} s)`);
  process.exit(failed ? 1 : 0);
}

function measureStartup(opts, python) {
  const py = [];
  const sa = [];
  const floor = [];
  // /bin/true shows the cost of spawning any process on this machine from here: the floor
  // under both figures (on a busy VM it alone can be several milliseconds).
  const trueBinary = fs.existsSync('/bin/true') ? '/bin/true' : null;
  for (let i = 0; i < STARTUP_RUNS; i++) {
    // Alternate which goes first, so neither always meets a warmer cache.
    const order = i % 2 ? [[sa, opts.saessak], [py, python.path]] : [[py, python.path], [sa, opts.saessak]];
    for (const [into, binary] of order) into.push(runOnce([binary, '-c', 'pass'], { measureRss: false }).seconds * 1000);
    if (trueBinary) floor.push(runOnce([trueBinary], { measureRss: false }).seconds * 1000);
  }
  return { cpythonMs: median(py), saessakMs: median(sa), spawnFloorMs: trueBinary ? median(floor) : null };
}

const fmt = (x, digits) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(digits));
const mb = (kb) => (kb === null ? null : kb / 1024);
const mark = (ok) => (ok ? 'yes' : 'no');

function machineDescription() {
  const cpus = os.cpus();
  const model = cpus[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${cpus.length} cores, ${model}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ${os.type()} ${os.release()}`;
}

function gitCommit() {
  const r = spawnSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

function benchMode(opts, python, names) {
  const results = [];
  for (const name of names) {
    const file = `${name}.py`;
    const py = [];
    const sa = [];
    process.stderr.write(`${name} `);
    for (let i = 0; i < opts.runs; i++) {
      // Alternating the order spreads the machine's drift (other load, caches, CPU clock) evenly.
      const order = i % 2 ? [[sa, opts.saessak], [py, python.path]] : [[py, python.path], [sa, opts.saessak]];
      for (const [into, binary] of order) into.push(runOnce([binary, file]));
      process.stderr.write('.');
    }
    process.stderr.write('\n');
    // Every Saessak run must agree with CPython, not just the first.
    const reference = py[0];
    const bad = sa.find((r) => !sameOutput(reference, r));
    const ok = bad === undefined && py.every((r) => r.stdout === reference.stdout);
    if (!ok) console.error(describeMismatch(name, reference, bad ?? sa[0]));
    const cpythonS = median(py.map((r) => r.seconds));
    const saessakS = median(sa.map((r) => r.seconds));
    const rss = (runs) => (runs.every((r) => r.rssKb !== null) ? median(runs.map((r) => r.rssKb)) : null);
    results.push({
      name, outputOk: ok, cpythonS, saessakS, ratio: saessakS / cpythonS,
      cpythonRssMb: mb(rss(py)), saessakRssMb: mb(rss(sa)),
      cpythonRunsS: py.map((r) => r.seconds), saessakRunsS: sa.map((r) => r.seconds),
    });
  }
  const startup = measureStartup(opts, python);

  const counted = results.filter((r) => r.outputOk);
  const geomean = counted.length ? Math.exp(counted.reduce((s, r) => s + Math.log(r.ratio), 0) / counted.length) : null;
  const worst = counted.reduce((w, r) => (w === null || r.ratio > w.ratio ? r : w), null);
  const mismatched = results.filter((r) => !r.outputOk).map((r) => r.name);
  const rssOver = results.filter((r) => r.cpythonRssMb !== null && r.saessakRssMb > r.cpythonRssMb).map((r) => r.name);

  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const commit = gitCommit();
  console.log(`\nNative benchmark, ${date}${commit ? `, commit ${commit}` : ''}`);
  console.log(`Machine: ${machineDescription()}`);
  console.log(`CPython ${python.version} (${python.path}) vs Saessak (${path.relative(ROOT, opts.saessak) || opts.saessak}); median of ${opts.runs} runs, wall time\n`);
  console.log('| program | CPython s | Saessak s | ratio (saessak/cpython) | CPython peak RSS MB | Saessak peak RSS MB | output ok |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | :---: |');
  for (const r of results) {
    const ratio = r.outputOk ? `${fmt(r.ratio, 2)}×` : `(${fmt(r.ratio, 2)}×)`;
    console.log(`| ${r.name} | ${fmt(r.cpythonS, 3)} | ${fmt(r.saessakS, 3)} | ${ratio} | ${fmt(r.cpythonRssMb, 1)} | ${fmt(r.saessakRssMb, 1)} | ${r.outputOk ? 'yes' : '**NO**'} |`);
  }
  console.log('');
  console.log(`Geometric mean of ratios: ${geomean === null ? 'n/a' : `${fmt(geomean, 2)}×`} over ${counted.length} programs` +
    (mismatched.length ? ` (excluded, wrong output: ${mismatched.join(', ')})` : ''));
  console.log(`Worst ratio: ${worst ? `${fmt(worst.ratio, 2)}× (${worst.name})` : 'n/a'}`);
  console.log(`Start-up, median of ${STARTUP_RUNS}: saessak -c pass ${fmt(startup.saessakMs, 1)} ms, python3 -c pass ${fmt(startup.cpythonMs, 1)} ms` +
    (startup.spawnFloorMs === null ? '' : ` (spawning /bin/true: ${fmt(startup.spawnFloorMs, 1)} ms)`));
  if (!haveGnuTime) console.log(`(peak RSS needs GNU time at ${GNU_TIME}: apt-get install time, or bash scripts/setup.sh)`);
  console.log('');
  console.log('Targets (issue 6):');
  console.log(`  geometric mean ≤ ${TARGETS.geomean}×: ${mark(geomean !== null && geomean <= TARGETS.geomean)}`);
  console.log(`  no program slower than ${TARGETS.worst}×: ${mark(worst !== null && worst.ratio <= TARGETS.worst)}`);
  console.log(`  peak RSS ≤ CPython's on every program: ${haveGnuTime ? mark(rssOver.length === 0) + (rssOver.length ? ` (over: ${rssOver.join(', ')})` : '') : 'n/a'}`);
  console.log(`  saessak -c pass ≤ ${TARGETS.startupMs} ms: ${mark(startup.saessakMs <= TARGETS.startupMs)}`);
  console.log(`  every output equals CPython's: ${mark(mismatched.length === 0)}${mismatched.length ? ` (wrong: ${mismatched.join(', ')})` : ''}`);

  if (opts.json) {
    const report = {
      date, commit, machine: machineDescription(), runs: opts.runs,
      cpython: python, saessak: opts.saessak, programs: results,
      geomean, worst: worst ? { name: worst.name, ratio: worst.ratio } : null, mismatched,
      startup: { runs: STARTUP_RUNS, ...startup },
    };
    fs.writeFileSync(opts.json, JSON.stringify(report, null, 2) + '\n');
    console.log(`\nwrote ${opts.json}`);
  }
  process.exit(mismatched.length ? 1 : 0);
}

const opts = parseArgs(process.argv.slice(2));
if (!fs.existsSync(opts.saessak)) {
  console.error(`run-native.mjs: ${opts.saessak} does not exist; build it with 'bash scripts/build.sh --release' (or pass --saessak PATH)`);
  process.exit(2);
}
const python = resolvePython(opts.python);
const names = listPrograms(opts.names);
if (!haveGnuTime && !opts.check) console.error(`warning: ${GNU_TIME} not found; peak RSS will be n/a (apt-get install time)`);
if (opts.check) checkMode(opts, python, names);
else benchMode(opts, python, names);
