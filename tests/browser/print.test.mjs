// A child types a first program and runs it with Shift+Enter; a final expression shows Out[n].
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openNotebook, cell, editor, typeInCell, outputs } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof openNotebook>>} */
let nb;
before(async () => {
  nb = await openNotebook();
});
after(async () => {
  await nb?.close();
});

test('print(6*7) with Shift+Enter shows 42 and moves to a new cell', async () => {
  const { page } = nb;
  await typeInCell(page, 0, 'print(6*7)');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 0).getByText('42', { exact: true }).waitFor();
  assert.equal(await outputs(page, 0).innerText(), '42\n');
  assert.equal(await cell(page, 0).locator('.prompt').innerText(), '[1]');
  // Shift+Enter on the last cell added a new one and put the cursor in it.
  assert.equal(await page.getByRole('region', { name: /^Code cell \d+$/ }).count(), 2);
  const focusedCell = await page.evaluate(() => document.activeElement?.closest('.cell')?.getAttribute('data-cell-id'));
  assert.equal(focusedCell, await cell(page, 1).getAttribute('data-cell-id'));
  assert.deepEqual(nb.consoleErrors, []);
});

test('a final expression 6*7 shows Out[n]: 42', async () => {
  const { page } = nb;
  await page.keyboard.type('6*7'); // the cursor is already in the new cell
  await page.keyboard.press('Shift+Enter');
  const result = outputs(page, 1).locator('.result');
  await result.getByText('Out[').waitFor();
  assert.equal(await result.locator('.out-prompt').innerText(), 'Out[2]:');
  assert.equal(await result.locator('pre').innerText(), '42');
});

test('Ctrl+Enter runs in place; a None result shows no Out', async () => {
  const { page } = nb;
  await typeInCell(page, 2, 'x = 5\nprint(x + 1)\nNone');
  await page.keyboard.press('Control+Enter');
  await outputs(page, 2).getByText('6', { exact: true }).waitFor();
  assert.equal(await page.getByRole('region', { name: /^Code cell \d+$/ }).count(), 3, 'Ctrl+Enter must not add a cell');
  assert.equal(await outputs(page, 2).locator('.result').count(), 0);
  assert.equal(await cell(page, 2).locator('.prompt').innerText(), '[3]');
});

test('Enter after a colon indents by four spaces; functions live on in later cells', async () => {
  const { page } = nb;
  await page.getByRole('button', { name: 'Add code cell' }).click();
  assert.equal(await page.getByRole('region', { name: /^Code cell \d+$/ }).count(), 4);
  await page.keyboard.type('def double(x):\nreturn x * 2'); // the new cell has the cursor
  const source = await editor(page, 3).innerText();
  assert.equal(source, 'def double(x):\n    return x * 2');
  await page.keyboard.press('Shift+Enter');
  await cell(page, 3).locator('.prompt').getByText('[4]').waitFor();
  await page.keyboard.type('double(21)');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 4).locator('.result pre').getByText('42').waitFor();
});
