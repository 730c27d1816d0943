// The CodeMirror 6 editor of one code cell: Python highlighting and indentation, undo history,
// and the notebook's run keys. Only the pieces used are imported, to keep the download small.

import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, drawSelection, placeholder } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
// pythonLanguage alone: python() also registers completion sources, which we do not use (−5 kB gzip).
import { pythonLanguage } from '@codemirror/lang-python';

export interface EditorHooks {
  /** Shift+Enter: run and move to the next cell. */
  runAndAdvance(): void;
  /** Ctrl+Enter (Cmd+Enter on a Mac): run and stay. */
  runInPlace(): void;
  changed(source: string): void;
  focused(): void;
}

export function createEditor(parent: HTMLElement, source: string, label: string, hooks: EditorHooks): EditorView {
  const runKeys = Prec.highest(
    keymap.of([
      { key: 'Shift-Enter', run: () => (hooks.runAndAdvance(), true) },
      { key: 'Mod-Enter', run: () => (hooks.runInPlace(), true) },
      { key: 'Ctrl-Enter', run: () => (hooks.runInPlace(), true) },
    ]),
  );
  return new EditorView({
    parent,
    state: EditorState.create({
      doc: source,
      extensions: [
        runKeys,
        lineNumbers(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        new LanguageSupport(pythonLanguage),
        indentUnit.of('    '), // PEP 8: four spaces
        placeholder('Type Python here, then press Shift+Enter'),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) hooks.changed(update.state.doc.toString());
          if (update.focusChanged && update.view.hasFocus) hooks.focused();
        }),
      ],
    }),
  });
}
