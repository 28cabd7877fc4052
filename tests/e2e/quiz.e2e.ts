// The quiz in a real browser: answering right, wrong and junk, progress kept across a reload,
// a class quiz's score kept, a corrupt saved topic reset alone, the printable worksheet, and axe.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { quizQuestions } from '../../src/quiz/question-set';
import { axe, formatViolations, openPage, siteUrl } from './support/browser';

async function check(
  page: Page,
  text: string,
  how: 'click' | 'enter' = 'click',
  card = page.locator('article').first(),
) {
  const box = card.getByRole('textbox', { name: 'Answer' });
  await box.fill(text);
  if (how === 'enter') await box.press('Enter');
  else await card.getByRole('button', { name: 'Check' }).click();
}

const feedback = (page: Page) => page.locator('article .feedback').first();

describe('answering and progress', () => {
  test('junk, a named mistake, not quite, right; then a reload keeps the progress', async () => {
    const opened = await openPage('#/quiz?topic=separable-ratio&N=256&DK=3');
    try {
      const { page } = opened;
      await page.getByRole('textbox', { name: 'Answer' }).waitFor();
      await expect
        .poll(() => page.getByText('What fraction of the standard convolution’s mult-adds').count())
        .toBe(1);

      await check(page, 'nine-ish');
      await expect
        .poll(() => feedback(page).textContent())
        .toContain('Accepted forms: 568740352, 568,740,352, 5.687e8');

      await check(page, '8.7x', 'enter');
      await expect
        .poll(() => feedback(page).textContent())
        .toContain('Speed-up given where the ratio was asked (inverse)');

      await check(page, '0.3');
      await expect.poll(() => feedback(page).textContent()).toContain('Not quite');
      expect(await page.getByRole('list', { name: 'Hints' }).getByRole('listitem').count()).toBe(1);

      await check(page, '1/256 + 1/9', 'enter');
      await expect.poll(() => feedback(page).textContent()).toContain('✓ Correct.');

      // A second topic, answered right at once.
      await page.evaluate(() => (window.location.hash = '#/quiz?topic=dense-flops&n=3&m=4&bias=0'));
      await expect.poll(() => page.getByText('maps n = 3 inputs to m = 4 outputs').count()).toBe(1);
      await check(page, '20', 'enter');
      await expect.poll(() => feedback(page).textContent()).toContain('✓ Correct.');

      await page.reload({ waitUntil: 'load' });
      await page.evaluate(() => (window.location.hash = '#/quiz/progress'));
      await page.getByText('Numbers as a table').click();
      const table = page.getByRole('table', { name: 'Mastery per topic' });
      const ratio = table.getByRole('row', { name: /Separable vs standard/ });
      const dense = table.getByRole('row', { name: /Dense layer FLOPs/ });
      expect(await ratio.locator('td').allTextContents()).toEqual([
        'Separable vs standard: ratio and speed-up',
        '1',
        '0',
        '0 %',
      ]);
      expect(await dense.locator('td').allTextContents()).toEqual([
        'Dense layer FLOPs',
        '1',
        '1',
        '100 %',
      ]);
      const saved = await page.evaluate(() =>
        JSON.parse(localStorage.getItem('flops-lab:quiz-progress') ?? 'null'),
      );
      expect(saved.version).toBe(1);

      const violations = await axe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('a class quiz keeps its score across a reload', async () => {
    const first = quizQuestions(7)[0]!;
    const opened = await openPage('#/quiz?seed=7');
    try {
      const { page } = opened;
      const cards = page.locator('article');
      await expect.poll(() => cards.count()).toBe(10);
      await check(page, String(first.answer), 'enter', cards.nth(0));
      await check(page, '1', 'enter', cards.nth(1));
      const score = page.locator('.score-bar');
      await expect.poll(() => score.textContent()).toContain('Score 1 / 10');
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => page.locator('.score-bar').textContent()).toContain('Score 1 / 10');
      expect(await page.locator('.score-bar').textContent()).toContain('2 of 10 answered');
      expect(await page.locator('article').nth(0).getByText('Answered right').count()).toBe(1);
      expect(await page.locator('article').nth(1).getByText('Missed').count()).toBe(1);
      const violations = await axe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('a corrupt saved topic resets alone, with a notice', async () => {
    const opened = await openPage('', { waitForApp: true });
    try {
      const { page } = opened;
      // Let the first page finish loading: leaving it mid-request would abort its requests.
      await page.waitForLoadState('networkidle');
      await page.evaluate(() =>
        localStorage.setItem(
          'flops-lab:quiz-progress',
          JSON.stringify({
            state: {
              topics: {
                pointwise: { attempts: 2, correct: 2, recent: [1, 1] },
                depthwise: { attempts: 'x' },
              },
              runs: {},
            },
            version: 1,
          }),
        ),
      );
      // A new document (the query differs), so the quiz loads the saved data fresh.
      await page.goto(siteUrl('?fresh=1#/quiz/progress'), { waitUntil: 'load' });
      await expect
        .poll(() => page.getByText('Part of your saved quiz progress could not be read').count())
        .toBe(1);
      expect(await page.getByText(/“Depthwise conv MACs”/).count()).toBe(1);
      await page.getByText('Numbers as a table').click();
      const pointwise = page
        .getByRole('table', { name: 'Mastery per topic' })
        .getByRole('row', { name: /Pointwise conv MACs/ });
      expect(await pointwise.locator('td').allTextContents()).toEqual([
        'Pointwise conv MACs',
        '2',
        '2',
        '100 %',
      ]);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('pages', () => {
  test.each(['#/quiz', '#/quiz/worksheet?seed=7', '#/quiz/answers?seed=7'])(
    '%s opens clean and passes axe',
    async (path) => {
      const opened = await openPage(path);
      try {
        const { page } = opened;
        await page.locator('main').waitFor();
        await page.waitForLoadState('networkidle');
        // KaTeX's own markup is checked on the slides; here it only slows axe down on ten solutions.
        const violations = await axe(page, { exclude: ['.katex'] });
        expect(violations, formatViolations(violations)).toEqual([]);
        expect(opened.problems()).toEqual([]);
      } finally {
        await opened.close();
      }
    },
    120_000,
  );

  test('the answer key prints its solutions with KaTeX and without the controls', async () => {
    const opened = await openPage('#/quiz/answers?seed=7');
    try {
      const { page } = opened;
      await expect.poll(() => page.locator('.solution .katex').count()).toBeGreaterThan(10);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.quiz-bar').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
      expect(await page.locator('.worksheet-item').count()).toBe(10);
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('the projector theme on a phone: no horizontal page scroll', async () => {
    const opened = await openPage('#/quiz?topic=mbconv-cost', {
      viewport: { width: 390, height: 844 },
    });
    try {
      const { page } = opened;
      await page.evaluate(() =>
        localStorage.setItem(
          'flops-lab:preferences',
          JSON.stringify({
            state: { theme: 'projector', practice: false, lastSlide: 'title', visited: [] },
            version: 1,
          }),
        ),
      );
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('textbox', { name: 'Answer' }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      const violations = await axe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
