// Bundle figures of a build: what the first visit downloads, and everything there is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const FONT = new Set(['.woff2', '.woff', '.ttf', '.otf']);

function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function sizes(files) {
  return files.reduce(
    (sum, file) => {
      const body = readFileSync(file);
      return { raw: sum.raw + body.length, gzip: sum.gzip + gzipSync(body, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
}

// The attribute values of the tags that match `tag` in an HTML document.
function attributeValues(html, tagPattern, attribute) {
  const values = [];
  for (const [tag] of html.matchAll(tagPattern)) {
    const value = new RegExp(`\\s${attribute}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (value) values.push(value);
  }
  return values;
}

// Initial JS is the entry script of index.html plus its modulepreloads; initial CSS its
// stylesheets. Sizes are gzip level 9 (what a static host serves) and raw.
export function measureBundle(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const local = (href) => join(dist, href.replace(/^\.?\//, ''));
  const entry = attributeValues(html, /<script\b[^>]*type=["']module["'][^>]*>/gi, 'src');
  const preloads = attributeValues(html, /<link\b[^>]*rel=["']modulepreload["'][^>]*>/gi, 'href');
  const styles = attributeValues(html, /<link\b[^>]*rel=["']stylesheet["'][^>]*>/gi, 'href');
  const initialJs = [...new Set([...entry, ...preloads])].map(local);
  const all = listFiles(dist);
  const assetsJs = all.filter(
    (file) => extname(file) === '.js' && relative(dist, file).startsWith('assets'),
  );
  const css = all.filter((file) => extname(file) === '.css');
  const fonts = all.filter((file) => FONT.has(extname(file)));
  return {
    initialJs: { files: initialJs.map((file) => relative(dist, file)), ...sizes(initialJs) },
    initialCss: sizes(styles.map(local)),
    totalJs: { count: assetsJs.length, ...sizes(assetsJs) },
    css: { count: css.length, ...sizes(css) },
    fonts: {
      count: fonts.length,
      raw: fonts.reduce((sum, file) => sum + statSync(file).size, 0),
      // Files per format, e.g. { woff2: 20, woff: 20, ttf: 20 }.
      formats: Object.fromEntries(
        [...FONT]
          .map((ext) => [ext.slice(1), fonts.filter((file) => extname(file) === ext).length])
          .filter(([, count]) => count > 0),
      ),
    },
  };
}
