// The page fits a 1024×768 tablet and a 1366×768 Chromebook: no horizontal scrolling, even with a
// long line of code, a wide markdown table and the whole toolbar. Saves a screenshot for a look.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { openNotebook, typeInCell, repoRoot } from './harness.mjs';

test('no horizontal scroll at 1024×768 and 1366×768', async (t) => {
  const nb = await openNotebook();
  try {
    const { page } = nb;
    await page.setViewportSize({ width: 1024, height: 768 });
    await typeInCell(page, 0, `print("${'long line '.repeat(30)}")`);
    await page.keyboard.press('Shift+Enter');
    await page.getByRole('button', { name: 'Add text cell' }).click();
    await page.keyboard.type(`| ${Array.from({ length: 14 }, (_, i) => `column ${i}`).join(' | ')} |\n|${'---|'.repeat(14)}\n| ${'value | '.repeat(14)}`);
    await page.keyboard.press('Shift+Enter');
    await page.locator('.markdown table').waitFor();
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: 768 });
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(scroll <= client, `${width}px wide: the page scrolls sideways (${scroll} > ${client})`);
    }
    await page.setViewportSize({ width: 1024, height: 768 });
    const shot = path.join(repoRoot, 'build', 'notebook-1024x768.png');
    await page.screenshot({ path: shot });
    t.diagnostic(`screenshot: ${path.relative(repoRoot, shot)}`);
  } finally {
    await nb.close();
  }
});
