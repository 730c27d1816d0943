// One instance of saessak.wasm behind a small class: the host side of ABI.md.
// Used by the browser's kernel worker and by run-file.mjs under node.

import { Wasi, WasiExit } from './wasi.mjs';

export { WasiExit };

/** What `start` and `run` return (ABI.md, "Statuses"). `start` returns Ready (0) or Error. */
export const Status = Object.freeze({
  /** `start`: compiled, call `run`. `run`: finished; see `output()` / `hasResult()`. */
  Done: 0,
  Ready: 0,
  /** An exception (or a SyntaxError from `start`); `output()` is its JSON. */
  Error: 1,
  /** `input()` is waiting; `output()` is the prompt. Answer with `replyInput` or `replyEof`. */
  Input: 2,
  /** The budget ran out; call `run` again soon. */
  Budget: 3,
  /** `time.sleep`; `output()` is the number of seconds as decimal text. */
  Sleep: 4,
});

/** How `start` reads its source (ABI.md). */
export const Mode = Object.freeze({ File: 0, Cell: 1, Single: 2 });

/**
 * @typedef {object} KernelOptions
 * @property {(text: string) => void} [onStdout]
 * @property {(text: string) => void} [onStderr]
 * @property {string[]} [args] argv seen through WASI args_get (default none)
 * @property {(name: string) => (string | null)} [findModule] the source of `import name`, or null
 * @property {(message: string) => void} [onDisplay] a display message (JSON text, ABI.md); without it the kernel is told none is shown
 */

/**
 * @typedef {object} ErrorInfo
 * @property {string} ename
 * @property {string} evalue
 * @property {string} traceback
 */

/**
 * @typedef {object} KernelExports
 * @property {WebAssembly.Memory} memory
 * @property {() => void} [_initialize]
 * @property {(size: number) => number} saessak_buffer
 * @property {(len: number, mode: number, cell: number) => number} saessak_start
 * @property {((len: number) => void) | undefined} saessak_set_filename
 * @property {(budget: number) => number} saessak_run
 * @property {(len: number) => void} saessak_reply_input
 * @property {() => void} saessak_reply_eof
 * @property {() => void} saessak_interrupt
 * @property {() => number} saessak_output_ptr
 * @property {() => number} saessak_output_len
 * @property {() => number} saessak_has_result
 * @property {() => void} saessak_reset
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/**
 * @param {ArrayBuffer | ArrayBufferView | Response | Promise<Response> | WebAssembly.Module} source
 * @returns {Promise<WebAssembly.Module>}
 */
async function compile(source) {
  const awaited = await source;
  if (awaited instanceof WebAssembly.Module) return awaited;
  if (typeof Response !== 'undefined' && awaited instanceof Response) {
    if (!awaited.ok) throw new Error(`saessak.wasm: HTTP ${awaited.status} for ${awaited.url}`);
    const type = awaited.headers.get('content-type') ?? '';
    // compileStreaming wants application/wasm; some static hosts say octet-stream.
    if (typeof WebAssembly.compileStreaming === 'function' && type.startsWith('application/wasm')) {
      return WebAssembly.compileStreaming(awaited);
    }
    return WebAssembly.compile(await awaited.arrayBuffer());
  }
  return WebAssembly.compile(/** @type {BufferSource} */ (awaited));
}

export class Kernel {
  /**
   * Compile (if needed) and instantiate saessak.wasm, then run its reactor start-up.
   * @param {ArrayBuffer | ArrayBufferView | Response | Promise<Response> | WebAssembly.Module} source
   * @param {KernelOptions} [options]
   * @returns {Promise<Kernel>}
   */
  static async load(source, options = {}) {
    const module = await compile(source);
    return Kernel.instantiate(module, options);
  }

  /**
   * A new, independent instance of an already compiled module (e.g. for a restart).
   * @param {WebAssembly.Module} module
   * @param {KernelOptions} [options]
   * @returns {Promise<Kernel>}
   */
  static async instantiate(module, options = {}) {
    const wasi = new Wasi(options);
    const imports = wasi.importsFor(module);
    /** @type {KernelExports | null} */
    let late = null;
    // `import name` of a module that is not built in: options.findModule(name) gives its
    // source (a string) or null. The kernel reads it from its buffer.
    if (imports.saessak_host) {
      /** @type {Record<string, Function>} */ (imports.saessak_host).find_module = (/** @type {number} */ ptr, /** @type {number} */ len) => {
        if (!late || !options.findModule) return -1;
        const name = new TextDecoder().decode(new Uint8Array(late.memory.buffer, ptr, len));
        const source = options.findModule(name);
        if (typeof source !== 'string') return -1;
        const bytes = new TextEncoder().encode(source);
        const at = late.saessak_buffer(bytes.length);
        new Uint8Array(late.memory.buffer, at, bytes.length).set(bytes);
        return bytes.length;
      };
    }
    // Rich output (display(), turtle): a JSON message, or length 0 to ask whether any is shown.
    if (imports.saessak_host) {
      /** @type {Record<string, Function>} */ (imports.saessak_host).display = (/** @type {number} */ ptr, /** @type {number} */ len) => {
        if (!late || !options.onDisplay) return 0;
        if (len > 0) options.onDisplay(decoder.decode(new Uint8Array(late.memory.buffer, ptr, len)));
        return 1;
      };
    }
    const instance = await WebAssembly.instantiate(module, imports);
    const exports = /** @type {KernelExports} */ (/** @type {unknown} */ (instance.exports));
    late = exports;
    wasi.setMemory(exports.memory);
    exports._initialize?.();
    return new Kernel(module, exports);
  }

  /**
   * @param {WebAssembly.Module} module
   * @param {KernelExports} exports
   */
  constructor(module, exports) {
    /** The compiled module, kept so a host can make a fresh instance cheaply. */
    this.module = module;
    /** @private */
    this.exports = exports;
  }

  /**
   * Copy UTF-8 text into the kernel's input buffer.
   * @private
   * @param {string} text
   * @returns {number} its length in bytes
   */
  put(text) {
    const bytes = encoder.encode(text);
    const ptr = this.exports.saessak_buffer(bytes.length);
    // Read memory.buffer only after the call: saessak_buffer may have grown memory.
    new Uint8Array(this.exports.memory.buffer, ptr, bytes.length).set(bytes);
    return bytes.length;
  }

  /**
   * Compile `source`. Returns Status.Ready (call `run`) or Status.Error (a SyntaxError).
   * @param {string} source
   * @param {number} [mode] Mode.File, Mode.Cell (default) or Mode.Single
   * @param {number} [cell] names the code `<cell N>` in tracebacks when ≥ 0
   * @param {string} [filename] for file runs: the name tracebacks show
   * @returns {number}
   */
  start(source, mode = Mode.Cell, cell = -1, filename = undefined) {
    if (filename !== undefined && this.exports.saessak_set_filename) {
      this.exports.saessak_set_filename(this.put(filename));
    }
    const len = this.put(source);
    return this.exports.saessak_start(len, mode, cell);
  }

  /**
   * Run for at most about `budget` ticks.
   * @param {number} budget
   * @returns {number} a Status
   */
  run(budget) {
    return this.exports.saessak_run(budget | 0);
  }

  /**
   * Answer the pending `input()` (without the trailing newline); then call `run`.
   * @param {string} text
   */
  replyInput(text) {
    const len = this.put(text);
    this.exports.saessak_reply_input(len);
  }

  /** Answer the pending `input()` with end of file (EOFError in the program); then call `run`. */
  replyEof() {
    this.exports.saessak_reply_eof();
  }

  /** Ask for KeyboardInterrupt at the next tick (or at once if waiting for input). */
  interrupt() {
    this.exports.saessak_interrupt();
  }

  /** Forget all variables: a fresh `__main__`. */
  reset() {
    this.exports.saessak_reset();
  }

  /**
   * The payload of the last status, decoded from UTF-8.
   * @returns {string}
   */
  output() {
    const ptr = this.exports.saessak_output_ptr();
    const len = this.exports.saessak_output_len();
    if (len === 0) return '';
    return decoder.decode(new Uint8Array(this.exports.memory.buffer, ptr, len));
  }

  /**
   * After Done: whether the cell had a final expression whose value is not None.
   * @returns {boolean}
   */
  hasResult() {
    return this.exports.saessak_has_result() !== 0;
  }

  /**
   * After Error: the payload parsed. Tolerates a payload that is not JSON.
   * @returns {ErrorInfo}
   */
  errorInfo() {
    const text = this.output();
    try {
      const info = JSON.parse(text);
      return {
        ename: String(info.ename ?? 'Error'),
        evalue: String(info.evalue ?? ''),
        traceback: String(info.traceback ?? ''),
      };
    } catch {
      return { ename: 'Error', evalue: text, traceback: text.endsWith('\n') || !text ? text : text + '\n' };
    }
  }
}
