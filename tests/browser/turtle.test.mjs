// `import turtle` draws an animated SVG under the cell; Stop in the middle of a drawing keeps the
// turtle's state; the drawing is saved with the notebook.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openNotebook, cell, typeInCell, outputs, saved } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof openNotebook>>} */
let nb;
before(async () => {
  nb = await openNotebook();
});
after(async () => {
  await nb?.close();
});

test('a turtle drawing a square shows an SVG with 4 line segments', async () => {
  const { page } = nb;
  await typeInCell(
    page,
    0,
    'import turtle\nt = turtle.Turtle()\nt.speed(10)\nfor i in range(4): t.forward(100); t.left(90)\nprint(t.position(), round(t.heading()))',
  );
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 0).getByText(/\(-?0\.00,-?0\.00\) 0/).waitFor();
  const drawing = outputs(page, 0).getByRole('img', { name: 'Turtle drawing' });
  await drawing.waitFor();
  assert.equal(await drawing.locator('g.items line').count(), 4);
  // The corners of the square, in SVG coordinates (y flipped).
  const ends = await drawing.locator('g.items line').evaluateAll((lines) =>
    lines.map((l) => ['x2', 'y2'].map((a) => Math.round(Number(l.getAttribute(a)))).join(',')),
  );
  assert.deepEqual(ends, ['100,0', '100,-100', '0,-100', '0,0']);
  // The turtle itself is shown, on top of the drawing.
  assert.equal(await drawing.locator('g.turtles polygon').count(), 1);
});

test('the turtle moves at its speed, and Stop mid-drawing keeps its state', async () => {
  const { page } = nb;
  await typeInCell(page, 1, 't.speed(1)\nfor i in range(4): t.forward(150); t.right(90)');
  await page.keyboard.press('Shift+Enter');
  const drawing = outputs(page, 1).getByRole('img', { name: 'Turtle drawing' });
  await drawing.waitFor();
  // The earlier square is there, and the new side grows while we watch.
  await page.waitForFunction(() => {
    const svgs = document.querySelectorAll('section.cell:nth-of-type(2) svg');
    return svgs.length > 0 && svgs[0].querySelectorAll('g.items line').length >= 5;
  });
  const lines = await drawing.locator('g.items line').count();
  assert.ok(lines < 8, `drew everything at once (${lines} lines)`);
  const started = Date.now();
  await page.getByRole('button', { name: 'Stop' }).click();
  await outputs(page, 1).getByText('KeyboardInterrupt').first().waitFor({ timeout: 5000 });
  assert.ok(Date.now() - started < 3000, 'Stop did not end the drawing promptly');
  const stopped = await drawing.locator('g.items line').count();
  // The turtle is where the drawing stopped, and goes on from there in the next cell.
  await typeInCell(page, 2, 't.speed(0)\nprint(round(t.xcor(), 6) >= 0, round(t.ycor(), 6) <= 0, len(turtle.Screen().turtles()))\nt.home()\nt.pos()');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 2).getByText('True True 1').waitFor();
  await outputs(page, 2).getByText('(0.00,0.00)').waitFor();
  const next = outputs(page, 2).getByRole('img', { name: 'Turtle drawing' });
  assert.equal(await next.locator('g.items line').count(), stopped + 1);
  assert.equal(await cell(page, 2).locator('.prompt').innerText(), '[3]');
});

test('fill, dot, write and colours; text is shown as text, never as markup', async () => {
  const { page } = nb;
  await typeInCell(
    page,
    3,
    "turtle.Screen().clear()\nt = turtle.Turtle()\nt.speed(0)\nt.color('red', (1.0, 1.0, 0))\nt.begin_fill()\nt.circle(50)\nt.end_fill()\nt.dot(20, 'blue')\nt.write('안녕 <b>x</b>', align='center')\nt.hideturtle()\nprint(t.color())",
  );
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 3).getByText("('red', (1.0, 1.0, 0.0))").waitFor();
  const drawing = outputs(page, 3).getByRole('img', { name: 'Turtle drawing' });
  const poly = drawing.locator('g.items polygon');
  assert.equal(await poly.count(), 1);
  assert.equal(await poly.getAttribute('fill'), '#ffff00');
  assert.ok((await poly.getAttribute('points')).split(' ').length > 10);
  assert.equal(await drawing.locator('g.items circle').getAttribute('fill'), 'blue');
  assert.equal(await drawing.locator('g.items text').textContent(), '안녕 <b>x</b>');
  assert.equal(await drawing.locator('b').count(), 0);
  // hideturtle(): no cursor; the earlier (black) drawing was cleared by Screen().clear().
  assert.equal(await drawing.locator('g.turtles *').count(), 0);
  assert.equal(await drawing.locator('g.items line:not([stroke="red"])').count(), 0);
});

test('the drawing is saved with the notebook and shown as an image after a reload', async () => {
  const { page } = nb;
  await saved(page);
  await page.waitForTimeout(700);
  await saved(page);
  await page.reload();
  await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
  const image = outputs(page, 0).getByRole('img', { name: '<turtle drawing>' });
  const src = await image.getAttribute('src');
  assert.ok(src.startsWith('data:image/svg+xml'), src.slice(0, 40));
  const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
  assert.equal(svg.match(/<line /g)?.length, 4);
});
