// The notebook's state lives here and changes only through named actions, so the views,
// autosave and tests all see every change. State objects are never mutated: an action builds
// new objects for what it changes, so a view can tell by identity which cells need redrawing.

export type StreamName = 'stdout' | 'stderr';

export type Output =
  | { kind: 'stream'; name: StreamName; text: string }
  | { kind: 'result'; count: number; text: string }
  | { kind: 'error'; ename: string; evalue: string; traceback: string };

/** idle: not running; queued: sent to the kernel, waiting its turn; running: executing now. */
export type Phase = 'idle' | 'queued' | 'running';

export interface Cell {
  readonly id: string;
  readonly source: string;
  readonly outputs: readonly Output[];
  /** The execution count of the last finished run, or null if never run (or aborted). */
  readonly count: number | null;
  readonly phase: Phase;
  /** Set while the cell's program waits in input(): the prompt to show. */
  readonly input: { readonly prompt: string } | null;
}

export type KernelState = 'starting' | 'idle' | 'busy' | 'dead';

export interface Notebook {
  readonly cells: readonly Cell[];
  /** The cell the toolbar's Run acts on: the one last focused. */
  readonly activeId: string;
  readonly kernel: KernelState;
  readonly kernelMessage: string;
}

export type Action =
  | { type: 'addCell'; afterId: string | null; id: string; source?: string }
  | { type: 'setSource'; id: string; source: string }
  | { type: 'setActive'; id: string }
  | { type: 'queueRun'; id: string }
  | { type: 'startRun'; id: string }
  | { type: 'appendStream'; id: string; name: StreamName; text: string }
  | { type: 'addResult'; id: string; count: number; text: string }
  | { type: 'addError'; id: string; ename: string; evalue: string; traceback: string }
  | { type: 'askInput'; id: string; prompt: string }
  | { type: 'answerInput'; id: string; echo: string }
  | { type: 'finishRun'; id: string; count: number | null }
  | { type: 'setKernel'; state: KernelState; message?: string };

/** Keep at most this many characters of stream text per cell (a runaway print loop). */
export const MAX_STREAM_CHARS = 200_000;

let nextId = 1;
/** A new cell id, unique in this page. */
export function newCellId(): string {
  return `c${Date.now().toString(36)}${(nextId++).toString(36)}`;
}

export function emptyCell(id: string, source = ''): Cell {
  return { id, source, outputs: [], count: null, phase: 'idle', input: null };
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

export function reduce(state: Notebook, action: Action): Notebook {
  const updateCell = (id: string, change: (cell: Cell) => Cell): Notebook => {
    const i = state.cells.findIndex((c) => c.id === id);
    if (i < 0) return state;
    const cells = state.cells.slice();
    cells[i] = change(cells[i]);
    return { ...state, cells };
  };
  switch (action.type) {
    case 'addCell': {
      const cells = state.cells.slice();
      const after = action.afterId === null ? -1 : cells.findIndex((c) => c.id === action.afterId);
      cells.splice(after < 0 ? cells.length : after + 1, 0, emptyCell(action.id, action.source));
      return { ...state, cells, activeId: action.id };
    }
    case 'setSource':
      return updateCell(action.id, (c) => ({ ...c, source: action.source }));
    case 'setActive':
      return state.cells.some((c) => c.id === action.id) ? { ...state, activeId: action.id } : state;
    case 'queueRun':
      return updateCell(action.id, (c) => ({ ...c, outputs: [], phase: 'queued', input: null }));
    case 'startRun':
      return updateCell(action.id, (c) => ({ ...c, phase: 'running' }));
    case 'appendStream':
      return updateCell(action.id, (c) => ({ ...c, outputs: appendStream(c.outputs, action.name, action.text) }));
    case 'addResult':
      return updateCell(action.id, (c) => ({
        ...c,
        outputs: [...c.outputs, { kind: 'result', count: action.count, text: action.text }],
      }));
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
export function newNotebook(): Notebook {
  const first = emptyCell(newCellId());
  return { cells: [first], activeId: first.id, kernel: 'starting', kernelMessage: '' };
}
