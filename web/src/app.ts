// The notebook page: wires the store, the views, the toolbar, storage and the kernel worker together.

import type { KernelClient } from './kernel/client';
import { NotebookView } from './notebook/notebook-view';
import type { CellActions, RunHow } from './notebook/cell-view';
import {
  newCellId,
  newNotebook,
  newNotebookId,
  newSavedNotebook,
  Store,
  toSaved,
  type CellType,
  type KernelState,
  type Mode,
  type Notebook,
  type SavedNotebook,
} from './notebook/store';
import { NotebookDb, lastNotebookId, rememberNotebook } from './storage/db';
import { fromIpynb, IpynbError, toIpynb } from './storage/ipynb';
import { NotebookList } from './notebook-list';
import { TurtleScene } from './notebook/turtle-view';
import { currentLang, onLangChange, setLang, t, translate } from './i18n';

/** Autosave waits this long after a change (and never longer), gathering the changes in between. */
const SAVE_DELAY_MS = 300;
/** A turtle drawing's saved copy is refreshed this often while it is drawn. */
const TURTLE_SAVE_MS = 500;

export async function startApp(kernel: KernelClient): Promise<void> {
  translate(document);
  let db: NotebookDb | null = null;
  try {
    db = await NotebookDb.open();
  } catch {
    db = null;
  }

  const store = new Store(newNotebook(t('untitled')));
  /** When the open notebook was first made (kept in storage). */
  let created = Date.now();

  // ---- notices -------------------------------------------------------------------------------

  const notice = document.getElementById('notice')!;
  let noticeTimer = 0;
  function showNotice(text: string, kind: 'info' | 'error', undo?: () => void): void {
    clearTimeout(noticeTimer);
    notice.replaceChildren();
    notice.hidden = false;
    notice.dataset.kind = kind;
    const message = document.createElement('span');
    message.textContent = text;
    // An error interrupts (role alert); news is announced politely.
    notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    notice.append(message);
    if (undo) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = t('undo');
      b.addEventListener('click', () => {
        undo();
        hideNotice();
      });
      notice.append(b);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '✕';
    close.setAttribute('aria-label', t('dismiss'));
    close.addEventListener('click', hideNotice);
    notice.append(close);
    if (kind === 'info') noticeTimer = window.setTimeout(hideNotice, 8000);
  }
  function hideNotice(): void {
    notice.hidden = true;
    notice.replaceChildren();
  }

  // ---- running -------------------------------------------------------------------------------

  /** The run each cell waits for: replies to an older run (before a restart) are ignored. */
  const runs = new Map<string, object>();
  /** The kernel's turtle drawing (one per kernel, as CPython has one turtle window). */
  const turtle = new TurtleScene();
  const turtleData = () => ({ 'text/plain': '<turtle drawing>', 'image/svg+xml': turtle.snapshot() });

  function execute(id: string): void {
    const cell = store.cell(id);
    if (!cell || cell.type !== 'code' || cell.phase !== 'idle') return;
    const token = {};
    runs.set(id, token);
    const mine = () => runs.get(id) === token;
    const send = (action: Parameters<Store['dispatch']>[0]) => {
      if (mine()) store.dispatch(action);
    };
    store.dispatch({ type: 'queueRun', id });
    // The turtle drawing this run shows live (made at its first command), and its saved copy,
    // refreshed at most every TURTLE_SAVE_MS while it draws and once at the end.
    let turtleKey = '';
    let turtleTimer = 0;
    const saveTurtle = (): void => {
      clearTimeout(turtleTimer);
      turtleTimer = 0;
      if (turtleKey) send({ type: 'updateTurtle', id, turtle: turtleKey, data: turtleData() });
    };
    kernel.execute(cell.source, {
      onBusy: () => send({ type: 'startRun', id }),
      onStream: (name, text) => send({ type: 'appendStream', id, name, text }),
      onResult: (text, count, data) => {
        const extra = Object.keys(data).some((m) => m !== 'text/plain');
        send({ type: 'addResult', id, count, text, data: extra ? data : undefined });
      },
      onDisplay: (data) => send({ type: 'addDisplay', id, data }),
      onTurtle: (ops) => {
        if (!mine()) return;
        const live = turtle.liveKey(t('turtleDrawing'));
        if (live.created || live.key !== turtleKey) {
          turtleKey = live.key;
          turtle.apply(ops);
          send({ type: 'addDisplay', id, data: turtleData(), turtle: turtleKey });
        } else {
          turtle.apply(ops);
          if (!turtleTimer) turtleTimer = window.setTimeout(saveTurtle, TURTLE_SAVE_MS);
        }
      },
      onError: (ename, evalue, traceback) => send({ type: 'addError', id, ename, evalue, traceback }),
      onInput: (prompt) => send({ type: 'askInput', id, prompt }),
      onReply: (status, count) => {
        if (!mine()) return;
        if (turtleKey) {
          saveTurtle();
          turtle.detach(); // the next cell that draws shows the drawing in its own output
        }
        runs.delete(id);
        const hadInputFocus = document.activeElement?.closest('.input-row') != null;
        store.dispatch({ type: 'finishRun', id, count: status === 'aborted' ? null : count });
        if (hadInputFocus) focusActive();
      },
    });
  }

  /** A fresh kernel: running and queued cells are done at once (their late replies are ignored). */
  function restartKernel(): void {
    kernel.restart();
    runs.clear();
    turtle.reset();
    for (const cell of store.state.cells) {
      if (cell.phase !== 'idle') store.dispatch({ type: 'finishRun', id: cell.id, count: null });
    }
  }

  /** Run a cell (a markdown cell is rendered), then: advance to the next cell, stay, or insert one. */
  function runCell(id: string, how: RunHow): void {
    const cell = store.cell(id);
    if (!cell) return;
    const wasEditing = store.state.mode === 'edit' && store.state.activeId === id;
    if (cell.type === 'markdown') store.dispatch({ type: 'setEditing', id, editing: false });
    else execute(id);
    const cells = store.state.cells;
    const i = cells.findIndex((c) => c.id === id);
    if (how === 'insert' || (how === 'advance' && i === cells.length - 1)) {
      store.dispatch({ type: 'addCell', afterId: id, id: newCellId(), mode: 'edit' });
      focusActive();
    } else if (how === 'advance') {
      store.dispatch({ type: 'setActive', id: cells[i + 1].id, mode: 'command' });
      focusActive();
    } else if (cell.type === 'markdown' && wasEditing) {
      store.dispatch({ type: 'setMode', mode: 'command' });
      focusActive();
    }
  }

  /** Run every cell, or (`above`) only those above the selected one, as Jupyter's Run All Above. */
  function runAll(above = false): void {
    const cells = store.state.cells;
    const end = above ? cells.findIndex((c) => c.id === store.state.activeId) : cells.length;
    for (const cell of cells.slice(0, end < 0 ? cells.length : end)) {
      if (cell.type === 'markdown') store.dispatch({ type: 'setEditing', id: cell.id, editing: false });
      else execute(cell.id);
    }
  }

  // ---- focus and command mode ----------------------------------------------------------------

  function focusActive(): void {
    const v = view.view(store.state.activeId);
    if (!v) return;
    if (store.state.mode === 'edit') v.focusEditor();
    else v.focusCell();
  }

  function addCell(where: 'above' | 'below', cellType: CellType, mode: Mode): void {
    const at = store.state.activeId;
    const id = newCellId();
    if (where === 'above') store.dispatch({ type: 'addCell', beforeId: at, id, cellType, mode });
    else store.dispatch({ type: 'addCell', afterId: at, id, cellType, mode });
    focusActive();
  }

  function deleteCell(id: string): void {
    const focusWasInside = view.view(id)?.element.contains(document.activeElement) ?? false;
    store.dispatch({ type: 'deleteCell', id });
    showNotice(t('deleted'), 'info', undoDelete);
    if (focusWasInside) {
      store.dispatch({ type: 'setMode', mode: 'command' });
      focusActive();
    }
  }

  function undoDelete(): void {
    if (store.state.trash.length === 0) return;
    store.dispatch({ type: 'undoDelete' });
    store.dispatch({ type: 'setMode', mode: 'command' });
    focusActive();
  }

  /** Jupyter's edit mode: the editor of the active cell (a markdown cell opens for editing). */
  function enterEdit(id: string): void {
    store.dispatch({ type: 'setActive', id, mode: 'edit' });
    store.dispatch({ type: 'setEditing', id, editing: true });
    focusActive();
  }

  let lastD = 0;
  function commandKey(event: KeyboardEvent, id: string): boolean {
    const { key, shiftKey, ctrlKey, altKey, metaKey } = event;
    if (key === 'Enter') {
      if (shiftKey) runCell(id, 'advance');
      else if (ctrlKey || metaKey) runCell(id, 'stay');
      else if (altKey) runCell(id, 'insert');
      else enterEdit(id);
      return true;
    }
    if (ctrlKey || metaKey || altKey) return false;
    const cells = store.state.cells;
    const i = cells.findIndex((c) => c.id === id);
    const k = key.length === 1 ? key.toLowerCase() : key;
    if (k !== 'd') lastD = 0;
    if (shiftKey && key.length === 1) return false;
    switch (k) {
      case 'ArrowUp':
      case 'k':
        if (i > 0) store.dispatch({ type: 'setActive', id: cells[i - 1].id, mode: 'command' });
        break;
      case 'ArrowDown':
      case 'j':
        if (i < cells.length - 1) store.dispatch({ type: 'setActive', id: cells[i + 1].id, mode: 'command' });
        break;
      case 'a':
        addCell('above', 'code', 'command');
        break;
      case 'b':
        addCell('below', 'code', 'command');
        break;
      case 'd': {
        const now = event.timeStamp;
        if (lastD && now - lastD < 1500) {
          lastD = 0;
          deleteCell(id);
        } else lastD = now;
        return true;
      }
      case 'z':
        undoDelete();
        return true;
      case 'm':
        store.dispatch({ type: 'setType', id, cellType: 'markdown' });
        return true;
      case 'y':
        store.dispatch({ type: 'setType', id, cellType: 'code' });
        return true;
      default:
        return false;
    }
    focusActive();
    return true;
  }

  const notebookElement = document.getElementById('notebook')!;
  const actions: CellActions = {
    run: runCell,
    edit: (id, source) => store.dispatch({ type: 'setSource', id, source }),
    focus: (id, mode) => store.dispatch({ type: 'setActive', id, mode }),
    escape: (id) => {
      store.dispatch({ type: 'setActive', id, mode: 'command' });
      focusActive();
    },
    answer: (id, prompt, value) => {
      kernel.replyInput(value);
      store.dispatch({ type: 'answerInput', id, echo: `${prompt}${value}\n` });
      focusActive();
    },
    setType: (id, cellType) => store.dispatch({ type: 'setType', id, cellType }),
    move: (id, by) => store.dispatch({ type: 'moveCell', id, by }),
    add: (id, where) => {
      store.dispatch({ type: 'setActive', id });
      addCell(where, 'code', 'edit');
    },
    remove: deleteCell,
    editText: enterEdit,
  };
  const view = new NotebookView(notebookElement, actions);

  notebookElement.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains('cell') || event.isComposing) return;
    const id = target.dataset.cellId;
    if (id && commandKey(event, id)) event.preventDefault();
  });

  // ---- autosave ------------------------------------------------------------------------------

  const saveState = document.getElementById('save-state')!;
  let saved: Pick<Notebook, 'cells' | 'name' | 'id'> = store.state;
  let saveTimer = 0;
  let saving: Promise<void> = Promise.resolve();

  function showSaveState(state: 'saved' | 'saving' | 'failed'): void {
    saveState.dataset.state = state;
    saveState.textContent = state === 'saving' ? '…' : state === 'saved' ? '✓' : '!';
    saveState.title = state === 'failed' ? t('noStorage') : '';
  }

  /** Write the notebook now if it changed since the last save. */
  function saveNow(): Promise<void> {
    clearTimeout(saveTimer);
    saveTimer = 0;
    const state = store.state;
    if (!db) return saving;
    if (state.cells === saved.cells && state.name === saved.name && state.id === saved.id) {
      void saving.then(() => {
        if (!saveTimer && saveState.dataset.state === 'saving') showSaveState('saved');
      });
      return saving;
    }
    saved = state;
    const record = toSaved(state, created);
    const database = db;
    saving = saving
      .then(() => database.put(record))
      .then(
        () => {
          if (!saveTimer) showSaveState('saved');
        },
        () => showSaveState('failed'),
      );
    return saving;
  }

  function scheduleSave(): void {
    if (!db || saveTimer) return;
    showSaveState('saving');
    saveTimer = window.setTimeout(() => void saveNow(), SAVE_DELAY_MS);
  }

  // Closing or hiding the tab saves at once.
  addEventListener('pagehide', () => void saveNow());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void saveNow();
  });

  // ---- notebooks -----------------------------------------------------------------------------

  const nameBox = document.getElementById('nb-name') as HTMLInputElement;

  /** Show `notebook` in the page with a fresh kernel. */
  async function openNotebook(notebook: SavedNotebook, fresh: boolean): Promise<void> {
    await saveNow();
    if (!fresh) restartKernel();
    created = notebook.created;
    store.dispatch({ type: 'load', notebook });
    saved = store.state; // just read: nothing to write
    rememberNotebook(notebook.id);
    nameBox.value = notebook.name;
    document.title = `${notebook.name} · Saessak 새싹`;
    focusActive();
  }

  async function newSaved(): Promise<SavedNotebook> {
    const nb = newSavedNotebook(t('untitled'));
    await db?.put(nb);
    return nb;
  }

  async function latestOrNew(except?: string): Promise<SavedNotebook> {
    for (const info of (await db?.list()) ?? []) {
      if (info.id === except) continue;
      const nb = await db?.get(info.id);
      if (nb) return nb;
    }
    return newSaved();
  }

  const list = new NotebookList({
    list: async () => {
      await saveNow();
      return (await db?.list()) ?? [];
    },
    currentId: () => store.state.id,
    closed: focusActive,
    open: async (id) => {
      if (id === store.state.id) return;
      const nb = await db?.get(id);
      if (nb) await openNotebook(nb, false);
    },
    create: async () => {
      await openNotebook(await newSaved(), false);
      store.dispatch({ type: 'setMode', mode: 'edit' });
      focusActive();
    },
    rename: async (id, name) => {
      if (id === store.state.id) {
        renameCurrent(name);
        await saveNow();
        return;
      }
      const nb = await db?.get(id);
      if (nb) await db?.put({ ...nb, name, updated: Date.now() });
    },
    duplicate: async (id) => {
      await saveNow();
      const nb = await db?.get(id);
      if (!nb) return;
      const now = Date.now();
      await db?.put({ ...nb, id: newNotebookId(), name: t('copyOf', { name: nb.name }), created: now, updated: now });
    },
    remove: async (id) => {
      await saveNow();
      await db?.delete(id);
      if (id === store.state.id) {
        await openNotebook(await latestOrNew(id), false);
      }
    },
  });

  function renameCurrent(name: string): void {
    const clean = name.trim() || t('untitled');
    store.dispatch({ type: 'rename', name: clean });
    nameBox.value = clean;
    document.title = `${clean} · Saessak 새싹`;
  }
  nameBox.addEventListener('change', () => renameCurrent(nameBox.value));
  nameBox.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      renameCurrent(nameBox.value);
      focusActive();
    }
  });
  document.getElementById('notebooks')!.addEventListener('click', () => void list.show());

  // ---- .ipynb in and out ---------------------------------------------------------------------

  function download(): void {
    const text = toIpynb(toSaved(store.state, created));
    const url = URL.createObjectURL(new Blob([text], { type: 'application/x-ipynb+json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${store.state.name.replace(/[\\/:*?"<>|]+/g, '_') || 'notebook'}.ipynb`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async function importFile(file: File): Promise<void> {
    let notebook: SavedNotebook;
    try {
      notebook = fromIpynb(await file.text(), file.name);
    } catch (err) {
      const why = err instanceof IpynbError ? t(err.key, err.vars) : t('notJson');
      showNotice(t('badFile', { file: file.name, why }), 'error');
      return;
    }
    await db?.put(notebook);
    await openNotebook(notebook, false);
    showNotice(t('opened', { name: notebook.name }), 'info');
  }

  const fileInput = document.getElementById('open-file') as HTMLInputElement;
  document.getElementById('save-ipynb')!.addEventListener('click', download);
  document.getElementById('open-ipynb')!.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void importFile(file);
  });
  // Drag and drop a .ipynb anywhere on the page.
  addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void importFile(file);
  });

  // ---- toolbar and status --------------------------------------------------------------------

  const statusElement = document.getElementById('kernel-status')!;
  function renderStatus(state: KernelState, message: string): void {
    statusElement.textContent = t(state);
    statusElement.dataset.state = state;
    statusElement.title = message;
    const banner = document.getElementById('kernel-message')!;
    banner.textContent = message;
    banner.hidden = !message;
  }

  const on = (id: string, handler: () => void) => document.getElementById(id)!.addEventListener('click', handler);
  on('run', () => runCell(store.state.activeId, 'advance'));
  on('run-all', () => runAll());
  on('run-above', () => runAll(true));
  on('stop', () => kernel.interrupt());
  on('restart', restartKernel);
  on('restart-run-all', () => {
    restartKernel();
    runAll();
  });
  on('add-cell', () => addCell('below', 'code', 'edit'));
  on('add-text', () => addCell('below', 'markdown', 'edit'));

  const langButton = document.getElementById('lang')!;
  function showLang(): void {
    translate(document);
    langButton.setAttribute('lang', currentLang() === 'en' ? 'ko' : 'en');
    renderStatus(store.state.kernel, store.state.kernelMessage);
    view.render(store.state, true);
  }
  langButton.addEventListener('click', () => setLang(currentLang() === 'en' ? 'ko' : 'en'));
  onLangChange(showLang);

  store.subscribe((state, action) => {
    if (action.type === 'setKernel') {
      renderStatus(state.kernel, state.kernelMessage);
      return;
    }
    if (action.type === 'load') view.clear();
    view.render(state);
    if (state.cells !== saved.cells || state.name !== saved.name) scheduleSave();
  });

  // ---- start: the notebook open last time, else the latest one, else a new one ----------------

  let first: SavedNotebook | undefined;
  if (db) {
    try {
      const lastId = lastNotebookId();
      first = (lastId ? await db.get(lastId) : undefined) ?? (await latestOrNew());
    } catch {
      first = undefined;
    }
  }
  if (!first) {
    first = newSavedNotebook(t('untitled'));
    if (!db) showSaveState('failed');
    if (!db) showNotice(t('noStorage'), 'error');
  }
  showLang();
  await openNotebook(first, true);
  if (first.cells.length === 1 && first.cells[0].source === '') {
    store.dispatch({ type: 'setMode', mode: 'edit' });
  }
  renderStatus(store.state.kernel, '');
  kernel.listen({ onState: (state, message) => store.dispatch({ type: 'setKernel', state, message }) });
  focusActive();
  document.body.dataset.ready = 'true';
}
