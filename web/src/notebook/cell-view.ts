// One code cell on the page: the [n] prompt, a run button, the editor, the outputs, and the
// inline box that answers input().

import type { EditorView } from '@codemirror/view';
import { createEditor } from './editor';
import { OutputArea } from './outputs';
import type { Cell } from './store';

export interface CellActions {
  run(id: string, advance: boolean): void;
  edit(id: string, source: string): void;
  focus(id: string): void;
  answer(id: string, prompt: string, value: string): void;
}

export class CellView {
  readonly element: HTMLElement;
  private readonly prompt: HTMLElement;
  private readonly outputs: OutputArea;
  private readonly inputRow: HTMLElement;
  private readonly inputLabel: HTMLLabelElement;
  private readonly inputBox: HTMLInputElement;
  readonly editor: EditorView;
  private shown: Cell | null = null;

  constructor(cell: Cell, actions: CellActions) {
    const id = cell.id;
    this.element = document.createElement('section');
    this.element.className = 'cell';
    this.element.dataset.cellId = id;
    this.element.setAttribute('aria-label', 'Code cell');

    const row = document.createElement('div');
    row.className = 'cell-row';
    const gutter = document.createElement('div');
    gutter.className = 'cell-gutter';
    this.prompt = document.createElement('span');
    this.prompt.className = 'prompt';
    const run = document.createElement('button');
    run.type = 'button';
    run.className = 'run-cell';
    run.textContent = '▶';
    run.title = 'Run this cell (Shift+Enter)';
    run.setAttribute('aria-label', 'Run cell');
    run.addEventListener('click', () => actions.run(id, false));
    gutter.append(this.prompt, run);
    const editorHost = document.createElement('div');
    editorHost.className = 'editor';
    row.append(gutter, editorHost);

    const outputBox = document.createElement('div');
    outputBox.className = 'outputs';
    outputBox.setAttribute('aria-live', 'polite');
    outputBox.hidden = true;
    this.outputs = new OutputArea(outputBox);

    this.inputRow = document.createElement('form');
    this.inputRow.className = 'input-row';
    this.inputRow.hidden = true;
    this.inputLabel = document.createElement('label');
    this.inputLabel.className = 'input-prompt';
    this.inputBox = document.createElement('input');
    this.inputBox.type = 'text';
    this.inputBox.autocomplete = 'off';
    this.inputBox.spellcheck = false;
    const boxId = `input-${id}`;
    this.inputBox.id = boxId;
    this.inputLabel.htmlFor = boxId;
    this.inputRow.append(this.inputLabel, this.inputBox);
    this.inputRow.addEventListener('submit', (event) => {
      event.preventDefault();
      const prompt = this.shown?.input?.prompt ?? '';
      actions.answer(id, prompt, this.inputBox.value);
    });

    this.element.append(row, outputBox, this.inputRow);
    this.editor = createEditor(editorHost, cell.source, 'Python code', {
      runAndAdvance: () => actions.run(id, true),
      runInPlace: () => actions.run(id, false),
      changed: (source) => actions.edit(id, source),
      focused: () => actions.focus(id),
    });
    this.update(cell, false);
  }

  update(cell: Cell, active: boolean): void {
    this.element.classList.toggle('active', active);
    if (cell === this.shown) return;
    const was = this.shown;
    this.shown = cell;
    this.prompt.textContent = cell.phase === 'idle' ? `[${cell.count ?? ' '}]` : '[*]';
    this.element.classList.toggle('running', cell.phase !== 'idle');
    this.element.setAttribute('aria-busy', String(cell.phase === 'running'));
    this.outputs.update(cell.outputs);
    if (cell.source !== this.editor.state.doc.toString()) {
      this.editor.dispatch({ changes: { from: 0, to: this.editor.state.doc.length, insert: cell.source } });
    }
    if (cell.input && cell.input !== was?.input) {
      const label = cell.input.prompt || 'Input';
      this.inputLabel.textContent = cell.input.prompt;
      this.inputBox.setAttribute('aria-label', label);
      this.inputBox.value = '';
      this.inputRow.hidden = false;
      this.inputBox.focus();
    } else if (!cell.input && !this.inputRow.hidden) {
      this.inputRow.hidden = true;
      this.inputBox.value = '';
    }
  }

  focus(): void {
    this.editor.focus();
  }

  destroy(): void {
    this.editor.destroy();
    this.element.remove();
  }
}
