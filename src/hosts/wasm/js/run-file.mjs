#!/usr/bin/env node
// Run one Python file with saessak.wasm under node, as `python3 FILE.py` would:
//   node src/hosts/wasm/js/run-file.mjs FILE.py
// stdout and stderr are written as they come; input() reads a line from stdin; an uncaught
// exception prints its traceback on stderr and exits 1. The wasm comes from $SAESSAK_WASM or
// <repo>/build/wasm/saessak.wasm. Used by the conformance runner to test the wasm build.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kernel, Mode, Status, WasiExit } from './kernel.mjs';

const BUDGET = 100000;
const NAME = 'saessak';

/**
 * Write all of `text` to `fd` synchronously, waiting out EAGAIN on non-blocking pipes.
 * @param {number} fd
 * @param {string | Uint8Array} text
 */
function writeAll(fd, text) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let at = 0;
  while (at < bytes.length) {
    try {
      at += fs.writeSync(fd, bytes, at, bytes.length - at);
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EAGAIN') throw err;
      sleepMs(1);
    }
  }
}

/** @param {number} ms */
function sleepMs(ms) {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Bytes read from stdin but not yet handed out as a line. */
let stdinPending = Buffer.alloc(0);
let stdinEof = false;

/**
 * Read one line from stdin synchronously, without its line ending; null at end of file with
 * nothing read (a last line without newline is still returned).
 * @returns {string | null}
 */
function readLine() {
  const chunk = Buffer.alloc(4096);
  for (;;) {
    const nl = stdinPending.indexOf(10);
    if (nl >= 0) {
      const line = stdinPending.subarray(0, nl);
      stdinPending = stdinPending.subarray(nl + 1);
      return line.toString('utf8').replace(/\r$/, '');
    }
    if (stdinEof) {
      if (stdinPending.length === 0) return null;
      const rest = stdinPending.toString('utf8');
      stdinPending = Buffer.alloc(0);
      return rest;
    }
    let n = 0;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = /** @type {NodeJS.ErrnoException} */ (err).code;
      if (code === 'EAGAIN') {
        sleepMs(5);
        continue;
      }
      if (code === 'EOF' || code === 'EBADF' || code === 'ENXIO') n = 0;
      else throw err;
    }
    if (n === 0) stdinEof = true;
    else stdinPending = Buffer.concat([stdinPending, chunk.subarray(0, n)]);
  }
}

/**
 * The exit status and stderr text of an uncaught SystemExit, as CPython computes them.
 * @param {Record<string, unknown>} info the Error payload
 * @returns {{code: number, message: string}}
 */
function systemExit(info) {
  if (typeof info.code === 'number') return { code: info.code, message: '' };
  const value = String(info.evalue ?? '');
  if (value === '' || value === 'None') return { code: 0, message: '' };
  if (/^-?\d+$/.test(value)) return { code: Number(value) & 0xff, message: '' };
  return { code: 1, message: value + '\n' };
}

/** @param {string[]} argv */
async function main(argv) {
  const file = argv[0];
  if (!file) {
    writeAll(2, `usage: ${NAME} FILE.py\n`);
    return 2;
  }
  const abs = path.resolve(file);
  let source;
  try {
    source = fs.readFileSync(abs, 'utf8');
  } catch {
    writeAll(2, `${NAME}: can't open file '${abs}': [Errno 2] No such file or directory\n`);
    return 2;
  }

  const here = path.dirname(fileURLToPath(import.meta.url));
  const wasmPath = process.env.SAESSAK_WASM || path.resolve(here, '../../../../build/wasm/saessak.wasm');
  const kernel = await Kernel.load(fs.readFileSync(wasmPath), {
    onStdout: (text) => writeAll(1, text),
    onStderr: (text) => writeAll(2, text),
    args: [file, ...argv.slice(1)],
    // import name: name.py beside the program, as CPython finds it.
    findModule: (name) => {
      const candidate = path.join(path.dirname(path.resolve(file)), ...name.split('.')) + '.py';
      try {
        return fs.readFileSync(candidate, 'utf8');
      } catch {
        return null;
      }
    },
  });

  let status = kernel.start(source, Mode.File, -1, file);
  for (;;) {
    switch (status) {
      case Status.Ready: // also Status.Done after the first run; start only returns Ready/Error
      case Status.Budget:
        break;
      case Status.Input: {
        writeAll(1, kernel.output()); // CPython writes the prompt to stdout
        const line = readLine();
        if (line === null) kernel.replyEof();
        else kernel.replyInput(line);
        break;
      }
      case Status.Sleep:
        sleepMs(Number(kernel.output()) * 1000);
        break;
      case Status.Error: {
        const text = kernel.output();
        /** @type {Record<string, unknown>} */
        let info;
        try {
          info = JSON.parse(text);
        } catch {
          info = { ename: 'Error', evalue: text, traceback: text };
        }
        if (info.ename === 'SystemExit') {
          const { code, message } = systemExit(info);
          writeAll(2, message);
          return code;
        }
        writeAll(2, String(info.traceback ?? ''));
        return 1;
      }
      default:
        writeAll(2, `${NAME}: unknown kernel status ${status}\n`);
        return 70;
    }
    status = kernel.run(BUDGET);
    if (status === Status.Done) return 0;
  }
}

let code;
try {
  code = await main(process.argv.slice(2));
} catch (err) {
  if (err instanceof WasiExit) code = err.code;
  else {
    writeAll(2, `${NAME}: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    code = 70;
  }
}
process.exit(code);
