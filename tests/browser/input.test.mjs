// input() asks in a box under the running cell; the answer is echoed like in a terminal.
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

test("name = input('name? ') is answered in the inline box, then print('hi', name)", async () => {
  const { page } = nb;
  await typeInCell(page, 0, "name = input('name? ')");
  await page.keyboard.press('Shift+Enter');
  const box = page.getByRole('textbox', { name: 'name? ' });
  await box.waitFor();
  assert.ok(await box.evaluate((el) => el === document.activeElement), 'the input box takes the focus');
  await page.keyboard.type('Ada');
  await page.keyboard.press('Enter');
  await box.waitFor({ state: 'hidden' });
  await outputs(page, 0).getByText('name? Ada').waitFor();

  await typeInCell(page, 1, "print('hi', name)");
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 1).getByText('hi Ada').waitFor();
  assert.equal((await outputs(page, 1).innerText()).trim(), 'hi Ada');
});

test('Korean text goes through input() and print()', async () => {
  const { page } = nb;
  await typeInCell(page, 2, 'n = input("이름이 뭐예요? ")\nprint(n + "님, 안녕하세요!", len(n))');
  await page.keyboard.press('Shift+Enter');
  const box = page.getByRole('textbox', { name: '이름이 뭐예요? ' });
  await box.fill('새싹');
  await box.press('Enter');
  await outputs(page, 2).getByText('새싹님, 안녕하세요! 2').waitFor();
  assert.equal(await outputs(page, 2).innerText(), '이름이 뭐예요? 새싹\n새싹님, 안녕하세요! 2\n');
});
