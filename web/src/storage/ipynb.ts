// Notebooks to and from Jupyter's nbformat 4 (.ipynb). Export writes nbformat 4.5 (cells carry ids);
// import accepts any 4.x file Jupyter writes and refuses anything else with a reason to show.

import { newCellId, newNotebookId, type Output, type RichData, type SavedCell, type SavedNotebook } from '../notebook/store';
import type { Key } from '../i18n';

type MultilineString = string | string[];

interface IpynbOutput {
  output_type: string;
  name?: string;
  text?: MultilineString;
  data?: Record<string, unknown>;
  execution_count?: number | null;
  ename?: string;
  evalue?: string;
  traceback?: string[];
}

/** Jupyter's way of storing text: a list of lines, each but the last ending in '\n'. */
function lines(text: string): string[] {
  const out = text.split(/(?<=\n)/);
  return out.length === 1 && out[0] === '' ? [] : out;
}

function joined(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('');
  return null;
}

/** A mime bundle as nbformat stores it: text forms as lists of lines (JSON forms, which the
 * schema wants as objects, are left out). */
function dataToIpynb(data: RichData, text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [mime, value] of Object.entries(data)) {
    if (mime !== 'text/plain' && !/json$/.test(mime)) out[mime] = mime.startsWith('image/') && mime !== 'image/svg+xml' ? value : lines(value);
  }
  out['text/plain'] = lines(text);
  return out;
}

/** The string forms of a bundle read from a file. */
function dataFromIpynb(data: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [mime, value] of Object.entries(data ?? {})) {
    const text = joined(value);
    if (text !== null && mime !== 'text/plain') out[mime] = text;
  }
  return out;
}

function outputToIpynb(o: Output): IpynbOutput {
  switch (o.kind) {
    case 'stream':
      return { output_type: 'stream', name: o.name, text: lines(o.text) };
    case 'result':
      return { output_type: 'execute_result', execution_count: o.count, data: dataToIpynb(o.data ?? {}, o.text), metadata: {} } as IpynbOutput;
    case 'display':
      return { output_type: 'display_data', data: dataToIpynb(o.data, o.data['text/plain'] ?? ''), metadata: {} } as IpynbOutput;
    case 'error':
      return { output_type: 'error', ename: o.ename, evalue: o.evalue, traceback: o.traceback.split('\n') };
  }
}

/** The notebook as an nbformat 4.5 document (a JSON string, indented like Jupyter's). */
export function toIpynb(nb: SavedNotebook): string {
  const cells = nb.cells.map((c) =>
    c.type === 'markdown'
      ? { cell_type: 'markdown', id: c.id, metadata: {}, source: lines(c.source) }
      : {
          cell_type: 'code',
          id: c.id,
          metadata: {},
          source: lines(c.source),
          execution_count: c.count,
          outputs: c.outputs.map(outputToIpynb),
        },
  );
  const doc = {
    cells,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3 (Saessak)', language: 'python' },
      language_info: { name: 'python', version: '3.11', file_extension: '.py', mimetype: 'text/x-python' },
      saessak: { name: nb.name },
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return JSON.stringify(doc, null, 1) + '\n';
}

/** A reason the file cannot be opened, as a message key and its values. */
export class IpynbError extends Error {
  constructor(
    readonly key: Key,
    readonly vars: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

// Tracebacks from IPython carry ANSI colour codes.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;

function outputFromIpynb(o: unknown): Output | null {
  if (!o || typeof o !== 'object') return null;
  const out = o as IpynbOutput;
  switch (out.output_type) {
    case 'stream': {
      const text = joined(out.text);
      if (text === null) return null;
      return { kind: 'stream', name: out.name === 'stderr' ? 'stderr' : 'stdout', text };
    }
    case 'execute_result': {
      const text = joined(out.data?.['text/plain']) ?? '';
      const data = dataFromIpynb(out.data);
      const count = typeof out.execution_count === 'number' ? out.execution_count : 0;
      if (Object.keys(data).length === 0) return joined(out.data?.['text/plain']) === null ? null : { kind: 'result', count, text };
      return { kind: 'result', count, text, data: { 'text/plain': text, ...data } };
    }
    case 'display_data': {
      const text = joined(out.data?.['text/plain']);
      const data = dataFromIpynb(out.data);
      if (text === null && Object.keys(data).length === 0) return null;
      return { kind: 'display', data: { 'text/plain': text ?? '', ...data } };
    }
    case 'error': {
      const ename = String(out.ename ?? 'Error');
      const evalue = String(out.evalue ?? '');
      const tb = Array.isArray(out.traceback) ? out.traceback.map((l) => String(l).replace(ANSI, '')).join('\n') : '';
      return { kind: 'error', ename, evalue, traceback: tb || `${ename}: ${evalue}` };
    }
    default:
      return null;
  }
}

/** Reads an .ipynb file's text into a new notebook (a fresh id); throws IpynbError if it is not one. */
export function fromIpynb(text: string, fileName: string): SavedNotebook {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new IpynbError('notJson');
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new IpynbError('notNotebook');
  const nb = doc as { nbformat?: unknown; cells?: unknown; metadata?: { saessak?: { name?: unknown } } };
  if (typeof nb.nbformat === 'number' && nb.nbformat !== 4) throw new IpynbError('oldFormat', { v: nb.nbformat });
  if (nb.nbformat !== 4 || !Array.isArray(nb.cells)) throw new IpynbError('notNotebook');
  const seen = new Set<string>();
  const cells: SavedCell[] = nb.cells.map((raw: unknown, i: number): SavedCell => {
    if (!raw || typeof raw !== 'object') throw new IpynbError('badCell', { n: i + 1 });
    const c = raw as { cell_type?: unknown; id?: unknown; source?: unknown; outputs?: unknown; execution_count?: unknown };
    const source = joined(c.source ?? '');
    if (source === null || typeof c.cell_type !== 'string') throw new IpynbError('badCell', { n: i + 1 });
    let id = typeof c.id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(c.id) ? c.id : newCellId();
    if (seen.has(id)) id = newCellId();
    seen.add(id);
    if (c.cell_type === 'code') {
      const outputs = Array.isArray(c.outputs) ? c.outputs.map(outputFromIpynb).filter((o): o is Output => o !== null) : [];
      const count = typeof c.execution_count === 'number' ? c.execution_count : null;
      return { id, type: 'code', source, outputs, count };
    }
    // markdown, and raw cells (shown as text)
    return { id, type: 'markdown', source, outputs: [], count: null };
  });
  const stored = nb.metadata?.saessak?.name;
  const name = typeof stored === 'string' && stored.trim() ? stored : fileName.replace(/\.ipynb$/i, '') || 'Untitled';
  const now = Date.now();
  return { id: newNotebookId(), name, cells, created: now, updated: now };
}
