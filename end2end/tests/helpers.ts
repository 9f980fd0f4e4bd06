// Shared steps of the end-to-end tests: signing in, waiting for hydration, the demo
// and lab accounts, dates and amounts as each locale writes them, and message patterns.
import { test as base, expect, Page, Locator, Response, APIRequestContext } from '@playwright/test';
import { Lang, HTML_LANG, t, exact } from './l10n';

/** The latest document response of each page (for the CSP workaround in `ready`). */
const documents = new WeakMap<Page, Response>();

/** Playwright's `test`, recording each page's document responses. */
export const test = base.extend<{ watchDocuments: void }>({
  watchDocuments: [
    async ({ page }, use) => {
      page.on('response', (response) => {
        try {
          if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) documents.set(page, response);
        } catch {
          // Responses of service workers have no frame.
        }
      });
      await use();
    },
    { auto: true },
  ],
});
export { expect };

/** The password of every demo and lab account. */
export const PASSWORD = 'demo-password-1';

export const ANNA = 'anna@contoso.example';
export const SAM = 'sam@contoso.example';
export const VERA = 'vera@contoso.example';
export const LUKAS = 'lukas@fabrikam.example';

/** The scenarios that have lab organizations of their own (seeded with SEED_E2E_LABS=1). */
export type LabScenario =
  | 'renew-card'
  | 'renew-transfer'
  | 'turn-off'
  | 'buy'
  | 'declined'
  | 'double'
  | 'cancel'
  | 'invoice'
  | 'notify'
  | 'auto-on'
  | 'support-cancel'
  | 'transfer-paid'
  | 'transfer-unpaid'
  | 'exempt'
  | 'axe'
  | 'account'
  | 'vat'
  | 'keyboard'
  | 'keyboard-manage'
  | 'enroll';

/** The network's support agent (staff). */
export const STAFF = 'support@network.example';
export const TRANSLATOR = 'tess@network.example';

/** Whether the running test's project has JavaScript enabled. */
export function jsEnabled(): boolean {
  return test.info().project.use.javaScriptEnabled !== false;
}

/** The lab organizations' project part: each browser project has labs of its own. */
function labProject(): string {
  const name = test.info().project.name;
  return name === 'no-js' ? 'nojs' : name === 'phone' ? 'phone' : 'js';
}

/** The lab account of `scenario` for this language and browser project. */
export function labUser(scenario: LabScenario, lang: Lang): string {
  return `${scenario}.${lang}.${labProject()}@lab.example`;
}

/** The legal name of the lab organization of `scenario` (a copy of Contoso). */
export function labOrganization(scenario: Exclude<LabScenario, 'buy'>, lang: Lang): string {
  return `Contoso Ltd (${scenario} ${lang} ${labProject()})`;
}

/**
 * With JavaScript, waits until the page is interactive (hydrated); without, nothing to
 * wait for. A page whose Content-Security-Policy lacks its nonce could never hydrate:
 * that fails the test at once (csp.spec.ts guards the cause).
 */
export async function ready(page: Page): Promise<void> {
  if (!jsEnabled()) return;
  const document = documents.get(page);
  if (document) {
    const headers = await document.allHeaders();
    if ((headers['content-type'] ?? '').startsWith('text/html')) {
      expect(headers['content-security-policy'] ?? '', `nonce policy of ${document.url()}`).toContain('nonce-');
    }
  }
  await expect(page.locator('.page')).toHaveAttribute('data-hydrated', 'true');
}

/** Whether the page has hydrated (always false without JavaScript). */
export async function isHydrated(page: Page): Promise<boolean> {
  return (await page.locator('.page').getAttribute('data-hydrated')) === 'true';
}

/** Fills in and submits the sign-in form on the current sign-in page, labelled in `lang`. */
export async function submitSignIn(page: Page, lang: Lang, email: string, password = PASSWORD): Promise<void> {
  await page.getByLabel(t(lang, 'sign-in-email'), { exact: true }).fill(email);
  await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: exact(lang, 'sign-in-submit') }).click();
}

/**
 * Signs in as `email` and waits for the page signing in leads to. With `lang` the sign-in
 * page is opened with `?lang=` (so the language is remembered in the cookie); with
 * `chooseLanguage: false` the language is left to the browser and `lang` only names the
 * labels to look for.
 */
export async function signIn(
  page: Page,
  email: string,
  lang: Lang = 'en',
  options: { chooseLanguage?: boolean; next?: string } = {},
): Promise<void> {
  const query = new URLSearchParams();
  if (options.chooseLanguage !== false) query.set('lang', lang);
  if (options.next) query.set('next', options.next);
  await page.goto(`/sign-in${query.size ? `?${query}` : ''}`);
  await ready(page);
  await submitSignIn(page, lang, email);
  await expect(page).not.toHaveURL(/\/sign-in/);
  await ready(page);
}

/** A calendar date (YYYY-MM-DD) as the app writes it in `lang` (ICU "long" date style). */
export function longDate(lang: Lang, isoDate: string): string {
  return new Intl.DateTimeFormat(HTML_LANG[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** An amount as the app writes it in `lang`. */
export function money(lang: Lang, amount: number, currency: string): string {
  return new Intl.NumberFormat(HTML_LANG[lang], { style: 'currency', currency }).format(amount);
}

/** Makes every kind of space one plain space, for comparing formatted amounts. */
export function spaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression matching the whole message `id`, with the variables given in
 * `args` filled in and every other variable captured by a group, in order.
 */
export function messagePattern(lang: Lang, id: string, args: Record<string, string | number> = {}): RegExp {
  // Any space matches any space: accessible names collapse U+00A0 and U+202F to spaces.
  const text = escapeRegExp(t(lang, id, args)).replace(/\\\{\\\$[\w-]+\\\}/g, '(.+?)').replace(/[ \u00a0\u202f]+/g, '\\s+');
  return new RegExp(`^\\s*${text}\\s*$`);
}

/** The name of an offer as the app shows it. */
export function actionPackName(lang: Lang): string {
  return t(lang, 'offer-action-pack');
}

export function competencyName(lang: Lang, level: 'silver' | 'gold', area: string): string {
  return t(lang, 'offer-competency', { level: t(lang, `level-${level}`), area: t(lang, `area-${area}`) });
}

/** The row of the Purchased table whose row header is the offer `name`. */
export function purchasedRow(page: Page, name: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** The subscription id of the Purchased row of offer `name` (from its details link). */
export async function subscriptionId(page: Page, name: string): Promise<string> {
  const href = await purchasedRow(page, name).getByRole('rowheader').getByRole('link').getAttribute('href');
  const id = /^\/offers\/(\d+)$/.exec(href ?? '')?.[1];
  if (!id) throw new Error(`no details link for ${name}: ${href}`);
  return id;
}

/** Opens the Membership offers page in `lang`. */
export async function openOffers(page: Page, lang: Lang): Promise<void> {
  await page.goto(`/offers?lang=${lang}`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'nav-offers'));
}

/** The value (`<dd>`) beside the term (`<dt>`) labelled by message `id`, in a page or a part of it. */
export function fact(scope: Page | Locator, lang: Lang, id: string, args: Record<string, string | number> = {}): Locator {
  return scope.getByRole('term').filter({ hasText: exact(lang, id, args) }).locator('xpath=following-sibling::dd[1]');
}

/** The site's files as the sign-in page links them (their names carry content hashes). */
export interface SiteFiles {
  css: string;
  js: string;
  wasm: string;
  catalog: string;
}

export async function siteFiles(request: APIRequestContext, lang: Lang = 'en'): Promise<SiteFiles> {
  const html = await (await request.get(`/sign-in?lang=${lang}`)).text();
  const href = (pattern: RegExp): string => {
    const found = html.match(pattern);
    if (!found) throw new Error(`no ${pattern} in the sign-in page's head`);
    return found[1];
  };
  return {
    css: href(/<link rel="stylesheet" id="leptos" href="([^"]+)"/),
    js: href(/<link rel="modulepreload" href="([^"]+)"/),
    wasm: href(/module_or_path: (?:"|&quot;)([^"&]+\.wasm)/),
    catalog: href(/<link rel="preload" id="mo-catalog" href="([^"]+)"/),
  };
}
