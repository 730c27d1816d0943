// time.sleep animates instead of freezing: lines appear one by one, and Stop ends a sleep.
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

test('a loop that prints and sleeps shows its lines one at a time', async () => {
  const { page } = nb;
  // One-line loop body: the editor's auto-indent would otherwise add to typed indentation.
  await typeInCell(page, 0, 'import time\nfor i in range(3): print("tick", i); time.sleep(0.4)\nprint("done")');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 0).getByText('tick 0').waitFor();
  // While it sleeps, the first line is already there and the last is not.
  const early = await outputs(page, 0).innerText();
  assert.ok(!early.includes('done'), `printed everything at once: ${JSON.stringify(early)}`);
  await outputs(page, 0).getByText('done').waitFor({ timeout: 10000 });
  assert.equal(await outputs(page, 0).innerText(), 'tick 0\ntick 1\ntick 2\ndone\n');
});

test('Stop during time.sleep ends it with KeyboardInterrupt and keeps variables', async () => {
  const { page } = nb;
  await typeInCell(page, 1, 'import time\nbefore = 7\ntime.sleep(30)');
  await page.keyboard.press('Shift+Enter');
  await cell(page, 1).locator('.prompt').getByText('[*]').waitFor();
  await page.waitForTimeout(300);
  const started = Date.now();
  await page.getByRole('button', { name: 'Stop' }).click();
  await outputs(page, 1).getByText('KeyboardInterrupt').first().waitFor({ timeout: 5000 });
  assert.ok(Date.now() - started < 3000, 'Stop did not end the sleep promptly');
  await typeInCell(page, 2, 'print(before * 6)');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 2).getByText('42').waitFor();
});
