// bench-adapter.js (web/src/bench-adapter.ts), the module engine comparisons import: it must keep
// working, and the notebook page must never fetch it. SAESSAK_DIST=DIR tests another build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, distDir as defaultDist, TIMEOUT } from './harness.mjs';

const distDir = path.resolve(process.env.SAESSAK_DIST ?? defaultDist);

/** @type {Awaited<ReturnType<typeof serve>>} */
let server;
/** @type {Awaited<ReturnType<typeof launch>>} */
let browser;
/** @type {import('playwright-core').Page} */
let page;

before(async () => {
  if (!fs.existsSync(path.join(distDir, 'bench-adapter.js'))) {
    throw new Error(`${distDir}/bench-adapter.js is missing: build the page (bash scripts/build.sh --web)`);
  }
  server = await serve(distDir);
  browser = await launch();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(TIMEOUT);
  // A page of our own at the served origin, so the adapter's worker and wasm load from it.
  await page.route(`${server.url}adapter-test.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>adapter</title>' }),
  );
  await page.goto(`${server.url}adapter-test.html`);
  await page.evaluate(async () => {
    const { load } = await import('./bench-adapter.js');
    /** @type {any} */ (window).py = await load();
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('load() then run("print(6*7)") gives "42\\n"', async () => {
  const out = await page.evaluate(() => /** @type {any} */ (window).py.run('print(6*7)'));
  assert.equal(out, '42\n');
});

test('an uncaught exception rejects with its traceback, ename and the stdout before it', async () => {
  const err = await page.evaluate(() =>
    /** @type {any} */ (window).py.run('print("before")\n1/0\n').then(
      () => null,
      (e) => ({ name: e.name, ename: e.ename, message: e.message, stdout: e.stdout }),
    ),
  );
  assert.ok(err, 'run() rejected');
  assert.equal(err.name, 'BenchRunError');
  assert.equal(err.ename, 'ZeroDivisionError');
  assert.equal(err.stdout, 'before\n');
  assert.match(err.message, /ZeroDivisionError: division by zero/);
});

test('interrupt() stops a busy loop with KeyboardInterrupt; restart() forgets variables', async () => {
  const r = await page.evaluate(async () => {
    const py = /** @type {any} */ (window).py;
    await py.run('x = 41');
    const running = py.run('while True:\n    pass\n').catch((/** @type {any} */ e) => e.ename);
    await new Promise((resolve) => setTimeout(resolve, 100));
    py.interrupt();
    const ename = await running;
    const kept = await py.run('print(x + 1)');
    await py.restart();
    const fresh = await py.run("print('x' in globals())");
    return { ename, kept, fresh };
  });
  assert.deepEqual(r, { ename: 'KeyboardInterrupt', kept: '42\n', fresh: 'False\n' });
});

test('the notebook page does not reference bench-adapter.js', () => {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  assert.ok(!html.includes('bench-adapter'), 'index.html');
  for (const f of fs.readdirSync(path.join(distDir, 'assets'))) {
    if (f.endsWith('.js')) assert.ok(!fs.readFileSync(path.join(distDir, 'assets', f), 'utf8').includes('bench-adapter'), f);
  }
});
