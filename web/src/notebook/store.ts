// The notebook's state lives here and changes only through named actions, so the views,
// autosave and tests all see every change. State objects are never mutated: an action builds
// new objects for what it changes, so a view can tell by identity which cells need redrawing.

export type StreamName = 'stdout' | 'stderr';

export type Output =
  | { kind: 'stream'; name: StreamName; text: string }
  | { kind: 'result'; count: number; text: string; data?: RichData }
  | { kind: 'error'; ename: string; evalue: string; traceback: string }
  /** display(obj), a turtle drawing (`turtle`: the live view's key while the page shows it). */
  | { kind: 'display'; data: RichData; turtle?: string };

/** Forms of an output beside its text, by mime type (text/html, image/svg+xml, image/png, …). */
export type RichData = Readonly<Record<string, string>>;

/** idle: not running; queued: sent to the kernel, waiting its turn; running: executing now. */
export type Phase = 'idle' | 'queued' | 'running';

/** code: Python; markdown: text shown rendered (Jupyter's names). */
export type CellType = 'code' | 'markdown';

export interface Cell {
  readonly id: string;
  readonly type: CellType;
  readonly source: string;
  readonly outputs: readonly Output[];
  /** The execution count of the last finished run, or null if never run (or aborted). */
  readonly count: number | null;
  readonly phase: Phase;
  /** Set while the cell's program waits in input(): the prompt to show. */
  readonly input: { readonly prompt: string } | null;
  /** Markdown cells: true while their source is being edited, false while shown rendered. */
  readonly editing: boolean;
}

export type KernelState = 'starting' | 'idle' | 'busy' | 'dead';

/** command: keys act on cells (A, B, D D, …); edit: keys go to the active cell's editor. */
export type Mode = 'command' | 'edit';

export interface Notebook {
  /** The notebook's key in storage. */
  readonly id: string;
  readonly name: string;
  readonly cells: readonly Cell[];
  /** The cell the toolbar's Run acts on: the one last focused. */
  readonly activeId: string;
  readonly mode: Mode;
  /** Deleted cells, the last one last, for Z (undo delete). */
  readonly trash: readonly { readonly cell: Cell; readonly index: number }[];
  readonly kernel: KernelState;
  readonly kernelMessage: string;
}

/** What is kept in storage and in .ipynb files: the cells without their run state. */
export interface SavedCell {
  id: string;
  type: CellType;
  source: string;
  outputs: Output[];
  count: number | null;
}

export interface SavedNotebook {
  id: string;
  name: string;
  cells: SavedCell[];
  /** ms since the epoch. */
  created: number;
  updated: number;
}

export type Action =
  | { type: 'addCell'; id: string; afterId?: string | null; beforeId?: string; cellType?: CellType; source?: string; mode?: Mode }
  | { type: 'deleteCell'; id: string }
  | { type: 'undoDelete' }
  | { type: 'moveCell'; id: string; by: -1 | 1 }
  | { type: 'setType'; id: string; cellType: CellType }
  | { type: 'setSource'; id: string; source: string }
  | { type: 'setActive'; id: string; mode?: Mode }
  | { type: 'setMode'; mode: Mode }
  | { type: 'setEditing'; id: string; editing: boolean }
  | { type: 'queueRun'; id: string }
  | { type: 'startRun'; id: string }
  | { type: 'appendStream'; id: string; name: StreamName; text: string }
  | { type: 'addResult'; id: string; count: number; text: string; data?: RichData }
  | { type: 'addDisplay'; id: string; data: RichData; turtle?: string }
  | { type: 'updateTurtle'; id: string; turtle: string; data: RichData }
  | { type: 'addError'; id: string; ename: string; evalue: string; traceback: string }
  | { type: 'askInput'; id: string; prompt: string }
  | { type: 'answerInput'; id: string; echo: string }
  | { type: 'finishRun'; id: string; count: number | null }
  | { type: 'setKernel'; state: KernelState; message?: string }
  | { type: 'load'; notebook: SavedNotebook }
  | { type: 'rename'; name: string };

/** Keep at most this many characters of stream text per cell (a runaway print loop). */
export const MAX_STREAM_CHARS = 200_000;
/** Keep this many deleted cells for undo. */
const TRASH_SIZE = 20;

let nextId = 1;
/** A new cell id, unique in this page (and valid as an nbformat 4.5 cell id). */
export function newCellId(): string {
  return `c${Date.now().toString(36)}${(nextId++).toString(36)}`;
}

/** A new notebook id. */
export function newNotebookId(): string {
  return `nb-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function emptyCell(id: string, source = '', type: CellType = 'code'): Cell {
  return { id, type, source, outputs: [], count: null, phase: 'idle', input: null, editing: type === 'markdown' };
}

function appendStream(outputs: readonly Output[], name: StreamName, text: string): Output[] {
  const out = outputs.slice();
  const last = out[out.length - 1];
  if (last && last.kind === 'stream' && last.name === name) {
    out[out.length - 1] = { ...last, text: last.text + text };
  } else {
    out.push({ kind: 'stream', name, text });
  }
  // Trim the oldest stream text once a cell holds too much.
  let total = 0;
  for (const o of out) if (o.kind === 'stream') total += o.text.length;
  for (let i = 0; total > MAX_STREAM_CHARS && i < out.length; i++) {
    const o = out[i];
    if (o.kind !== 'stream') continue;
    const cut = Math.min(o.text.length, total - MAX_STREAM_CHARS);
    total -= cut;
    out[i] = { ...o, text: '…' + o.text.slice(cut + 1) };
  }
  return out;
}

/** A notebook's cells as they are saved. */
export function toSaved(state: Notebook, created: number): SavedNotebook {
  return {
    id: state.id,
    name: state.name,
    created,
    updated: Date.now(),
    cells: state.cells.map((c) => ({ id: c.id, type: c.type, source: c.source, outputs: c.outputs.slice(), count: c.count })),
  };
}

function fromSaved(saved: SavedNotebook): Cell[] {
  const cells = saved.cells.map(
    (c): Cell => ({
      id: c.id,
      type: c.type,
      source: c.source,
      outputs: c.outputs,
      count: c.count,
      phase: 'idle',
      input: null,
      editing: c.type === 'markdown' && c.source.trim() === '',
    }),
  );
  return cells.length > 0 ? cells : [emptyCell(newCellId())];
}

export function reduce(state: Notebook, action: Action): Notebook {
  const updateCell = (id: string, change: (cell: Cell) => Cell): Notebook => {
    const i = state.cells.findIndex((c) => c.id === id);
    if (i < 0) return state;
    const changed = change(state.cells[i]);
    if (changed === state.cells[i]) return state;
    const cells = state.cells.slice();
    cells[i] = changed;
    return { ...state, cells };
  };
  switch (action.type) {
    case 'addCell': {
      const cells = state.cells.slice();
      let at = cells.length;
      if (action.beforeId !== undefined) {
        const i = cells.findIndex((c) => c.id === action.beforeId);
        if (i >= 0) at = i;
      } else if (action.afterId != null) {
        const i = cells.findIndex((c) => c.id === action.afterId);
        if (i >= 0) at = i + 1;
      }
      cells.splice(at, 0, emptyCell(action.id, action.source, action.cellType));
      return { ...state, cells, activeId: action.id, mode: action.mode ?? state.mode };
    }
    case 'deleteCell': {
      const index = state.cells.findIndex((c) => c.id === action.id);
      if (index < 0) return state;
      const cell = state.cells[index];
      const cells = state.cells.filter((c) => c.id !== action.id);
      // A notebook always has a cell to type in.
      if (cells.length === 0) cells.push(emptyCell(newCellId()));
      const activeId = state.activeId === action.id ? cells[Math.min(index, cells.length - 1)].id : state.activeId;
      const trash = [...state.trash, { cell: { ...cell, phase: 'idle' as Phase, input: null }, index }].slice(-TRASH_SIZE);
      return { ...state, cells, activeId, trash };
    }
    case 'undoDelete': {
      const last = state.trash[state.trash.length - 1];
      if (!last) return state;
      const cells = state.cells.slice();
      cells.splice(Math.min(last.index, cells.length), 0, last.cell);
      return { ...state, cells, activeId: last.cell.id, trash: state.trash.slice(0, -1) };
    }
    case 'moveCell': {
      const i = state.cells.findIndex((c) => c.id === action.id);
      const j = i + action.by;
      if (i < 0 || j < 0 || j >= state.cells.length) return state;
      const cells = state.cells.slice();
      [cells[i], cells[j]] = [cells[j], cells[i]];
      return { ...state, cells };
    }
    case 'setType':
      return updateCell(action.id, (c) =>
        c.type === action.cellType || c.phase !== 'idle'
          ? c
          : {
              ...c,
              type: action.cellType,
              outputs: [],
              count: null,
              // A cell turned into text shows rendered unless there is nothing to show.
              editing: action.cellType === 'markdown' ? c.source.trim() === '' || state.mode === 'edit' : false,
            },
      );
    case 'setSource':
      return updateCell(action.id, (c) => (c.source === action.source ? c : { ...c, source: action.source }));
    case 'setActive':
      if (!state.cells.some((c) => c.id === action.id)) return state;
      if (state.activeId === action.id && (action.mode === undefined || action.mode === state.mode)) return state;
      return { ...state, activeId: action.id, mode: action.mode ?? state.mode };
    case 'setMode':
      return action.mode === state.mode ? state : { ...state, mode: action.mode };
    case 'setEditing':
      return updateCell(action.id, (c) =>
        c.type !== 'markdown' || c.editing === action.editing ? c : { ...c, editing: action.editing },
      );
    case 'queueRun':
      return updateCell(action.id, (c) => ({ ...c, outputs: [], phase: 'queued', input: null }));
    case 'startRun':
      return updateCell(action.id, (c) => ({ ...c, phase: 'running' }));
    case 'appendStream':
      return updateCell(action.id, (c) => ({ ...c, outputs: appendStream(c.outputs, action.name, action.text) }));
    case 'addResult':
      return updateCell(action.id, (c) => ({
        ...c,
        outputs: [...c.outputs, action.data ? { kind: 'result', count: action.count, text: action.text, data: action.data } : { kind: 'result', count: action.count, text: action.text }],
      }));
    case 'addDisplay':
      return updateCell(action.id, (c) => ({
        ...c,
        outputs: [...c.outputs, action.turtle ? { kind: 'display', data: action.data, turtle: action.turtle } : { kind: 'display', data: action.data }],
      }));
    case 'updateTurtle':
      return updateCell(action.id, (c) => {
        const i = c.outputs.findIndex((o) => o.kind === 'display' && o.turtle === action.turtle);
        if (i < 0) return c;
        const outputs = c.outputs.slice();
        outputs[i] = { kind: 'display', data: action.data, turtle: action.turtle };
        return { ...c, outputs };
      });
    case 'addError':
      return updateCell(action.id, (c) => ({
        ...c,
        outputs: [...c.outputs, { kind: 'error', ename: action.ename, evalue: action.evalue, traceback: action.traceback }],
      }));
    case 'askInput':
      return updateCell(action.id, (c) => ({ ...c, input: { prompt: action.prompt } }));
    case 'answerInput':
      return updateCell(action.id, (c) => ({
        ...c,
        input: null,
        outputs: appendStream(c.outputs, 'stdout', action.echo),
      }));
    case 'finishRun':
      return updateCell(action.id, (c) => ({ ...c, phase: 'idle', input: null, count: action.count }));
    case 'setKernel':
      return { ...state, kernel: action.state, kernelMessage: action.message ?? '' };
    case 'load': {
      const cells = fromSaved(action.notebook);
      return { ...state, id: action.notebook.id, name: action.notebook.name, cells, activeId: cells[0].id, mode: 'command', trash: [] };
    }
    case 'rename':
      return action.name === state.name ? state : { ...state, name: action.name };
  }
}

export type Listener = (state: Notebook, action: Action) => void;

/** Holds the current Notebook; `dispatch` is the only way to change it. */
export class Store {
  private current: Notebook;
  private readonly listeners = new Set<Listener>();

  constructor(initial: Notebook) {
    this.current = initial;
  }

  get state(): Notebook {
    return this.current;
  }

  cell(id: string): Cell | undefined {
    return this.current.cells.find((c) => c.id === id);
  }

  dispatch(action: Action): void {
    const next = reduce(this.current, action);
    if (next === this.current) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, action);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** A notebook with one empty cell, as a new page starts. */
export function newNotebook(name = 'Untitled'): Notebook {
  const first = emptyCell(newCellId());
  return { id: newNotebookId(), name, cells: [first], activeId: first.id, mode: 'edit', trash: [], kernel: 'starting', kernelMessage: '' };
}

/** A saved notebook with one empty code cell. */
export function newSavedNotebook(name: string): SavedNotebook {
  const now = Date.now();
  return { id: newNotebookId(), name, created: now, updated: now, cells: [{ id: newCellId(), type: 'code', source: '', outputs: [], count: null }] };
}
