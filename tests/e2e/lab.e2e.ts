// The model lab in a real browser: build a small network, switch conventions, export (the downloaded
// files' content checked), share it as a link; bad links; accessibility; the phone layout.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ALL_EXTRAS, formatCount, unwrap, type Network } from '../../src/engine/index';
import { analyzeForLab } from '../../src/lab/counting';
import { DEFAULT_COUNTING } from '../../src/lab/lab-link';
import { parseNetworkText } from '../../src/lab/network-json';
import { axe, formatViolations, openPage } from './support/browser';

/** The network the browser test builds by hand: conv 3×3 → 16, BN, ReLU, global pool, dense 16 → 10. */
const TINY: Network = {
  id: 'custom',
  title: 'My network',
  input: { spatial: [32, 32], channels: 3 },
  layers: [
    { kind: 'conv', name: 'conv_1', out: 16, kernel: 3 },
    { kind: 'bn', name: 'bn_1' },
    { kind: 'act', name: 'act_1', fn: 'relu' },
    { kind: 'global-pool', name: 'global_pool_1', op: 'avg' },
    { kind: 'dense', name: 'dense_1', out: 10 },
  ],
};

/** Polls with room for a busy machine: the lab's analysis may trail the controls by a frame or more. */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000, interval: 100 });

/** The totals region's text. */
const totals = (page: Page) => page.getByRole('region', { name: /^Totals of/ });

/** Adds a layer of a kind at the end of the network; the new row opens for editing. */
async function addAtEnd(page: Page, kind: string) {
  await page
    .getByRole('combobox', { name: /Kind of layer to add \(Add at the end\)/ })
    .selectOption(kind);
  await page.getByRole('button', { name: 'Add at the end' }).click();
}

/** Saves a download started by clicking a button and returns the file's text. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  // The browser runs in its own process: save a copy where this test can read it.
  const dir = await mkdtemp(join(tmpdir(), 'lab-e2e-'));
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

describe('building, counting and exporting a network', () => {
  test('a small network built by hand, under two conventions, exported as CSV, Markdown, LaTeX and JSON, and shared by link', async () => {
    const opened = await openPage('#/lab');
    try {
      const { page } = opened;
      await poll(() => totals(page).textContent()).toContain('568,740,352');

      // Build: start empty, set the input to 32×32 RGB, add five layers.
      await page.getByRole('button', { name: 'Empty network' }).click();
      const size = page.getByRole('textbox', { name: 'Input size' });
      await size.fill('32,32');
      await addAtEnd(page, 'conv');
      const out = page.getByRole('textbox', { name: /^N: output channels \(conv_1\)/ });
      await out.fill('16');
      await addAtEnd(page, 'bn');
      await addAtEnd(page, 'act');
      await addAtEnd(page, 'global-pool');
      await addAtEnd(page, 'dense');
      const fc = page.getByRole('textbox', { name: /^m: outputs \(dense_1\)/ });
      await fc.fill('10');
      await page.getByRole('button', { name: 'Close dense_1' }).click();

      const macs = unwrap(analyzeForLab(TINY, DEFAULT_COUNTING)).totalMacs;
      expect(macs).toBe(3 * 3 * 3 * 16 * 32 * 32 + 16 * 10);
      await poll(() => totals(page).textContent()).toContain(formatCount(macs));

      // Conventions: the lecture's FLOPs with every extra cost.
      await page.getByRole('radio', { name: 'FLOPs (mults + adds)' }).check();
      for (const name of ['Batch norm', 'Activations', 'Pooling (and SE squeeze)'])
        await page.getByRole('checkbox', { name }).check();
      const counting = {
        ...DEFAULT_COUNTING,
        convention: 'flops' as const,
        extras: { ...ALL_EXTRAS, seScale: false, residual: false },
      };
      const flops = unwrap(analyzeForLab(TINY, counting)).totalCost;
      await poll(() => totals(page).textContent()).toContain(formatCount(flops));
      await poll(() => page.url()).toMatch(
        /count=flops&extras=bn%2Cact%2Cpool|extras=bn%2Cact%2Cpool.*count=flops|count=flops.*extras=bn,act,pool/,
      );

      // Exports: the downloaded files hold the table and the network.
      await page.getByRole('tab', { name: 'Export and share' }).click();
      const csv = await download(page, 'Download CSV');
      expect(csv.name).toBe('my-network.csv');
      const lines = csv.text.trimEnd().split('\r\n');
      expect(lines[0]).toBe('#,Layer,Stage,Type,Input,Output,Params,MACs,FLOPs,Share of FLOPs (%)');
      expect(lines[1]).toMatch(/^1,conv_1,,Conv 3×3,32x32x3,32x32x16,432,442368,/);
      expect(lines).toHaveLength(1 + TINY.layers.length + 1);
      expect(lines.at(-1)).toBe(`,Total,,,,,${432 + 32 + 16 * 10 + 10},${macs},${flops},100`);

      await page.getByRole('radio', { name: 'Markdown' }).check();
      const md = await download(page, 'Download Markdown');
      expect(md.name).toBe('my-network.md');
      expect(md.text).toContain(
        '| # | Layer | Stage | Type | Input | Output | Params | MACs | FLOPs | Share of FLOPs (%) |',
      );
      expect(md.text).toContain(`**${formatCount(flops)}**`);

      await page.getByRole('radio', { name: 'LaTeX' }).check();
      const tex = await download(page, 'Download LaTeX');
      expect(tex.text).toContain('\\begin{tabular}{rlllllrrrr}');
      expect(tex.text).toContain('conv\\_1');

      await page.getByRole('radio', { name: 'Network JSON' }).check();
      const json = await download(page, 'Download Network JSON');
      const parsed = parseNetworkText(json.text);
      expect(parsed.ok && parsed.value).toEqual(TINY);

      // The link carries the network: a fresh page on it shows the same numbers.
      await poll(() => page.url()).toMatch(/[?&]net=[A-Za-z0-9_-]+/);
      const link = page.url();
      expect(opened.problems()).toEqual([]);
      const again = await openPage(link);
      try {
        await poll(() => totals(again.page).textContent()).toContain(formatCount(flops));
        await expect(
          again.page.getByRole('combobox', { name: 'Start from' }).inputValue(),
        ).resolves.toBe('__custom__');
        expect(again.problems()).toEqual([]);
      } finally {
        await again.close();
      }
    } finally {
      await opened.close();
    }
  });
});

describe('links', () => {
  test('a model link with options and counting choices opens that view', async () => {
    const opened = await openPage('#/lab?model=mobilenet-v1&width=0.75&params=total&tab=gap');
    try {
      await poll(() => totals(opened.page).textContent()).toContain('325,400,448');
      await expect(
        opened.page.getByRole('tab', { name: 'Explain the gap' }).getAttribute('aria-selected'),
      ).resolves.toBe('true');
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test.each([
    ['a damaged network', '#/lab?net=H4sIA$$$', /could not be loaded/],
    [
      'an unknown model and convention',
      '#/lab?model=lenet&count=tflops',
      /There is no model "lenet"/,
    ],
    ['a bad option value', '#/lab?model=efficientnet-b0&resolution=-5', /resolution/],
  ])('%s shows a message and a working lab, never a crash', async (_name, path, message) => {
    const opened = await openPage(path);
    try {
      await poll(() => opened.page.getByRole('status').allTextContents()).toContainEqual(
        expect.stringMatching(message),
      );
      await poll(() => totals(opened.page).isVisible()).toBe(true);
      expect(opened.pageErrors).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('accessibility and layout', () => {
  for (const tab of [
    'Layer table',
    'Charts',
    'Explain the gap',
    'FLOPs are not latency',
    'Export and share',
  ]) {
    test(`axe finds no serious or critical violation (${tab}, EfficientNet-B0)`, async () => {
      const opened = await openPage('#/lab?model=efficientnet-b0');
      try {
        await opened.page.getByRole('tab', { name: tab }).click();
        await opened.page.getByRole('button', { name: 'Edit stem', exact: true }).click();
        await opened.page.waitForTimeout(300);
        const violations = await axe(opened.page);
        expect(violations, formatViolations(violations)).toEqual([]);
        expect(opened.problems()).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  test('dark theme passes axe too', async () => {
    const opened = await openPage('#/lab?model=mobilenet-v1&tab=latency');
    try {
      await opened.page.evaluate(() => {
        localStorage.setItem(
          'flops-lab:preferences',
          JSON.stringify({
            state: { theme: 'dark', practice: false, lastSlide: 'title', visited: [] },
            version: 1,
          }),
        );
      });
      await opened.page.reload();
      await totals(opened.page).waitFor();
      expect(await opened.page.locator('html').getAttribute('data-theme')).toBe('dark');
      const violations = await axe(opened.page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('on a 390 px phone the page never scrolls sideways (wide tables scroll within themselves)', async () => {
    const opened = await openPage('#/lab?model=resnet-50', {
      viewport: { width: 390, height: 844 },
    });
    try {
      for (const tab of [
        'Layer table',
        'Charts',
        'Explain the gap',
        'FLOPs are not latency',
        'Export and share',
      ]) {
        await opened.page.getByRole('tab', { name: tab }).click();
        await opened.page.waitForTimeout(200);
        const overflow = await opened.page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `horizontal overflow on ${tab}`).toBeLessThanOrEqual(0);
      }
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
