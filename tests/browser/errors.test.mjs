// Errors show their traceback text; the notebook keeps working after them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openNotebook, cell, typeInCell, outputs } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof openNotebook>>} */
let nb;
before(async () => {
  nb = await openNotebook();
});
after(async () => {
  await nb?.close();
});

test('a syntax error shows SyntaxError and the next cell still runs', async () => {
  const { page } = nb;
  await typeInCell(page, 0, 'print(');
  await page.keyboard.press('Shift+Enter');
  const error = outputs(page, 0).locator('pre.error');
  await error.waitFor();
  assert.match(await error.innerText(), /SyntaxError/);

  await typeInCell(page, 1, "print('still here')");
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 1).getByText('still here').waitFor();
  assert.equal(await outputs(page, 1).locator('pre.error').count(), 0);
});

test('a runtime error shows the traceback with Cell In[N], as IPython does', async () => {
  const { page } = nb;
  await typeInCell(page, 2, 'print("before")\n1/0');
  await page.keyboard.press('Shift+Enter');
  const error = outputs(page, 2).locator('pre.error');
  await error.waitFor();
  const text = await error.innerText();
  assert.match(text, /^Traceback \(most recent call last\):/);
  assert.match(text, /Cell In\[\d+\], line 2/);
  assert.match(text, /ZeroDivisionError: division by zero$/);
  assert.equal(await outputs(page, 2).locator('pre.stdout').innerText(), 'before\n');
});

test('stderr output is shown apart from stdout', async () => {
  const { page } = nb;
  await typeInCell(page, 3, 'import sys\nprint("out")\nprint("err", file=sys.stderr)');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 3).locator('pre.stderr').getByText('err').waitFor();
  assert.equal(await outputs(page, 3).locator('pre.stdout').innerText(), 'out\n');
  assert.equal(await cell(page, 3).locator('.prompt').innerText(), '[4]');
});
