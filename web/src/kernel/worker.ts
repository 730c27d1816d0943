// The kernel worker: one saessak.wasm instance, driven in short time slices so that Stop and
// input() answers get in between slices. No SharedArrayBuffer: the VM returns to us every few
// milliseconds (ABI.md), and we yield to the event loop before running it again.

import { Kernel, Mode, Status, WasiExit } from '../../../src/hosts/wasm/js/kernel.mjs';
import type { FromKernel, ToKernel, TurtleOp } from './messages';

interface Request {
  msg_id: string;
  code: string;
  cell?: number;
}

/** How long one slice of `run` should take, and how often batched output is sent. */
const SLICE_MS = 8;
const FLUSH_MS = 30;
const MIN_BUDGET = 1_000;
const MAX_BUDGET = 50_000_000;

const scope = self as unknown as {
  postMessage(message: FromKernel): void;
  onmessage: ((event: MessageEvent<ToKernel>) => void) | null;
};
const post = (message: FromKernel): void => scope.postMessage(message);

// In a build the worker sits in assets/ and the wasm at the root; `vite dev` serves public/ at /.
const wasmUrl = new URL(import.meta.env.DEV ? '/saessak.wasm' : '../saessak.wasm', import.meta.url);

let kernel: Kernel | null = null;
let executionCount = 0;
let budget = 20_000;
const queue: Request[] = [];
let current: Request | null = null;
let pumping = false;
/** True while a module loads or a fresh instance is made: requests wait in the queue. */
let loading = true;
/** Bumped by a restart: loops of an older generation stop at their next step. */
let generation = 0;
/** Set when Stop asked for KeyboardInterrupt during the current request. */
let interrupted = false;
/** True while the program waits in input() for an input_reply. */
let awaitingInput = false;

// ---- output batching -------------------------------------------------------------------------

let pending: { name: 'stdout' | 'stderr'; text: string } | null = null;
let lastFlush = 0;

function emit(name: 'stdout' | 'stderr', text: string): void {
  if ((pending && pending.name !== name) || turtleOps.length > 0) flush();
  if (pending) pending.text += text;
  else pending = { name, text };
}

function flush(): void {
  if (pending && current) post({ type: 'stream', parent: current.msg_id, name: pending.name, text: pending.text });
  pending = null;
  if (turtleOps.length > 0 && current) post({ type: 'turtle', parent: current.msg_id, ops: turtleOps });
  turtleOps = [];
  lastFlush = performance.now();
}

// ---- rich output (display(), turtle) ----------------------------------------------------------

/** Turtle commands gathered since the last flush: a drawing at speed 0 sends thousands. */
let turtleOps: TurtleOp[] = [];
/** The rich forms of the running cell's result, joined to its execute_result. */
let resultData: Record<string, string> | null = null;

/** A display message from the program (ABI.md, "Display messages"), as JSON text. */
function onDisplay(text: string): void {
  let message: { type?: unknown; data?: unknown; ops?: unknown };
  try {
    message = JSON.parse(text);
  } catch {
    return;
  }
  if (!current || !message || typeof message !== 'object') return;
  if (message.type === 'turtle' && Array.isArray(message.ops)) {
    // Keep the order of prints and drawing: text written before these commands goes first.
    if (pending) flush();
    for (const op of message.ops) turtleOps.push(op as TurtleOp);
    return;
  }
  const data = bundle(message.data);
  if (!data) return;
  if (message.type === 'result_data') {
    resultData = data;
  } else if (message.type === 'display_data') {
    flush();
    post({ type: 'display_data', parent: current.msg_id, data: { 'text/plain': '', ...data } });
  }
}

/** Only string values survive: the page shows text, markup and base64 images. */
function bundle(data: unknown): Record<string, string> | null {
  if (!data || typeof data !== 'object') return null;
  const out: Record<string, string> = {};
  for (const [mime, value] of Object.entries(data)) if (typeof value === 'string') out[mime] = value;
  return out;
}

// ---- waiting without blocking ----------------------------------------------------------------

// A MessageChannel round trip yields to the event loop without setTimeout's 4 ms clamp.
const channel = new MessageChannel();
const yielders: (() => void)[] = [];
channel.port1.onmessage = () => yielders.shift()?.();
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    yielders.push(resolve);
    channel.port2.postMessage(0);
  });
}

type Wake = { kind: 'input'; value: string } | { kind: 'interrupt' } | { kind: 'restart' } | { kind: 'timer' };
/** Resolves the current wait (for input() or for time.sleep) early. */
let wake: ((why: Wake) => void) | null = null;

function waitFor(setup: (resolve: (why: Wake) => void) => void): Promise<Wake> {
  return new Promise((resolve) => {
    const waker = (why: Wake): void => {
      if (wake !== waker) return; // already woken (a late timer must not end a newer wait)
      wake = null;
      resolve(why);
    };
    wake = waker;
    setup(waker);
  });
}

// ---- running one request ---------------------------------------------------------------------

/** Adapt the budget so a slice that used all of it takes about SLICE_MS. */
function adapt(elapsedMs: number): void {
  const factor = elapsedMs < 0.25 ? 4 : Math.min(4, Math.max(0.25, SLICE_MS / elapsedMs));
  budget = Math.round(Math.min(MAX_BUDGET, Math.max(MIN_BUDGET, budget * factor)));
}

/** Run the started program until Done or Error; null if a restart overtook it. */
async function drive(k: Kernel, gen: number): Promise<number | null> {
  for (;;) {
    const t0 = performance.now();
    const status = k.run(budget);
    const t1 = performance.now();
    if (status === Status.Budget) adapt(t1 - t0);
    if (status === Status.Done || status === Status.Error) return status;
    if (t1 - lastFlush >= FLUSH_MS) flush();

    if (status === Status.Input) {
      flush();
      const prompt = k.output();
      awaitingInput = true;
      const why = await waitFor(() => {
        if (current) post({ type: 'input_request', parent: current.msg_id, prompt, password: false });
      });
      awaitingInput = false;
      if (gen !== generation) return null;
      if (why.kind === 'input') k.replyInput(why.value);
      // On interrupt the VM raises KeyboardInterrupt at once (kernel.interrupt() was called).
    } else if (status === Status.Sleep) {
      const ms = Math.max(0, Number(k.output()) * 1000) || 0;
      flush();
      await waitFor((resolve) => {
        setTimeout(() => resolve({ kind: 'timer' }), ms);
      });
    } else {
      await yieldToEvents();
    }
    if (gen !== generation) return null;
  }
}

function abortQueue(): void {
  for (const req of queue.splice(0)) {
    post({ type: 'execute_reply', parent: req.msg_id, status: 'aborted', execution_count: null });
  }
}

async function execute(k: Kernel, req: Request): Promise<void> {
  const gen = generation;
  current = req;
  interrupted = false;
  resultData = null;
  const count = ++executionCount;
  post({ type: 'status', execution_state: 'busy', parent: req.msg_id });
  let outcome: 'ok' | 'error' = 'ok';
  try {
    let status: number | null = k.start(req.code, Mode.Cell, req.cell ?? count);
    if (status === Status.Ready) status = await drive(k, gen);
    if (status === null || gen !== generation) return; // restarted: already answered
    flush();
    if (status === Status.Done) {
      if (k.hasResult()) {
        const data = { ...(resultData ?? {}), 'text/plain': k.output() };
        post({ type: 'execute_result', parent: req.msg_id, data, execution_count: count });
      }
    } else {
      const info = k.errorInfo();
      post({ type: 'error', parent: req.msg_id, ename: info.ename, evalue: info.evalue, traceback: info.traceback.replace(/\n$/, '').split('\n') });
      outcome = 'error';
    }
  } catch (err) {
    // A trap (or proc_exit) leaves the instance unusable: report it and start a fresh one.
    if (gen !== generation) return;
    flush();
    const exit = err instanceof WasiExit;
    const text = exit ? `The kernel exited with code ${err.code}.` : `The kernel crashed: ${String(err)}`;
    post({
      type: 'error',
      parent: req.msg_id,
      ename: exit ? 'SystemExit' : 'KernelCrash',
      evalue: text,
      traceback: [text, 'It was restarted: variables from earlier cells are gone.'],
    });
    outcome = 'error';
    await restartKernel(false);
  } finally {
    if (gen === generation || current === req) current = null;
  }
  post({ type: 'execute_reply', parent: req.msg_id, status: outcome, execution_count: count });
  // Like Jupyter, an error stops the cells queued behind it (Stop already aborted them).
  if (outcome === 'error') abortQueue();
}

async function pump(): Promise<void> {
  if (!kernel) {
    // While (re)starting, requests wait; with no kernel at all, each gets an error at once.
    if (!loading) failQueue();
    return;
  }
  if (pumping) return;
  pumping = true;
  try {
    while (kernel && queue.length > 0) {
      await execute(kernel, queue.shift()!);
    }
  } finally {
    pumping = false;
  }
  post({ type: 'status', execution_state: kernel ? 'idle' : 'dead' });
}

// ---- life cycle ------------------------------------------------------------------------------

const hooks = { onStdout: (t: string) => emit('stdout', t), onStderr: (t: string) => emit('stderr', t), onDisplay };

/** Makes display() a built-in, as in IPython (src/modules/python/_display.py). */
function prepare(k: Kernel): void {
  if (k.start('import _display\ndel _display\n', Mode.File) !== Status.Ready) return;
  for (let i = 0; i < 100 && k.run(MAX_BUDGET) === Status.Budget; i++);
}

async function boot(): Promise<void> {
  post({ type: 'status', execution_state: 'starting' });
  try {
    kernel = await Kernel.load(fetch(wasmUrl), hooks);
    prepare(kernel);
  } catch (err) {
    post({ type: 'kernel_error', message: `Could not load the Python kernel (${wasmUrl.pathname}): ${String(err)}` });
    loading = false;
    post({ type: 'status', execution_state: 'dead' });
    failQueue();
    return;
  }
  loading = false;
  post({ type: 'kernel_ready' });
  void pump(); // runs what was queued during the load, then reports idle
}

function failQueue(): void {
  for (const req of queue.splice(0)) {
    post({ type: 'error', parent: req.msg_id, ename: 'KernelError', evalue: 'the kernel did not start', traceback: ['The Python kernel did not start.'] });
    post({ type: 'execute_reply', parent: req.msg_id, status: 'error', execution_count: null });
  }
}

/** A fresh instance of the same module. `abort`: answer the running and queued requests. */
async function restartKernel(abort: boolean): Promise<void> {
  generation++;
  wake?.({ kind: 'restart' });
  if (abort) {
    if (current) {
      post({ type: 'execute_reply', parent: current.msg_id, status: 'aborted', execution_count: null });
      current = null;
    }
    abortQueue();
  }
  pending = null;
  turtleOps = [];
  const module = kernel?.module;
  kernel = null;
  if (!module) return boot();
  loading = true;
  post({ type: 'status', execution_state: 'starting' });
  kernel = await Kernel.instantiate(module, hooks);
  prepare(kernel);
  loading = false;
  if (abort) {
    executionCount = 0;
    post({ type: 'kernel_ready' });
  }
  void pump();
}

scope.onmessage = (event) => {
  const msg = event.data;
  switch (msg.type) {
    case 'execute_request':
      queue.push({ msg_id: msg.msg_id, code: msg.code, cell: msg.cell });
      void pump();
      break;
    case 'input_reply':
      if (awaitingInput && wake) wake({ kind: 'input', value: msg.value });
      break;
    case 'interrupt_request':
      abortQueue();
      if (current && kernel && !interrupted) {
        interrupted = true;
        kernel.interrupt();
        wake?.({ kind: 'interrupt' });
      }
      break;
    case 'restart':
      void restartKernel(true);
      break;
  }
};

void boot();
