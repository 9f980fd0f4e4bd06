// The wasm split by area (src/app.rs, .ci/build-site): signing in and the offers page
// need only the main module; a page of another area loads that area's split module,
// named in the head when the page comes from the server, fetched on the way when the
// browser navigates there itself; and the page hydrates with it.
import { Page } from '@playwright/test';
import { t, exact } from './l10n';
import { test, expect, ANNA, ready, signIn } from './helpers';

/** The wasm files a page fetched, by file name, and its console errors. */
function watch(page: Page): { wasm: string[]; errors: string[] } {
  const seen = { wasm: [] as string[], errors: [] as string[] };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.wasm')) seen.wasm.push(path.split('/').pop() ?? path);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  return seen;
}

const splitModules = (files: string[]) => files.filter((file) => /^(split|chunk)_/.test(file));

test.beforeEach(({ javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, 'the split is about the wasm');
});

test('signing in and the offers page need only the main wasm', async ({ page }) => {
  const seen = watch(page);
  await signIn(page, ANNA, 'en');
  await expect(page).toHaveURL(/\/offers/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'nav-offers'));
  expect(seen.wasm.filter((file) => file.startsWith('membership-offers.')).length).toBeGreaterThan(0);
  expect(splitModules(seen.wasm)).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('a page of another area names its split module in its head and hydrates with it', async ({ page }) => {
  await signIn(page, ANNA, 'de');
  const seen = watch(page);
  await page.goto('/invoices?lang=de');
  await ready(page);
  const preloads = await page.locator('head link[rel="preload"][as="fetch"][href$=".wasm"]').evaluateAll((links) =>
    links.map((link) => (link as HTMLLinkElement).getAttribute('href') ?? ''),
  );
  const area = preloads.filter((href) => href.includes('/split_record_pages_'));
  expect(area, `preloads: ${preloads.join(', ')}`).toHaveLength(1);
  expect(seen.wasm.some((file) => file.startsWith('split_record_pages_'))).toBe(true);
  // Hydrated: the client-side router now answers a link without a new document.
  const documents: string[] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest()) documents.push(request.url());
  });
  await page.getByRole('navigation', { name: t('de', 'nav-label') }).getByRole('link', { name: exact('de', 'nav-competencies') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('de', 'nav-competencies'));
  expect(documents).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('navigating in the browser fetches an area once, on the way to its first page', async ({ page }) => {
  await signIn(page, ANNA, 'fr');
  await page.goto('/offers?lang=fr');
  await ready(page);
  const seen = watch(page);
  const nav = page.getByRole('navigation', { name: t('fr', 'nav-label') });
  await nav.getByRole('link', { name: exact('fr', 'nav-invoices') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('fr', 'nav-invoices'));
  const records = seen.wasm.filter((file) => file.startsWith('split_record_pages_'));
  expect(records).toHaveLength(1);
  // Another page of the same area: nothing more to fetch for it.
  await nav.getByRole('link', { name: exact('fr', 'nav-competencies') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('fr', 'nav-competencies'));
  expect(seen.wasm.filter((file) => file.startsWith('split_record_pages_'))).toHaveLength(1);
  // A page of another area fetches that area's module.
  await nav.getByRole('link', { name: exact('fr', 'nav-support') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('fr', 'nav-support'));
  expect(seen.wasm.some((file) => file.startsWith('split_support_pages_'))).toBe(true);
  expect(seen.errors).toEqual([]);
});
