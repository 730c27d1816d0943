// Korean and English: the page starts in the browser's language, the toggle switches every control
// (and the cells' names), the choice is remembered; every control has an accessible name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openNotebook, cell, typeInCell } from './harness.mjs';

/**
 * Controls on the page without an accessible name (a rough but strict reading of the rules:
 * aria-label, aria-labelledby, a <label>, or a button's own text).
 * @param {import('playwright-core').Page} page
 */
function unnamed(page) {
  return page.evaluate(() => {
    const controls = document.querySelectorAll('button, select, input:not([type=file]), textarea, [contenteditable=true], [role=region], [role=dialog], [role=alertdialog], dialog, section, nav, main');
    return [...controls]
      .filter((el) => {
        const labelledby = el.getAttribute('aria-labelledby');
        const name =
          el.getAttribute('aria-label') ||
          (labelledby && document.getElementById(labelledby)?.textContent) ||
          (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
          (el.tagName === 'BUTTON' ? el.textContent : '');
        return !name || !name.trim();
      })
      .map((el) => el.outerHTML.slice(0, 100));
  });
}

test('English by default; the toggle switches to Korean and back, and is remembered', async () => {
  const nb = await openNotebook();
  try {
    const { page } = nb;
    for (const name of ['Run', 'Run all', 'Stop', 'Restart', 'Restart & run all', 'Add code cell', 'Add text cell', 'Save as .ipynb', 'Open notebook', 'My notebooks']) {
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
    }
    await typeInCell(page, 0, 'print("hi")');
    await page.keyboard.press('Shift+Enter');
    await page.getByRole('region', { name: 'Output of cell 1', exact: true }).getByText('hi').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

    await page.getByRole('button', { name: '한국어로 보기 (Korean)' }).click();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    for (const name of ['실행', '모두 실행', '멈춤', '다시 시작', '다시 시작하고 모두 실행', '코드 셀 추가', '글 셀 추가', '.ipynb로 저장', '노트북 열기', '내 노트북']) {
      assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, name);
    }
    await page.getByRole('status').filter({ hasText: '준비됨' }).waitFor();
    await page.getByRole('textbox', { name: '셀 2', exact: true }).waitFor();
    await page.getByRole('region', { name: '셀 1의 결과', exact: true }).getByText('hi').waitFor();
    assert.equal(await cell(page, 0).getAttribute('aria-label'), '코드 셀 1');
    assert.equal(await cell(page, 0).getByRole('button', { name: '셀 실행' }).count(), 1);
    assert.equal(await page.getByRole('textbox', { name: '노트북 이름' }).count(), 1);
    assert.deepEqual(await unnamed(page), []);

    // Remembered across a reload.
    await page.reload();
    await page.getByRole('status').filter({ hasText: '준비됨' }).waitFor();
    await page.getByRole('button', { name: 'View in English (영어)' }).click();
    await page.getByRole('status').filter({ hasText: 'Ready' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Run all', exact: true }).count(), 1);
    await page.getByRole('textbox', { name: 'Cell 1', exact: true }).waitFor();
    assert.deepEqual(nb.consoleErrors, []);
  } finally {
    await nb.close();
  }
});

test('a browser set to Korean starts in Korean', async () => {
  const nb = await openNotebook({ locale: 'ko-KR', ready: '준비됨' });
  try {
    const { page } = nb;
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
    await page.getByRole('textbox', { name: '셀 1', exact: true }).click();
    await page.keyboard.type('name = input("이름이 뭐예요? ")');
    await page.keyboard.press('Shift+Enter');
    const box = page.getByRole('textbox', { name: '이름이 뭐예요? ' });
    await box.fill('새싹');
    await box.press('Enter');
    await page.getByRole('region', { name: '셀 1의 결과', exact: true }).getByText('이름이 뭐예요? 새싹').waitFor();
    await page.getByRole('button', { name: '글 셀 추가' }).click();
    assert.equal(await cell(page, 2).getAttribute('aria-label'), '글 셀 3');
  } finally {
    await nb.close();
  }
});

test('every control has an accessible name: toolbar, cells, outputs, input box, list, notices', async () => {
  const nb = await openNotebook();
  try {
    const { page } = nb;
    await typeInCell(page, 0, 'x = input()');
    await page.keyboard.press('Shift+Enter');
    await page.getByRole('textbox', { name: 'Input', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Add text cell' }).click();
    await page.keyboard.type('*hello*');
    await page.keyboard.press('Control+Enter');
    await cell(page, 2).getByRole('button', { name: 'Delete cell' }).click();
    await page.getByRole('status').filter({ hasText: 'Cell deleted.' }).waitFor();
    assert.deepEqual(await unnamed(page), []);
    await page.getByRole('button', { name: 'My notebooks' }).click();
    const list = page.getByRole('dialog', { name: 'My notebooks' });
    await list.getByRole('button', { name: 'Rename Untitled' }).click();
    assert.deepEqual(await unnamed(page), []);
    await list.getByRole('button', { name: 'Cancel' }).click();
    await list.getByRole('button', { name: 'Delete Untitled' }).click();
    assert.deepEqual(await unnamed(page), []);
  } finally {
    await nb.close();
  }
});
