// Shared by the browser tests: a tiny static server for web/dist, a headless Debian chromium
// driven by playwright-core (from web/node_modules), and helpers that act like a person would.

import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(new URL('../../web/package.json', import.meta.url));
/** @type {import('playwright-core')} */
const { chromium } = require('playwright-core');

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The built page: web/dist, or SAESSAK_DIST (an engineer's private build, so parallel work does not share one). */
export const distDir = process.env.SAESSAK_DIST ? path.resolve(process.env.SAESSAK_DIST) : path.join(repoRoot, 'web', 'dist');
export const TIMEOUT = 10_000;

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve `root` on 127.0.0.1 on a free port. Records every path fetched.
 * @param {string} root
 * @returns {Promise<{url: string, fetched: string[], close: () => Promise<void>}>}
 */
export async function serve(root) {
  /** @type {string[]} */
  const fetched = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep) && file !== root) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      fetched.push(rel);
      const type = MIME[/** @type {keyof MIME} */ (path.extname(file))] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
      res.end(body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}/`,
    fetched,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Launch Debian's chromium headless with a fresh profile.
 * @param {{locale?: string}} [options] locale: the browser's language (navigator.language)
 */
export async function launch(options = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'saessak-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    locale: options.locale ?? 'en-US',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Start everything one test file needs: the server, the browser and a page on the notebook.
 * Fails at once with a clear message when web/dist has not been built.
 * @param {{locale?: string, ready?: string}} [options] ready: the kernel status text to wait for
 */
export async function openNotebook(options = {}) {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: build the page first (cd web && npm run build)`);
  }
  if (!fs.existsSync(path.join(distDir, 'saessak.wasm'))) {
    throw new Error(`${distDir}/saessak.wasm is missing: copy build/wasm/saessak.wasm to web/public/ and rebuild`);
  }
  const server = await serve(distDir);
  const browser = await launch(options);
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(TIMEOUT);
  /** @type {string[]} */
  const consoleErrors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  await page.goto(server.url);
  await page.getByRole('status').filter({ hasText: options.ready ?? 'Ready' }).waitFor({ timeout: TIMEOUT });
  return {
    page,
    server,
    consoleErrors,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** @typedef {import('playwright-core').Page} Page */

/**
 * The n-th cell (0-based), code or text.
 * @param {Page} page
 * @param {number} n
 */
export function cell(page, n) {
  return page.locator('section.cell').nth(n);
}

/**
 * The n-th cell's editor (0-based): a textbox named "Cell N" (1-based), as issue 5 asks.
 * @param {Page} page
 * @param {number} n
 */
export function editor(page, n) {
  return page.getByRole('textbox', { name: `Cell ${n + 1}`, exact: true });
}

/**
 * Click into the n-th cell's editor and type `code` like a person.
 * @param {Page} page
 * @param {number} n
 * @param {string} code
 */
export async function typeInCell(page, n, code) {
  await editor(page, n).click();
  await page.keyboard.type(code);
}

/**
 * The n-th cell's outputs: a region named "Output of cell N".
 * @param {Page} page
 * @param {number} n
 */
export function outputs(page, n) {
  return page.getByRole('region', { name: `Output of cell ${n + 1}`, exact: true });
}

/**
 * Wait until the notebook has been written to IndexedDB (the ✓ beside its name).
 * @param {Page} page
 */
export async function saved(page) {
  await page.locator('#save-state[data-state="saved"]').waitFor({ state: 'attached' });
}
