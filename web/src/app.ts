// The notebook page: wires the store, the views, the toolbar and the kernel worker together.

import type { KernelClient } from './kernel/client';
import { NotebookView } from './notebook/notebook-view';
import { newCellId, newNotebook, Store, type KernelState } from './notebook/store';

export function startApp(kernel: KernelClient): void {
  const store = new Store(newNotebook());

  /** Send a cell to the kernel; with `advance`, move to the next cell (adding one at the end). */
  function runCell(id: string, advance: boolean): void {
    const cell = store.cell(id);
    if (!cell || cell.phase !== 'idle') {
      if (advance) advanceFrom(id);
      return;
    }
    store.dispatch({ type: 'queueRun', id });
    kernel.execute(cell.source, {
      onBusy: () => store.dispatch({ type: 'startRun', id }),
      onStream: (name, text) => store.dispatch({ type: 'appendStream', id, name, text }),
      onResult: (text, count) => store.dispatch({ type: 'addResult', id, count, text }),
      onError: (ename, evalue, traceback) => store.dispatch({ type: 'addError', id, ename, evalue, traceback }),
      onInput: (prompt) => store.dispatch({ type: 'askInput', id, prompt }),
      onReply: (status, count) => {
        const hadInputFocus = document.activeElement?.closest('.input-row') != null;
        store.dispatch({ type: 'finishRun', id, count: status === 'aborted' ? null : count });
        if (hadInputFocus) focusActive();
      },
    });
    if (advance) advanceFrom(id);
  }

  function advanceFrom(id: string): void {
    const cells = store.state.cells;
    const i = cells.findIndex((c) => c.id === id);
    if (i === cells.length - 1) store.dispatch({ type: 'addCell', afterId: id, id: newCellId() });
    else store.dispatch({ type: 'setActive', id: cells[i + 1].id });
    focusActive();
  }

  function focusActive(): void {
    view.view(store.state.activeId)?.focus();
  }

  const notebookElement = document.getElementById('notebook')!;
  const view = new NotebookView(notebookElement, {
    run: runCell,
    edit: (id, source) => store.dispatch({ type: 'setSource', id, source }),
    focus: (id) => store.dispatch({ type: 'setActive', id }),
    answer: (id, prompt, value) => {
      kernel.replyInput(value);
      store.dispatch({ type: 'answerInput', id, echo: `${prompt}${value}\n` });
      focusActive();
    },
  });

  // ---- toolbar and status ----------------------------------------------------------------------

  const statusText: Record<KernelState, string> = {
    starting: 'Starting Python…',
    idle: 'Ready',
    busy: 'Running…',
    dead: 'Python is not available',
  };
  const statusElement = document.getElementById('kernel-status')!;

  function renderStatus(state: KernelState, message: string): void {
    statusElement.textContent = statusText[state];
    statusElement.dataset.state = state;
    statusElement.title = message;
    const banner = document.getElementById('kernel-message')!;
    banner.textContent = message;
    banner.hidden = !message;
  }

  document.getElementById('run')!.addEventListener('click', () => runCell(store.state.activeId, true));
  document.getElementById('stop')!.addEventListener('click', () => kernel.interrupt());
  document.getElementById('add-cell')!.addEventListener('click', () => {
    store.dispatch({ type: 'addCell', afterId: store.state.activeId, id: newCellId() });
    focusActive();
  });

  store.subscribe((state, action) => {
    if (action.type === 'setKernel') renderStatus(state.kernel, state.kernelMessage);
    else view.render(state);
  });

  view.render(store.state);
  renderStatus(store.state.kernel, '');
  kernel.listen({ onState: (state, message) => store.dispatch({ type: 'setKernel', state, message }) });
  focusActive();
}
