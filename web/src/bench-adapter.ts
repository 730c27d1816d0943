// bench-adapter.js: the Saessak kernel for scripts that compare Python engines (issue 6).
//
//   const { load } = await import('./bench-adapter.js');   // from the built folder (web/dist)
//   const py = await load();                                // resolves when the kernel is ready
//   const out = await py.run('print(6*7)');                 // "42\n"
//
// It starts the very kernel the notebook starts (KernelClient → the kernel worker → saessak.wasm),
// so what it measures is what a child gets: the same time slices, the same output batching.
// It is a separate entry of the build (vite.config.mjs): the notebook page never fetches it.
//
// `run(source)` resolves to everything the program wrote to stdout. An uncaught exception
// (including a SyntaxError and a KeyboardInterrupt from `interrupt()`) rejects it with a
// `BenchRunError` whose message is the traceback text and which also carries the stdout and
// stderr written before it. Text written to stderr by a program that ends normally is not part
// of the result; read it from `lastStderr`. A final expression's value is not printed (the source
// runs as a notebook cell; only print() reaches stdout). All runs share one `__main__`, as cells
// do; `restart()` gives a fresh one. `input()` is answered with an empty line.

import { KernelClient } from './kernel/client';
import type { ExecutionState } from './kernel/messages';

export class BenchRunError extends Error {
  constructor(
    message: string,
    readonly ename: string,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'BenchRunError';
  }
}

export interface BenchKernel {
  /** Run `source` to its end; resolves to its stdout. */
  run(source: string): Promise<string>;
  /** Stop the running program with KeyboardInterrupt (the notebook's Stop button). */
  interrupt(): void;
  /** A fresh interpreter (the notebook's Restart); resolves when it is ready again. */
  restart(): Promise<void>;
  /** What the last finished run wrote to stderr. */
  readonly lastStderr: string;
}

/** Follows the kernel's state and wakes whoever waits for it to become idle. */
class StateWatch {
  state: ExecutionState = 'starting';
  message: string | undefined;
  private waiters: { after: number; resolve: () => void; reject: (e: Error) => void }[] = [];
  /** Counts 'starting' states, so a restart can wait for an idle that comes after its own start. */
  starts = 0;

  update(state: ExecutionState, message?: string): void {
    this.state = state;
    this.message = message;
    if (state === 'starting') this.starts++;
    for (const w of this.waiters.splice(0)) {
      if (state === 'dead') w.reject(new Error(message ?? 'the kernel did not start'));
      else if (state === 'idle' && this.starts >= w.after) w.resolve();
      else this.waiters.push(w);
    }
  }

  /** Resolves at the first idle state once `after` starts have been seen. */
  idle(after: number): Promise<void> {
    if (this.state === 'idle' && this.starts >= after) return Promise.resolve();
    if (this.state === 'dead') return Promise.reject(new Error(this.message ?? 'the kernel did not start'));
    return new Promise((resolve, reject) => this.waiters.push({ after, resolve, reject }));
  }
}

/** Start the kernel; resolves when it can run a program. */
export async function load(): Promise<BenchKernel> {
  const client = new KernelClient();
  const watch = new StateWatch();
  client.listen({ onState: (state, message) => watch.update(state, message) });
  await watch.idle(1);
  let lastStderr = '';

  return {
    get lastStderr() {
      return lastStderr;
    },

    run(source: string): Promise<string> {
      return new Promise((resolve, reject) => {
        let stdout = '';
        let stderr = '';
        let error: { ename: string; text: string } | null = null;
        client.execute(source, {
          onBusy() {},
          onStream(name, text) {
            if (name === 'stdout') stdout += text;
            else stderr += text;
          },
          onResult() {},
          onError(ename, evalue, traceback) {
            error = { ename, text: traceback || `${ename}: ${evalue}` };
          },
          onInput() {
            client.replyInput('');
          },
          onReply(status) {
            lastStderr = stderr;
            if (status === 'ok') resolve(stdout);
            else if (error) reject(new BenchRunError(error.text, error.ename, stdout, stderr));
            else reject(new BenchRunError('the run was aborted (restart)', 'Aborted', stdout, stderr));
          },
        });
      });
    },

    interrupt() {
      client.interrupt();
    },

    restart(): Promise<void> {
      const after = watch.starts + 1;
      client.restart();
      return watch.idle(after);
    },
  };
}
