// The messages between the page and the kernel worker, named after Jupyter's messaging.
// Every message the worker sends about one execute_request carries `parent`: that request's msg_id.

/** Jupyter's mime bundle: 'text/plain' always, richer forms beside it. */
export type MimeBundle = { 'text/plain': string } & Record<string, string>;

/** One drawing command of the turtle; the fields per `op` are listed in web/src/notebook/turtle-view.ts. */
export type TurtleOp = { op: string } & Record<string, unknown>;

export type ExecutionState = 'starting' | 'idle' | 'busy' | 'dead';

export type ToKernel =
  /** `cell` (optional) names the code `<cell N>` in tracebacks; by default N = the execution count. */
  | { type: 'execute_request'; msg_id: string; code: string; cell?: number }
  | { type: 'input_reply'; value: string }
  | { type: 'interrupt_request' }
  | { type: 'restart' };

export type FromKernel =
  | { type: 'kernel_ready' }
  | { type: 'kernel_error'; message: string }
  | { type: 'status'; execution_state: ExecutionState; parent?: string }
  | { type: 'stream'; parent: string; name: 'stdout' | 'stderr'; text: string }
  | { type: 'execute_result'; parent: string; data: MimeBundle; execution_count: number }
  /** display(obj): the object's forms, richest first chosen by the page. */
  | { type: 'display_data'; parent: string; data: MimeBundle }
  /** The turtle's drawing commands since the last message (src/modules/python/turtle.py). */
  | { type: 'turtle'; parent: string; ops: TurtleOp[] }
  | { type: 'error'; parent: string; ename: string; evalue: string; traceback: string[] }
  | { type: 'input_request'; parent: string; prompt: string; password: false }
  | { type: 'execute_reply'; parent: string; status: 'ok' | 'error' | 'aborted'; execution_count: number | null };
