// The CodeMirror 6 editor of one cell: Python highlighting and indentation for code cells (plain
// text for markdown ones), undo history, and the notebook's keys. Only the pieces used are
// imported, to keep the download small.

import { Compartment, EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, drawSelection, placeholder } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
// pythonLanguage alone: python() also registers completion sources, which we do not use (−5 kB gzip).
import { pythonLanguage } from '@codemirror/lang-python';
import type { CellType } from './store';

export interface EditorHooks {
  /** Shift+Enter: run and move to the next cell. */
  runAndAdvance(): void;
  /** Ctrl+Enter (Cmd+Enter on a Mac): run and stay. */
  runInPlace(): void;
  /** Alt+Enter: run and insert a cell below. */
  runAndInsert(): void;
  /** Esc: leave the editor for command mode. */
  escape(): void;
  changed(source: string): void;
  focused(): void;
}

const python = new LanguageSupport(pythonLanguage);

/** A cell editor whose language, placeholder and accessible name can change. */
export class CellEditor {
  readonly view: EditorView;
  private readonly language = new Compartment();
  private readonly hint = new Compartment();
  private readonly label = new Compartment();
  private type: CellType;
  private labelText: string;
  private hintText: string;

  constructor(parent: HTMLElement, source: string, type: CellType, label: string, hint: string, hooks: EditorHooks) {
    this.type = type;
    this.labelText = label;
    this.hintText = hint;
    const keys = Prec.highest(
      keymap.of([
        { key: 'Shift-Enter', run: () => (hooks.runAndAdvance(), true) },
        { key: 'Mod-Enter', run: () => (hooks.runInPlace(), true) },
        { key: 'Ctrl-Enter', run: () => (hooks.runInPlace(), true) },
        { key: 'Alt-Enter', run: () => (hooks.runAndInsert(), true) },
        { key: 'Escape', run: () => (hooks.escape(), true) },
      ]),
    );
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: source,
        extensions: [
          keys,
          lineNumbers(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          this.language.of(this.languageFor(type)),
          this.hint.of(placeholder(hint)),
          this.label.of(EditorView.contentAttributes.of({ 'aria-label': label })),
          EditorView.lineWrapping,
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) hooks.changed(update.state.doc.toString());
            if (update.focusChanged && update.view.hasFocus) hooks.focused();
          }),
        ],
      }),
    });
  }

  private languageFor(type: CellType) {
    return type === 'code' ? [python, indentUnit.of('    ')] : []; // PEP 8: four spaces
  }

  /** Update what changed among the cell type, the accessible name and the placeholder. */
  configure(type: CellType, label: string, hint: string): void {
    const effects = [];
    if (type !== this.type) effects.push(this.language.reconfigure(this.languageFor(type)));
    if (label !== this.labelText) effects.push(this.label.reconfigure(EditorView.contentAttributes.of({ 'aria-label': label })));
    if (hint !== this.hintText) effects.push(this.hint.reconfigure(placeholder(hint)));
    this.type = type;
    this.labelText = label;
    this.hintText = hint;
    if (effects.length > 0) this.view.dispatch({ effects });
  }

  get source(): string {
    return this.view.state.doc.toString();
  }

  setSource(source: string): void {
    if (source !== this.source) this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: source } });
  }

  focus(): void {
    this.view.focus();
  }

  destroy(): void {
    this.view.destroy();
  }
}
