// One cell on the page: the [n] prompt, a run button, the editor (or, for a markdown cell not being
// edited, its rendered text), the cell's own tools, the outputs, and the inline box that answers
// input(). The section itself takes the focus in command mode.

import { CellEditor } from './editor';
import { OutputArea } from './outputs';
import type { Cell, CellType, Mode } from './store';
import { t } from '../i18n';

export type RunHow = 'advance' | 'stay' | 'insert';

export interface CellActions {
  run(id: string, how: RunHow): void;
  edit(id: string, source: string): void;
  /** The cell got the focus: its editor (edit mode) or the cell itself (command mode). */
  focus(id: string, mode: Mode): void;
  escape(id: string): void;
  answer(id: string, prompt: string, value: string): void;
  setType(id: string, type: CellType): void;
  move(id: string, by: -1 | 1): void;
  add(id: string, where: 'above' | 'below'): void;
  remove(id: string): void;
  /** Open a rendered markdown cell for editing. */
  editText(id: string): void;
}

let markdownModule: Promise<typeof import('./markdown')> | null = null;
/** The markdown renderer, loaded on first use. */
function markdown(): Promise<typeof import('./markdown')> {
  markdownModule ??= import('./markdown');
  return markdownModule;
}

function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

export class CellView {
  readonly element: HTMLElement;
  private readonly prompt: HTMLElement;
  private readonly runButton: HTMLButtonElement;
  private readonly editorHost: HTMLElement;
  private readonly rendered: HTMLElement;
  private readonly typeSelect: HTMLSelectElement;
  private readonly tools: { el: HTMLButtonElement; key: 'moveUp' | 'moveDown' | 'addAbove' | 'addBelow' | 'deleteCell' }[];
  private readonly outputBox: HTMLElement;
  private readonly outputs: OutputArea;
  private readonly inputRow: HTMLElement;
  private readonly inputLabel: HTMLLabelElement;
  private readonly inputBox: HTMLInputElement;
  readonly editor: CellEditor;
  private shown: Cell | null = null;
  private labels = '';
  private renderedSource: string | null = null;

  constructor(cell: Cell, index: number, actions: CellActions) {
    const id = cell.id;
    this.element = document.createElement('section');
    this.element.className = 'cell';
    this.element.tabIndex = -1;
    this.element.dataset.cellId = id;
    this.element.addEventListener('focus', () => actions.focus(id, 'command'));

    const row = document.createElement('div');
    row.className = 'cell-row';
    const gutter = document.createElement('div');
    gutter.className = 'cell-gutter';
    this.prompt = document.createElement('span');
    this.prompt.className = 'prompt';
    this.runButton = button('run-cell', '▶', () => actions.run(id, 'stay'));
    gutter.append(this.prompt, this.runButton);

    const main = document.createElement('div');
    main.className = 'cell-main';
    this.editorHost = document.createElement('div');
    this.editorHost.className = 'editor';
    this.rendered = document.createElement('div');
    this.rendered.className = 'markdown';
    this.rendered.hidden = true;
    this.rendered.addEventListener('dblclick', () => actions.editText(id));
    main.append(this.editorHost, this.rendered);

    const toolbar = document.createElement('div');
    toolbar.className = 'cell-tools';
    this.typeSelect = document.createElement('select');
    this.typeSelect.className = 'cell-type';
    for (const value of ['code', 'markdown']) {
      const option = document.createElement('option');
      option.value = value;
      this.typeSelect.append(option);
    }
    this.typeSelect.addEventListener('change', () => actions.setType(id, this.typeSelect.value as CellType));
    this.tools = [
      { el: button('tool', '↑', () => actions.move(id, -1)), key: 'moveUp' },
      { el: button('tool', '↓', () => actions.move(id, 1)), key: 'moveDown' },
      { el: button('tool', '+↑', () => actions.add(id, 'above')), key: 'addAbove' },
      { el: button('tool', '+↓', () => actions.add(id, 'below')), key: 'addBelow' },
      { el: button('tool delete', '✕', () => actions.remove(id)), key: 'deleteCell' },
    ];
    toolbar.append(this.typeSelect, ...this.tools.map((tool) => tool.el));
    row.append(gutter, main, toolbar);

    this.outputBox = document.createElement('div');
    this.outputBox.className = 'outputs';
    this.outputBox.setAttribute('role', 'region');
    this.outputBox.setAttribute('aria-live', 'polite');
    this.outputBox.hidden = true;
    this.outputs = new OutputArea(this.outputBox);

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

    this.element.append(row, this.outputBox, this.inputRow);
    this.editor = new CellEditor(this.editorHost, cell.source, cell.type, t('cellEditor', { n: index + 1 }), this.hint(cell.type), {
      runAndAdvance: () => actions.run(id, 'advance'),
      runInPlace: () => actions.run(id, 'stay'),
      runAndInsert: () => actions.run(id, 'insert'),
      escape: () => actions.escape(id),
      changed: (source) => actions.edit(id, source),
      focused: () => actions.focus(id, 'edit'),
    });
    this.update(cell, false, index);
  }

  private hint(type: CellType): string {
    return t(type === 'code' ? 'codePlaceholder' : 'textPlaceholder');
  }

  /** Names and texts that depend on the cell's place, its type and the language. */
  private relabel(cell: Cell, index: number, force: boolean): void {
    const key = `${document.documentElement.lang}:${index}:${cell.type}`;
    if (key === this.labels && !force) return;
    this.labels = key;
    const n = index + 1;
    this.element.setAttribute('aria-label', t(cell.type === 'code' ? 'codeCell' : 'textCell', { n }));
    this.editor.configure(cell.type, t('cellEditor', { n }), this.hint(cell.type));
    this.outputBox.setAttribute('aria-label', t('outputOf', { n }));
    this.runButton.setAttribute('aria-label', t('runCell'));
    this.runButton.title = t('runCellTitle');
    this.typeSelect.setAttribute('aria-label', t('cellType'));
    if (!cell.input) this.inputBox.setAttribute('aria-label', t('input'));
    this.typeSelect.options[0].textContent = t('typeCode');
    this.typeSelect.options[1].textContent = t('typeText');
    for (const tool of this.tools) {
      tool.el.setAttribute('aria-label', t(tool.key));
      tool.el.title = t(tool.key);
    }
    this.renderedSource = null; // the empty-cell hint is in the language too
    this.showPrompt(cell);
  }

  private showPrompt(cell: Cell): void {
    if (cell.type === 'markdown') {
      this.prompt.textContent = '';
      this.prompt.removeAttribute('title');
      return;
    }
    this.prompt.textContent = cell.phase === 'running' ? '[*]' : cell.phase === 'queued' ? '[…]' : `[${cell.count ?? ' '}]`;
    if (cell.phase === 'idle') this.prompt.removeAttribute('title');
    else this.prompt.title = t(cell.phase === 'running' ? 'running' : 'queued');
  }

  update(cell: Cell, active: boolean, index: number, force = false): void {
    this.element.classList.toggle('active', active);
    this.relabel(cell, index, force);
    if (cell === this.shown && !force) return;
    const was = this.shown;
    this.shown = cell;
    this.element.dataset.type = cell.type;
    this.element.dataset.phase = cell.phase;
    this.showPrompt(cell);
    this.element.setAttribute('aria-busy', String(cell.phase === 'running'));
    this.typeSelect.value = cell.type;
    this.typeSelect.disabled = cell.phase !== 'idle';
    this.outputs.update(cell.outputs);
    this.editor.setSource(cell.source);

    const showRendered = cell.type === 'markdown' && !cell.editing;
    this.editorHost.hidden = showRendered;
    this.rendered.hidden = !showRendered;
    if (showRendered && this.renderedSource !== cell.source) this.renderMarkdown(cell.source);

    if (cell.input && cell.input !== was?.input) {
      const label = cell.input.prompt || t('input');
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

  private renderMarkdown(source: string): void {
    this.renderedSource = source;
    if (source.trim() === '') {
      this.rendered.replaceChildren();
      const hint = document.createElement('p');
      hint.className = 'empty-hint';
      hint.textContent = t('emptyText');
      this.rendered.append(hint);
      return;
    }
    void markdown().then(({ renderMarkdown }) => {
      if (this.renderedSource !== source) return; // changed again meanwhile
      this.rendered.innerHTML = renderMarkdown(source); // sanitized by DOMPurify
    });
  }

  /** Edit mode: the editor takes the focus. */
  focusEditor(): void {
    this.editor.focus();
  }

  /** Command mode: the cell itself takes the focus. */
  focusCell(): void {
    if (document.activeElement !== this.element) this.element.focus({ preventScroll: false });
  }

  destroy(): void {
    this.editor.destroy();
    this.element.remove();
  }
}
