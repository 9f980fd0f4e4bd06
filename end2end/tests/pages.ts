// Every page of the portal, in the order a walk reaches them, with how to reach each one
// and its primary action: the pages a visitor sees signed out, a partner's pages (in a
// lab organization of its own: the `axe` labs, which only pages.spec.ts uses), and the
// staff console. Some pages exist only after an action (an order review, a support
// request, a confirmation); the walk takes those actions in its own lab, once, so a
// walk needs a fresh server (as the whole suite does).
//
// pages.spec.ts walks this list in every language: axe-core, no sideways scroll, the
// primary action within reach on a phone, and the server's HTML through the Nu checker.
import { APIRequestContext, APIResponse, Locator, Page } from '@playwright/test';
import { Lang, t, exact } from './l10n';
import { expect, actionPackName, competencyName, purchasedRow, ready, submitSignIn, subscriptionId } from './helpers';

/**
 * Who opens a page: nobody signed in, the lab's Global admin, the Global admin of an
 * organization that is not a member yet (the `enroll` labs), the support agent, or
 * the translator.
 */
export type Who = 'visitor' | 'partner' | 'newcomer' | 'staff' | 'translator';

/** What earlier pages of a walk found out, for the pages after them. */
export interface Found {
  /** The lab's e-mail address (the partner). */
  partner: string;
  /** Subscription ids: the Action Pack (in its renewal window) and the Silver competency (automatic renewal on). */
  actionPack?: string;
  silver?: string;
  /** The first Buy link on the offers page (a competency the lab may buy). */
  buy?: string;
  /** The support request the cancellation opened. */
  request?: string;
}

export interface AppPage {
  /** What the page is, for messages. */
  name: string;
  who: Who;
  /**
   * Opens the page in `lang`, doing what reaching it takes (following a link, filling
   * in a form); it is loaded, and with JavaScript hydrated, when this returns.
   */
  open: (page: Page, lang: Lang, found: Found) => Promise<void>;
  /** The page's primary action, when it has one: what must stay within reach on a phone. */
  primary?: (page: Page, lang: Lang) => Locator;
  /**
   * The server's HTML of the page as the browser first got it, for the HTML checker.
   * Without it, a GET of the page's address; pages that answer a form post it again.
   */
  html?: (request: APIRequestContext, lang: Lang, found: Found) => Promise<APIResponse>;
  /** What axe-core leaves out: repetitions of a part it has seen (a selector). */
  axeExclude?: string;
}

/** A checkout form's card fields (the sandbox card that is accepted). */
const CARD = { card_holder: 'Lab Admin', card_number: '4242 4242 4242 4242', card_expiry: '12/30', card_cvc: '123' };

/** A valid Dutch VAT ID other than the lab's verified one (as vat.spec.ts uses). */
const NEW_VAT_ID = 'NL100000009B01';

/** Browsers send this on a same-origin form post; the forgery check wants it. */
const SAME_ORIGIN = { 'sec-fetch-site': 'same-origin' };

async function go(page: Page, lang: Lang, path: string): Promise<void> {
  await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  await ready(page);
}

function button(id: string, args: Record<string, string | number> = {}) {
  return (page: Page, lang: Lang) => page.getByRole('main').getByRole('button', { name: exact(lang, id, args) }).first();
}

function link(id: string, args: Record<string, string | number> = {}) {
  return (page: Page, lang: Lang) => page.getByRole('main').getByRole('link', { name: exact(lang, id, args) }).first();
}

/** A page reached by its address alone. */
function plain(name: string, who: Who, path: string, primary?: AppPage['primary']): AppPage {
  return { name, who, open: (page, lang) => go(page, lang, path), primary };
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new Error(`the walk found no ${what} on an earlier page`);
  return value;
}

async function chooseMethod(page: Page, lang: Lang, method: 'card' | 'bank-transfer'): Promise<void> {
  await page.getByRole('radio', { name: exact(lang, `checkout-method-${method}`) }).check();
}

async function toReview(page: Page, lang: Lang): Promise<void> {
  await page.getByRole('button', { name: exact(lang, 'checkout-submit') }).click();
  await expect(page).toHaveURL(/\/checkout\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-review-title'));
  await ready(page);
}

export const PAGES: AppPage[] = [
  // Signed out.
  plain('sign-in', 'visitor', '/sign-in', button('sign-in-submit')),
  {
    name: 'sign-in, wrong password',
    who: 'visitor',
    open: async (page, lang, found) => {
      await go(page, lang, '/sign-in');
      await submitSignIn(page, lang, found.partner, 'not-the-password');
      await expect(page.getByRole('main').getByRole('alert').first()).toBeVisible();
      await ready(page);
    },
    primary: button('sign-in-submit'),
    html: (request, lang, found) =>
      request.post(`/sign-in?lang=${lang}`, { form: { next: '', email: found.partner, password: 'not-the-password' }, headers: SAME_ORIGIN, maxRedirects: 0 }),
  },
  plain('accessibility statement, signed out', 'visitor', '/accessibility'),

  // The partner: offers and what can be done with them.
  {
    name: 'membership offers',
    who: 'partner',
    open: async (page, lang, found) => {
      await go(page, lang, '/offers');
      found.actionPack = await subscriptionId(page, actionPackName(lang));
      found.silver = await subscriptionId(page, competencyName(lang, 'silver', 'cloud-platform'));
      found.buy = (await page.locator('main a[href^="/buy/"]').first().getAttribute('href')) ?? undefined;
    },
    primary: (page, lang) => purchasedRow(page, actionPackName(lang)).getByRole('link', { name: exact(lang, 'offers-renew') }),
  },
  { name: 'offer details (Action Pack)', who: 'partner', open: (page, lang, found) => go(page, lang, `/offers/${need(found.actionPack, 'Action Pack')}`), primary: link('offers-renew') },
  {
    name: 'offer details (Silver competency)',
    who: 'partner',
    open: (page, lang, found) => go(page, lang, `/offers/${need(found.silver, 'Silver competency')}`),
    primary: link('details-turn-off-auto-renewal'),
  },
  {
    name: 'renewal: payment',
    who: 'partner',
    open: (page, lang, found) => go(page, lang, `/offers/${need(found.actionPack, 'Action Pack')}/renew`),
    primary: button('checkout-submit'),
  },
  {
    name: 'renewal: payment, card details missing',
    who: 'partner',
    open: async (page, lang, found) => {
      await go(page, lang, `/offers/${need(found.actionPack, 'Action Pack')}/renew`);
      await chooseMethod(page, lang, 'card');
      await page.getByRole('button', { name: exact(lang, 'checkout-submit') }).click();
      await expect(page.getByRole('main').locator('[aria-invalid="true"]').first()).toBeVisible();
      await ready(page);
    },
    primary: button('checkout-submit'),
    html: (request, lang, found) =>
      request.post(`/offers/${need(found.actionPack, 'Action Pack')}/renew?lang=${lang}`, { form: { method: 'card' }, headers: SAME_ORIGIN, maxRedirects: 0 }),
  },
  {
    name: 'purchase: payment',
    who: 'partner',
    open: (page, lang, found) => go(page, lang, need(found.buy, 'Buy link')),
    primary: button('checkout-submit'),
  },
  {
    // Started, never bought: the lab's competency stays buyable.
    name: 'purchase: review (card)',
    who: 'partner',
    open: async (page, lang, found) => {
      await go(page, lang, need(found.buy, 'Buy link'));
      await chooseMethod(page, lang, 'card');
      await page.getByLabel(t(lang, 'checkout-card-holder'), { exact: true }).fill(CARD.card_holder);
      await page.getByLabel(t(lang, 'checkout-card-number'), { exact: true }).fill(CARD.card_number);
      await page.getByLabel(t(lang, 'checkout-card-expiry'), { exact: true }).fill(CARD.card_expiry);
      await page.getByLabel(t(lang, 'checkout-card-cvc'), { exact: true }).fill(CARD.card_cvc);
      await toReview(page, lang);
    },
    primary: button('checkout-buy'),
  },
  {
    name: 'turn off automatic renewal',
    who: 'partner',
    open: (page, lang, found) => go(page, lang, `/offers/${need(found.silver, 'Silver competency')}/auto-renewal`),
    primary: button('details-turn-off-auto-renewal'),
  },
  {
    name: 'cancel subscription',
    who: 'partner',
    open: (page, lang, found) => go(page, lang, `/offers/${need(found.silver, 'Silver competency')}/cancel`),
    primary: button('cancel-submit'),
  },

  // Support: the cancellation opens a request.
  {
    name: 'support request, just opened',
    who: 'partner',
    open: async (page, lang, found) => {
      await go(page, lang, `/offers/${need(found.silver, 'Silver competency')}/cancel`);
      await page.getByRole('button', { name: exact(lang, 'cancel-submit') }).click();
      await expect(page).toHaveURL(/\/support\/\d+\?done=opened$/);
      await ready(page);
      found.request = /\/support\/(\d+)\?/.exec(page.url())![1];
    },
    primary: button('support-send'),
  },
  plain('support requests', 'partner', '/support', link('support-new-request')),
  plain('new support request', 'partner', '/support/new', button('cancel-submit')),
  {
    name: 'new support request, nothing filled in',
    who: 'partner',
    open: async (page, lang) => {
      await go(page, lang, '/support/new');
      await page.getByRole('button', { name: exact(lang, 'cancel-submit') }).click();
      await expect(page.getByRole('main').locator('[aria-invalid="true"]').first()).toBeVisible();
      await ready(page);
    },
    primary: button('cancel-submit'),
    html: (request, lang) => request.post(`/support/new?lang=${lang}`, { form: { category: 'partner-center-problem' }, headers: SAME_ORIGIN, maxRedirects: 0 }),
  },

  // A renewal by bank transfer, bought: the confirmation, an invoice, an order awaiting
  // its transfer on the staff side.
  {
    name: 'renewal: review (bank transfer)',
    who: 'partner',
    open: async (page, lang, found) => {
      await go(page, lang, `/offers/${need(found.actionPack, 'Action Pack')}/renew`);
      await chooseMethod(page, lang, 'bank-transfer');
      await page.getByLabel(t(lang, 'checkout-contact-name'), { exact: true }).fill('Lab Admin');
      await page.getByLabel(t(lang, 'checkout-contact-phone'), { exact: true }).fill('+31 20 123 4567');
      await page.getByLabel(t(lang, 'checkout-contact-email'), { exact: true }).fill('finance@lab.example');
      await toReview(page, lang);
    },
    primary: button('checkout-buy'),
  },
  {
    name: 'renewal: confirmation (bank transfer)',
    who: 'partner',
    open: async (page, lang) => {
      await page.getByRole('button', { name: exact(lang, 'checkout-buy') }).click();
      await expect(page).toHaveURL(/\/checkout\/[\w-]+\/done$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-confirmed-title'));
      await ready(page);
    },
    primary: link('checkout-close'),
  },
  plain('membership offers, renewal awaiting its transfer', 'partner', '/offers'),
  {
    name: 'renewal: payment, awaiting the transfer',
    who: 'partner',
    open: (page, lang, found) => go(page, lang, `/offers/${need(found.actionPack, 'Action Pack')}/renew`),
    primary: link('checkout-view-awaiting-order'),
  },
  plain('invoices', 'partner', '/invoices', (page) => page.getByRole('main').locator('a[download][href^="/invoices/"][href*="/pdf"]').first()),
  plain('notifications', 'partner', '/notifications'),
  plain('competencies', 'partner', '/competencies'),
  plain('audit log', 'partner', '/audit'),
  plain('users', 'partner', '/users', button('users-add-submit')),
  plain('enroll (already a member)', 'partner', '/enroll'),
  plain('membership offers, not a member yet', 'newcomer', '/offers'),
  plain('enroll', 'newcomer', '/enroll', button('enroll-submit')),
  plain('partner profile', 'partner', '/profile', button('profile-save')),
  {
    // A new VAT ID, saved: it awaits verification on the staff side.
    name: 'partner profile, new VAT ID saved',
    who: 'partner',
    open: async (page, lang) => {
      await go(page, lang, '/profile');
      await page.getByLabel(t(lang, 'profile-vat-id'), { exact: true }).fill(NEW_VAT_ID);
      await page.getByRole('button', { name: exact(lang, 'profile-save') }).click();
      await expect(page.getByRole('status').filter({ hasText: t(lang, 'profile-saved') })).toBeVisible();
      await ready(page);
    },
    primary: button('profile-save'),
  },
  plain('my account', 'partner', '/account', button('account-password-submit')),
  plain('accessibility statement', 'partner', '/accessibility'),
  plain('page not found', 'partner', '/no-such-page'),

  // The staff console.
  plain('staff: support requests', 'staff', '/staff'),
  {
    name: 'staff: support request (a cancellation)',
    who: 'staff',
    open: (page, lang, found) => go(page, lang, `/staff/requests/${need(found.request, 'support request')}`),
    primary: button('staff-complete-cancellation'),
  },
  plain('staff: bank transfers', 'staff', '/staff/transfers', button('staff-mark-received')),
  plain('staff: VAT IDs', 'staff', '/staff/vat-ids', button('staff-vat-verify')),
  {
    // One card per organization, the same form in each: with every lab organization
    // seeded that is some 200 cards, which take axe-core ten seconds. It reads three.
    ...plain('staff: competencies', 'staff', '/staff/competencies', button('staff-save-competency')),
    axeExclude: 'main section.card:nth-of-type(n+4)',
  },
  plain('staff: my account', 'staff', '/account', button('account-password-submit')),
  plain('staff: page not found', 'staff', '/staff/no-such-page'),
  // The translators' workbench (one file of a language, so the walk stays short).
  plain('translations: completeness', 'translator', '/translations', link('lang-name-nl')),
  plain('translations: a language', 'translator', '/translations/nl?file=offers.ftl', button('translations-filter-apply')),
  plain('translations: a message with a preview', 'translator', '/translations/de/translations-count', button('translations-preview-apply')),
];
