// A tiny static file server for the built site, for the browser tests, the bench and Lighthouse.
//
//   startStaticServer({ root?, port?, host? }) → Promise<{ url, port, server, close() }>
//     Serves `root` (default: dist/ of this repository) on http://127.0.0.1:<free port>/.
//     A folder serves its index.html; a missing file is a 404 (no SPA fallback: the app
//     routes by hash). Text types (HTML, JS, CSS, SVG, JSON, webmanifest) are gzipped when
//     the client accepts it; hashed files under assets/ are cached for a year, the rest
//     revalidate. `url` ends with a slash; `close()` also drops kept-alive connections, so a
//     test can take the site "off the network" for real.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// The built site; FLOPS_LAB_DIST points the browser tests at another build folder.
export const DIST = process.env.FLOPS_LAB_DIST
  ? resolve(process.env.FLOPS_LAB_DIST)
  : fileURLToPath(new URL('../../../dist/', import.meta.url));

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
]);

// Reads a file once per modification time, with its gzip form for text types.
function fileCache() {
  const cache = new Map();
  return async (path, info) => {
    const hit = cache.get(path);
    if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) return hit;
    const body = await readFile(path);
    const gzip = COMPRESSIBLE.has(extname(path)) ? gzipSync(body, { level: 9 }) : null;
    const entry = { mtimeMs: info.mtimeMs, size: info.size, body, gzip };
    cache.set(path, entry);
    return entry;
  };
}

// Maps a URL path to a file under root, or null when it would leave root.
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep) ? path : null;
}

async function findFile(path) {
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, info };
    if (info.isDirectory()) return findFile(join(path, 'index.html'));
  } catch {
    // Missing: a 404 below.
  }
  return null;
}

export async function startStaticServer({ root = DIST, port = 0, host = '127.0.0.1' } = {}) {
  const rootDir = resolve(root);
  const read = fileCache();
  const server = createServer(async (request, response) => {
    const send = (status, headers, body) => {
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }, 'Method not allowed');
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path = resolvePath(rootDir, pathname);
    const found = path && (await findFile(path));
    if (!found) {
      send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, `Not found: ${pathname}`);
      return;
    }
    try {
      const file = await read(found.path, found.info);
      const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const gzip = Boolean(file.gzip) && acceptsGzip;
      const body = gzip ? file.gzip : file.body;
      const immutable = /(^|\/)assets\//.test(pathname);
      send(
        200,
        {
          'Content-Type': MIME_TYPES[extname(found.path)] ?? 'application/octet-stream',
          'Content-Length': body.length,
          'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          'X-Content-Type-Options': 'nosniff',
          ...(file.gzip ? { Vary: 'Accept-Encoding' } : {}),
          ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        },
        body,
      );
    } catch (error) {
      send(500, { 'Content-Type': 'text/plain; charset=utf-8' }, String(error));
    }
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => resolveListen(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    server,
    close: () =>
      new Promise((resolveClose) => {
        if (!server.listening) return resolveClose(undefined);
        server.close(() => resolveClose(undefined));
        server.closeAllConnections();
      }),
  };
}
