// Vite builds the notebook into dist/ with relative URLs, so the folder works from any path on
// any static host. The kernel worker imports the wasm host from ../src/hosts/wasm/js (repo root).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    assetsDir: 'assets', // worker.ts fetches ../saessak.wasm relative to assets/
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  worker: { format: 'es' },
  server: { fs: { allow: [repoRoot] } },
});
