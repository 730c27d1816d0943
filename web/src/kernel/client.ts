// The page's side of the kernel: starts the worker, sends requests, and routes each reply to
// the handlers of the request it answers.

import type { ExecutionState, FromKernel, MimeBundle, ToKernel, TurtleOp } from './messages';

export interface ExecuteHandlers {
  onBusy(): void;
  onStream(name: 'stdout' | 'stderr', text: string): void;
  onResult(text: string, count: number, data: MimeBundle): void;
  onDisplay?(data: MimeBundle): void;
  onTurtle?(ops: TurtleOp[]): void;
  onError(ename: string, evalue: string, traceback: string): void;
  onInput(prompt: string): void;
  onReply(status: 'ok' | 'error' | 'aborted', count: number | null): void;
}

export interface KernelEvents {
  onState(state: ExecutionState, message?: string): void;
}

let counter = 0;
function newMsgId(): string {
  return `m${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export class KernelClient {
  private readonly worker: Worker;
  private readonly pending = new Map<string, ExecuteHandlers>();
  private events: KernelEvents | null = null;
  private last: { state: ExecutionState; message?: string } = { state: 'starting' };

  constructor() {
    // Vite bundles the worker because of this exact `new Worker(new URL(...))` pattern.
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'saessak-kernel' });
    this.worker.onmessage = (event: MessageEvent<FromKernel>) => this.receive(event.data);
    this.worker.onerror = (event) => this.setState('dead', `The kernel worker failed: ${event.message}`);
  }

  /** Hear the kernel's state from now on, starting with the latest one. */
  listen(events: KernelEvents): void {
    this.events = events;
    events.onState(this.last.state, this.last.message);
  }

  private setState(state: ExecutionState, message?: string): void {
    // A failure message stays until the kernel is back.
    if (this.last.state === 'dead' && state === 'dead' && message === undefined) message = this.last.message;
    this.last = { state, message };
    this.events?.onState(state, message);
  }

  /** Queue `code` for execution; the handlers hear everything about it. Returns its msg_id. */
  execute(code: string, handlers: ExecuteHandlers, cell?: number): string {
    const msg_id = newMsgId();
    this.pending.set(msg_id, handlers);
    this.send({ type: 'execute_request', msg_id, code, cell });
    return msg_id;
  }

  replyInput(value: string): void {
    this.send({ type: 'input_reply', value });
  }

  interrupt(): void {
    this.send({ type: 'interrupt_request' });
  }

  restart(): void {
    this.send({ type: 'restart' });
  }

  private send(message: ToKernel): void {
    this.worker.postMessage(message);
  }

  private receive(msg: FromKernel): void {
    switch (msg.type) {
      case 'kernel_ready':
        return;
      case 'kernel_error':
        this.setState('dead', msg.message);
        return;
      case 'status':
        if (msg.parent) this.pending.get(msg.parent)?.onBusy();
        else this.setState(msg.execution_state);
        if (msg.parent && msg.execution_state === 'busy') this.setState('busy');
        return;
      case 'stream':
        this.pending.get(msg.parent)?.onStream(msg.name, msg.text);
        return;
      case 'execute_result':
        this.pending.get(msg.parent)?.onResult(msg.data['text/plain'], msg.execution_count, msg.data);
        return;
      case 'display_data':
        this.pending.get(msg.parent)?.onDisplay?.(msg.data);
        return;
      case 'turtle':
        this.pending.get(msg.parent)?.onTurtle?.(msg.ops);
        return;
      case 'error':
        this.pending.get(msg.parent)?.onError(msg.ename, msg.evalue, msg.traceback.join('\n'));
        return;
      case 'input_request':
        this.pending.get(msg.parent)?.onInput(msg.prompt);
        return;
      case 'execute_reply': {
        const handlers = this.pending.get(msg.parent);
        this.pending.delete(msg.parent);
        handlers?.onReply(msg.status, msg.execution_count);
        return;
      }
    }
  }
}
