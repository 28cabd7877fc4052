// Input-to-paint while a slide's first slider is stepped with the keyboard, and the layout
// shift it causes, measured in the page with the Event Timing and Layout Instability APIs.
//
// Method. Every key press is one interaction (its keydown and keyup share an interactionId).
// A PerformanceObserver of type 'event' with durationThreshold 16 (Chromium's minimum) records
// each event's duration: from the key's timestamp to the next paint after its handlers ran,
// rounded to 8 ms. An interaction's latency is the longest of its events. Interactions that
// report no entry took under 16 ms, and count as "<16 ms" in the percentiles; the number of
// interactions is checked against performance.interactionCount. The slider is stepped from
// its value towards its maximum, back to its minimum and so on, so every press changes the
// value; after each press the page is given two animation frames, so presses never queue.
//
// The slide's panel follows its controls one frame late (src/ui/use-after-paint.ts). How late
// is measured too: from each key press to the first frame painted after the panel's DOM
// changed (a MutationObserver on .slide-panel; the frame after its next animation frame).

// Whether the page shows a slide: the app answers an unknown id with its not-found view.
export async function slideIsMissing(page) {
  await page.locator('#root > *').first().waitFor({ timeout: 15_000 });
  return (await page.getByRole('heading', { name: /not found/i }).count()) > 0;
}

// Nearest-rank percentile over latencies where null means "under the 16 ms threshold".
export function percentile(latencies, p) {
  if (latencies.length === 0) return undefined;
  const sorted = [...latencies].sort((a, b) => (a ?? -1) - (b ?? -1));
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// The direction of each of `count` presses: up to the maximum, down to the minimum, and so on.
function pressPlan({ value, min, max, step }, count) {
  const steps = Math.round((max - min) / step);
  let position = Math.round((value - min) / step);
  let up = position < steps;
  return Array.from({ length: count }, () => {
    if (up && position >= steps) up = false;
    if (!up && position <= 0) up = true;
    position += up ? 1 : -1;
    return up ? 'ArrowRight' : 'ArrowLeft';
  });
}

const nextFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

// Measures one slide at one CPU slowdown; returns figures or { missing: reason }.
export async function measureSlide(browser, url, { rate = 1, presses = 80 } = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    if (await slideIsMissing(page)) return { missing: 'no such slide (the not-found view shows)' };
    const slider = page.locator('input[type=range]').first();
    try {
      await slider.waitFor({ state: 'visible', timeout: 10_000 });
    } catch {
      return { missing: 'the slide has no visible input[type=range]' };
    }
    // The accessible name, as a screen reader hears it: `- slider "name": value`.
    const label = /slider "([^"]*)"/.exec(await slider.ariaSnapshot())?.[1] ?? '(unnamed)';
    const range = await slider.evaluate((input) => ({
      value: Number(input.value),
      min: Number(input.min || 0),
      max: Number(input.max || 100),
      step: input.step === 'any' ? 1 : Number(input.step || 1),
    }));
    if (!(range.max > range.min)) return { missing: 'the slider has no range to step through' };
    await page.waitForLoadState('networkidle');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await slider.focus();
    await page.evaluate(() => {
      const bench = { start: performance.now(), events: [], shifts: [], panel: [] };
      let pressedAt = null;
      window.addEventListener('keydown', (event) => (pressedAt = event.timeStamp), true);
      const panel = document.querySelector('.slide-panel');
      if (panel) {
        new MutationObserver(() => {
          if (pressedAt === null) return;
          const from = pressedAt;
          pressedAt = null;
          requestAnimationFrame(() =>
            setTimeout(() => bench.panel.push(performance.now() - from), 0),
          );
        }).observe(panel, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      }
      bench.interactions = performance.interactionCount ?? null;
      window.__bench = bench;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.startTime < bench.start || !entry.interactionId) continue;
          bench.events.push({ id: entry.interactionId, duration: entry.duration });
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.startTime < bench.start) continue;
          bench.shifts.push({ value: entry.value, recent: entry.hadRecentInput });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const key of pressPlan(range, presses)) {
      await page.keyboard.press(key);
      await page.evaluate(nextFrames);
      await page.waitForTimeout(15);
    }
    await page.waitForTimeout(300);
    const bench = await page.evaluate(() => {
      const { start, events, shifts, interactions, panel } = window.__bench;
      return {
        start,
        events,
        shifts,
        panel,
        interactions:
          interactions === null ? null : (performance.interactionCount ?? 0) - interactions,
      };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const byInteraction = new Map();
    for (const { id, duration } of bench.events) {
      byInteraction.set(id, Math.max(byInteraction.get(id) ?? 0, duration));
    }
    const reported = [...byInteraction.values()];
    const latencies = [...reported, ...Array(Math.max(0, presses - reported.length)).fill(null)];
    return {
      label,
      presses,
      interactions: bench.interactions,
      over16: reported.length,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: reported.length ? Math.max(...reported) : null,
      panelUpdates: bench.panel.length,
      panelP50: percentile(bench.panel, 50) ?? null,
      panelP95: percentile(bench.panel, 95) ?? null,
      shiftTotal: bench.shifts.reduce((sum, shift) => sum + shift.value, 0),
      cls: bench.shifts.filter((shift) => !shift.recent).reduce((sum, s) => sum + s.value, 0),
    };
  } finally {
    await context.close();
  }
}
