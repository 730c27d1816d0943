// The JavaScript side of the wasm host (src/hosts/wasm/js) against fixtures/mock-kernel.wat, a
// stand-in that speaks ABI.md with canned answers. Needs binaryen's wasm-opt to assemble it.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './harness.mjs';
import { Kernel, Status, WasiExit } from '../../src/hosts/wasm/js/kernel.mjs';

const wat = new URL('./fixtures/mock-kernel.wat', import.meta.url);
const runFile = path.join(repoRoot, 'src/hosts/wasm/js/run-file.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'saessak-js-host-'));
const wasmPath = path.join(tmp, 'mock-kernel.wasm');
const hasWasmOpt = spawnSync('wasm-opt', ['--version']).status === 0;

before(() => {
  if (hasWasmOpt) execFileSync('wasm-opt', [fs.realpathSync(new URL(wat)), '-o', wasmPath], { stdio: 'ignore' });
});

/** @param {{out: string, err: string}} sink */
const load = (sink) =>
  Kernel.load(fs.readFileSync(wasmPath), { onStdout: (t) => (sink.out += t), onStderr: (t) => (sink.err += t) });

test('unknown imports get ENOSYS; fd_write decodes UTF-8 split across writes', { skip: !hasWasmOpt }, async () => {
  const sink = { out: '', err: '' };
  const k = await load(sink);
  assert.equal(k.start('print(6*7)'), Status.Ready);
  assert.equal(k.run(1000), Status.Done);
  assert.equal(sink.out, '42\n');
  assert.equal(sink.err, '안녕\n');
  assert.equal(k.hasResult(), false);
  assert.equal(k.start('q'), Status.Ready);
  assert.equal(k.run(1000), Status.Done);
  assert.equal(sink.out, '42\n5', 'env.mystery answered 52 (ENOSYS)');
});

test('results, input, EOF, interrupt and syntax errors', { skip: !hasWasmOpt }, async () => {
  const sink = { out: '', err: '' };
  const k = await load(sink);
  assert.equal(k.start('6*7'), Status.Ready);
  assert.equal(k.run(1000), Status.Done);
  assert.equal(k.hasResult(), true);
  assert.equal(k.output(), '42');

  assert.equal(k.start('name = input("name? ")'), Status.Ready);
  assert.equal(k.run(1000), Status.Input);
  assert.equal(k.output(), 'name? ');
  k.replyInput('새싹'); // saessak_buffer grows memory: the host must not keep a stale view
  assert.equal(k.run(1000), Status.Done);
  assert.equal(sink.out, 'hi 새싹\n');

  assert.equal(k.start('n'), Status.Ready);
  assert.equal(k.run(1000), Status.Input);
  k.replyEof();
  assert.equal(k.run(1000), Status.Error);
  assert.equal(k.errorInfo().ename, 'EOFError');

  assert.equal(k.start('while True: pass'), Status.Ready);
  assert.equal(k.run(1000), Status.Budget);
  k.interrupt();
  assert.equal(k.run(1000), Status.Error);
  assert.deepEqual(k.errorInfo(), {
    ename: 'KeyboardInterrupt',
    evalue: '',
    traceback: 'Traceback (most recent call last):\n  File "<cell 1>", line 1, in <module>\nKeyboardInterrupt\n',
  });

  assert.equal(k.start('print('), Status.Error);
  assert.equal(k.errorInfo().ename, 'SyntaxError');
  assert.match(k.errorInfo().traceback, /SyntaxError: '\(' was never closed\n$/);
});

test('proc_exit throws WasiExit out of run', { skip: !hasWasmOpt }, async () => {
  const k = await load({ out: '', err: '' });
  assert.equal(k.start('x'), Status.Ready);
  assert.throws(() => k.run(1000), (err) => err instanceof WasiExit && err.code === 3);
});

/** @param {string} source @param {string} [stdin] */
function runPy(source, stdin = '') {
  const file = path.join(tmp, 'prog.py');
  fs.writeFileSync(file, source);
  return spawnSync(process.execPath, [runFile, file], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, SAESSAK_WASM: wasmPath },
    timeout: 10_000,
  });
}

test('run-file.mjs behaves like python3 FILE.py', { skip: !hasWasmOpt }, () => {
  let r = runPy('print(6*7)\n');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '42\n');

  r = runPy('name = input("name? ")\n', 'Ada\nrest\n');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, 'name? hi Ada\n', 'prompt on stdout, then the program output');

  r = runPy('name = input("name? ")\n', '');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /EOFError: EOF when reading a line\n$/);

  r = runPy('print('); // the mock spots a syntax error by a last byte of '('
  assert.equal(r.status, 1);
  assert.match(r.stderr, /SyntaxError/);

  r = runPy('x\n');
  assert.equal(r.status, 3, 'proc_exit code');

  const missing = path.join(tmp, 'nope.py');
  r = spawnSync(process.execPath, [runFile, missing], { encoding: 'utf8', env: { ...process.env, SAESSAK_WASM: wasmPath } });
  assert.equal(r.status, 2);
  assert.equal(r.stderr, `saessak: can't open file '${missing}': [Errno 2] No such file or directory\n`);
});
