// A small WASI preview1 import layer for saessak.wasm, shared by node and the browser worker.
//
// The kernel needs very little of WASI: text on fds 1 and 2, clocks, random bytes, and a way to
// exit. Everything else answers with an errno. The import object is built from
// WebAssembly.Module.imports(module), so an import we never heard of gets an ENOSYS stub instead
// of breaking instantiation.

/** WASI errno values we use (wasi_snapshot_preview1 numbering). */
export const Errno = Object.freeze({
  SUCCESS: 0,
  BADF: 8,
  INVAL: 28,
  NOSYS: 52,
  SPIPE: 70,
});

/** Thrown out of the running wasm call by `proc_exit`; `code` is the exit status. */
export class WasiExit extends Error {
  /** @param {number} code */
  constructor(code) {
    super(`exit(${code})`);
    this.name = 'WasiExit';
    /** @type {number} */
    this.code = code;
  }
}

/**
 * @typedef {object} WasiOptions
 * @property {(text: string) => void} [onStdout] called with each decoded piece written to fd 1
 * @property {(text: string) => void} [onStderr] called with each decoded piece written to fd 2
 * @property {string[]} [args] argv for args_get (default: none)
 * @property {Record<string, string>} [env] environment for environ_get (default: none)
 */

const FILETYPE_CHARACTER_DEVICE = 2;
const FDFLAGS_APPEND = 1;
const NS_PER_MS = 1_000_000n;

/** @param {Uint8Array} bytes */
function fillRandom(bytes) {
  // getRandomValues fills at most 65536 bytes per call.
  for (let at = 0; at < bytes.length; at += 65536) {
    globalThis.crypto.getRandomValues(bytes.subarray(at, Math.min(bytes.length, at + 65536)));
  }
}

/** Monotonic nanoseconds since an arbitrary origin. */
function monotonicNs() {
  return BigInt(Math.round(performance.now() * 1e6));
}

/** Wall-clock nanoseconds since the Unix epoch (sub-millisecond part from performance.now()). */
function realtimeNs() {
  const ms = performance.timeOrigin + performance.now();
  const whole = Math.floor(ms);
  return BigInt(whole) * NS_PER_MS + BigInt(Math.round((ms - whole) * 1e6));
}

export class Wasi {
  /** @param {WasiOptions} [options] */
  constructor(options = {}) {
    /** @type {WebAssembly.Memory | null} */
    this.memory = null;
    this.onStdout = options.onStdout ?? (() => {});
    this.onStderr = options.onStderr ?? (() => {});
    const encoder = new TextEncoder();
    /** @type {Uint8Array[]} */
    this.args = (options.args ?? []).map((a) => encoder.encode(a + '\0'));
    /** @type {Uint8Array[]} */
    this.env = Object.entries(options.env ?? {}).map(([k, v]) => encoder.encode(`${k}=${v}\0`));
    // One streaming decoder per fd, so a UTF-8 sequence split across two writes stays whole.
    this.decoders = [null, new TextDecoder('utf-8'), new TextDecoder('utf-8')];
  }

  /**
   * Give the layer the instance's memory (call right after instantiation).
   * @param {WebAssembly.Memory} memory
   */
  setMemory(memory) {
    this.memory = memory;
  }

  /** A fresh view: memory.buffer changes whenever memory grows. */
  view() {
    if (!this.memory) throw new Error('wasi: memory not set');
    return new DataView(this.memory.buffer);
  }

  /** @param {number} ptr @param {number} len */
  bytes(ptr, len) {
    if (!this.memory) throw new Error('wasi: memory not set');
    return new Uint8Array(this.memory.buffer, ptr, len);
  }

  /**
   * The functions of wasi_snapshot_preview1 that we implement. Each returns an errno.
   * @returns {Record<string, Function>}
   */
  functions() {
    /** @param {Uint8Array[]} items @param {number} ptrs @param {number} buf */
    const putStrings = (items, ptrs, buf) => {
      const view = this.view();
      for (const item of items) {
        view.setUint32(ptrs, buf, true);
        this.bytes(buf, item.length).set(item);
        ptrs += 4;
        buf += item.length;
      }
      return Errno.SUCCESS;
    };
    /** @param {Uint8Array[]} items @param {number} countPtr @param {number} sizePtr */
    const putSizes = (items, countPtr, sizePtr) => {
      const view = this.view();
      view.setUint32(countPtr, items.length, true);
      view.setUint32(sizePtr, items.reduce((n, b) => n + b.length, 0), true);
      return Errno.SUCCESS;
    };
    /** @param {number} id */
    const clockNs = (id) => (id === 0 ? realtimeNs() : monotonicNs());

    return {
      args_get: (/** @type {number} */ argv, /** @type {number} */ buf) => putStrings(this.args, argv, buf),
      args_sizes_get: (/** @type {number} */ c, /** @type {number} */ s) => putSizes(this.args, c, s),
      environ_get: (/** @type {number} */ envp, /** @type {number} */ buf) => putStrings(this.env, envp, buf),
      environ_sizes_get: (/** @type {number} */ c, /** @type {number} */ s) => putSizes(this.env, c, s),

      clock_res_get: (/** @type {number} */ id, /** @type {number} */ resPtr) => {
        if (id < 0 || id > 3) return Errno.INVAL;
        this.view().setBigUint64(resPtr, 1000n, true);
        return Errno.SUCCESS;
      },
      clock_time_get: (/** @type {number} */ id, /** @type {bigint} */ _precision, /** @type {number} */ timePtr) => {
        if (id < 0 || id > 3) return Errno.INVAL;
        this.view().setBigUint64(timePtr, clockNs(id), true);
        return Errno.SUCCESS;
      },

      random_get: (/** @type {number} */ ptr, /** @type {number} */ len) => {
        fillRandom(this.bytes(ptr, len));
        return Errno.SUCCESS;
      },

      fd_write: (/** @type {number} */ fd, /** @type {number} */ iovs, /** @type {number} */ iovsLen, /** @type {number} */ nwrittenPtr) => {
        if (fd !== 1 && fd !== 2) return Errno.BADF;
        const decoder = /** @type {TextDecoder} */ (this.decoders[fd]);
        const sink = fd === 1 ? this.onStdout : this.onStderr;
        let written = 0;
        let text = '';
        for (let i = 0; i < iovsLen; i++) {
          const view = this.view();
          const ptr = view.getUint32(iovs + i * 8, true);
          const len = view.getUint32(iovs + i * 8 + 4, true);
          text += decoder.decode(this.bytes(ptr, len), { stream: true });
          written += len;
        }
        this.view().setUint32(nwrittenPtr, written, true);
        if (text) sink(text);
        return Errno.SUCCESS;
      },

      // stdin is always at end of file: input() reaches the host through the ABI, not fd 0.
      fd_read: (/** @type {number} */ fd, /** @type {number} */ _iovs, /** @type {number} */ _iovsLen, /** @type {number} */ nreadPtr) => {
        if (fd !== 0) return Errno.BADF;
        this.view().setUint32(nreadPtr, 0, true);
        return Errno.SUCCESS;
      },

      fd_close: (/** @type {number} */ fd) => (fd <= 2 ? Errno.SUCCESS : Errno.BADF),
      fd_seek: (/** @type {number} */ fd) => (fd <= 2 ? Errno.SPIPE : Errno.BADF),
      fd_sync: (/** @type {number} */ fd) => (fd <= 2 ? Errno.SUCCESS : Errno.BADF),
      fd_fdstat_get: (/** @type {number} */ fd, /** @type {number} */ statPtr) => {
        if (fd > 2 || fd < 0) return Errno.BADF;
        // struct fdstat { u8 filetype; u16 flags; u64 rights_base; u64 rights_inheriting; } (24 bytes)
        const view = this.view();
        for (let i = 0; i < 24; i++) view.setUint8(statPtr + i, 0);
        view.setUint8(statPtr, FILETYPE_CHARACTER_DEVICE);
        view.setUint16(statPtr + 2, fd === 0 ? 0 : FDFLAGS_APPEND, true);
        view.setBigUint64(statPtr + 8, 0xffffffffn, true);
        return Errno.SUCCESS;
      },
      fd_fdstat_set_flags: (/** @type {number} */ fd) => (fd <= 2 ? Errno.SUCCESS : Errno.BADF),
      // No preopened directories: libc probes fds from 3 up until it gets EBADF.
      fd_prestat_get: () => Errno.BADF,
      fd_prestat_dir_name: () => Errno.BADF,

      sched_yield: () => Errno.SUCCESS,
      proc_exit: (/** @type {number} */ code) => {
        throw new WasiExit(code);
      },
    };
  }

  /**
   * The import object for `module`: every function it imports is answered, the unknown ones
   * with ENOSYS (52).
   * @param {WebAssembly.Module} module
   * @returns {WebAssembly.Imports}
   */
  importsFor(module) {
    const known = this.functions();
    /** @type {Record<string, Record<string, Function>>} */
    const imports = {};
    for (const imp of WebAssembly.Module.imports(module)) {
      if (imp.kind !== 'function') continue;
      const ns = (imports[imp.module] ??= {});
      const fn = imp.module === 'wasi_snapshot_preview1' ? known[imp.name] : undefined;
      ns[imp.name] = fn ?? (() => Errno.NOSYS);
    }
    return /** @type {WebAssembly.Imports} */ (imports);
  }
}
