// Autosave: the notebook (sources, cell types, outputs, counts) is kept in IndexedDB as it changes,
// so a reload shows it exactly as it was; "My notebooks" makes, opens, renames, duplicates and
// deletes notebooks (deleting asks first).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openNotebook, cell, editor, typeInCell, outputs, saved } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof openNotebook>>} */
let nb;
before(async () => {
  nb = await openNotebook();
});
after(async () => {
  await nb?.close();
});

/**
 * What a person sees of every cell: its type, prompt, source and outputs.
 * @param {import('playwright-core').Page} page
 */
function snapshot(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('section.cell')].map((el) => ({
      type: /** @type {HTMLElement} */ (el).dataset.type,
      prompt: el.querySelector('.prompt')?.textContent,
      source: el.querySelector('.cm-content')?.textContent,
      rendered: /** @type {HTMLElement} */ (el.querySelector('.markdown')).hidden ? null : el.querySelector('.markdown')?.innerHTML,
      outputs: el.querySelector('.outputs')?.textContent,
    })),
  );
}

test('a reload restores sources, types, outputs and counts exactly', async () => {
  const { page } = nb;
  await typeInCell(page, 0, 'x = 6\nprint("x is", x)');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 0).getByText('x is 6').waitFor();
  await typeInCell(page, 1, 'x * 7');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 1).getByText('42').waitFor();
  await typeInCell(page, 2, '1/0');
  await page.keyboard.press('Control+Enter');
  await outputs(page, 2).getByText('ZeroDivisionError').first().waitFor();
  await page.getByRole('button', { name: 'Add text cell' }).click();
  await page.keyboard.type('# My **first** notebook');
  await page.keyboard.press('Shift+Enter'); // renders it, adds a code cell below
  await cell(page, 3).locator('.markdown h1').waitFor();
  await page.keyboard.type('# not run yet');
  await saved(page);
  const before = await snapshot(page);
  assert.equal(before.length, 5);

  const started = Date.now();
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
  await cell(page, 3).locator('.markdown h1').waitFor();
  const afterReload = await snapshot(page);
  assert.deepEqual(afterReload, before);
  assert.equal(await cell(page, 1).locator('.prompt').innerText(), '[2]');
  assert.equal(await cell(page, 3).locator('.markdown h1').innerText(), 'My first notebook');
  console.log(`# reload to restored notebook: ${Date.now() - started} ms`);
});

test('a change is saved within a second, even while a cell keeps printing', async () => {
  const { page } = nb;
  await typeInCell(page, 4, '\ni = 0\nwhile True:\ni += 1\nif i % 100000 == 0:\nprint("tick", i)');
  await page.keyboard.press('Control+Enter');
  await outputs(page, 4).getByText('tick 100000').waitFor();
  await page.waitForTimeout(1000);
  // Read what is stored, as the next visit would.
  const stored = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('saessak');
        open.onsuccess = () => {
          const all = open.result.transaction('notebooks').objectStore('notebooks').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        };
      }),
  );
  const notebooks = /** @type {any[]} */ (stored);
  assert.equal(notebooks.length, 1);
  const last = notebooks[0].cells[4];
  assert.match(last.source, /while True:/);
  assert.ok(last.outputs[0]?.text.startsWith('tick 100000\n'), `saved while running: ${JSON.stringify(last.outputs).slice(0, 200)}`);
  await page.getByRole('button', { name: 'Stop' }).click();
  await outputs(page, 4).getByText('KeyboardInterrupt').first().waitFor();
});

test('My notebooks: new, rename, open, duplicate, delete with confirmation', async () => {
  const { page } = nb;
  const name = page.getByRole('textbox', { name: 'Notebook name' });
  await name.fill('Lesson one');
  await name.press('Enter');
  await saved(page);

  const list = page.getByRole('dialog', { name: 'My notebooks' });
  await page.getByRole('button', { name: 'My notebooks' }).click();
  await list.getByRole('button', { name: 'Open Lesson one' }).waitFor();
  await list.getByRole('button', { name: 'New notebook' }).click();
  await list.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('section.cell').count(), 1, 'a new notebook has one empty cell');
  assert.equal(await cell(page, 0).locator('.cm-placeholder').count(), 1, 'and it is empty');
  await page.keyboard.type('print("second")'); // the new cell has the cursor
  await name.fill('Lesson two');
  await name.press('Enter');
  await saved(page);

  // Rename the first one from the list.
  await page.getByRole('button', { name: 'My notebooks' }).click();
  await list.getByRole('button', { name: 'Rename Lesson one' }).click();
  const box = list.getByRole('textbox', { name: 'New name for Lesson one' });
  await box.fill('Lesson 1');
  await box.press('Enter');
  await list.getByRole('button', { name: 'Open Lesson 1' }).waitFor();

  // Duplicate it, then open it: its cells come back.
  await list.getByRole('button', { name: 'Duplicate Lesson 1' }).click();
  await list.getByRole('button', { name: 'Open Lesson 1 (copy)' }).waitFor();
  await list.getByRole('button', { name: 'Open Lesson 1', exact: true }).click();
  await list.waitFor({ state: 'hidden' });
  assert.equal(await name.inputValue(), 'Lesson 1');
  await outputs(page, 0).getByText('x is 6').waitFor();
  assert.equal(await page.locator('section.cell').count(), 5);
  assert.equal(await cell(page, 1).locator('.prompt').innerText(), '[2]');

  // Delete the copy: it asks first; Cancel keeps it, Yes deletes it.
  await page.getByRole('button', { name: 'My notebooks' }).click();
  await list.getByRole('button', { name: 'Delete Lesson 1 (copy)' }).click();
  const confirm = list.getByRole('alertdialog', { name: 'Delete “Lesson 1 (copy)” for good?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await list.getByRole('button', { name: 'Open Lesson 1 (copy)' }).waitFor();
  await list.getByRole('button', { name: 'Delete Lesson 1 (copy)' }).click();
  await confirm.getByRole('button', { name: 'Yes, delete' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#notebook-items .item-name').length === 2 && !document.querySelector('.item-confirm'));
  const names = await list.locator('.item-name').allInnerTexts();
  assert.deepEqual(names.sort(), ['Lesson 1', 'Lesson two']);

  // Deleting the open notebook opens another one.
  await list.getByRole('button', { name: 'Delete Lesson 1', exact: true }).click();
  await list.getByRole('button', { name: 'Yes, delete' }).click();
  await page.waitForFunction(() => /** @type {HTMLInputElement} */ (document.getElementById('nb-name')).value === 'Lesson two');
  assert.deepEqual(await list.locator('.item-name').allInnerTexts(), ['Lesson two']);
  await list.getByRole('button', { name: 'Close' }).click();
  await editor(page, 0).getByText('print("second")').waitFor();

  // And the last one opened is the one a reload shows.
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
  assert.equal(await name.inputValue(), 'Lesson two');
  assert.deepEqual(nb.consoleErrors, []);
});
