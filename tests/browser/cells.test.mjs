// Cells and Jupyter's keyboard model: Esc / Enter switch command and edit mode; A, B add above and
// below; D D deletes, Z brings it back; Alt+Enter runs and inserts below; the cell's own buttons
// move, add and delete.
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

/** @param {import('playwright-core').Page} page */
const sources = (page) =>
  page.evaluate(() => [...document.querySelectorAll('section.cell .cm-content')].map((e) => e.textContent));
/** @param {import('playwright-core').Page} page */
const focusedCell = (page) => page.evaluate(() => [...document.querySelectorAll('section.cell')].indexOf(/** @type {Element} */ (document.activeElement)));
/** @param {import('playwright-core').Page} page */
const editing = (page) => page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false);

test('Alt+Enter runs the cell and inserts a new one below, in edit mode', async () => {
  const { page } = nb;
  await typeInCell(page, 0, 'a = 1');
  await page.keyboard.press('Alt+Enter');
  await cell(page, 0).locator('.prompt').getByText('[1]').waitFor();
  assert.equal(await page.locator('section.cell').count(), 2);
  assert.ok(await editing(page));
  await page.keyboard.type('b = 2');
  await page.keyboard.press('Alt+Enter');
  await page.keyboard.type('c = 3');
  assert.deepEqual(await sources(page), ['a = 1', 'b = 2', 'c = 3']);
});

test('Esc gives command mode; A and B add above and below; Enter edits', async () => {
  const { page } = nb;
  await page.keyboard.press('Escape');
  assert.equal(await focusedCell(page), 2, 'the cell itself has the focus');
  assert.equal(await editing(page), false);
  await page.keyboard.press('a');
  assert.equal(await page.locator('section.cell').count(), 4);
  assert.equal(await focusedCell(page), 2, 'A: a new cell above, selected');
  await page.keyboard.press('Enter');
  assert.ok(await editing(page));
  await page.keyboard.type('above c');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('b');
  assert.equal(await focusedCell(page), 4, 'B: a new cell below, selected');
  await page.keyboard.press('Enter');
  await page.keyboard.type('below c');
  assert.deepEqual(await sources(page), ['a = 1', 'b = 2', 'above c', 'c = 3', 'below c']);
  // Accessible names follow the order.
  assert.equal(await editor(page, 4).innerText(), 'below c');
});

test('D D deletes the selected cell; Z brings it back in its place', async () => {
  const { page } = nb;
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp'); // "above c"
  await page.keyboard.press('d');
  assert.equal(await page.locator('section.cell').count(), 5, 'one D does nothing');
  await page.keyboard.press('d');
  assert.deepEqual(await sources(page), ['a = 1', 'b = 2', 'c = 3', 'below c']);
  assert.equal(await focusedCell(page), 2, 'the next cell is selected');
  await page.getByRole('status').filter({ hasText: 'Cell deleted.' }).waitFor();
  await page.keyboard.press('d');
  await page.keyboard.press('d'); // "c = 3"
  assert.deepEqual(await sources(page), ['a = 1', 'b = 2', 'below c']);
  await page.keyboard.press('z');
  assert.deepEqual(await sources(page), ['a = 1', 'b = 2', 'c = 3', 'below c']);
  await page.keyboard.press('z');
  assert.deepEqual(await sources(page), ['a = 1', 'b = 2', 'above c', 'c = 3', 'below c']);
  await page.keyboard.press('z'); // nothing more to undo
  assert.equal(await page.locator('section.cell').count(), 5);
});

test("the cell's buttons move it up and down, add cells and delete (Undo brings it back)", async () => {
  const { page } = nb;
  const c = cell(page, 2); // "above c"
  await c.click({ position: { x: 20, y: 40 } });
  await c.getByRole('button', { name: 'Move cell up' }).click();
  assert.deepEqual(await sources(page), ['a = 1', 'above c', 'b = 2', 'c = 3', 'below c']);
  await cell(page, 1).getByRole('button', { name: 'Move cell down' }).click();
  await cell(page, 2).getByRole('button', { name: 'Move cell down' }).click();
  assert.deepEqual(await sources(page), ['a = 1', 'b = 2', 'c = 3', 'above c', 'below c']);
  await cell(page, 0).getByRole('button', { name: 'Move cell up' }).click(); // already first
  assert.deepEqual(await sources(page), ['a = 1', 'b = 2', 'c = 3', 'above c', 'below c']);

  await cell(page, 3).getByRole('button', { name: 'Delete cell' }).click();
  assert.deepEqual(await sources(page), ['a = 1', 'b = 2', 'c = 3', 'below c']);
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.deepEqual(await sources(page), ['a = 1', 'b = 2', 'c = 3', 'above c', 'below c']);

  await cell(page, 0).getByRole('button', { name: 'Add cell above' }).click();
  assert.ok(await editing(page), 'a new cell is in edit mode');
  await page.keyboard.type('first');
  await cell(page, 5).getByRole('button', { name: 'Add cell below' }).click();
  await page.keyboard.type('last');
  assert.deepEqual(await sources(page), ['first', 'a = 1', 'b = 2', 'c = 3', 'above c', 'below c', 'last']);
});

test('Shift+Enter and Ctrl+Enter run from command mode too', async () => {
  const { page } = nb;
  await typeInCell(page, 1, '\nprint(a + 41)');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Enter');
  await outputs(page, 1).getByText('42').waitFor();
  assert.equal(await focusedCell(page), 1, 'Ctrl+Enter stays');
  await page.keyboard.press('Shift+Enter');
  assert.equal(await focusedCell(page), 2, 'Shift+Enter selects the next cell');
  await cell(page, 1).locator('.prompt').getByText('[4]').waitFor();
  assert.deepEqual(nb.consoleErrors, []);
});
