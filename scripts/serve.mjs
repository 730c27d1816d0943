#!/usr/bin/env node
// A tiny static file server for the built notebook (web/dist), using only node:http.
// It sends plain files with their MIME type and nothing else: no COOP/COEP, no rewriting,
// no compression, so what works here works on any static host.
//
//   node scripts/serve.mjs [--port N] [--host H] [--root DIR]     (env PORT also sets the port)
//
// Importable too: `import { startServer } from '../../scripts/serve.mjs'` returns a listening
// http.Server (use port 0 for a free port; read it from server.address().port).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultRoot = path.resolve(here, '..', 'web', 'dist');

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.py': 'text/x-python; charset=utf-8',
  '.ipynb': 'application/x-ipynb+json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};

function send(res, status, text) {
  const body = Buffer.from(text + '\n');
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

// Maps a URL path to a file inside root, or null if it would leave root.
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

export function createHandler(rootDir = defaultRoot) {
  const root = path.resolve(rootDir);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'method not allowed');
    }
    const urlPath = (req.url || '/').split(/[?#]/, 1)[0];
    let file = resolveInside(root, urlPath);
    if (file === null) return send(res, 404, 'not found');
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          // Relative links in index.html must resolve inside the folder.
          res.writeHead(301, { Location: urlPath + '/', 'Content-Length': 0 });
          return res.end();
        }
        file = path.join(file, 'index.html');
        return fs.stat(file, (err2, st2) => serveFile(err2, st2));
      }
      serveFile(err, st);
    });
    function serveFile(err, st) {
      if (err || !st.isFile()) return send(res, 404, 'not found');
      // Symlinks must not lead outside root either.
      fs.realpath(file, (err3, real) => {
        let realRoot = root;
        try {
          realRoot = fs.realpathSync(root);
        } catch {}
        if (err3 || (real !== realRoot && !real.startsWith(realRoot + path.sep))) return send(res, 404, 'not found');
        const type = MIME_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
        res.writeHead(200, { 'Content-Type': type, 'Content-Length': st.size, 'Cache-Control': 'no-cache' });
        if (req.method === 'HEAD') return res.end();
        const stream = fs.createReadStream(file);
        stream.on('error', () => res.destroy());
        stream.pipe(res);
      });
    }
  };
}

export function startServer({ root = defaultRoot, port = 8000, host = '127.0.0.1' } = {}) {
  const server = http.createServer(createHandler(root));
  server.listen(port, host);
  return server;
}

function parseArgs(argv) {
  const opts = { root: defaultRoot, port: Number(process.env.PORT || 8000), host: '127.0.0.1' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--port') opts.port = Number(value());
    else if (a.startsWith('--port=')) opts.port = Number(a.slice(7));
    else if (a === '--host') opts.host = value();
    else if (a === '--root') opts.root = path.resolve(value());
    else if (a === '-h' || a === '--help') {
      console.log('usage: node scripts/serve.mjs [--port N] [--host H] [--root DIR]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('--port must be 0..65535');
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve.mjs: ${e.message}`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(opts.root, 'index.html'))) {
    console.error(`serve.mjs: ${opts.root}/index.html not found (build the notebook first: scripts/build.sh --notebook)`);
    process.exit(1);
  }
  const server = startServer(opts);
  server.on('listening', () => {
    const { port } = server.address();
    const shownHost = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
    console.log(`Saessak notebook: http://${shownHost}:${port}/`);
    const rel = path.relative(process.cwd(), opts.root);
    console.log(`(serving ${rel && !rel.startsWith('..') ? rel : opts.root}; press Ctrl+C to stop)`);
  });
  server.on('error', (e) => {
    console.error(e.code === 'EADDRINUSE' ? `serve.mjs: port ${opts.port} is in use; try --port N` : `serve.mjs: ${e.message}`);
    process.exit(1);
  });
  const stop = () => {
    console.log('\nstopped');
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
