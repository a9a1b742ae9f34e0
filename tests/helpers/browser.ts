/** Headless Debian Chromium through playwright-core (no browser download). */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The search page's results once they are final: a status that is no longer "Đang tìm…" and a list
 * no longer busy (not the first stage's titles). Returns the status and the result links, in order.
 */
export async function searchResults(page: Page, timeout = 15_000): Promise<{ status: string; hrefs: string[] }> {
  await page.waitForFunction(
    () => {
      const s = document.querySelector('#search-status')?.textContent ?? '';
      const busy = document.querySelector('#search-results')?.getAttribute('aria-busy') === 'true';
      return s !== '' && !s.startsWith('Đang tìm') && !busy;
    },
    null,
    { timeout },
  );
  return {
    status: (await page.textContent('#search-status')) ?? '',
    hrefs: await page.$$eval('#search-results h2 a', (as) => as.map((a) => a.getAttribute('href') ?? '')),
  };
}
