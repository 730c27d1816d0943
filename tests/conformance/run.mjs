#!/usr/bin/env node
// Conformance runner: runs each tests/conformance/<topic>/<name>.py with an engine and compares
// stdout (exactly), the exit code and the last non-empty stderr line with the files CPython 3.11
// produced (generate_expected.py). No dependencies beyond node.
//
//   node tests/conformance/run.mjs --engine native|asan|wasm [--timeout S] [--jobs N] [-v] [TOPIC | TOPIC/NAME ...]
//
// Engines: native = build/release/saessak, asan = build/asan/saessak (ASan+UBSan),
//          wasm = node src/hosts/wasm/js/run-file.mjs (the browser kernel under node).
// (--engine python3 runs the oracle itself: a self-check of the runner and the expected files.)
// Each program runs in its own folder as `ENGINE <name>.py`, with <name>.stdin (or nothing) as stdin.
// Prints counts per topic, then each failure with a short diff, then `N passed, M failed`.
// Exit status: 0 all passed, 1 some failed, 2 the engine or the arguments are unusable.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const MAX_OUTPUT = 4 * 1024 * 1024; // a runaway print loop is killed here

const ENGINES = {
  native: { argv: [path.join(ROOT, 'build/release/saessak')], timeout: 10 },
  asan: {
    argv: [path.join(ROOT, 'build/asan/saessak')],
    timeout: 30,
    env: {
      // Leak checking is off: it needs ptrace (often missing in containers) and an interpreter
      // may leave its heap to the OS at exit. Any memory error or UB still fails the program.
      ASAN_OPTIONS: 'detect_leaks=0:halt_on_error=1:abort_on_error=0',
      UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1',
    },
  },
  wasm: { argv: [process.execPath, path.join(ROOT, 'src/hosts/wasm/js/run-file.mjs')], timeout: 20 },
  python3: {
    argv: ['python3'],
    timeout: 10,
    env: { PYTHONUTF8: '1', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' },
  },
};

function usage(message) {
  if (message) console.error(`run.mjs: ${message}`);
  console.error('usage: node tests/conformance/run.mjs --engine native|asan|wasm [--binary PATH] [--timeout S] [--jobs N] [-v] [TOPIC | TOPIC/NAME ...]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { engine: null, binary: null, timeout: null, jobs: null, verbose: false, selectors: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--engine') opts.engine = value();
    else if (a.startsWith('--engine=')) opts.engine = a.slice(9);
    else if (a === '--binary') opts.binary = path.resolve(value());
    else if (a === '--timeout') opts.timeout = Number(value());
    else if (a === '--jobs' || a === '-j') opts.jobs = Number(value());
    else if (a === '-v' || a === '--verbose') opts.verbose = true;
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else opts.selectors.push(a);
  }
  if (!opts.engine || !ENGINES[opts.engine]) usage('--engine must be native, asan or wasm');
  if (opts.timeout !== null && !(opts.timeout > 0)) usage('--timeout must be a number of seconds');
  if (opts.jobs !== null && !(Number.isInteger(opts.jobs) && opts.jobs > 0)) usage('--jobs must be a positive integer');
  return opts;
}

// All programs as {topic, name, file}, sorted; or only those the selectors name.
function findPrograms(selectors) {
  const all = [];
  for (const topic of fs.readdirSync(HERE).sort()) {
    const dir = path.join(HERE, topic);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).sort()) {
      if (f.endsWith('.py')) all.push({ topic, name: f.slice(0, -3), file: path.join(dir, f) });
    }
  }
  if (selectors.length === 0) return all;
  const chosen = new Set();
  for (const raw of selectors) {
    const sel = raw.replace(/^tests\/conformance\//, '').replace(/\/+$/, '').replace(/\.py$/, '');
    const hits = all.filter((p) => p.topic === sel || `${p.topic}/${p.name}` === sel || p.file === path.resolve(raw));
    if (hits.length === 0) usage(`no program matches '${raw}'`);
    hits.forEach((h) => chosen.add(h));
  }
  return all.filter((p) => chosen.has(p));
}

// A path as it reads best in messages: relative inside the repository, else the command's name.
function shown(p) {
  if (p === process.execPath) return 'node';
  const rel = path.relative(ROOT, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

function readExpected(program) {
  const base = program.file.slice(0, -3);
  let stdout, statusText;
  try {
    stdout = fs.readFileSync(base + '.expected.stdout');
    statusText = fs.readFileSync(base + '.expected.status', 'utf8');
  } catch {
    return null;
  }
  const status = { exit: null, stderr: '' };
  for (const line of statusText.split('\n')) {
    if (line.startsWith('exit: ')) status.exit = Number(line.slice(6));
    else if (line.startsWith('stderr:')) status.stderr = line.slice(7).replace(/^ /, '');
  }
  const stderrFile = base + '.expected.stderr';
  const fullStderr = fs.existsSync(stderrFile) ? fs.readFileSync(stderrFile, 'utf8') : null;
  return { stdout, ...status, fullStderr };
}

function lastLine(text, folder) {
  const lines = text.split(folder + path.sep).join('').split(/\r?\n/).map((l) => l.trimEnd()).filter((l) => l.trim());
  return lines.length ? lines[lines.length - 1] : '';
}

function runOne(engine, program, timeoutSeconds) {
  return new Promise((resolve) => {
    const dir = path.dirname(program.file);
    const stdinFile = program.file.slice(0, -3) + '.stdin';
    const input = fs.existsSync(stdinFile) ? fs.readFileSync(stdinFile) : Buffer.alloc(0);
    const [cmd, ...args] = engine.argv;
    const started = Date.now();
    const child = spawn(cmd, [...args, path.basename(program.file)], {
      cwd: dir,
      env: { ...process.env, ...(engine.env || {}) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out = [], err = [];
    let size = 0, why = null;
    const kill = (reason) => {
      if (!why) why = reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill(`timed out after ${timeoutSeconds} s`), timeoutSeconds * 1000);
    const collect = (into) => (chunk) => {
      into.push(chunk);
      size += chunk.length;
      if (size > MAX_OUTPUT) kill(`wrote more than ${MAX_OUTPUT} bytes`);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    child.stdin.on('error', () => {}); // the program may exit without reading its input
    child.stdin.end(input);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ spawnError: e.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err).toString('utf8'),
        exit: code,
        signal,
        why,
        ms: Date.now() - started,
      });
    });
  });
}

// A short line diff: the first differing line with a little context.
function shortDiff(expected, actual) {
  const e = expected.split('\n'), a = actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const lines = [];
  for (let k = Math.max(0, i - 2); k < i; k++) lines.push(`      ${JSON.stringify(e[k])}`);
  for (let k = i; k < Math.min(e.length, i + 4); k++) lines.push(`    - ${JSON.stringify(e[k])}`);
  if (e.length > i + 4) lines.push(`    - ... (${e.length - i - 4} more expected lines)`);
  for (let k = i; k < Math.min(a.length, i + 4); k++) lines.push(`    + ${JSON.stringify(a[k])}`);
  if (a.length > i + 4) lines.push(`    + ... (${a.length - i - 4} more lines)`);
  return lines;
}

function judge(program, expected, got) {
  if (!expected) return ['no expected files: run python3 tests/conformance/generate_expected.py'];
  if (got.spawnError) return [`could not start the engine: ${got.spawnError}`];
  const problems = [];
  if (got.why) problems.push(got.why);
  else if (got.signal) problems.push(`killed by ${got.signal}`);
  const stdout = got.stdout.toString('utf8');
  if (!got.stdout.equals(expected.stdout)) {
    problems.push('stdout differs (- expected, + got):', ...shortDiff(expected.stdout.toString('utf8'), stdout));
  }
  if (got.exit !== expected.exit) problems.push(`exit code: expected ${expected.exit}, got ${got.exit ?? got.signal}`);
  if (expected.fullStderr !== null) {
    // tracebacks/: the whole stderr must match CPython's, carets included.
    const folder = path.dirname(program.file) + path.sep;
    const gotStderr = got.stderr.toString('utf8').split(folder).join('');
    if (gotStderr !== expected.fullStderr) problems.push('stderr differs (- expected, + got):', ...shortDiff(expected.fullStderr, gotStderr));
  }
  const line = lastLine(got.stderr, path.dirname(program.file));
  if (line !== expected.stderr) {
    problems.push(`last stderr line:`, `    - ${JSON.stringify(expected.stderr)}`, `    + ${JSON.stringify(line)}`);
    const tail = got.stderr.trimEnd().split('\n').slice(-12);
    if (tail.length > 1) problems.push('  stderr (tail):', ...tail.map((l) => `    | ${l}`));
  }
  return problems;
}

// --binary PATH runs another build of the same engine (a helper's own build directory, say): the
// saessak executable for native/asan, or the saessak.wasm module for wasm.
function withBinary(engine, binary) {
  if (!binary) return engine;
  if (engine === ENGINES.wasm) return { ...engine, env: { ...(engine.env || {}), SAESSAK_WASM: binary } };
  return { ...engine, argv: [binary, ...engine.argv.slice(1)] };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const engine = withBinary(ENGINES[opts.engine], opts.binary);
  const programs = findPrograms(opts.selectors);
  const timeout = opts.timeout ?? engine.timeout;
  const jobs = opts.jobs ?? Math.max(1, os.availableParallelism ? os.availableParallelism() : os.cpus().length);
  console.log(`conformance: ${programs.length} programs, engine ${opts.engine} (${engine.argv.map(shown).join(' ')})`);

  const exe = engine.argv[engine.argv.length - 1];
  if (path.isAbsolute(exe) && !fs.existsSync(exe)) {
    console.log(`cannot run: ${path.relative(ROOT, exe)} does not exist (build it with scripts/build.sh)`);
    console.log(`0 passed, ${programs.length || 1} failed`);
    process.exit(2);
  }

  const results = new Array(programs.length);
  let next = 0;
  async function worker() {
    while (next < programs.length) {
      const i = next++;
      const program = programs[i];
      const got = await runOne(engine, program, timeout);
      const problems = judge(program, readExpected(program), got);
      results[i] = { program, problems, ms: got.ms };
      if (opts.verbose) console.log(`  ${problems.length ? 'FAIL' : 'ok  '} ${program.topic}/${program.name} (${got.ms} ms)`);
    }
  }
  await Promise.all(Array.from({ length: Math.min(jobs, programs.length) }, worker));

  const topics = new Map();
  for (const r of results) {
    const t = topics.get(r.program.topic) || { pass: 0, fail: 0 };
    r.problems.length ? t.fail++ : t.pass++;
    topics.set(r.program.topic, t);
  }
  const width = Math.max(8, ...[...topics.keys()].map((t) => t.length));
  for (const [topic, t] of topics) console.log(`  ${topic.padEnd(width)}  ${t.pass} passed, ${t.fail} failed`);

  const failures = results.filter((r) => r.problems.length);
  for (const r of failures) {
    console.log(`FAIL ${r.program.topic}/${r.program.name}.py`);
    for (const p of r.problems) console.log(`  ${p}`);
  }
  const passed = results.length - failures.length;
  if (programs.length === 0) {
    console.log('no programs found');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`${passed} passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
}

main();
