// Vite builds the notebook into dist/ with relative URLs, so the folder works from any path on
// any static host. The kernel worker imports the wasm host from ../src/hosts/wasm/js (repo root).
import { build, defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// bench-adapter.js (src/bench-adapter.ts, for the benchmarks of issue 6) is built by a second
// build into the same folder after the page's build. A second entry in the page's
// own build would move the kernel client into a chunk shared with the page, adding a request to
// the notebook; this way the page's files stay exactly as they are and only those who import
// bench-adapter.js fetch it (its worker is the page's, same content, same file name).
function benchAdapter() {
  let outDir = 'dist';
  return {
    name: 'saessak-bench-adapter',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: fileURLToPath(new URL('.', import.meta.url)),
        base: './',
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2022',
          assetsDir: 'assets',
          sourcemap: false,
          modulePreload: { polyfill: false },
          // An app build (not library mode), so the worker is built exactly as the page's is.
          rollupOptions: {
            input: 'src/bench-adapter.ts',
            preserveEntrySignatures: 'strict', // keep load()'s export
            output: { entryFileNames: 'bench-adapter.js' },
          },
        },
        worker: { format: 'es' },
      });
    },
  };
}

export default defineConfig({
  plugins: [benchAdapter()],
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
