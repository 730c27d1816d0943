// Notebooks in IndexedDB: one object store, one record per notebook (a SavedNotebook, keyed by id).
// A tiny promise wrapper of our own instead of the `idb` package: four operations are all we need.
// Which notebook was open last is kept in localStorage, so a reload opens it again.

import type { SavedNotebook } from '../notebook/store';

const DB_NAME = 'saessak';
const STORE = 'notebooks';
const LAST_KEY = 'saessak.lastNotebook';

export interface NotebookInfo {
  id: string;
  name: string;
  updated: number;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export class NotebookDb {
  private constructor(private readonly db: IDBDatabase) {}

  static open(): Promise<NotebookDb> {
    return new Promise((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
      };
      req.onsuccess = () => resolve(new NotebookDb(req.result));
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
  }

  private async run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const tx = this.db.transaction(STORE, mode);
    const result = request(work(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
    return result;
  }

  get(id: string): Promise<SavedNotebook | undefined> {
    return this.run('readonly', (s) => s.get(id) as IDBRequest<SavedNotebook | undefined>);
  }

  async put(notebook: SavedNotebook): Promise<void> {
    await this.run('readwrite', (s) => s.put(notebook));
  }

  async delete(id: string): Promise<void> {
    await this.run('readwrite', (s) => s.delete(id));
  }

  /** Every notebook's name and time of change, the latest first. */
  async list(): Promise<NotebookInfo[]> {
    const all = await this.run('readonly', (s) => s.getAll() as IDBRequest<SavedNotebook[]>);
    return all.map(({ id, name, updated }) => ({ id, name, updated })).sort((a, b) => b.updated - a.updated);
  }
}

export function lastNotebookId(): string | null {
  try {
    return localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}

export function rememberNotebook(id: string): void {
  try {
    localStorage.setItem(LAST_KEY, id);
  } catch {
    // storage blocked: the next visit starts with the latest notebook
  }
}
