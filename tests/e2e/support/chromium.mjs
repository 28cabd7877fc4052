// Finds and launches the Chromium that the browser tests, the bench and the preview script use.
//
//   findChromium({ env?, exists?, platform? }) → string | null
//     The first Chromium found: $CHROME_PATH, then /usr/bin/chromium, then the usual Chrome and
//     Chromium paths of Linux and macOS. A Debian-style shell wrapper (/usr/bin/chromium) is
//     swapped for the real binary (/usr/lib/chromium/chromium) when that exists, so Playwright
//     and Lighthouse talk to the browser itself. Returns null when none is found, or when
//     FLOPS_LAB_NO_BROWSER=1 (pretend there is no browser: tests the "no Chromium" paths).
//     `exists` and `platform` are injectable for tests of the discovery itself.
//   installHint() → string          How to get a Chromium, for error and skip messages.
//   BROWSER_ARGS                     The flags every launch uses (headless, CI-friendly).
//   launchBrowser(options?) → Promise<Browser>
//     playwright-core's chromium.launch with the found executable and BROWSER_ARGS; throws
//     with installHint() when there is no Chromium. Close it yourself (browser.close()).
import { accessSync, constants } from 'node:fs';

export const BROWSER_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]);

const CANDIDATES = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
};

// Debian's shell wrappers, and the binary they exec (with flags of their own we do not want).
const WRAPPED_BINARIES = {
  '/usr/bin/chromium': '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser': '/usr/lib/chromium/chromium',
};

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// Whether an environment flag is switched on ("1", "true", "yes").
export function flagIsSet(value) {
  return /^(1|true|yes)$/i.test(String(value ?? '').trim());
}

export function findChromium({
  env = process.env,
  exists = isExecutable,
  platform = process.platform,
} = {}) {
  if (flagIsSet(env.FLOPS_LAB_NO_BROWSER)) return null;
  const candidates = [env.CHROME_PATH, ...(CANDIDATES[platform] ?? [])].filter(Boolean);
  const found = candidates.find((path) => exists(path));
  if (!found) return null;
  const real = WRAPPED_BINARIES[found];
  return real && exists(real) ? real : found;
}

export function installHint() {
  return [
    'No Chromium found. Install one, e.g. `sudo apt-get install chromium` (Debian/Ubuntu),',
    'or point CHROME_PATH at a Chrome or Chromium executable.',
  ].join(' ');
}

export async function launchBrowser(options = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installHint());
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    ...options,
    args: [...BROWSER_ARGS, ...(options.args ?? [])],
  });
}
