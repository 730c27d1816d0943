// Runaway programs (issue 5, item 6): endless recursion and a huge list end the cell with
// RecursionError and MemoryError; the page survives and the kernel keeps its variables.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openNotebook, typeInCell, outputs } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof openNotebook>>} */
let nb;
before(async () => {
  nb = await openNotebook();
});
after(async () => {
  await nb?.close();
});

test('RecursionError and MemoryError are shown; the kernel stays usable', async () => {
  const { page } = nb;
  await typeInCell(page, 0, 'kept = 21\ndef down(n): return down(n + 1)\ndown(0)');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 0).getByText('RecursionError: maximum recursion depth exceeded').waitFor();
  await typeInCell(page, 1, 'big = [0] * 10**10');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 1).getByText(/MemoryError/).first().waitFor();
  await typeInCell(page, 2, 'print(kept * 2)');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 2).getByText('42').waitFor();
  assert.deepEqual(nb.consoleErrors, []);
});
