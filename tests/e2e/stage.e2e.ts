// The stage in a real browser: a slider step paints its control at once, the panel follows a
// frame later and the link once the slider rests; nothing else moves; every slide fits its
// 16:9 stage (zoomed no lower than 0.8) on a 1280 × 800 laptop, in the light and projector themes.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, siteUrl } from './support/browser';
import { slideIds } from './support/deck';

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

interface FitReading {
  readonly zoom: number;
  readonly overflow: boolean;
  readonly scroll: number;
  readonly height: number;
}

// The slide's fit once it has settled: its panel loaded and showing its numbers, and the zoom,
// the content's height and the page's scroll unchanged over three readings 100 ms apart (a panel
// loading grows the content, and the zoom follows a frame or more later). Gives up after 8 s
// with the last reading.
async function settledFit(page: Page): Promise<FitReading> {
  await page.waitForLoadState('networkidle');
  const read = () =>
    page.evaluate(() => {
      const content = document.querySelector<HTMLElement>('.stage-content');
      const loaded =
        content !== null &&
        content.querySelector('.slide-panel .loading, .slide-panel[aria-busy]') === null;
      return {
        loaded,
        zoom: Number(content?.dataset.fit ?? 'NaN'),
        overflow: content?.dataset.overflow === 'true',
        scroll: document.documentElement.scrollHeight - innerHeight,
        height: Math.round(content?.getBoundingClientRect().height ?? 0),
      };
    });
  const deadline = Date.now() + 8000;
  let last = await read();
  let same = 0;
  while (Date.now() < deadline && same < 3) {
    await page.waitForTimeout(100);
    const next = await read();
    same = next.loaded && JSON.stringify(next) === JSON.stringify(last) ? same + 1 : 0;
    last = next;
  }
  return last;
}

// Starts recording layout shifts; the returned function stops and gives their sum.
async function recordShifts(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const record = { total: 0, observer: undefined as PerformanceObserver | undefined };
    record.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        record.total += (entry as unknown as { value: number }).value;
    });
    record.observer.observe({ type: 'layout-shift' });
    (window as unknown as { __shifts: typeof record }).__shifts = record;
  });
  return () =>
    page.evaluate(() => {
      const record = (
        window as unknown as { __shifts: { total: number; observer: PerformanceObserver } }
      ).__shifts;
      record.observer.disconnect();
      return record.total;
    });
}

const twoFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );

describe('a slider step', () => {
  it('moves its control at once, the panel after the frame, the link once it rests', async () => {
    const opened = await openPage('#/standard-conv-flops');
    const { page } = opened;
    try {
      const slider = page.getByRole('slider', { name: /^N:/ });
      const field = page.getByRole('textbox', { name: /^N \(/ });
      const result = page.getByRole('group', {
        name: 'Filled blank: Mults for N kernels (the total)',
      });
      await result.waitFor();
      expect(await result.textContent()).toContain('462,422,016');
      await slider.focus();
      for (let press = 0; press < 5; press += 1) await page.keyboard.press('ArrowLeft');
      expect(await field.inputValue()).toBe('507');
      await expect.poll(() => result.textContent()).toContain('457,906,176');
      expect(await page.locator('.slide-panel[aria-busy="true"]').count()).toBe(0);
      // The link follows once the slider rests, without a history entry of its own.
      await expect.poll(() => hash(page)).toBe('#/standard-conv-flops?N=507');
      const entries = await page.evaluate(() => history.length);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => hash(page)).toBe('#/standard-conv-flops?N=506');
      expect(await page.evaluate(() => history.length)).toBe(entries);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('keeps the numbers of a slide left before its link was written', async () => {
    const opened = await openPage('#/standard-conv-flops');
    const { page } = opened;
    try {
      const slider = page.getByRole('slider', { name: /^DK:/ });
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      // Straight to the next slide, inside the 250 ms the link waits for.
      await page.getByRole('button', { name: /Next/ }).click();
      await expect.poll(() => hash(page)).toContain('#/depthwise-separable-concept');
      await page.goBack();
      await expect.poll(() => hash(page)).toBe('#/standard-conv-flops?DK=4');
      expect(await page.getByRole('textbox', { name: /^DK \(/ }).inputValue()).toBe('4');
    } finally {
      await opened.close();
    }
  });
});

describe('the stage', { timeout: 240_000 }, () => {
  it('moves nothing but the numbers while any slide’s first slider is stepped', async () => {
    const opened = await openPage('#/title');
    const { page } = opened;
    try {
      const shifts: string[] = [];
      for (const id of await slideIds(page)) {
        await page.goto(siteUrl(`#/${id}`));
        await page.locator('#slide-title').waitFor();
        const slider = page.locator('.slide-controls input[type=range]').first();
        if ((await slider.count()) === 0) continue;
        await settledFit(page);
        await slider.focus();
        const stop = await recordShifts(page);
        for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
          await page.keyboard.press(key);
          await twoFrames(page);
        }
        await page.waitForTimeout(100);
        const total = await stop();
        if (total > 0.005) shifts.push(`${id}: ${total.toFixed(3)}`);
      }
      expect(shifts).toEqual([]);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  for (const theme of ['light', 'projector'] as const) {
    it(`fits every slide at 1280 × 800 (${theme}): zoom ≥ 0.8, no page scroll`, async () => {
      const opened = await openPage('#/title', { viewport: { width: 1280, height: 800 } });
      const { page } = opened;
      try {
        await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
        const misfits: string[] = [];
        for (const id of await slideIds(page)) {
          await page.goto(siteUrl(`#/${id}`));
          await page.locator('#slide-title').waitFor();
          const fit = await settledFit(page);
          if (!(fit.zoom >= 0.8) || fit.overflow || fit.scroll > 16) {
            misfits.push(
              `${id}: zoom ${fit.zoom}${fit.overflow ? ' overflow' : ''}, page scroll ${fit.scroll}px`,
            );
          }
        }
        expect(misfits).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});
