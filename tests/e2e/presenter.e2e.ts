// Instructor mode in a real browser: audience windows follow the presenter, the projector keys,
// and the handout printed to PDF.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, siteUrl } from './support/browser';

async function slideTitle(page: Page): Promise<string> {
  return (await page.locator('#slide-title').textContent()) ?? '';
}

describe('presenter and audience', () => {
  it('an audience window follows navigation, reveal steps and a control change', async () => {
    const presenter = await openPage('#/presenter/what-is-a-flop');
    try {
      const audience = await presenter.context.newPage();
      await audience.goto(siteUrl('#/audience'));
      await expect.poll(() => slideTitle(audience)).toBe('What is a FLOP?');

      // → first reveals the slide's fills one by one, then moves on.
      await expect.poll(() => presenter.page.locator('[data-fill]').count()).toBeGreaterThan(0);
      const fills = await presenter.page.locator('[data-fill]').count();
      await presenter.page.locator('#slide-title').click();
      await presenter.page.keyboard.press('ArrowRight');
      await expect
        .poll(() => audience.locator('.fill:not(.fill-hidden)').count())
        .toBeGreaterThan(0);
      const hiddenBefore = await audience.locator('.fill-hidden').count();
      for (let i = 0; i < 20 && (await slideTitle(presenter.page)) === 'What is a FLOP?'; i += 1) {
        await presenter.page.keyboard.press('ArrowRight');
      }
      expect(hiddenBefore).toBeLessThan(fills);
      const next = await slideTitle(presenter.page);
      expect(next).not.toBe('What is a FLOP?');
      const sent = Date.now();
      await expect.poll(() => slideTitle(audience), { interval: 10 }).toBe(next);
      expect(Date.now() - sent).toBeLessThan(1000);

      // A parameter changed on the presenter shows on the audience screen.
      await presenter.page.goto(siteUrl('#/presenter/efficiency-example'));
      await expect.poll(() => slideTitle(audience)).toBe('Example: efficiency gain');
      const field = presenter.page.getByRole('textbox', { name: /^N \(/ });
      await field.fill('512');
      await expect.poll(() => audience.locator('.value-strip').textContent()).toContain('512');
      // The link follows once the control rests (the audience did not wait for it).
      await expect.poll(() => presenter.page.url()).toContain('N=512');

      // A window opened late catches up at once.
      const late = await presenter.context.newPage();
      await late.goto(siteUrl('#/audience'));
      await expect.poll(() => slideTitle(late)).toBe('Example: efficiency gain');
      expect(presenter.problems()).toEqual([]);
    } finally {
      await presenter.close();
    }
  });

  it('the pointer shows on the audience screen', async () => {
    const presenter = await openPage('#/presenter/mbconv');
    try {
      const audience = await presenter.context.newPage();
      await audience.goto(siteUrl('#/audience'));
      await expect.poll(() => slideTitle(audience)).toContain('MBConv');
      const stage = presenter.page.locator('.presenter-stage');
      const box = await stage.boundingBox();
      if (!box) throw new Error('no stage');
      await presenter.page.mouse.move(box.x + box.width / 2, box.y + box.height / 4);
      await expect.poll(() => audience.locator('.laser').count()).toBe(1);
    } finally {
      await presenter.close();
    }
  });

  it('answers every projector key', async () => {
    const opened = await openPage('#/presenter/title');
    const { page } = opened;
    try {
      await page.locator('#slide-title').click();
      await page.keyboard.press('?');
      await expect
        .poll(() => page.getByRole('dialog', { name: 'Keyboard shortcuts' }).count())
        .toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      await page.keyboard.press('o');
      await expect.poll(() => page.getByRole('dialog', { name: /Overview/ }).count()).toBe(1);
      await page.keyboard.press('Escape');

      await page.keyboard.press('g');
      await page.keyboard.press('1');
      await page.keyboard.press('4');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toContain('#/presenter/mobilenet-architecture');

      await page.keyboard.press('b');
      await expect.poll(() => page.getByRole('dialog', { name: 'Screen blanked' }).count()).toBe(1);
      await page.keyboard.press('b');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

      await page.keyboard.press('End');
      await expect.poll(() => page.url()).toContain('#/presenter/mobilenet-vs-efficientnet');
      await page.keyboard.press('Home');
      await expect.poll(() => page.url()).toContain('#/presenter/title');
      expect(opened.problems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('shows the next slide, notes, a timer and a QR code to share', async () => {
    const opened = await openPage('#/presenter/efficiency-example');
    const { page } = opened;
    try {
      await expect
        .poll(() => page.getByRole('region', { name: 'Next slide' }).textContent())
        .toContain('MobileNet architecture');
      const notes = page.getByRole('region', { name: 'Speaker notes' });
      await expect.poll(() => notes.textContent()).toContain('Ask the room');
      expect(await page.getByRole('timer').count()).toBe(1);
      await page.getByRole('button', { name: 'Share' }).click();
      const qr = page.getByRole('img', { name: /QR code of the link/ });
      await expect.poll(() => qr.count()).toBe(1);
      expect(await qr.getAttribute('aria-label')).toContain('#/efficiency-example');
    } finally {
      await opened.close();
    }
  });
});

describe('handout', () => {
  it('prints one page per slide with the fills in it', async () => {
    const opened = await openPage('#/handout');
    const { page } = opened;
    try {
      // The handout view loads on demand: wait for it rather than count the fallback.
      const slides = page.locator('.handout-slide');
      await expect.poll(() => slides.count(), { timeout: 20_000 }).toBe(31);
      await expect
        .poll(() => page.locator('.handout-slide .loading').count(), { timeout: 30_000 })
        .toBe(0);
      await page.emulateMedia({ media: 'print' });
      // The print dialog fires beforeprint; page.pdf() does not, so the test does.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      // Every fill is shown, none is hidden behind a reveal button.
      expect(await page.locator('.handout-slide .fill-hidden').count()).toBe(0);
      expect(await page.locator('.handout-slide .fill').count()).toBeGreaterThan(20);
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length).toBe(31);
    } finally {
      await opened.close();
    }
  });
});
