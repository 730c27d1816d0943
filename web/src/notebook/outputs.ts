// Draws a cell's outputs. Text only, always through textContent: program output is never HTML.
// Outputs only grow while a cell runs, so existing nodes are reused and only changed ones touched.

import type { Output } from './store';

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
      const pre = document.createElement('pre');
      pre.textContent = output.text;
      row.append(label, pre);
      return row;
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
