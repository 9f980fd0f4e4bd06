// Support requests and the network staff console as partners and support agents meet
// them: a cancellation from the partner's request to its completion by staff, bank
// transfers marked received or not received, the Competencies page with a policy
// exemption, and the console's front door (axe-core on these pages: pages.spec.ts). Every
// language, with and without JavaScript. Each test that changes data works in a lab
// organization of its own; the support agent works in a browser context of its own.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Browser, Locator, Page } from '@playwright/test';
import { LANGS, Lang, t, exact } from './l10n';
import {
  test,
  expect,
  ANNA,
  STAFF,
  LabScenario,
  actionPackName,
  competencyName,
  fact,
  jsEnabled,
  labOrganization,
  labUser,
  longDate,
  messagePattern,
  money,
  openOffers,
  purchasedRow,
  ready,
  signIn,
  spaces,
  subscriptionId,
} from './helpers';

/** APP_TODAY of the end-to-end server. */
const TODAY = '2026-03-16';
/** The seller's bank details (the defaults of SELLER_IBAN and SELLER_BIC). */
const IBAN = 'NL91 ABNA 0417 1643 00';
const BIC = 'ABNANL2A';
/** A lab's Action Pack renewal: EUR 475 plus 21 % VAT, as staff type it. */
const TOTAL_INPUT = '574.75';

/** A page in a browser context of its own, signed in as the support agent in `lang`. */
async function staffPage(browser: Browser, lang: Lang): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: jsEnabled() });
  const page = await context.newPage();
  await signIn(page, STAFF, lang);
  return page;
}

/** Opens the details of offer `name` from the offers page; returns the subscription id. */
async function openDetails(page: Page, lang: Lang, name: string): Promise<string> {
  await openOffers(page, lang);
  const id = await subscriptionId(page, name);
  await purchasedRow(page, name).getByRole('rowheader').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/offers/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await ready(page);
  return id;
}

/** Submits the cancel form shown; returns the id of the support request it opened. */
async function submitCancellation(page: Page, lang: Lang): Promise<string> {
  await page.getByRole('button', { name: exact(lang, 'cancel-submit') }).click();
  await expect(page).toHaveURL(/\/support\/\d+\?done=opened$/);
  await ready(page);
  return /\/support\/(\d+)\?/.exec(page.url())![1];
}

interface TransferOrder {
  order: string;
  invoice: string;
  /** The total as the app writes it in the language of the test. */
  total: string;
  reference: string;
}

/**
 * Renews the lab's Action Pack by bank transfer, as a browser would, and checks the
 * confirmation: the seller's bank details, the payment reference and the due date.
 */
async function renewByTransfer(page: Page, lang: Lang): Promise<TransferOrder> {
  const name = actionPackName(lang);
  await openOffers(page, lang);
  const id = await subscriptionId(page, name);
  await purchasedRow(page, name).getByRole('link', { name: exact(lang, 'offers-renew') }).click();
  await expect(page).toHaveURL(new RegExp(`/offers/${id}/renew$`));
  await ready(page);
  const due = messagePattern(lang, 'checkout-amount-due');
  const total = due.exec((await page.getByText(due).textContent()) ?? '')![1];
  expect(spaces(total)).toBe(spaces(money(lang, 574.75, 'EUR')));
  await page.getByRole('radio', { name: exact(lang, 'checkout-method-bank-transfer') }).check();
  await page.getByLabel(t(lang, 'checkout-contact-name'), { exact: true }).fill('Lab Admin');
  await page.getByLabel(t(lang, 'checkout-contact-phone'), { exact: true }).fill('+31 20 123 4567');
  await page.getByLabel(t(lang, 'checkout-contact-email'), { exact: true }).fill('finance@lab.example');
  await page.getByRole('button', { name: exact(lang, 'checkout-submit') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-review-title'));
  await ready(page);
  await page.getByRole('button', { name: exact(lang, 'checkout-buy') }).click();
  await expect(page).toHaveURL(/\/checkout\/[\w-]+\/done$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-confirmed-title'));
  await ready(page);
  const order = (await fact(page, lang, 'checkout-order-number').textContent())!.trim();
  const invoice = (await fact(page, lang, 'checkout-invoice-number').textContent())!.trim();
  const bank = page.getByRole('region', { name: t(lang, 'checkout-bank-heading') });
  await expect(bank.getByRole('heading', { level: 2 })).toHaveText(t(lang, 'checkout-bank-heading'));
  await expect(fact(bank, lang, 'checkout-bank-iban')).toHaveText(IBAN);
  await expect(fact(bank, lang, 'checkout-bank-bic')).toHaveText(BIC);
  // Due 30 days after the order date.
  await expect(fact(bank, lang, 'staff-transfer-due')).toHaveText(longDate(lang, '2026-04-15'));
  const reference = (await fact(bank, lang, 'staff-transfer-reference').textContent())!.trim();
  expect(reference).toMatch(/^\S{4,}$/);
  return { order, invoice, total, reference };
}

/** The card of the staff transfers page for `order` of the lab organization of `scenario`. */
function transferCard(staff: Page, lang: Lang, scenario: Exclude<LabScenario, 'buy'>, order: string): Locator {
  const heading = t(lang, 'staff-transfer-heading', { number: order, organization: labOrganization(scenario, lang) });
  return staff.getByRole('article').filter({ has: staff.getByRole('heading', { level: 2, name: heading, exact: true }) });
}

/** Opens the staff transfers page and checks the awaited order's card; returns the card. */
async function openTransfer(staff: Page, lang: Lang, scenario: Exclude<LabScenario, 'buy'>, transfer: TransferOrder): Promise<Locator> {
  await staff.goto(`/staff/transfers?lang=${lang}`);
  await ready(staff);
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'staff-transfers-title'));
  const card = transferCard(staff, lang, scenario, transfer.order);
  await expect(card).toHaveCount(1);
  await expect(fact(card, lang, 'checkout-offer')).toHaveText(actionPackName(lang));
  await expect(fact(card, lang, 'staff-transfer-reference')).toHaveText(transfer.reference);
  await expect(fact(card, lang, 'checkout-total')).toHaveText(transfer.total);
  await expect(fact(card, lang, 'staff-transfer-ordered')).toHaveText(longDate(lang, TODAY));
  await expect(fact(card, lang, 'staff-transfer-due')).toHaveText(longDate(lang, '2026-04-15'));
  return card;
}

/** The row of the Invoices page (or of its part `scope`) whose row header is `number`. */
function numberedRow(page: Page, scope: Page | Locator, number: string): Locator {
  return scope.getByRole('row').filter({ has: page.getByRole('rowheader', { name: number, exact: true }) });
}

/** Opens the Invoices page in `lang`. */
async function openInvoices(page: Page, lang: Lang): Promise<void> {
  await page.goto(`/invoices?lang=${lang}`);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'nav-invoices'));
}

for (const lang of LANGS) {
  test(`a cancellation goes from the partner's request to network support and back in ${lang}`, async ({ page, browser }) => {
    const name = actionPackName(lang);
    const today = longDate(lang, TODAY);
    const subjectText = t(lang, 'cancel-subject-prefill', { offer: name });
    await signIn(page, labUser('support-cancel', lang), lang);
    const subscription = await openDetails(page, lang, name);
    await page.getByRole('link', { name: exact(lang, 'details-cancel-subscription') }).click();
    await expect(page).toHaveURL(new RegExp(`/offers/${subscription}/cancel$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'cancel-title'));
    await ready(page);

    // Before it is sent, the page says what is lost and from which day: the Action
    // Pack is in its renewal window, so either way its benefits end today.
    const loses = page.getByRole('region', { name: t(lang, 'cancel-loses-heading') });
    await expect(loses.getByRole('heading', { level: 2 })).toHaveText(t(lang, 'cancel-loses-heading'));
    await expect(loses.getByRole('paragraph')).toHaveText(t(lang, 'cancel-loses-benefits-today', { offer: name, date: today }));
    await expect(loses.getByRole('listitem')).toHaveText([
      ...['offers-benefit-support', 'offers-benefit-marketing', 'offers-benefit-planning', 'offers-benefit-training'].map((id) => t(lang, id)),
      t(lang, 'cancel-loses-auto-renewal'),
      t(lang, 'cancel-staff-completes'),
    ]);
    await expect(page.getByLabel(t(lang, 'support-subject'), { exact: true })).toHaveValue(subjectText);
    await expect(page.getByLabel(t(lang, 'cancel-description'), { exact: true })).toHaveValue(t(lang, 'cancel-description-prefill', { offer: name }));
    const effect = page.getByRole('group', { name: t(lang, 'support-effect') });
    // The Action Pack's term ended on 2026-02-19 (it is in its renewal window): the end
    // of the term is today too.
    await expect(effect.getByRole('radio', { name: exact(lang, 'cancel-effect-end-of-term-on', { date: today }) })).toBeChecked();
    await effect.getByRole('radio', { name: exact(lang, 'cancel-effect-now-on', { date: today }) }).check();
    const request = await submitCancellation(page, lang);

    await expect(page.getByRole('status')).toHaveText(t(lang, 'support-done-opened'));
    const title = messagePattern(lang, 'support-request-title', { subject: subjectText });
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(title);
    const number = title.exec((await heading.textContent()) ?? '')![1];
    expect(number).toMatch(/^SR-\d+$/);
    await expect(fact(page, lang, 'support-column-status')).toHaveText(t(lang, 'support-status-open'));
    await expect(fact(page, lang, 'cancel-problem-type')).toHaveText(t(lang, 'support-problem-invoice-payment'));
    await expect(fact(page, lang, 'support-column-subscription')).toHaveText(name);
    await expect(fact(page, lang, 'support-effect')).toHaveText(t(lang, 'cancel-effect-now'));

    // Network support completes it, effective now.
    const staff = await staffPage(browser, lang);
    await staff.goto(`/staff/requests/${request}?lang=${lang}`);
    await ready(staff);
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(fact(staff, lang, 'staff-column-organization')).toHaveText(labOrganization('support-cancel', lang));
    const cancellation = staff.getByRole('region', { name: t(lang, 'staff-cancellation-heading') });
    const now = cancellation.getByRole('radio', { name: exact(lang, 'cancel-effect-now') });
    // The partner's choice is chosen already.
    await expect(now).toBeChecked();
    await now.check();
    await cancellation.getByRole('button', { name: exact(lang, 'staff-complete-cancellation') }).click();
    await expect(staff).toHaveURL(new RegExp(`/staff/requests/${request}\\?done=completed$`));
    await ready(staff);
    await expect(staff.getByRole('status')).toHaveText(t(lang, 'staff-done-completed'));
    await expect(fact(staff, lang, 'support-column-status')).toHaveText(t(lang, 'support-status-resolved'));
    await expect(staff.getByRole('button', { name: exact(lang, 'staff-complete-cancellation') })).toHaveCount(0);
    await staff.context().close();

    // The partner sees the offer cancelled, is told, and the request is resolved.
    await page.goto(`/offers/${subscription}?lang=${lang}`);
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 }).getByText(t(lang, 'status-cancelled'), { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: exact(lang, 'details-cancel-subscription') })).toHaveCount(0);
    await expect(page.getByRole('link', { name: exact(lang, 'offers-renew') })).toHaveCount(0);
    await openOffers(page, lang);
    await expect(purchasedRow(page, name).getByText(t(lang, 'status-cancelled'), { exact: true })).toBeVisible();
    await page.goto(`/notifications?lang=${lang}`);
    await ready(page);
    await expect(page.getByRole('listitem').filter({ hasText: t(lang, 'event-cancellation-completed', { offer: name, date: today }) })).toHaveCount(1);
    await page.goto(`/support/${request}?lang=${lang}`);
    await ready(page);
    await expect(fact(page, lang, 'support-column-status')).toHaveText(t(lang, 'support-status-resolved'));
    const timeline = page.getByRole('region', { name: t(lang, 'support-timeline') });
    await expect(timeline.getByRole('listitem').filter({ hasText: t(lang, 'support-event-cancellation-completed') })).toHaveCount(1);
    // The list of requests shows it resolved too.
    await page.goto(`/support?lang=${lang}`);
    await ready(page);
    const row = numberedRow(page, page, number);
    await expect(row.getByRole('cell', { name: subjectText, exact: true })).toHaveCount(1);
    await expect(row.getByText(t(lang, 'support-status-resolved'), { exact: true })).toBeVisible();
  });

  test(`a bank transfer marked received pays the invoice, and only the exact amount is taken, in ${lang}`, async ({ page, browser }) => {
    await signIn(page, labUser('transfer-paid', lang), lang);
    const transfer = await renewByTransfer(page, lang);

    const staff = await staffPage(browser, lang);
    const card = await openTransfer(staff, lang, 'transfer-paid', transfer);
    const amount = card.getByLabel(t(lang, 'staff-transfer-amount', { currency: 'EUR' }), { exact: true });
    await expect(amount).toHaveValue(TOTAL_INPUT);
    const receivedOn = card.getByLabel(t(lang, 'staff-transfer-received-on'), { exact: true });
    await expect(receivedOn).toHaveAttribute('type', 'date');
    await expect(receivedOn).toHaveValue(TODAY);

    // A partial payment is refused; what was typed is kept.
    await amount.fill('500.00');
    await card.getByRole('button', { name: exact(lang, 'staff-mark-received') }).click();
    await ready(staff);
    await expect(card.getByRole('alert')).toHaveText(t(lang, 'refusal-transfer-amount', { amount: transfer.total }));
    await expect(amount).toHaveValue('500.00');

    await amount.fill(TOTAL_INPUT);
    await receivedOn.fill(TODAY);
    await card.getByRole('button', { name: exact(lang, 'staff-mark-received') }).click();
    await expect(staff).toHaveURL(/\/staff\/transfers\?done=received$/);
    await ready(staff);
    await expect(staff.getByRole('status')).toHaveText(t(lang, 'staff-done-received'));
    await expect(card).toHaveCount(0);
    await staff.context().close();

    await openInvoices(page, lang);
    const row = numberedRow(page, page, transfer.invoice);
    await expect(row.getByText(t(lang, 'invoice-status-paid'), { exact: true })).toBeVisible();
    await expect(row.getByText(messagePattern(lang, 'invoice-credited-by'))).toHaveCount(0);
    // Renewed from the old anniversary 2026-02-19.
    await openOffers(page, lang);
    await expect(purchasedRow(page, actionPackName(lang)).getByRole('cell', { name: longDate(lang, '2027-02-19'), exact: true })).toHaveCount(2);
  });

  test(`a bank transfer marked not received cancels the invoice with a credit note in ${lang}`, async ({ page, browser }) => {
    await signIn(page, labUser('transfer-unpaid', lang), lang);
    const transfer = await renewByTransfer(page, lang);

    const staff = await staffPage(browser, lang);
    const card = await openTransfer(staff, lang, 'transfer-unpaid', transfer);
    await card.getByRole('button', { name: exact(lang, 'staff-mark-not-received') }).click();
    await expect(staff).toHaveURL(/\/staff\/transfers\?done=cancelled$/);
    await ready(staff);
    await expect(staff.getByRole('status')).toHaveText(t(lang, 'staff-done-not-received'));
    await expect(card).toHaveCount(0);
    await staff.context().close();

    await openInvoices(page, lang);
    const row = numberedRow(page, page, transfer.invoice);
    await expect(row.getByText(t(lang, 'invoice-status-cancelled'), { exact: true })).toBeVisible();
    const creditedBy = messagePattern(lang, 'invoice-credited-by');
    const note = row.getByText(creditedBy);
    await expect(note).toBeVisible();
    const credit = creditedBy.exec((await note.textContent()) ?? '')![1];
    expect(credit).toMatch(/^CN-2026-\d{6}$/);

    const credits = page.getByRole('region', { name: t(lang, 'credit-notes-heading') });
    await expect(credits.getByRole('heading', { level: 2 })).toHaveText(t(lang, 'credit-notes-heading'));
    const creditRow = numberedRow(page, credits, credit);
    await expect(creditRow.getByRole('cell', { name: longDate(lang, TODAY), exact: true })).toHaveCount(1);
    await expect(creditRow.getByRole('cell', { name: actionPackName(lang), exact: true })).toHaveCount(1);
    await expect(creditRow.getByRole('cell', { name: transfer.invoice, exact: true })).toHaveCount(1);
    await expect(creditRow.getByRole('cell', { name: t(lang, 'credit-note-reason-transfer-not-received'), exact: true })).toHaveCount(1);
    // The credit note's amount is the invoice total, negative.
    const cells = (await creditRow.getByRole('cell').allTextContents()).map(spaces);
    expect(cells).toContain(spaces(money(lang, -574.75, 'EUR')));

    // Its PDF, in the page's language.
    const link = creditRow.getByRole('link', { name: t(lang, 'credit-note-download-label', { number: credit }), exact: true });
    const download = page.waitForEvent('download');
    await link.click();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'credit-note-')), 'credit-note.pdf');
    await (await download).saveAs(file);
    expect((await download).suggestedFilename()).toBe(t(lang, 'credit-note-file-name', { number: credit }));
    execFileSync('qpdf', ['--check', file]);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\u00a0/g, ' ');
    expect(text).toContain(t(lang, 'credit-note-pdf-heading'));
    expect(text).toContain(credit);
    expect(text).toContain(t(lang, 'credit-note-credits', { number: transfer.invoice }));
    expect(text).toContain(t(lang, 'credit-note-reason-transfer-not-received'));
  });

  test(`the Competencies page shows each area's requirements, the level held and the exemption in ${lang}`, async ({ page }) => {
    await signIn(page, labUser('exempt', lang), lang);
    await openOffers(page, lang);
    await page.getByRole('navigation', { name: t(lang, 'nav-label') }).getByRole('link', { name: exact(lang, 'nav-competencies') }).click();
    await expect(page).toHaveURL(/\/competencies$/);
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'nav-competencies'));
    const requirements = (status: string) =>
      new RegExp(`^\\s*${t(lang, 'competency-requirements').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*${t(lang, status)}\\s*$`);
    const level = (id: string) => new RegExp(`^\\s*${t(lang, id)}\\s+${t(lang, 'status-active')}\\s*$`);

    // Security: requirements not met, but the Gold competency's term (anniversary
    // 2026-10-02, the labs' policy exception) is extended to 2027-10-02 and exempt.
    const security = page.getByRole('article', { name: t(lang, 'area-security'), exact: true });
    await expect(security.getByRole('heading', { level: 2 })).toHaveText(t(lang, 'area-security'));
    await expect(security.getByText(requirements('competency-status-incomplete'))).toBeVisible();
    await expect(security.getByText(t(lang, 'competency-missing'), { exact: true })).toBeVisible();
    await expect(security.getByRole('listitem')).toHaveText([
      t(lang, 'competency-missing-certified-individuals'),
      t(lang, 'competency-missing-technical-assessment'),
    ]);
    await expect(security.getByText(t(lang, 'competency-exemption'), { exact: true })).toBeVisible();
    await expect(fact(security, lang, 'competency-level')).toHaveText(level('level-gold'));
    await expect(fact(security, lang, 'offers-column-renewal-start-date')).toHaveText(longDate(lang, '2027-10-02'));
    const gold = await subscriptionIdOf(security, lang);

    // Cloud Platform: complete, the Silver level held, no exemption.
    const cloud = page.getByRole('article', { name: t(lang, 'area-cloud-platform'), exact: true });
    await expect(cloud.getByText(requirements('competency-status-complete'))).toBeVisible();
    await expect(cloud.getByText(t(lang, 'competency-exemption'), { exact: true })).toHaveCount(0);
    await expect(fact(cloud, lang, 'competency-level')).toHaveText(level('level-silver'));
    await expect(fact(cloud, lang, 'offers-column-renewal-start-date')).toHaveText(longDate(lang, '2026-06-24'));
    await expect(page.getByRole('article')).toHaveCount(2);

    // The fee is paid on the Membership offers page.
    const pay = security.getByRole('link', { name: exact(lang, 'competency-pay-fee') });
    await expect(pay).toHaveAttribute('href', '/offers');
    await pay.click();
    await expect(page).toHaveURL(/\/offers$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'nav-offers'));
    await ready(page);
    const name = competencyName(lang, 'gold', 'security');
    expect(await subscriptionId(page, name)).toBe(gold);
    await expect(purchasedRow(page, name).getByRole('cell', { name: longDate(lang, '2027-10-02'), exact: true })).toHaveCount(2);
  });

  test(`partners are told the staff console does not exist, and staff start there, in ${lang}`, async ({ page, browser }) => {
    await signIn(page, ANNA, lang);
    for (const path of ['/staff', '/staff/requests/1', '/staff/transfers', '/staff/competencies']) {
      const response = await page.goto(`${path}?lang=${lang}`);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'error-not-found'));
      await expect(page.getByRole('navigation', { name: t(lang, 'nav-label') }).getByRole('link', { name: exact(lang, 'nav-staff-requests') })).toHaveCount(0);
    }

    const staff = await staffPage(browser, lang);
    for (const path of ['/', '/offers']) {
      await staff.goto(`${path}?lang=${lang}`);
      await expect(staff).toHaveURL(new RegExp(`/staff\\?lang=${lang}$`));
      await ready(staff);
      await expect(staff.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'staff-queue-title'));
    }
    const nav = staff.getByRole('navigation', { name: t(lang, 'nav-label') });
    await expect(nav.getByRole('link', { name: exact(lang, 'nav-staff-requests') })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: exact(lang, 'nav-staff-transfers') })).toHaveAttribute('href', '/staff/transfers');
    await expect(nav.getByRole('link', { name: exact(lang, 'nav-offers') })).toHaveCount(0);
    await staff.context().close();
  });
  // axe-core on the support and staff pages: pages.spec.ts (in the `axe` labs).
}

/** The subscription id of the details link of a competency card. */
async function subscriptionIdOf(card: Locator, lang: Lang): Promise<string> {
  const href = await card.getByRole('link', { name: exact(lang, 'offers-view-details') }).getAttribute('href');
  const id = /^\/offers\/(\d+)$/.exec(href ?? '')?.[1];
  if (!id) throw new Error(`no details link on the card: ${href}`);
  return id;
}
