import type { Page } from 'playwright-core';

/** Every slide id, in deck order, read from the deck's outline (the page must show the deck). */
export async function slideIds(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Outline' }).click();
  const hrefs = await page
    .locator('#outline a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  await page.keyboard.press('Escape');
  return hrefs.map((href) => href.replace(/^#\//, '').split('?')[0] ?? '');
}
