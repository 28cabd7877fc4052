// Renders public/social-preview.png, the 1200×630 card that link previews show (og:image).
// Usage: node scripts/make-social-preview.mjs [output.png]   (needs a Chromium: see
// tests/e2e/support/chromium.mjs). Commit the PNG it writes.
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/support/chromium.mjs';

const output =
  process.argv[2] ?? fileURLToPath(new URL('../public/social-preview.png', import.meta.url));

// Relative costs of a few layers, drawn as the bar motif (the favicon's colours).
const BARS = [
  [92, '#7dd3fc'],
  [64, '#7dd3fc'],
  [40, '#fbbf24'],
  [26, '#fbbf24'],
  [15, '#f472b6'],
  [9, '#f472b6'],
];

const CARD = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<style>
  * { box-sizing: border-box; margin: 0; }
  html, body { width: 1200px; height: 630px; }
  body {
    font-family: 'DejaVu Sans', 'Liberation Sans', 'Helvetica Neue', Arial, sans-serif;
    color: #e2e8f0;
    /* Flat colours keep the PNG small: the service worker precaches it with the site. */
    background: #16213a;
    border-bottom: 10px solid #7dd3fc;
    display: flex; flex-direction: column; justify-content: space-between;
    padding: 72px 80px 64px;
  }
  .kicker { font-size: 26px; letter-spacing: 0.14em; text-transform: uppercase; color: #7dd3fc; }
  h1 { font-size: 128px; font-weight: 700; letter-spacing: -0.03em; color: #f8fafc; line-height: 1; margin-top: 28px; }
  p { font-size: 36px; line-height: 1.35; color: #cbd5e1; max-width: 820px; margin-top: 28px; }
  .bottom { display: flex; align-items: flex-end; justify-content: space-between; }
  .formula { font-family: 'DejaVu Serif', Georgia, serif; font-size: 30px; color: #94a3b8; }
  .formula b { color: #fbbf24; font-weight: 400; }
  .bars { display: flex; align-items: flex-end; gap: 14px; height: 190px; }
  .bars span { width: 34px; border-radius: 6px 6px 2px 2px; }
</style>
</head>
<body>
  <div>
    <div class="kicker">Computer Vision · Week 6</div>
    <h1>FLOPs Lab</h1>
    <p>The cost math of lightweight CNNs — MobileNet &amp; EfficientNet, computed live</p>
  </div>
  <div class="bottom">
    <div class="formula">separable ÷ standard = 1/N + 1/D<sub>K</sub>² ≈ <b>1/8.7</b></div>
    <div class="bars">${BARS.map(
      ([height, colour]) => `<span style="height:${height * 2}px;background:${colour}"></span>`,
    ).join('')}</div>
  </div>
</body>
</html>`;

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(CARD, { waitUntil: 'load' });
  await page.screenshot({ path: output, type: 'png' });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
}
