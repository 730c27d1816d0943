// The list of cells on the page, kept in step with the store: a CellView per cell, created,
// moved and removed as the state says; a view is redrawn only when its cell object changed.

import { CellView, type CellActions } from './cell-view';
import type { Notebook } from './store';

export class NotebookView {
  private readonly views = new Map<string, CellView>();

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: CellActions,
  ) {}

  render(state: Notebook): void {
    const alive = new Set<string>();
    let previous: HTMLElement | null = null;
    for (const cell of state.cells) {
      alive.add(cell.id);
      let view = this.views.get(cell.id);
      if (!view) {
        view = new CellView(cell, this.actions);
        this.views.set(cell.id, view);
      }
      view.update(cell, cell.id === state.activeId);
      const wanted: Element | null = previous ? previous.nextElementSibling : this.container.firstElementChild;
      if (wanted !== view.element) this.container.insertBefore(view.element, wanted);
      previous = view.element;
    }
    for (const [id, view] of this.views) {
      if (!alive.has(id)) {
        view.destroy();
        this.views.delete(id);
      }
    }
  }

  view(id: string): CellView | undefined {
    return this.views.get(id);
  }
}
