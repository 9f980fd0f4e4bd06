import { Page } from '@playwright/test';
import { LANGS, HTML_LANG, t, exact } from './l10n';
import { test, expect, ANNA, ready, signIn, submitSignIn } from './helpers';

const AREAS: Array<[string, string]> = [
  ['/offers', 'nav-offers'],
  ['/competencies', 'nav-competencies'],
  ['/invoices', 'nav-invoices'],
  ['/support', 'nav-support'],
  ['/users', 'nav-users'],
  ['/profile', 'nav-profile'],
];

/** Collects console errors and failed requests of a page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

async function hydrated(page: Page, javaScriptEnabled: boolean | undefined) {
  if (javaScriptEnabled !== false) await ready(page);
}

/** The console errors of the test (none are expected). */
function unexpected(errors: string[]): string[] {
  return errors;
}

for (const lang of LANGS) {
  test(`every area renders its localized heading and html lang in ${lang}`, async ({ page, javaScriptEnabled }) => {
    const errors = watchErrors(page);
    await signIn(page, ANNA, lang);
    for (const [path, titleId] of AREAS) {
      await page.goto(`${path}?lang=${lang}`);
      await hydrated(page, javaScriptEnabled);
      await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, titleId));
      await expect(page).toHaveTitle(t(lang, 'shell-page-title', { page: t(lang, titleId) }));
      await expect(page.getByRole('navigation', { name: t(lang, 'nav-label') }).getByRole('link', { name: exact(lang, titleId) })).toHaveAttribute('aria-current', 'page');
    }
    expect(unexpected(errors)).toEqual([]);
  });

  test(`the 404 page is localized and answers 404 in ${lang}`, async ({ page }) => {
    await signIn(page, ANNA, lang);
    const response = await page.goto(`/no-such-page?lang=${lang}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[lang]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'not-found-title'));
  });
}

test('without a session an unknown page sends the visitor to sign in first', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fno-such-page$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'sign-in-title'));
});

test('the language switcher keeps the page and remembers the choice', async ({ page, javaScriptEnabled }) => {
  await signIn(page, ANNA, 'en');
  await page.goto('/invoices?lang=en');
  await hydrated(page, javaScriptEnabled);
  await page.getByRole('navigation', { name: t('en', 'shell-language-label') }).getByRole('link', { name: t('de', 'lang-name-de') }).click();
  await expect(page).toHaveURL(/\/invoices\?lang=de$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('de', 'nav-invoices'));
  // The cookie remembers German on a page without ?lang.
  await page.goto('/competencies');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('de', 'nav-competencies'));
});

test('the browser language is negotiated when nothing was chosen', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'nl-BE', extraHTTPHeaders: { 'Accept-Language': 'nl-BE,nl;q=0.9' } });
  const page = await context.newPage();
  // The sign-in page the visitor is sent to is already in Dutch, and so is what follows.
  await page.goto('/offers');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Foffers$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'sign-in-title'));
  await ready(page);
  // Li: no test saves a language preference for her (a saved preference outranks the browser).
  await submitSignIn(page, 'nl', 'li@wingtip.example');
  await expect(page).toHaveURL(/\/offers$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('nl', 'nav-offers'));
  await context.close();
});

test('the menu button opens the navigation once the page is interactive', async ({ page, javaScriptEnabled }) => {
  test.skip(javaScriptEnabled === false, 'needs JavaScript');
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, ANNA, 'fr');
  await page.goto('/offers?lang=fr');
  await hydrated(page, javaScriptEnabled);
  const toggle = page.getByRole('button', { name: t('fr', 'nav-menu-toggle') });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('link', { name: exact('fr', 'nav-invoices') })).toBeVisible();
});

// axe-core on every page, in every language and at two widths: pages.spec.ts.
