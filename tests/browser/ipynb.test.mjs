// .ipynb in and out: "Save as .ipynb" downloads nbformat 4.5 (checked against the schema's rules
// here, and by Debian's python3-nbformat when it is installed); "Open notebook" reads it back, opens
// a notebook Jupyter wrote, and refuses broken files with a clear message, changing nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { openNotebook, cell, editor, typeInCell, outputs, saved } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof openNotebook>>} */
let nb;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'saessak-ipynb-'));
before(async () => {
  nb = await openNotebook();
});
after(async () => {
  await nb?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

// Debian's python3-nbformat lives with /usr/bin/python3 (the python3 on PATH may be another one).
const nbformatPython = ['python3', '/usr/bin/python3'].find((py) => spawnSync(py, ['-c', 'import nbformat'], { stdio: 'ignore' }).status === 0);

/**
 * The rules of nbformat 4.5's JSON schema (nbformat.v4.5.schema.json) for what we write:
 * required keys, types, no keys the schema does not allow, unique cell ids.
 * @param {any} doc
 */
function checkNbformat45(doc) {
  const isObj = (/** @type {unknown} */ v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const multiline = (/** @type {unknown} */ v) => typeof v === 'string' || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
  const only = (/** @type {any} */ o, /** @type {string[]} */ keys, /** @type {string} */ where) => {
    for (const k of Object.keys(o)) assert.ok(keys.includes(k), `${where}: unexpected key ${k}`);
  };
  const needs = (/** @type {any} */ o, /** @type {string[]} */ keys, /** @type {string} */ where) => {
    for (const k of keys) assert.ok(k in o, `${where}: missing ${k}`);
  };
  assert.ok(isObj(doc));
  only(doc, ['metadata', 'nbformat_minor', 'nbformat', 'cells'], 'notebook');
  needs(doc, ['metadata', 'nbformat_minor', 'nbformat', 'cells'], 'notebook');
  assert.equal(doc.nbformat, 4);
  assert.ok(Number.isInteger(doc.nbformat_minor) && doc.nbformat_minor >= 5);
  assert.ok(isObj(doc.metadata));
  if (doc.metadata.kernelspec) needs(doc.metadata.kernelspec, ['name', 'display_name'], 'kernelspec');
  if (doc.metadata.language_info) needs(doc.metadata.language_info, ['name'], 'language_info');
  assert.ok(Array.isArray(doc.cells));
  const ids = new Set();
  doc.cells.forEach((/** @type {any} */ c, /** @type {number} */ i) => {
    const where = `cell ${i}`;
    assert.match(c.id, /^[a-zA-Z0-9-_]+$/, where);
    assert.ok(c.id.length >= 1 && c.id.length <= 64, where);
    assert.ok(!ids.has(c.id), `${where}: duplicate id`);
    ids.add(c.id);
    assert.ok(isObj(c.metadata), where);
    assert.ok(multiline(c.source), where);
    if (c.cell_type === 'markdown') {
      only(c, ['id', 'cell_type', 'metadata', 'attachments', 'source'], where);
      return;
    }
    assert.equal(c.cell_type, 'code', where);
    only(c, ['id', 'cell_type', 'metadata', 'source', 'outputs', 'execution_count'], where);
    needs(c, ['id', 'cell_type', 'metadata', 'source', 'outputs', 'execution_count'], where);
    assert.ok(c.execution_count === null || (Number.isInteger(c.execution_count) && c.execution_count >= 0), where);
    for (const o of c.outputs) {
      const w = `${where} output ${o.output_type}`;
      if (o.output_type === 'stream') {
        only(o, ['output_type', 'name', 'text'], w);
        assert.ok(typeof o.name === 'string' && multiline(o.text), w);
      } else if (o.output_type === 'execute_result') {
        only(o, ['output_type', 'execution_count', 'data', 'metadata'], w);
        needs(o, ['output_type', 'execution_count', 'data', 'metadata'], w);
        assert.ok(isObj(o.data) && isObj(o.metadata), w);
        for (const v of Object.values(o.data)) assert.ok(multiline(v), w);
      } else if (o.output_type === 'error') {
        only(o, ['output_type', 'ename', 'evalue', 'traceback'], w);
        assert.ok(typeof o.ename === 'string' && typeof o.evalue === 'string', w);
        assert.ok(Array.isArray(o.traceback) && o.traceback.every((/** @type {unknown} */ l) => typeof l === 'string'), w);
      } else {
        assert.fail(`${w}: unknown output type`);
      }
    }
  });
}

/**
 * Choose `file` in the page's "Open notebook" file picker, like a person would.
 * @param {import('playwright-core').Page} page
 * @param {string} file
 */
async function openFile(page, file) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open notebook' }).click()]);
  await chooser.setFiles(file);
}

/** @type {string} */
let downloaded;

test('Save as .ipynb downloads a valid nbformat 4.5 notebook', async (t) => {
  const { page } = nb;
  await typeInCell(page, 0, 'print("hello")\nprint("안녕")');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 0).getByText('안녕').waitFor();
  await page.keyboard.type('6 * 7');
  await page.keyboard.press('Shift+Enter');
  await outputs(page, 1).getByText('42').waitFor();
  await page.keyboard.type('1/0');
  await page.keyboard.press('Control+Enter');
  await outputs(page, 2).getByText('ZeroDivisionError').first().waitFor();
  await page.getByRole('button', { name: 'Add text cell' }).click();
  await page.keyboard.type('# Title\n\nsome *text*');
  await page.keyboard.press('Control+Enter');
  const name = page.getByRole('textbox', { name: 'Notebook name' });
  await name.fill('My lesson');
  await name.press('Enter');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as .ipynb' }).click()]);
  assert.equal(download.suggestedFilename(), 'My lesson.ipynb');
  downloaded = path.join(tmp, 'My lesson.ipynb');
  await download.saveAs(downloaded);
  const doc = JSON.parse(fs.readFileSync(downloaded, 'utf8'));
  checkNbformat45(doc);
  assert.deepEqual(
    doc.cells.map((/** @type {any} */ c) => [c.cell_type, [c.source].flat().join(''), c.execution_count]),
    [
      ['code', 'print("hello")\nprint("안녕")', 1],
      ['code', '6 * 7', 2],
      ['code', '1/0', 3],
      ['markdown', '# Title\n\nsome *text*', undefined],
    ],
  );
  assert.deepEqual(doc.cells[0].outputs, [{ output_type: 'stream', name: 'stdout', text: ['hello\n', '안녕\n'] }]);
  assert.deepEqual(doc.cells[1].outputs, [{ output_type: 'execute_result', execution_count: 2, data: { 'text/plain': ['42'] }, metadata: {} }]);
  assert.equal(doc.cells[2].outputs[0].output_type, 'error');
  assert.equal(doc.cells[2].outputs[0].ename, 'ZeroDivisionError');
  assert.equal(doc.cells[2].outputs[0].traceback.at(-1), 'ZeroDivisionError: division by zero');

  if (nbformatPython) {
    const check = spawnSync(nbformatPython, ['-c', 'import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print("valid")', downloaded], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    t.diagnostic('validated by python3-nbformat');
  } else {
    t.diagnostic('python3-nbformat is not installed: checked against the schema rules in this test only');
  }
});

test('Open notebook reads the downloaded file back as a new notebook', async () => {
  const { page } = nb;
  await saved(page);
  const before = await page.evaluate(() => [...document.querySelectorAll('section.cell')].map((el) => el.textContent));
  await openFile(page, downloaded);
  await page.getByRole('status').filter({ hasText: 'Opened “My lesson”.' }).waitFor();
  const after = await page.evaluate(() => [...document.querySelectorAll('section.cell')].map((el) => el.textContent));
  assert.deepEqual(after, before);
  // It is a notebook of its own in the list.
  await page.getByRole('button', { name: 'My notebooks' }).click();
  const list = page.getByRole('dialog', { name: 'My notebooks' });
  await list.getByRole('button', { name: 'Open My lesson' }).first().waitFor();
  assert.equal(await list.getByRole('button', { name: 'Open My lesson' }).count(), 2);
  await list.getByRole('button', { name: 'Close' }).click();
});

test('a notebook written by Jupyter opens with its cells and outputs', async () => {
  const { page } = nb;
  await openFile(page, path.join(import.meta.dirname, 'fixtures', 'jupyter-written.ipynb'));
  await page.getByRole('status').filter({ hasText: 'Opened “jupyter-written”.' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Notebook name' }).inputValue(), 'jupyter-written');
  assert.equal(await page.locator('section.cell').count(), 5);
  await cell(page, 0).locator('.markdown table td').first().waitFor();
  assert.equal(await cell(page, 0).locator('.markdown h1').innerText(), 'Squares');
  assert.equal(await editor(page, 1).innerText(), 'for i in range(1, 3):\n    print(i * i)');
  assert.equal(await outputs(page, 1).innerText(), '1\n4\n');
  assert.equal(await cell(page, 1).locator('.prompt').innerText(), '[1]');
  assert.equal(await outputs(page, 2).locator('.result pre').innerText(), '49');
  const tb = await outputs(page, 3).locator('pre.error').innerText();
  assert.match(tb, /ZeroDivisionError: division by zero$/);
  assert.doesNotMatch(tb, /\u001b/, 'ANSI colour codes are removed');
  assert.equal(await cell(page, 4).getAttribute('data-type'), 'markdown', 'a raw cell is shown as text');
  // And it runs.
  await editor(page, 1).click();
  await page.keyboard.press('Control+Enter');
  await cell(page, 1).locator('.prompt').getByText('[1]').waitFor();
});

test('broken files give a clear message and change nothing', async () => {
  const { page } = nb;
  const files = {
    'notes.txt': 'just some notes, not JSON',
    'data.ipynb': '{"hello": [1, 2, 3]}',
    'old.ipynb': '{"nbformat": 3, "nbformat_minor": 0, "worksheets": []}',
    'broken.ipynb': '{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "source": 42}]}',
    'cut.ipynb': fs.readFileSync(downloaded, 'utf8').slice(0, 300),
  };
  const reasons = {
    'notes.txt': 'it is not a notebook file (not JSON)',
    'data.ipynb': 'it is not a Jupyter notebook (no list of cells)',
    'old.ipynb': 'it is an nbformat 3 notebook; only version 4 can be opened',
    'broken.ipynb': 'cell 1 is damaged',
    'cut.ipynb': 'it is not a notebook file (not JSON)',
  };
  const before = await page.evaluate(() => document.getElementById('notebook')?.textContent);
  const name = await page.getByRole('textbox', { name: 'Notebook name' }).inputValue();
  for (const [file, text] of Object.entries(files)) {
    const p = path.join(tmp, file);
    fs.writeFileSync(p, text);
    await openFile(page, p);
    const alert = page.getByRole('alert').filter({ hasText: `Could not open “${file}”` });
    await alert.waitFor();
    assert.equal(await alert.innerText().then((s) => s.split('\n')[0].replace(/✕$/, '').trim()), `Could not open “${file}”: ${reasons[/** @type {keyof typeof reasons} */ (file)]}. Nothing was changed.`);
  }
  assert.equal(await page.evaluate(() => document.getElementById('notebook')?.textContent), before);
  assert.equal(await page.getByRole('textbox', { name: 'Notebook name' }).inputValue(), name);
  assert.deepEqual(nb.consoleErrors, []);
});
