// The list of cells on the page, kept in step with the store: a CellView per cell, created,
// moved and removed as the state says; a view is redrawn only when its cell object (or its place)
// changed.

import { CellView, type CellActions } from './cell-view';
import type { Notebook } from './store';

export class NotebookView {
  private readonly views = new Map<string, CellView>();

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: CellActions,
  ) {}

  /** `force`: redraw every cell (the language changed). */
  render(state: Notebook, force = false): void {
    const alive = new Set<string>();
    let previous: HTMLElement | null = null;
    state.cells.forEach((cell, index) => {
      alive.add(cell.id);
      let view = this.views.get(cell.id);
      if (!view) {
        view = new CellView(cell, index, this.actions);
        this.views.set(cell.id, view);
      }
      view.update(cell, cell.id === state.activeId, index, force);
      const wanted: Element | null = previous ? previous.nextElementSibling : this.container.firstElementChild;
      if (wanted !== view.element) {
        // Moving a node that holds the focus loses it: keep it where it was.
        const focused = view.element.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
        this.container.insertBefore(view.element, wanted);
        focused?.focus({ preventScroll: true });
      }
      previous = view.element;
    });
    for (const [id, view] of this.views) {
      if (!alive.has(id)) {
        view.destroy();
        this.views.delete(id);
      }
    }
  }

  /** Drop every cell view (another notebook was opened: its cells may share ids, not editors). */
  clear(): void {
    for (const view of this.views.values()) view.destroy();
    this.views.clear();
  }

  view(id: string): CellView | undefined {
    return this.views.get(id);
  }
}
