import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

// Lists every file under a folder, as paths relative to it with forward slashes.
function listFiles(root: string, dir = root): string[] {
  let entries: string[] = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? listFiles(root, path)
      : [relative(root, path).split('\\').join('/')];
  });
}

// Emits sw.js, a service worker that precaches the whole build (KaTeX fonts included) so the
// courseware works offline after the first visit. Paths are relative to the worker's scope,
// so the site works under any sub-path.
export function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'flops-lab:service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const files = [
        './',
        ...Object.keys(bundle).filter((name) => !name.endsWith('.map')),
        ...listFiles(publicDir),
      ]
        .filter((name) => name !== 'sw.js')
        .map((name) => (name === './' ? name : `./${name}`));
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: SW_SOURCE.replace('__VERSION__', version).replace(
          '__FILES__',
          JSON.stringify(files, null, 0),
        ),
      });
    },
  };
}

const SW_SOURCE = `// FLOPs Lab service worker: precache the build, serve it cache-first, update in the background.
const CACHE = 'flops-lab-__VERSION__';
const FILES = __FILES__;
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('flops-lab-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const isPage = request.mode === 'navigate';
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(isPage ? './' : request, { ignoreSearch: isPage }).then(
        (hit) => hit || fetch(request).then((response) => {
          if (response.ok) cache.put(request, response.clone());
          return response;
        }),
      ),
    ),
  );
});
`;
