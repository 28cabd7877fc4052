import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

// Lists every file under a folder, as paths relative to it with forward slashes.
function listFiles(root: string, dir = root): string[] {
  let entries: string[];
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

// Fonts browsers fetch only when they lack woff2: KaTeX's .woff and .ttf stay out of the cache.
const NOT_PRECACHED = /\.(map|woff|ttf)$/;

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
    // Runs last, after Vite has dropped the empty chunks of CSS-only imports.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const hash = createHash('sha256');
        const built = Object.values(bundle)
          .filter((item) => !NOT_PRECACHED.test(item.fileName))
          .map((item) => {
            hash.update(item.fileName);
            hash.update(item.type === 'chunk' ? item.code : item.source);
            return item.fileName;
          });
        const fromPublic = listFiles(publicDir).filter((name) => !NOT_PRECACHED.test(name));
        for (const name of fromPublic)
          hash.update(name).update(readFileSync(join(publicDir, name)));
        const files = ['./', ...built, ...fromPublic]
          .filter((name) => name !== 'sw.js' && name !== 'index.html')
          .map((name) => (name === './' ? name : `./${name}`));
        const version = hash.digest('hex').slice(0, 12);
        emit(this, version, files);
      },
    },
  };
}

// Writes sw.js with its cache version and precache list filled in.
function emit(
  context: { emitFile(file: { type: 'asset'; fileName: string; source: string }): string },
  version: string,
  files: readonly string[],
): void {
  const source = SW_SOURCE.replace('__VERSION__', version).replace(
    '__FILES__',
    JSON.stringify(files),
  );
  context.emitFile({ type: 'asset', fileName: 'sw.js', source });
}

// A new deploy installs beside the old one and takes over once no tab runs the old one, so an
// open lecture never loses the chunks it was built with.
const SW_SOURCE = `// FLOPs Lab service worker: precaches the build and serves it cache-first.
const CACHE = 'flops-lab-__VERSION__';
const FILES = __FILES__;
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
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
