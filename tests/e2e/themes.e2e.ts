// Every slide in the dark and projector themes: axe-core finds no serious or critical violation
// (colour contrast included) once the slide's panel has loaded. The light theme is checked slide
// by slide in the deck-*.e2e.ts files.
import { describe, expect, it } from 'vitest';
import { axe, formatViolations, openPage, siteUrl } from './support/browser';
import { slideIds } from './support/deck';

describe('every slide in the dark and projector themes', { timeout: 300_000 }, () => {
  for (const theme of ['dark', 'projector'] as const) {
    it(`has no serious or critical violation in the ${theme} theme (contrast included)`, async () => {
      const opened = await openPage('#/title');
      const { page } = opened;
      try {
        await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
        await expect
          .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
          .toBe(theme);
        const ids = await slideIds(page);
        expect(ids).toHaveLength(31);
        const found: string[] = [];
        for (const id of ids) {
          await page.goto(siteUrl(`#/${id}`));
          await expect.poll(() => page.evaluate(() => location.hash.split('?')[0])).toBe(`#/${id}`);
          await page.locator('.slide-panel > :not(.loading)').first().waitFor({ timeout: 15_000 });
          await page.waitForLoadState('networkidle');
          const violations = await axe(page);
          if (violations.length > 0) found.push(`${id}: ${formatViolations(violations)}`);
        }
        expect(found).toEqual([]);
        expect(opened.problems()).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});
