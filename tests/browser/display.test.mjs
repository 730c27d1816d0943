// display(obj) and _repr_html_ / _repr_svg_ / _repr_markdown_: shown in their richest form, always
// sanitized (a hostile _repr_html_ never runs a script), and kept in .ipynb as display_data.
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

test('display(obj) shows each object; _repr_html_ is sanitized', async () => {
  const { page } = nb;
  // One-line class bodies: the editor indents after a colon by itself.
  await typeInCell(
    page,
    0,
    "class Card: _repr_html_ = lambda self: '<b>bold</b><img src=x onerror=\"window.hacked = 1\"><script>window.hacked = 2</script>'\ndisplay(Card(), 42)\nprint('after')",
  );
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 0).getByText('after').waitFor();
  const html = outputs(page, 0).locator('.rich[data-mime="text/html"]');
  await html.locator('b').getByText('bold').waitFor();
  assert.equal(await html.locator('script').count(), 0);
  assert.equal(await html.locator('img').getAttribute('onerror'), null);
  assert.equal(await outputs(page, 0).locator('pre.output.display').innerText(), '42');
  // Order: the displays come before the later print.
  assert.match(await outputs(page, 0).innerText(), /bold[\s\S]*42[\s\S]*after/);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => /** @type {any} */ (window).hacked), undefined);
});

test('a final expression with _repr_svg_ or _repr_markdown_ shows Out[n] in that form', async () => {
  const { page } = nb;
  await typeInCell(
    page,
    1,
    "class Dot: _repr_svg_ = lambda self: '<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"><circle cx=\"10\" cy=\"10\" r=\"8\"/></svg>'; __repr__ = lambda self: 'Dot()'\nDot()",
  );
  await page.keyboard.press('Shift+Enter');
  const img = outputs(page, 1).getByRole('img', { name: 'Dot()' });
  await img.waitFor();
  assert.match(await img.getAttribute('src'), /^data:image\/svg\+xml/);
  assert.match(await outputs(page, 1).innerText(), /Out\[2\]/);
  await typeInCell(page, 2, "class Note: _repr_markdown_ = lambda self: '# Title\\n*x*'\nNote()");
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 2).locator('h1').getByText('Title').waitFor();
  await outputs(page, 2).locator('em').getByText('x').waitFor();
});
