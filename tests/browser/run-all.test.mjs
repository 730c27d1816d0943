// Run all, Restart, Restart & run all: queued cells are marked, the running one shows [*];
// a restart forgets variables and counts from 1 again.
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
const prompts = (page) => page.locator('section.cell .prompt').allInnerTexts();
/** @param {import('playwright-core').Page} page */
const phases = (page) => page.evaluate(() => [...document.querySelectorAll('section.cell')].map((el) => /** @type {HTMLElement} */ (el).dataset.phase));

test('Run all runs every cell in order; the cells behind the running one are marked queued', async () => {
  const { page } = nb;
  // Typed with Alt+Enter (run and insert below) … then cleared by a restart below.
  await typeInCell(page, 0, 'x = input("go? ")');
  await page.getByRole('button', { name: 'Add code cell' }).click();
  await page.keyboard.type('print("two", x)');
  await page.getByRole('button', { name: 'Add text cell' }).click();
  await page.keyboard.type('Some *text* between');
  await page.getByRole('button', { name: 'Add code cell' }).click();
  await page.keyboard.type('print("three")');

  await page.getByRole('button', { name: 'Run all', exact: true }).click();
  const box = page.getByRole('textbox', { name: 'go? ' });
  await box.waitFor();
  assert.deepEqual(await phases(page), ['running', 'queued', 'idle', 'queued']);
  assert.deepEqual(await prompts(page), ['[*]', '[…]', '', '[…]']);
  assert.equal(await cell(page, 1).locator('.prompt').getAttribute('title'), 'Waiting to run');
  await cell(page, 2).locator('.markdown em').getByText('text').waitFor(); // text cells are rendered
  await box.fill('yes');
  await box.press('Enter');
  await outputs(page, 3).getByText('three').waitFor();
  await cell(page, 3).locator('.prompt').getByText('[3]').waitFor();
  assert.deepEqual(await prompts(page), ['[1]', '[2]', '', '[3]']);
  assert.equal(await outputs(page, 1).innerText(), 'two yes\n');
});

test('Restart forgets variables and counts from 1 again', async () => {
  const { page } = nb;
  await page.getByRole('button', { name: 'Restart', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
  await page.locator('section.cell').nth(1).getByRole('button', { name: 'Run cell' }).click();
  await outputs(page, 1).getByText('NameError').first().waitFor();
  assert.equal(await cell(page, 1).locator('.prompt').innerText(), '[1]');
});

test('Restart stops a runaway loop at once', async () => {
  const { page } = nb;
  await page.getByRole('button', { name: 'Add code cell' }).click();
  await page.keyboard.type('while True: pass');
  await page.keyboard.press('Control+Enter');
  await cell(page, 4).locator('.prompt').getByText('[*]').waitFor();
  const started = Date.now();
  await page.getByRole('button', { name: 'Restart', exact: true }).click();
  await cell(page, 4).locator('.prompt').getByText('[ ]').waitFor();
  await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
  console.log(`# restart during a loop: ${Date.now() - started} ms to Ready`);
});

test('Restart & run all: a fresh kernel, then every cell from the top', async () => {
  const { page } = nb;
  await cell(page, 4).getByRole('button', { name: 'Delete cell' }).click();
  await page.getByRole('button', { name: 'Run all', exact: true }).click();
  const box = page.getByRole('textbox', { name: 'go? ' });
  await box.waitFor();
  // Restart while the first cell waits for input: it all starts over.
  await page.getByRole('button', { name: 'Restart & run all' }).click();
  await page.getByRole('status').filter({ hasText: 'Running…' }).waitFor();
  await box.waitFor();
  assert.deepEqual(await prompts(page), ['[*]', '[…]', '', '[…]']);
  await box.fill('again');
  await box.press('Enter');
  await cell(page, 3).locator('.prompt').getByText('[3]').waitFor();
  assert.deepEqual(await prompts(page), ['[1]', '[2]', '', '[3]']);
  assert.equal(await outputs(page, 1).innerText(), 'two again\n');
  assert.deepEqual(nb.consoleErrors, []);
});
