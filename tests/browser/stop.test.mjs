// Stop ends a runaway loop with KeyboardInterrupt; variables survive and the next cell runs.
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

test('while True: pass stops on Stop, then print(1+1) shows 2', async (t) => {
  const { page } = nb;
  await typeInCell(page, 0, 'kept = 40');
  await page.keyboard.press('Shift+Enter');
  await cell(page, 0).locator('.prompt').getByText('[1]').waitFor();

  await typeInCell(page, 1, 'while True: pass');
  await page.keyboard.press('Shift+Enter');
  await cell(page, 1).locator('.prompt').getByText('[*]').waitFor();
  await page.waitForTimeout(300); // really looping
  assert.equal(await cell(page, 1).locator('.prompt').innerText(), '[*]', 'still running');

  // Measured in the page: from the click to the moment the prompt shows the count again.
  const latency = page.evaluate(
    () =>
      new Promise((resolve) => {
        const prompt = document.querySelectorAll('.cell')[1].querySelector('.prompt');
        const started = performance.now();
        new MutationObserver(() => {
          if (prompt?.textContent === '[2]') resolve(performance.now() - started);
        }).observe(/** @type {Node} */ (prompt), { childList: true, characterData: true, subtree: true });
        /** @type {HTMLButtonElement} */ (document.querySelector('button[aria-label="Stop"]')).click();
      }),
  );
  const ms = await latency;
  t.diagnostic(`Stop latency (click to prompt back): ${Math.round(Number(ms))} ms`);
  assert.ok(Number(ms) < 2000, `Stop took ${ms} ms`);
  await outputs(page, 1).getByText('KeyboardInterrupt').first().waitFor();

  await typeInCell(page, 2, 'print(1+1)\nprint(kept + 2)');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 2).getByText('42').waitFor();
  assert.equal(await outputs(page, 2).innerText(), '2\n42\n');
});

test('Stop while input() waits ends the cell with KeyboardInterrupt', async () => {
  const { page } = nb;
  await typeInCell(page, 3, "input('wait? ')");
  await page.keyboard.press('Shift+Enter');
  const box = page.getByRole('textbox', { name: 'wait? ' });
  await box.waitFor();
  await page.getByRole('button', { name: 'Stop' }).click();
  await outputs(page, 3).getByText('KeyboardInterrupt').first().waitFor();
  await box.waitFor({ state: 'hidden' });
});
