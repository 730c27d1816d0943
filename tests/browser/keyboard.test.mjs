// The rest of Jupyter's keyboard model and cell commands: arrows and J/K move the selection in
// command mode, Run all above, and the accessible names of the new toolbar button.
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

/** @param {import('playwright-core').Page} page */
const focusedCell = (page) => page.evaluate(() => [...document.querySelectorAll('section.cell')].indexOf(/** @type {Element} */ (document.activeElement)));
/** @param {import('playwright-core').Page} page */
const prompts = (page) => page.locator('section.cell .prompt').allInnerTexts();

test('J/K and the arrows move the selection in command mode; Y and M change the type', async () => {
  const { page } = nb;
  await typeInCell(page, 0, 'print("one")');
  await page.keyboard.press('Alt+Enter');
  await page.keyboard.type('print("two")');
  await page.keyboard.press('Alt+Enter');
  await page.keyboard.type('print("three")');
  await page.keyboard.press('Escape');
  assert.equal(await focusedCell(page), 2);
  await page.keyboard.press('k');
  assert.equal(await focusedCell(page), 1);
  await page.keyboard.press('ArrowUp');
  assert.equal(await focusedCell(page), 0);
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focusedCell(page), 2);
  await page.keyboard.press('k');
  await page.keyboard.press('m');
  assert.equal(await cell(page, 1).getAttribute('data-type'), 'markdown');
  await page.keyboard.press('y');
  assert.equal(await cell(page, 1).getAttribute('data-type'), 'code');
});

test('Run all above runs the cells above the selected one, not it', async () => {
  const { page } = nb;
  await page.keyboard.press('j');
  assert.equal(await focusedCell(page), 2);
  await page.getByRole('button', { name: 'Run all above' }).click();
  // Alt+Enter ran the first two cells already (counts 1 and 2); M/Y cleared the second one's.
  await cell(page, 1).locator('.prompt').getByText('[4]').waitFor();
  assert.deepEqual(await prompts(page), ['[3]', '[4]', '[ ]']);
  assert.equal(await outputs(page, 0).innerText(), 'one\n');
  assert.equal(await outputs(page, 1).innerText(), 'two\n');
  assert.equal(await outputs(page, 2).isVisible(), false);
});

test('D D with undo, and Ctrl+Enter keeps the selection', async () => {
  const { page } = nb;
  await cell(page, 2).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Enter');
  await cell(page, 2).locator('.prompt').getByText('[5]').waitFor();
  assert.equal(await focusedCell(page), 2);
  await page.keyboard.press('d');
  await page.keyboard.press('d');
  assert.equal(await page.locator('section.cell').count(), 2);
  await page.keyboard.press('z');
  assert.equal(await page.locator('section.cell').count(), 3);
  assert.equal(await outputs(page, 2).innerText(), 'three\n');
});
