// The turtle's drawing in the page. The kernel's turtle module (src/modules/python/turtle.py)
// sends small drawing commands; a TurtleScene keeps the whole drawing (one per kernel, like
// CPython's one turtle window) and draws it as SVG into the view of the cell that is drawing.
// Every element is made with createElementNS and filled through setAttribute/textContent: no
// markup from the program is ever parsed, so a drawing cannot carry a script.
//
// The commands (turtle coordinates: y grows upwards; the SVG flips it):
//   reset {w, h, bg}                  a fresh screen of w×h with background bg
//   size {w, h} · bg {c}              screen settings
//   line {i, o, x1, y1, x2, y2, c, w} item i (owned by turtle o): a segment; sent again as it grows
//   poly {i, o, p: [[x, y]…], c}      a filled shape (made empty by begin_fill, filled by end_fill)
//   dot {i, o, x, y, r, c} · text {i, o, x, y, t, c, a, ff, fs, st} · stamp {i, o, x, y, h, c, f, s}
//   turtle {t, x, y, h, v, c, f, s, w} turtle t's cursor: where, heading (degrees), shown?, colours, shape
//   clear {o}                          removes turtle o's items

import type { TurtleOp } from '../kernel/messages';

const SVG = 'http://www.w3.org/2000/svg';

/** Cursor shapes pointing east (heading 0), in turtle units. */
const SHAPES: Record<string, number[][]> = {
  classic: [[0, 0], [-9, 5], [-7, 0], [-9, -5]],
  arrow: [[10, 0], [-5, 10], [-5, -10]],
  triangle: [[10, 0], [-5, 8.66], [-5, -8.66]],
  square: [[10, 10], [-10, 10], [-10, -10], [10, -10]],
  turtle: [
    [16, 0], [14, 2], [10, 1], [7, 4], [9, 7], [8, 9], [5, 6], [1, 7], [-3, 5], [-6, 8], [-8, 6],
    [-5, 4], [-7, 0], [-5, -4], [-8, -6], [-6, -8], [-3, -5], [1, -7], [5, -6], [8, -9], [9, -7],
    [7, -4], [10, -1], [14, -2],
  ],
};

function num(v: unknown, fallback = 0): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** A colour as the turtle module sends it (a name or #rgb / #rrggbb); anything else is black. */
function color(v: unknown, fallback = 'black'): string {
  return typeof v === 'string' && /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|[a-zA-Z][a-zA-Z0-9 ]{0,30})$/.test(v) ? v : fallback;
}

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function shapePoints(shape: unknown): string | null {
  const points = SHAPES[typeof shape === 'string' ? shape : 'classic'];
  return points ? points.map(([x, y]) => `${x},${-y}`).join(' ') : null;
}

/** A cursor or a stamp: the shape at (x, y) turned to heading h. */
function cursor(op: TurtleOp): SVGElement {
  const g = el('g', { transform: `translate(${num(op.x)} ${-num(op.y)}) rotate(${-num(op.h)})` });
  const fill = color(op.f);
  const stroke = color(op.c);
  const points = shapePoints(op.s);
  if (op.s === 'circle') g.append(el('circle', { r: 10, fill, stroke }));
  else if (points) g.append(el('polygon', { points, fill, stroke, 'stroke-width': 1 }));
  return g;
}

/** The SVG element for a drawn item. */
function itemElement(op: TurtleOp): SVGElement | null {
  switch (op.op) {
    case 'line':
      return el('line', {
        x1: num(op.x1), y1: -num(op.y1), x2: num(op.x2), y2: -num(op.y2),
        stroke: color(op.c), 'stroke-width': Math.max(0.5, num(op.w, 1)), 'stroke-linecap': 'round',
      });
    case 'poly': {
      const pts = Array.isArray(op.p) ? (op.p as unknown[]) : [];
      const points = pts
        .filter((p): p is number[] => Array.isArray(p) && p.length === 2)
        .map(([x, y]) => `${num(x)},${-num(y)}`)
        .join(' ');
      return el('polygon', { points, fill: color(op.c), stroke: 'none', 'fill-rule': 'evenodd' });
    }
    case 'dot':
      return el('circle', { cx: num(op.x), cy: -num(op.y), r: Math.max(0, num(op.r, 1)), fill: color(op.c) });
    case 'text': {
      const anchor = op.a === 'center' ? 'middle' : op.a === 'right' ? 'end' : 'start';
      const style = typeof op.st === 'string' ? op.st : '';
      const node = el('text', {
        x: num(op.x), y: -num(op.y), fill: color(op.c), 'text-anchor': anchor,
        'font-size': Math.max(1, num(op.fs, 8)) * 1.33,
        'font-family': typeof op.ff === 'string' && /^[\w -]{1,40}$/.test(op.ff) ? op.ff : 'sans-serif',
        'font-weight': style.includes('bold') ? 'bold' : 'normal',
        'font-style': style.includes('italic') ? 'italic' : 'normal',
      });
      node.textContent = typeof op.t === 'string' ? op.t : '';
      return node;
    }
    case 'stamp':
      return cursor(op);
    default:
      return null;
  }
}

/** What one view shows: an <svg> with a background, the items in order, the cursors on top. */
class SceneView {
  readonly element: HTMLDivElement;
  readonly svg: SVGSVGElement;
  private readonly background: SVGElement;
  private readonly itemLayer: SVGElement;
  private readonly cursorLayer: SVGElement;
  readonly items = new Map<number, SVGElement>();
  readonly cursors = new Map<number, SVGElement>();

  constructor(label: string) {
    this.element = document.createElement('div');
    this.element.className = 'output turtle';
    this.svg = el('svg', { xmlns: SVG, role: 'img' }) as SVGSVGElement;
    this.svg.setAttribute('aria-label', label);
    this.background = el('rect', {});
    this.itemLayer = el('g', { class: 'items' });
    this.cursorLayer = el('g', { class: 'turtles' });
    this.svg.append(this.background, this.itemLayer, this.cursorLayer);
    this.element.append(this.svg);
  }

  setScreen(w: number, h: number, bg: string): void {
    this.svg.setAttribute('viewBox', `${-w / 2} ${-h / 2} ${w} ${h}`);
    this.svg.setAttribute('width', String(w));
    this.svg.setAttribute('height', String(h));
    this.svg.style.setProperty('aspect-ratio', `${w} / ${h}`);
    for (const [k, v] of Object.entries({ x: -w / 2, y: -h / 2, width: w, height: h, fill: bg })) {
      this.background.setAttribute(k, String(v));
    }
  }

  clear(): void {
    this.itemLayer.replaceChildren();
    this.cursorLayer.replaceChildren();
    this.items.clear();
    this.cursors.clear();
  }

  setItem(id: number, node: SVGElement): void {
    const old = this.items.get(id);
    if (old) old.replaceWith(node);
    else this.itemLayer.append(node);
    this.items.set(id, node);
  }

  removeItem(id: number): void {
    this.items.get(id)?.remove();
    this.items.delete(id);
  }

  setCursor(id: number, node: SVGElement | null): void {
    const old = this.cursors.get(id);
    if (node && old) old.replaceWith(node);
    else if (node) this.cursorLayer.append(node);
    else old?.remove();
    if (node) this.cursors.set(id, node);
    else this.cursors.delete(id);
  }

  /** The drawing as a standalone SVG document (what is saved and exported). */
  serialize(): string {
    return new XMLSerializer().serializeToString(this.svg);
  }
}

/** The kernel's one drawing; shown live in one cell's view at a time. */
export class TurtleScene {
  private width = 400;
  private height = 400;
  private bg = 'white';
  /** Items in drawing order (a Map keeps insertion order), with their owners. */
  private readonly items = new Map<number, TurtleOp>();
  private readonly turtles = new Map<number, TurtleOp>();
  private view: SceneView | null = null;
  private viewKey = '';
  private nextKey = 1;

  /** Start afresh (a new kernel). The last view keeps what it shows. */
  reset(): void {
    this.items.clear();
    this.turtles.clear();
    this.width = this.height = 400;
    this.bg = 'white';
    this.detach();
  }

  /** The current view stops following the drawing (its cell finished). */
  detach(): void {
    // Its element stays where it is shown; the output area needs the key only while it draws.
    if (this.viewKey) liveViews.delete(this.viewKey);
    this.view = null;
    this.viewKey = '';
  }

  /** The key of the live view, made (showing the drawing so far) if there is none. */
  liveKey(label: string): { key: string; created: boolean } {
    if (this.view) return { key: this.viewKey, created: false };
    const view = new SceneView(label);
    this.view = view;
    this.viewKey = `turtle-${this.nextKey++}`;
    liveViews.set(this.viewKey, view.element);
    view.setScreen(this.width, this.height, this.bg);
    for (const [id, op] of this.items) {
      const node = itemElement(op);
      if (node) view.setItem(id, node);
    }
    for (const [id, op] of this.turtles) view.setCursor(id, op.v ? cursor(op) : null);
    return { key: this.viewKey, created: true };
  }

  /** The live view's drawing as SVG text. */
  snapshot(): string {
    return this.view ? this.view.serialize() : '';
  }

  apply(ops: readonly TurtleOp[]): void {
    const view = this.view;
    for (const op of ops) {
      switch (op.op) {
        case 'reset':
          this.items.clear();
          this.turtles.clear();
          view?.clear();
          this.width = Math.min(4000, Math.max(10, num(op.w, 400)));
          this.height = Math.min(4000, Math.max(10, num(op.h, 400)));
          this.bg = color(op.bg, 'white');
          view?.setScreen(this.width, this.height, this.bg);
          break;
        case 'size':
          this.width = Math.min(4000, Math.max(10, num(op.w, 400)));
          this.height = Math.min(4000, Math.max(10, num(op.h, 400)));
          view?.setScreen(this.width, this.height, this.bg);
          break;
        case 'bg':
          this.bg = color(op.c, 'white');
          view?.setScreen(this.width, this.height, this.bg);
          break;
        case 'turtle': {
          const id = num(op.t);
          this.turtles.set(id, op);
          view?.setCursor(id, op.v ? cursor(op) : null);
          break;
        }
        case 'clear': {
          const owner = num(op.o);
          for (const [id, item] of this.items) {
            if (item.o === owner) {
              this.items.delete(id);
              view?.removeItem(id);
            }
          }
          break;
        }
        default: {
          const id = num(op.i, -1);
          const node = itemElement(op);
          if (id < 0 || !node) break;
          this.items.set(id, op);
          view?.setItem(id, node);
        }
      }
    }
  }
}

/** Live views by output key: the output area shows this element instead of the saved image. */
const liveViews = new Map<string, HTMLElement>();

export function liveTurtleView(key: string | undefined): HTMLElement | undefined {
  return key ? liveViews.get(key) : undefined;
}
