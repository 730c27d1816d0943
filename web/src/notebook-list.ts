// "My notebooks": a dialog listing the notebooks kept in this browser, with New, Open, Rename,
// Duplicate and Delete (which asks first). It only shows and asks; the app does the work.

import type { NotebookInfo } from './storage/db';
import { t, currentLang } from './i18n';

export interface ListActions {
  list(): Promise<NotebookInfo[]>;
  currentId(): string;
  open(id: string): Promise<void>;
  create(): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  duplicate(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** The dialog closed: the notebook takes the focus back. */
  closed(): void;
}

function button(text: string, label: string, onClick: () => void, className = ''): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (label !== text) b.setAttribute('aria-label', label);
  if (className) b.className = className;
  b.addEventListener('click', onClick);
  return b;
}

function when(ms: number): string {
  return new Date(ms).toLocaleString(currentLang() === 'ko' ? 'ko-KR' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
}

export class NotebookList {
  private readonly dialog = document.getElementById('notebook-list') as HTMLDialogElement;
  private readonly items = document.getElementById('notebook-items')!;

  constructor(private readonly actions: ListActions) {
    document.getElementById('new-notebook')!.addEventListener('click', () => void this.act(() => actions.create(), true));
    document.getElementById('close-list')!.addEventListener('click', () => this.dialog.close());
    this.dialog.addEventListener('close', () => actions.closed());
  }

  async show(): Promise<void> {
    await this.refresh();
    if (!this.dialog.open) this.dialog.showModal();
  }

  private async act(work: () => Promise<void>, close: boolean): Promise<void> {
    await work();
    if (close) this.dialog.close();
    else await this.refresh();
  }

  async refresh(): Promise<void> {
    const list = await this.actions.list();
    const current = this.actions.currentId();
    this.items.replaceChildren(...list.map((info) => this.row(info, info.id === current)));
  }

  private row(info: NotebookInfo, isCurrent: boolean): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'notebook-item';
    li.dataset.notebookId = info.id;
    const name = info.name || t('untitled');
    const main = document.createElement('div');
    main.className = 'item-main';
    const openButton = button(name, t('openNamed', { name }), () => void this.act(() => this.actions.open(info.id), true), 'item-name');
    const meta = document.createElement('span');
    meta.className = 'item-meta';
    meta.textContent = `${t('edited', { when: when(info.updated) })}${isCurrent ? ' ' + t('current') : ''}`;
    main.append(openButton, meta);
    const tools = document.createElement('div');
    tools.className = 'item-tools';
    tools.append(
      button(t('rename'), t('renameNamed', { name }), () => this.startRename(li, info.id, name)),
      button(t('duplicate'), t('duplicateNamed', { name }), () => void this.act(() => this.actions.duplicate(info.id), false)),
      button(t('delete'), t('deleteNamed', { name }), () => this.confirmDelete(li, info.id, name), 'danger'),
    );
    li.append(main, tools);
    return li;
  }

  private startRename(li: HTMLLIElement, id: string, name: string): void {
    const form = document.createElement('form');
    form.className = 'item-rename';
    const box = document.createElement('input');
    box.type = 'text';
    box.value = name;
    box.setAttribute('aria-label', t('newName', { name }));
    const ok = document.createElement('button');
    ok.type = 'submit';
    ok.textContent = t('rename');
    const cancel = button(t('cancel'), t('cancel'), () => void this.refresh());
    form.append(box, ok, cancel);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const next = box.value.trim();
      void this.act(() => (next ? this.actions.rename(id, next) : Promise.resolve()), false);
    });
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault(); // not the dialog's close
        void this.refresh();
      }
    });
    li.replaceChildren(form);
    box.focus();
    box.select();
  }

  private confirmDelete(li: HTMLLIElement, id: string, name: string): void {
    const box = document.createElement('div');
    box.className = 'item-confirm';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-label', t('confirmDelete', { name }));
    const question = document.createElement('span');
    question.textContent = t('confirmDelete', { name });
    const no = button(t('cancel'), t('cancel'), () => void this.refresh());
    box.append(question, button(t('confirmYes'), t('confirmYes'), () => void this.act(() => this.actions.remove(id), false), 'danger'), no);
    li.replaceChildren(box);
    no.focus();
  }
}
