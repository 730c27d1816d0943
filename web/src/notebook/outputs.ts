// Draws a cell's outputs. Text goes through textContent. Rich forms (display(), _repr_html_)
// are shown only after DOMPurify (the markdown chunk) has cleaned them, and SVG and bitmaps only
// as <img> sources, where no script can run. A turtle drawing shows its live view while it is drawn.
// Outputs only grow while a cell runs, so existing nodes are reused and only changed ones touched.

import type { Output, RichData } from './store';
import { liveTurtleView } from './turtle-view';

let markdownModule: Promise<typeof import('./markdown')> | null = null;
function sanitizer(): Promise<typeof import('./markdown')> {
  markdownModule ??= import('./markdown');
  return markdownModule;
}

/** Jupyter's order of preference among the forms of one output. */
const PREFERENCE = ['text/html', 'text/markdown', 'image/svg+xml', 'image/png', 'image/jpeg'] as const;

function image(src: string, alt: string): HTMLElement {
  const img = document.createElement('img');
  img.src = src;
  img.alt = alt;
  return img;
}

/** The richest form of `data` as an element, or null when it has only text. */
function rich(data: RichData): HTMLElement | null {
  const mime = PREFERENCE.find((m) => typeof data[m] === 'string' && data[m] !== '');
  if (!mime) return null;
  const value = data[mime];
  const alt = data['text/plain'] ?? '';
  const box = document.createElement('div');
  box.className = 'rich';
  box.dataset.mime = mime;
  switch (mime) {
    case 'text/html':
    case 'text/markdown':
      void sanitizer().then(({ sanitizeHtml, renderMarkdown }) => {
        box.innerHTML = mime === 'text/html' ? sanitizeHtml(value) : renderMarkdown(value);
      });
      break;
    case 'image/svg+xml':
      box.append(image(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(value)}`, alt));
      break;
    default:
      box.append(image(`data:${mime};base64,${value.replace(/[^A-Za-z0-9+/=]/g, '')}`, alt));
  }
  return box;
}

function build(output: Output): HTMLElement {
  switch (output.kind) {
    case 'stream': {
      const pre = document.createElement('pre');
      pre.className = `output stream ${output.name}`;
      pre.textContent = output.text;
      return pre;
    }
    case 'result': {
      const row = document.createElement('div');
      row.className = 'output result';
      const label = document.createElement('span');
      label.className = 'out-prompt';
      label.textContent = `Out[${output.count}]:`;
      const shown = output.data ? rich(output.data) : null;
      if (shown) {
        row.append(label, shown);
        return row;
      }
      const pre = document.createElement('pre');
      pre.textContent = output.text;
      row.append(label, pre);
      return row;
    }
    case 'display': {
      const live = liveTurtleView(output.turtle);
      if (live) return live;
      const shown = rich(output.data);
      if (shown) {
        shown.classList.add('output', 'display');
        return shown;
      }
      const pre = document.createElement('pre');
      pre.className = 'output display';
      pre.textContent = output.data['text/plain'] ?? '';
      return pre;
    }
    case 'error': {
      const pre = document.createElement('pre');
      pre.className = 'output error';
      pre.setAttribute('role', 'alert');
      pre.textContent = output.traceback || `${output.ename}: ${output.evalue}`;
      return pre;
    }
  }
}

/** Keeps `container`'s children in step with a list of outputs. */
export class OutputArea {
  private shown: readonly Output[] = [];

  constructor(readonly container: HTMLElement) {}

  update(outputs: readonly Output[]): void {
    if (outputs === this.shown) return;
    const nodes = this.container.children;
    for (let i = 0; i < outputs.length; i++) {
      const output = outputs[i];
      if (output === this.shown[i] && nodes[i]) continue;
      const old = this.shown[i];
      const node = nodes[i] as HTMLElement | undefined;
      if (node && old && old.kind === 'stream' && output.kind === 'stream' && old.name === output.name) {
        // A stream that grew: append only the new text when we can.
        if (output.text.startsWith(old.text)) node.append(output.text.slice(old.text.length));
        else node.textContent = output.text;
      } else if (node && old && old.kind === 'display' && output.kind === 'display' && old.turtle && old.turtle === output.turtle && node === liveTurtleView(output.turtle)) {
        // The live turtle drawing stays; only its saved copy (the data) changed.
      } else if (node) {
        node.replaceWith(build(output));
      } else {
        this.container.append(build(output));
      }
    }
    while (nodes.length > outputs.length) nodes[nodes.length - 1].remove();
    this.container.hidden = outputs.length === 0;
    this.shown = outputs;
  }
}
