// The figures of BRIEF.md §7 that the page owns: what it downloads before a cell can run
// (gzip, target ≤ 1.5 MB) and the ready time (navigation to the first cell result).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { openNotebook, distDir, typeInCell, outputs, serve, launch, TIMEOUT } from './harness.mjs';

const LIMIT = 1.5 * 1024 * 1024;

test('the page fetches at most 1.5 MB gzip before its first result', async (t) => {
  const started = Date.now();
  const nb = await openNotebook();
  try {
    const { page } = nb;
    const navigated = await page.evaluate(() => performance.timeOrigin);
    // openNotebook waited for the status to say Ready: the kernel is instantiated.
    const ready = await page.evaluate(() => performance.now());
    t.diagnostic(`kernel ready ${Math.round(ready)} ms after navigation`);
    await typeInCell(page, 0, 'print(6*7)');
    await page.keyboard.press('Shift+Enter');
    await outputs(page, 0).getByText('42').waitFor();
    t.diagnostic(`first result ${Date.now() - navigated} ms after navigation (includes typing); ${Date.now() - started} ms with browser start`);

    let total = 0;
    for (const rel of nb.server.fetched) {
      const body = fs.readFileSync(path.join(distDir, rel));
      const gz = zlib.gzipSync(body, { level: 9 }).length;
      total += gz;
      t.diagnostic(`${rel}: ${body.length} bytes, ${gz} gzip`);
    }
    t.diagnostic(`total: ${total} bytes gzip`);
    assert.ok(nb.server.fetched.includes('/saessak.wasm'), 'the kernel was fetched');
    assert.ok(total <= LIMIT, `${total} gzip bytes > ${LIMIT}`);
  } finally {
    await nb.close();
  }
});

test('the built folder works from a sub-path (relative URLs)', async () => {
  const server = await serve(path.dirname(distDir)); // web/, so the page is at /dist/
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    page.setDefaultTimeout(TIMEOUT);
    await page.goto(`${server.url}${path.basename(distDir)}/`);
    await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
    await typeInCell(page, 0, 'print("from a folder")');
    await page.keyboard.press('Shift+Enter');
    await outputs(page, 0).getByText('from a folder').waitFor();
    assert.ok(server.fetched.every((p) => p.startsWith(`/${path.basename(distDir)}/`)), server.fetched.join(' '));
  } finally {
    await browser.close();
    await server.close();
  }
});
