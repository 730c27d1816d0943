// Text (markdown) cells: made with the toolbar, the cell's type menu or M / Y in command mode;
// rendered with GitHub-style tables; sanitized, so a hostile payload never runs; double-click or
// Enter opens one for editing again.
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

test('Add text cell, type markdown with a table, Shift+Enter renders it', async () => {
  const { page } = nb;
  await page.getByRole('button', { name: 'Add text cell' }).click();
  assert.equal(await cell(page, 1).getAttribute('data-type'), 'markdown');
  assert.ok(await editor(page, 1).evaluate((el) => el === document.activeElement), 'the new cell is in edit mode');
  await page.keyboard.type('## Fruit\n\n| name | count |\n|---|---|\n| apple | 3 |\n\nSome *soft* text and `code`.');
  await page.keyboard.press('Shift+Enter');
  const md = cell(page, 1).locator('.markdown');
  await md.locator('table').waitFor();
  assert.equal(await md.locator('h2').innerText(), 'Fruit');
  assert.deepEqual(await md.locator('td').allInnerTexts(), ['apple', '3']);
  assert.equal(await md.locator('em').innerText(), 'soft');
  assert.equal(await editor(page, 1).count(), 0, 'the editor is hidden while rendered');
  // Shift+Enter on the last cell added a code cell below.
  assert.equal(await page.locator('section.cell').count(), 3);
});

test('double-click and Enter open a rendered cell for editing again', async () => {
  const { page } = nb;
  const md = cell(page, 1).locator('.markdown');
  await md.dblclick();
  await editor(page, 1).waitFor();
  assert.ok(await editor(page, 1).evaluate((el) => el === document.activeElement), 'double-click focuses the editor');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n\nMore.');
  await page.keyboard.press('Control+Enter'); // render in place
  await md.getByText('More.').waitFor();
  // Command mode on the cell: Enter edits it.
  assert.ok(await cell(page, 1).evaluate((el) => el === document.activeElement), 'Ctrl+Enter leaves the cell selected');
  await page.keyboard.press('Enter');
  await editor(page, 1).waitFor();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Enter');
  await md.locator('table').waitFor();
});

test('M and Y in command mode change the type; so does the cell type menu', async () => {
  const { page } = nb;
  await typeInCell(page, 2, '**bold** words');
  await page.keyboard.press('Escape');
  await page.keyboard.press('m');
  await cell(page, 2).locator('.markdown strong').getByText('bold').waitFor();
  assert.equal(await cell(page, 2).getAttribute('data-type'), 'markdown');
  await page.keyboard.press('y');
  await editor(page, 2).waitFor();
  assert.equal(await cell(page, 2).getAttribute('data-type'), 'code');
  assert.equal(await editor(page, 2).innerText(), '**bold** words');

  const type = cell(page, 2).getByRole('combobox', { name: 'Cell type' });
  await type.selectOption({ label: 'Text' });
  await cell(page, 2).locator('.markdown strong').waitFor();
  await type.selectOption({ label: 'Code' });
  await editor(page, 2).waitFor();
  // A code cell again: it runs as Python.
  await editor(page, 2).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('print("code again")');
  await page.keyboard.press('Control+Enter');
  await outputs(page, 2).getByText('code again').waitFor();
});

test('a hostile payload: <script>, onerror= and javascript: links never run', async () => {
  const { page } = nb;
  /** @type {string[]} */
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.getByRole('button', { name: 'Add text cell' }).click();
  const payload = [
    '<script>window.__pwned = "script"; alert("script")</script>',
    '<img src="x" onerror="window.__pwned = \'onerror\'; alert(\'onerror\')">',
    '<svg onload="window.__pwned = \'svg\'"><circle r="5"/></svg>',
    '[click me](javascript:window.__pwned=\'link\';alert(1))',
    '<a href="javascript:window.__pwned=\'html-link\'">html link</a>',
    '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<div style="background:url(javascript:alert(1))" onclick="window.__pwned=\'click\'">div</div>',
  ].join('\n\n');
  await page.keyboard.insertText(payload);
  await page.keyboard.press('Control+Enter');
  const md = cell(page, 3).locator('.markdown');
  await md.getByText('click me').waitFor();
  await md.getByText('click me').click();
  await md.getByText('html link').click();
  await md.getByText('div', { exact: true }).click();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined);
  assert.deepEqual(dialogs, []);
  const html = await md.innerHTML();
  assert.doesNotMatch(html, /<script|onerror|onload|onclick|javascript:|<iframe|<form/i, html);
  assert.equal(await page.context().pages().length, 1, 'no window was opened');
  assert.deepEqual(nb.consoleErrors.filter((e) => !/ERR_|Failed to load resource/.test(e)), []);
});
