#!/usr/bin/env node
// The browser benchmark (issue 6, deliverable 3; the browser figures of issue 5): Saessak's wasm
// kernel, through web/dist/bench-adapter.js, against Pyodide (npm `pyodide`, served from
// bench/node_modules) in the same headless Debian Chromium, on every bench/programs/*.py.
//
//   node bench/run-browser.mjs [--runs N] [--dist DIR] [--json FILE] [--timeout S] [name ...]
//
// For each engine, in its own fresh browser context (nothing cached):
//   ready      milliseconds from navigation start to "can run a program" (performance.now() in
//              the page; the harness page around it is a few hundred bytes of HTML)
//   download   every response the server sent until ready, raw and gzip -9 (each body gzipped
//              here with zlib, whatever the server sent; the harness page itself not counted)
// then every program N times per engine, alternating engines; the median is reported, and each
// output is compared with CPython's (`python3 program.py`, run once here). Each run starts from a
// fresh __main__ (Saessak: restart() before the run; Pyodide: a new globals dict), not timed.
// Saessak's Stop latency (interrupt() during `while True`, until the KeyboardInterrupt reaches
// the caller; a variable set before must survive) and restart time are measured through the
// same KernelClient the notebook uses. Pyodide can only be interrupted through a
// SharedArrayBuffer, which needs cross-origin isolation headers; a plain static host (this
// server, like a school's) has none, so its Stop is reported as unavailable, and its "restart"
// is a new loadPyodide() in the same page.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createHandler } from '../scripts/serve.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(benchDir, '..');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// ---- arguments -------------------------------------------------------------------------------

function usage(code) {
  console.log(`usage: node bench/run-browser.mjs [--runs N] [--dist DIR] [--json FILE] [--timeout S] [name ...]
  --runs N      timed runs of each program per engine (median reported; default 3)
  --dist DIR    the built page with bench-adapter.js (default web/dist)
  --json FILE   also write every figure as JSON
  --timeout S   give up on one run after S seconds (default 120)
  name ...      only these programs (file names in bench/programs, with or without .py)`);
  process.exit(code);
}

function parseArgs(argv) {
  const opts = { runs: 3, dist: path.join(repoRoot, 'web', 'dist'), json: null, timeout: 120, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(2));
    if (a === '--runs') opts.runs = Number(value());
    else if (a === '--dist') opts.dist = path.resolve(value());
    else if (a === '--json') opts.json = path.resolve(value());
    else if (a === '--timeout') opts.timeout = Number(value());
    else if (a === '-h' || a === '--help') usage(0);
    else if (a.startsWith('-')) usage(2);
    else opts.only.push(a.replace(/\.py$/, ''));
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) usage(2);
  if (!(opts.timeout > 0)) usage(2);
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const pyodideDir = path.join(benchDir, 'node_modules', 'pyodide');
let chromium;
try {
  ({ chromium } = createRequire(path.join(benchDir, 'package.json'))('playwright-core'));
} catch {
  fail('playwright-core is missing: run `npm ci` in bench/ (it downloads no browser)');
}
if (!fs.existsSync(path.join(pyodideDir, 'pyodide.mjs'))) fail('pyodide is missing: run `npm ci` in bench/');
if (!fs.existsSync(path.join(opts.dist, 'bench-adapter.js'))) {
  fail(`${opts.dist}/bench-adapter.js is missing: build the page (bash scripts/build.sh --web)`);
}

function fail(message) {
  console.error(`run-browser.mjs: ${message}`);
  process.exit(1);
}

// ---- programs and CPython's outputs ----------------------------------------------------------

const programsDir = path.join(benchDir, 'programs');
const programs = fs
  .readdirSync(programsDir)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => ({ name: f.slice(0, -3), file: path.join(programsDir, f) }))
  .filter((p) => opts.only.length === 0 || opts.only.includes(p.name));
if (programs.length === 0) fail('no programs to run');

for (const p of programs) {
  p.source = fs.readFileSync(p.file, 'utf8');
  const t0 = performance.now();
  const r = spawnSync('python3', [p.file], { encoding: 'utf8', cwd: programsDir, maxBuffer: 1 << 28 });
  p.cpythonSeconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) fail(`python3 ${p.name}.py failed: ${r.stderr || r.error}`);
  p.expected = r.stdout;
}

// ---- the server: web/dist, Pyodide's files and the two harness pages -------------------------

const HARNESS = {
  saessak: `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Saessak bench</title>
<script type="module">
window.bench = (async () => {
  const { load } = await import('/bench-adapter.js');
  const kernel = await load();
  const ready = performance.now();
  const run = async (source) => {
    const t0 = performance.now();
    try {
      const out = await kernel.run(source);
      return { ms: performance.now() - t0, out };
    } catch (e) {
      return { ms: performance.now() - t0, out: e.stdout ?? '', error: String(e.message ?? e), ename: e.ename };
    }
  };
  return { ready, kernel, run, fresh: () => kernel.restart() };
})();
</script>`,
  pyodide: `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Pyodide bench</title>
<script type="module">
window.bench = (async () => {
  const { loadPyodide } = await import('/pyodide/pyodide.mjs');
  let out = '', err = '';
  const hook = (py) => {
    const decoder = new TextDecoder();
    py.setStdout({ write: (b) => { out += decoder.decode(b, { stream: true }); return b.length; } });
    py.setStderr({ write: (b) => { err += new TextDecoder().decode(b); return b.length; } });
  };
  let py = await loadPyodide({ indexURL: '/pyodide/' });
  hook(py);
  const ready = performance.now();
  let globals = null;
  const fresh = () => {
    globals?.destroy();
    globals = py.globals.get('dict')();
    globals.set('__name__', '__main__');
  };
  const run = async (source) => {
    out = ''; err = '';
    if (!globals) fresh();
    const t0 = performance.now();
    try {
      // runPythonAsync, as JupyterLite's kernel runs a cell: its async entry point lets
      // asyncio.run() switch stacks (JSPI); runPython refuses asyncio.run().
      await py.runPythonAsync(source, { globals });
      return { ms: performance.now() - t0, out };
    } catch (e) {
      return { ms: performance.now() - t0, out, error: String(e.message ?? e) };
    }
  };
  const reload = async () => {
    const t0 = performance.now();
    py = await loadPyodide({ indexURL: '/pyodide/' });
    hook(py);
    globals = null;
    return performance.now() - t0;
  };
  return { ready, run, fresh, reload };
})();
</script>`,
};

/** Every response body sent while `log` is set, by URL. */
let log = null;
const serveDist = createHandler(opts.dist);
const servePyodide = createHandler(pyodideDir);

const server = http.createServer((req, res) => {
  const url = (req.url || '/').split(/[?#]/, 1)[0];
  const chunks = [];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = (chunk, ...rest) => {
    if (chunk) chunks.push(Buffer.from(chunk));
    return write(chunk, ...rest);
  };
  res.end = (chunk, ...rest) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
    return end(chunk, ...rest);
  };
  const current = log;
  res.on('finish', () => {
    if (current && !url.startsWith('/__bench/')) current.push({ url, status: res.statusCode, body: Buffer.concat(chunks) });
  });
  const harness = url.match(/^\/__bench\/(\w+)\.html$/);
  if (harness && HARNESS[harness[1]]) {
    const body = Buffer.from(HARNESS[harness[1]]);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    return res.end(body);
  }
  if (url.startsWith('/pyodide/')) {
    req.url = req.url.slice('/pyodide'.length);
    return servePyodide(req, res);
  }
  return serveDist(req, res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- the browser -----------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});

function summarize(responses) {
  let raw = 0;
  let gzip = 0;
  const files = responses.map((r) => {
    const gz = r.body.length ? zlib.gzipSync(r.body, { level: 9 }).length : 0;
    raw += r.body.length;
    gzip += gz;
    return { url: r.url, status: r.status, raw: r.body.length, gzip: gz };
  });
  return { raw, gzip, files };
}

/** Open a harness page in a fresh context; resolves when its engine is ready. */
async function openEngine(engine) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  log = [];
  const responses = log;
  await page.goto(`${origin}/__bench/${engine}.html`);
  let ready;
  try {
    ready = await page.evaluate(async () => (await window.bench).ready);
  } catch (e) {
    throw new Error(`${engine} did not start: ${e.message} ${errors.join(' ')}`);
  }
  log = null;
  return { engine, context, page, ready, download: summarize(responses) };
}

/** Ready time varies from load to load: the median of READY_LOADS fresh loads; the last stays open. */
const READY_LOADS = 3;
async function openReady(engine) {
  const readies = [];
  let e = null;
  for (let i = 0; i < READY_LOADS; i++) {
    if (e) await e.context.close();
    e = await openEngine(engine);
    readies.push(e.ready);
  }
  e.readies = readies;
  e.ready = median(readies);
  return e;
}

/** The notebook page itself, for the figure of issue 5: navigation to the kernel's "Ready". */
async function openNotebook() {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  log = [];
  const responses = log;
  await page.goto(`${origin}/`);
  await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor({ timeout: 60_000 });
  const ready = await page.evaluate(() => performance.now());
  log = null;
  await context.close();
  return { ready, download: summarize(responses) };
}

const withTimeout = (promise, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: timed out after ${opts.timeout} s`)), opts.timeout * 1000)),
  ]);

async function timedRun(e, source, what) {
  await e.page.evaluate(async () => (await window.bench).fresh());
  try {
    return await withTimeout(e.page.evaluate(async (src) => (await window.bench).run(src), source), what);
  } catch (err) {
    // A run that never ends blocks Pyodide's page (it runs on the main thread): start over.
    await e.context.close();
    Object.assign(e, await openEngine(e.engine));
    return { ms: NaN, out: '', error: err.message };
  }
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Saessak's Stop latency and restart time, each the median of five. */
async function stopAndRestart(e) {
  return e.page.evaluate(async () => {
    const { kernel } = await window.bench;
    const stops = [];
    const restarts = [];
    let kept = true;
    let ename = '';
    for (let i = 0; i < 5; i++) {
      await kernel.run(`x = ${i}`);
      const running = kernel.run('while True:\n    pass\n').catch((err) => err);
      await new Promise((r) => setTimeout(r, 200));
      const t0 = performance.now();
      kernel.interrupt();
      const err = await running;
      stops.push(performance.now() - t0);
      ename = err?.ename ?? String(err);
      if ((await kernel.run('print(x)')) !== `${i}\n`) kept = false;
    }
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await kernel.restart();
      restarts.push(performance.now() - t0);
    }
    const fresh = await kernel.run("print('x' in globals())");
    const mid = (xs) => xs.sort((a, b) => a - b)[2];
    return { stopMs: mid(stops), stops, ename, kept, restartMs: mid(restarts), restarts, freshAfterRestart: fresh === 'False\n' };
  });
}

// ---- the run ---------------------------------------------------------------------------------

const results = { date: new Date().toISOString(), runs: opts.runs, chromium: browser.version(), engines: {}, programs: [] };
let exitCode = 0;
try {
  let notebook;
  try {
    const loads = [];
    for (let i = 0; i < READY_LOADS; i++) loads.push(await openNotebook());
    notebook = { ...loads.at(-1), ready: median(loads.map((l) => l.ready)), readies: loads.map((l) => l.ready) };
  } catch (err) {
    notebook = { error: err.message };
  }
  const saessak = await openReady('saessak');
  const pyodide = await openReady('pyodide');
  const engines = [saessak, pyodide];
  console.error(`ready: Saessak ${saessak.ready.toFixed(0)} ms, Pyodide ${pyodide.ready.toFixed(0)} ms (medians of ${READY_LOADS})`);

  for (const p of programs) {
    const times = { saessak: [], pyodide: [] };
    const outputs = { saessak: null, pyodide: null };
    const errors = { saessak: null, pyodide: null };
    for (let r = 0; r < opts.runs; r++) {
      for (const e of engines) {
        const res = await timedRun(e, p.source, `${e.engine} ${p.name}`);
        times[e.engine].push(res.ms / 1000);
        if (res.error) errors[e.engine] ??= res.error.split('\n').filter(Boolean).pop();
        if (outputs[e.engine] === null || res.out !== p.expected) outputs[e.engine] = res.out;
      }
    }
    const row = {
      name: p.name,
      cpython: p.cpythonSeconds,
      saessak: errors.saessak ? NaN : median(times.saessak),
      pyodide: errors.pyodide ? NaN : median(times.pyodide),
      saessakTimes: times.saessak,
      pyodideTimes: times.pyodide,
      saessakOk: !errors.saessak && outputs.saessak === p.expected,
      pyodideOk: !errors.pyodide && outputs.pyodide === p.expected,
      saessakError: errors.saessak,
      pyodideError: errors.pyodide,
    };
    row.ratio = row.saessak / row.pyodide;
    results.programs.push(row);
    console.error(`${p.name}: Saessak ${fmt(row.saessak)} s, Pyodide ${fmt(row.pyodide)} s${row.saessakError ? ` (Saessak: ${row.saessakError})` : ''}${row.pyodideError ? ` (Pyodide: ${row.pyodideError})` : ''}`);
  }

  const lifecycle = await stopAndRestart(saessak);
  const pyodideRestart = await pyodide.page.evaluate(async () => (await window.bench).reload());
  const isolated = await pyodide.page.evaluate(() => self.crossOriginIsolated);
  results.engines = {
    saessak: { ready: saessak.ready, readies: saessak.readies, download: saessak.download, ...lifecycle },
    pyodide: {
      ready: pyodide.ready,
      readies: pyodide.readies,
      download: pyodide.download,
      stopMs: null,
      stopNote: `needs SharedArrayBuffer (crossOriginIsolated=${isolated} on a plain static host)`,
      restartMs: pyodideRestart,
    },
    notebook,
  };
  for (const e of engines) await e.context.close();
  printReport(results);
  if (results.programs.some((r) => !r.saessakOk)) exitCode = 1;
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections?.();
}
if (opts.json) fs.writeFileSync(opts.json, JSON.stringify(results, null, 2) + '\n');
process.exit(exitCode);

// ---- the report ------------------------------------------------------------------------------

function fmt(seconds) {
  return Number.isFinite(seconds) ? seconds.toFixed(3) : '—';
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(0)} kB`;
}

function printReport(res) {
  const lines = [];
  lines.push(`Browser benchmark, ${res.date.slice(0, 10)}, headless Chromium ${res.chromium}, median of ${res.runs} run(s)`);
  lines.push('');
  lines.push('| program | Pyodide s | Saessak s | ratio | output ok |');
  lines.push('| --- | ---: | ---: | ---: | --- |');
  const ratios = [];
  for (const r of res.programs) {
    const verdict = (engine, ok, error) => (ok ? null : error ? `${engine} failed (${error.slice(0, 60)})` : `${engine} differs`);
    const ok = [verdict('Saessak', r.saessakOk, r.saessakError), verdict('Pyodide', r.pyodideOk, r.pyodideError)].filter(Boolean);
    if (Number.isFinite(r.ratio)) ratios.push(r.ratio);
    r.note = ok.length ? ok.join(', ') : 'yes';
    lines.push(`| ${r.name} | ${fmt(r.pyodide)} | ${fmt(r.saessak)} | ${Number.isFinite(r.ratio) ? r.ratio.toFixed(2) + '×' : '—'} | ${r.note} |`);
  }
  const geomean = ratios.length ? Math.exp(ratios.reduce((s, x) => s + Math.log(x), 0) / ratios.length) : NaN;
  res.geomean = geomean;
  lines.push(`| **geometric mean** (Saessak ÷ Pyodide, ${ratios.length} programs) | | | **${Number.isFinite(geomean) ? geomean.toFixed(2) + '×' : '—'}** | |`);
  lines.push('');
  const s = res.engines.saessak;
  const p = res.engines.pyodide;
  const nb = res.engines.notebook;
  lines.push('| figure | Pyodide | Saessak |');
  lines.push('| --- | ---: | ---: |');
  lines.push(`| ready (navigation → can run; median of ${s.readies.length} loads) | ${p.ready.toFixed(0)} ms | ${s.ready.toFixed(0)} ms |`);
  lines.push(`| downloaded before ready, raw | ${kb(p.download.raw)} | ${kb(s.download.raw)} |`);
  lines.push(`| downloaded before ready, gzip -9 | ${kb(p.download.gzip)} | ${kb(s.download.gzip)} |`);
  lines.push(`| Stop latency (interrupt during \`while True\` → KeyboardInterrupt) | n/a: ${p.stopNote} | ${s.stopMs.toFixed(1)} ms (${s.ename}; variables kept: ${s.kept ? 'yes' : 'NO'}) |`);
  lines.push(`| restart → ready | ${p.restartMs.toFixed(0)} ms (a new loadPyodide) | ${s.restartMs.toFixed(1)} ms (fresh \`__main__\`: ${s.freshAfterRestart ? 'yes' : 'NO'}) |`);
  if (nb && !nb.error) {
    lines.push(`| the notebook page (web/dist/index.html): navigation → kernel Ready, download | — | ${nb.ready.toFixed(0)} ms, ${kb(nb.download.gzip)} gzip (${kb(nb.download.raw)} raw) |`);
  } else if (nb?.error) {
    lines.push(`| the notebook page | — | could not be measured: ${nb.error.split('\n')[0]} |`);
  }
  lines.push('');
  lines.push(`Saessak files: ${s.download.files.map((f) => `${f.url} ${f.gzip}`).join(', ')} (gzip bytes)`);
  lines.push(`Pyodide files: ${p.download.files.map((f) => `${f.url} ${f.gzip}`).join(', ')} (gzip bytes)`);
  console.log(lines.join('\n'));
}
