// Buying, renewing and managing offers, in every language, with and without JavaScript.
// Each test that changes data works in a lab organization of its own (scenario,
// language and project; see helpers.labUser), so tests can run in parallel.
import { Page } from '@playwright/test';
import { LANGS, Lang, t, exact } from './l10n';
import {
  test,
  expect,
  isHydrated,
  LUKAS,
  SAM,
  actionPackName,
  competencyName,
  fact,
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

const CARD_OK = '4242 4242 4242 4242';
const CARD_DECLINED = '4000 0000 0000 0002';
const CARD_NO_FUNDS = '4000 0000 0000 9995';
const CARD_INVALID = '1234 5678 9012 3456';

/** From the offers page, follows the Renew link of offer `name`; returns the subscription id. */
async function openRenewal(page: Page, lang: Lang, name: string): Promise<string> {
  await openOffers(page, lang);
  const id = await subscriptionId(page, name);
  await purchasedRow(page, name).getByRole('link', { name: exact(lang, 'offers-renew') }).click();
  await expect(page).toHaveURL(new RegExp(`/offers/${id}/renew$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-title-renewal'));
  await expect(page.getByText(name, { exact: true })).toBeVisible();
  await ready(page);
  return id;
}

/** The amount due shown on the payment step. */
async function amountDue(page: Page, lang: Lang): Promise<string> {
  const pattern = messagePattern(lang, 'checkout-amount-due');
  const text = await page.getByText(pattern).textContent();
  return pattern.exec(text ?? '')![1];
}

/**
 * Chooses the payment method. With JavaScript only the chosen method's fields show;
 * without, both groups show and the radio button decides.
 */
async function chooseMethod(page: Page, lang: Lang, method: 'card' | 'bank-transfer'): Promise<void> {
  await page.getByRole('radio', { name: exact(lang, `checkout-method-${method}`) }).check();
  const card = page.getByLabel(t(lang, 'checkout-card-number'), { exact: true });
  const contact = page.getByLabel(t(lang, 'checkout-contact-name'), { exact: true });
  const [chosen, other] = method === 'card' ? [card, contact] : [contact, card];
  await expect(chosen).toBeVisible();
  if (await isHydrated(page)) {
    await expect(other).toBeHidden();
  } else {
    await expect(other).toBeVisible();
  }
}

async function fillCard(page: Page, lang: Lang, number: string, holder = 'Lab Admin'): Promise<void> {
  await chooseMethod(page, lang, 'card');
  await page.getByLabel(t(lang, 'checkout-card-holder'), { exact: true }).fill(holder);
  await page.getByLabel(t(lang, 'checkout-card-number'), { exact: true }).fill(number);
  await page.getByLabel(t(lang, 'checkout-card-expiry'), { exact: true }).fill('12/30');
  await page.getByLabel(t(lang, 'checkout-card-cvc'), { exact: true }).fill('123');
}

/** Submits the payment step and waits for the review page; returns its URL. */
async function submitPayment(page: Page, lang: Lang): Promise<string> {
  await page.getByRole('button', { name: exact(lang, 'checkout-submit') }).click();
  await expect(page).toHaveURL(/\/checkout\/[\w-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-review-title'));
  await ready(page);
  return page.url();
}

/** Checks the review page: offer, total, VAT and the bill-to address with its Update link. */
async function checkReview(page: Page, lang: Lang, name: string, total: string, newAnniversary: string): Promise<void> {
  await expect(fact(page, lang, 'checkout-offer')).toHaveText(name);
  await expect(fact(page, lang, 'checkout-new-anniversary')).toHaveText(longDate(lang, newAnniversary));
  await expect(fact(page, lang, 'checkout-total')).toHaveText(total);
  await expect(page.getByRole('term').filter({ hasText: messagePattern(lang, 'checkout-vat') })).toHaveCount(1);
  const billTo = page.getByRole('region', { name: t(lang, 'checkout-bill-to') });
  await expect(billTo).toBeVisible();
  const key = new URL(page.url()).pathname.split('/').pop();
  await expect(billTo.getByRole('link', { name: exact(lang, 'checkout-update-address') })).toHaveAttribute('href', `/profile?return=/checkout/${key}`);
}

/** Clicks Buy and checks the confirmation; returns the order number. */
async function buyAndConfirm(page: Page, lang: Lang, name: string, newAnniversary: string): Promise<string> {
  await page.getByRole('button', { name: exact(lang, 'checkout-buy') }).click();
  return confirmed(page, lang, name, newAnniversary);
}

async function confirmed(page: Page, lang: Lang, name: string, newAnniversary: string): Promise<string> {
  await expect(page).toHaveURL(/\/checkout\/[\w-]+\/done$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-confirmed-title'));
  const pattern = messagePattern(lang, 'checkout-confirmed-order', { offer: name });
  const status = page.getByRole('status').filter({ hasText: pattern });
  await expect(status).toHaveCount(1);
  const number = pattern.exec((await status.textContent()) ?? '')![1];
  await expect(fact(page, lang, 'checkout-order-number')).toHaveText(number);
  await expect(fact(page, lang, 'checkout-invoice-number')).toHaveText(/\S/);
  await expect(fact(page, lang, 'checkout-new-anniversary')).toHaveText(longDate(lang, newAnniversary));
  await ready(page);
  return number;
}

/** Closes the confirmation and checks that offer `name` is active on the offers page. */
async function closeToOffers(page: Page, lang: Lang, name: string): Promise<void> {
  await page.getByRole('link', { name: exact(lang, 'checkout-close') }).click();
  await expect(page).toHaveURL(/\/offers$/);
  await ready(page);
  const row = purchasedRow(page, name);
  await expect(row.getByRole('cell').filter({ has: page.getByText(exact(lang, 'status-active')) })).toHaveCount(1);
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

for (const lang of LANGS) {
  test(`renews the Action Pack by card in ${lang}`, async ({ page }) => {
    const name = actionPackName(lang);
    await signIn(page, labUser('renew-card', lang), lang);
    await openRenewal(page, lang, name);
    const total = await amountDue(page, lang);
    // Contoso is in the Netherlands: EUR 475 plus 21 % VAT.
    expect(spaces(total)).toBe(spaces(money(lang, 574.75, 'EUR')));
    await fillCard(page, lang, CARD_OK);
    await submitPayment(page, lang);
    // The renewed term starts from the old anniversary 2026-02-19 plus 365 days.
    await checkReview(page, lang, name, total, '2027-02-19');
    await expect(fact(page, lang, 'checkout-payment-method')).toHaveText(t(lang, 'checkout-paid-by-card', { brand: 'Visa', last4: '4242', expiry: '12/30' }));
    await buyAndConfirm(page, lang, name, '2027-02-19');
    await expect(page.getByText(t(lang, 'checkout-confirmed-charged', { amount: total }), { exact: true })).toBeVisible();
    await closeToOffers(page, lang, name);
    const row = purchasedRow(page, name);
    await expect(row.getByRole('cell', { name: longDate(lang, '2027-02-19'), exact: true })).toHaveCount(2);
    await expect(row.getByRole('link', { name: exact(lang, 'offers-renew') })).toHaveCount(0);
    // The renewal window banner is gone.
    await expect(page.getByRole('status')).toHaveCount(0);
  });

  test(`renews the Action Pack by bank transfer in ${lang}`, async ({ page }) => {
    const name = actionPackName(lang);
    await signIn(page, labUser('renew-transfer', lang), lang);
    await openRenewal(page, lang, name);
    const total = await amountDue(page, lang);
    await chooseMethod(page, lang, 'bank-transfer');
    await page.getByLabel(t(lang, 'checkout-contact-name'), { exact: true }).fill('Lab Admin');
    await page.getByLabel(t(lang, 'checkout-contact-phone'), { exact: true }).fill('+31 20 123 4567');
    await page.getByLabel(t(lang, 'checkout-contact-email'), { exact: true }).fill('finance@lab.example');
    await submitPayment(page, lang);
    await checkReview(page, lang, name, total, '2027-02-19');
    await expect(fact(page, lang, 'checkout-payment-method')).toHaveText(
      messagePattern(lang, 'checkout-paid-by-transfer', { name: 'Lab Admin', email: 'finance@lab.example' }),
    );
    await buyAndConfirm(page, lang, name, '2027-02-19');
    // The confirmation asks for the transfer, with the payment reference to quote.
    const pattern = messagePattern(lang, 'checkout-confirmed-transfer', { amount: total });
    const instructions = page.getByText(pattern);
    await expect(instructions).toBeVisible();
    const [, reference, due] = pattern.exec((await instructions.textContent()) ?? '')!;
    expect(reference.trim()).toMatch(/^\S{4,}$/);
    expect(due).toContain('2026');
    await expect(page.getByText(t(lang, 'checkout-confirmed-charged', { amount: total }), { exact: true })).toHaveCount(0);
    await page.getByRole('link', { name: exact(lang, 'checkout-close') }).click();
    await expect(page).toHaveURL(/\/offers$/);
    await expect(purchasedRow(page, name).getByRole('link', { name: exact(lang, 'offers-renew') })).toHaveCount(0);
  });

  test(`a declined card places no order and the offer stays in its renewal window in ${lang}`, async ({ page }) => {
    const name = actionPackName(lang);
    await signIn(page, labUser('declined', lang), lang);
    const id = await openRenewal(page, lang, name);
    await fillCard(page, lang, CARD_DECLINED);
    const reviewUrl = await submitPayment(page, lang);
    await page.getByRole('button', { name: exact(lang, 'checkout-buy') }).click();
    await expect(page).toHaveURL(reviewUrl);
    await ready(page);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(t(lang, 'checkout-declined'));
    await expect(page.getByRole('button', { name: exact(lang, 'checkout-buy') })).toHaveCount(0);

    // Another card, with insufficient funds: declined too, with its own message.
    await alert.getByRole('link', { name: exact(lang, 'checkout-choose-other-method') }).click();
    await expect(page).toHaveURL(new RegExp(`/offers/${id}/renew$`));
    await ready(page);
    await fillCard(page, lang, CARD_NO_FUNDS);
    await submitPayment(page, lang);
    await page.getByRole('button', { name: exact(lang, 'checkout-buy') }).click();
    await ready(page);
    await expect(page.getByRole('alert')).toContainText(t(lang, 'checkout-insufficient-funds'));

    // Nothing changed: still in the renewal window, Renew still offered, same dates.
    await openOffers(page, lang);
    const row = purchasedRow(page, name);
    await expect(row.getByRole('cell').filter({ has: page.getByText(exact(lang, 'status-in-renewal-window')) })).toHaveCount(1);
    await expect(row.getByRole('cell', { name: longDate(lang, '2026-02-19'), exact: true })).toHaveCount(2);
    await expect(row.getByRole('link', { name: exact(lang, 'offers-renew') })).toBeVisible();
  });

  test(`buys a first Action Pack in ${lang}`, async ({ page }) => {
    const name = actionPackName(lang);
    await signIn(page, labUser('buy', lang), lang);
    await openOffers(page, lang);
    await expect(page.getByText(t(lang, 'offers-purchased-empty'), { exact: true })).toBeVisible();
    const tile = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
    // Wingtip is in China: the price is in CNY (shown with ¥ in Chinese).
    await expect(tile).toContainText(t(lang, 'offers-price-per-year', { price: money(lang, 3700, 'CNY') }));
    await tile.getByRole('link', { name: exact(lang, 'offers-buy') }).click();
    await expect(page).toHaveURL(/\/buy\/action-pack$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-title-purchase'));
    await ready(page);
    const total = await amountDue(page, lang);
    expect(spaces(total)).toBe(spaces(money(lang, 3922, 'CNY')));
    if (lang === 'zh') expect(total).toContain('¥');
    await fillCard(page, lang, CARD_OK);
    await submitPayment(page, lang);
    // A first purchase today: the anniversary is the same date next year.
    await checkReview(page, lang, name, total, '2027-03-16');
    await buyAndConfirm(page, lang, name, '2027-03-16');
    await expect(page.getByText(t(lang, 'checkout-confirmed-charged', { amount: total }), { exact: true })).toBeVisible();
    await closeToOffers(page, lang, name);
    const row = purchasedRow(page, name);
    await expect(row.getByRole('cell', { name: longDate(lang, '2026-03-16'), exact: true })).toHaveCount(1);
    await expect(row.getByRole('cell', { name: longDate(lang, '2027-03-16'), exact: true })).toHaveCount(2);
    // Automatic renewal is on after a purchase by card.
    await expect(row.getByRole('cell', { name: t(lang, 'auto-renewal-on'), exact: true })).toHaveCount(1);
    await expect(tile.getByRole('link', { name: exact(lang, 'offers-buy') })).toHaveCount(0);
  });

  test(`turns off automatic renewal, which then stays off, in ${lang}`, async ({ page, baseURL }) => {
    const name = competencyName(lang, 'silver', 'cloud-platform');
    await signIn(page, labUser('turn-off', lang), lang);
    const id = await openDetails(page, lang, name);
    await expect(fact(page, lang, 'offers-column-automatic-renewal')).toHaveText(t(lang, 'auto-renewal-on'));
    await page.getByRole('link', { name: exact(lang, 'details-turn-off-auto-renewal') }).click();
    await expect(page).toHaveURL(new RegExp(`/offers/${id}/auto-renewal$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'auto-renewal-off-title'));
    await expect(page.getByText(t(lang, 'auto-renewal-off-explanation', { offer: name, date: longDate(lang, '2026-06-24') }), { exact: true })).toBeVisible();
    await expect(page.getByText(t(lang, 'auto-renewal-off-lock'), { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: exact(lang, 'auto-renewal-off-keep') })).toHaveAttribute('href', `/offers/${id}`);
    await ready(page);
    await page.getByRole('button', { name: exact(lang, 'details-turn-off-auto-renewal') }).click();

    await expect(page).toHaveURL(new RegExp(`/offers/${id}\\?done=auto-renewal-off$`));
    await ready(page);
    await expect(page.getByRole('status')).toHaveText(t(lang, 'details-done-auto-renewal-off'));
    await expect(fact(page, lang, 'offers-column-automatic-renewal')).toHaveText(t(lang, 'auto-renewal-off'));
    // The reminder comes 15 days before the anniversary of 2026-06-24.
    await expect(page.getByText(t(lang, 'details-auto-renewal-off-reminder', { date: longDate(lang, '2026-06-09') }), { exact: true })).toBeVisible();
    // The lock: no way to turn it off again (or on) until the next manual renewal.
    await expect(page.getByRole('link', { name: exact(lang, 'details-turn-off-auto-renewal') })).toHaveCount(0);
    const again = await page.request.post(`/offers/${id}/auto-renewal`, { headers: { Origin: baseURL! }, form: {}, maxRedirects: 0 });
    expect(again.status()).toBe(409);
    await openOffers(page, lang);
    await expect(purchasedRow(page, name).getByRole('cell', { name: t(lang, 'auto-renewal-off'), exact: true })).toHaveCount(1);
  });

  test(`automatic renewal turned off earlier stays locked at Fabrikam in ${lang}`, async ({ page }) => {
    const name = actionPackName(lang);
    await signIn(page, LUKAS, lang);
    await openDetails(page, lang, name);
    await expect(fact(page, lang, 'offers-column-automatic-renewal')).toHaveText(t(lang, 'auto-renewal-off'));
    await expect(page.getByRole('link', { name: exact(lang, 'details-turn-off-auto-renewal') })).toHaveCount(0);
    // Anniversary 2026-04-25 (today + 40 days): reminded on 2026-04-10.
    await expect(page.getByText(t(lang, 'details-auto-renewal-off-reminder', { date: longDate(lang, '2026-04-10') }), { exact: true })).toBeVisible();
  });

  test(`requests the cancellation of a subscription in ${lang}`, async ({ page }) => {
    const name = actionPackName(lang);
    await signIn(page, labUser('cancel', lang), lang);
    const id = await openDetails(page, lang, name);
    await page.getByRole('link', { name: exact(lang, 'details-cancel-subscription') }).click();
    await expect(page).toHaveURL(new RegExp(`/offers/${id}/cancel$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'cancel-title'));
    await ready(page);
    // A support request of the seeds' category and problem type, prefilled.
    await expect(fact(page, lang, 'cancel-category')).toHaveText(t(lang, 'support-category-partner-center'));
    await expect(fact(page, lang, 'cancel-problem-type')).toHaveText(t(lang, 'support-problem-invoice-payment'));
    await expect(fact(page, lang, 'cancel-subscription')).toHaveText(name);
    const subject = page.getByLabel(t(lang, 'support-subject'), { exact: true });
    await expect(subject).toHaveValue(t(lang, 'cancel-subject-prefill', { offer: name }));
    const description = page.getByLabel(t(lang, 'cancel-description'), { exact: true });
    await expect(description).toHaveValue(t(lang, 'cancel-description-prefill', { offer: name }));
    // When it takes effect: at the end of the term unless the partner chooses now.
    const effect = page.getByRole('group', { name: t(lang, 'support-effect') });
    await expect(effect.getByRole('radio')).toHaveCount(2);
    const endOfTerm = effect.getByRole('radio', { name: messagePattern(lang, 'cancel-effect-end-of-term-on') });
    await expect(endOfTerm).toBeChecked();

    // An empty description is refused beside the field; the subject typed is kept.
    await subject.fill('Stop the Action Pack');
    await description.fill('');
    await page.getByRole('button', { name: exact(lang, 'cancel-submit') }).click();
    await expect(page).toHaveURL(new RegExp(`/offers/${id}/cancel$`));
    await ready(page);
    await expect(page.getByLabel(t(lang, 'cancel-description'), { exact: true })).toHaveAccessibleDescription(t(lang, 'field-required'));
    await expect(page.getByLabel(t(lang, 'support-subject'), { exact: true })).toHaveValue('Stop the Action Pack');
    await expect(endOfTerm).toBeChecked();

    await page.getByLabel(t(lang, 'cancel-description'), { exact: true }).fill(t(lang, 'cancel-description-prefill', { offer: name }));
    await page.getByRole('button', { name: exact(lang, 'cancel-submit') }).click();
    // The request opened is shown; network support completes the cancellation.
    await expect(page).toHaveURL(/\/support\/\d+\?done=opened$/);
    await ready(page);
    await expect(page.getByRole('status')).toHaveText(t(lang, 'support-done-opened'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messagePattern(lang, 'support-request-title', { subject: 'Stop the Action Pack' }));
    await expect(fact(page, lang, 'support-effect')).toHaveText(t(lang, 'cancel-effect-end-of-term'));
    await expect(fact(page, lang, 'support-column-subscription').getByRole('link', { name, exact: true })).toHaveAttribute('href', `/offers/${id}`);

    await page.goto(`/offers/${id}?lang=${lang}`);
    await ready(page);
    await expect(page.getByText(t(lang, 'details-cancellation-requested', { date: longDate(lang, '2026-03-16') }), { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: exact(lang, 'details-cancel-subscription') })).toHaveCount(0);
    await expect(page.getByRole('link', { name: exact(lang, 'offers-renew') })).toHaveCount(0);
    await openOffers(page, lang);
    await expect(purchasedRow(page, name).getByText(t(lang, 'status-cancellation-requested'), { exact: true })).toBeVisible();
  });

  test(`an invalid card number is shown beside the field and the name is kept in ${lang}`, async ({ page }) => {
    const name = actionPackName(lang);
    await signIn(page, SAM, lang);
    const id = await openRenewal(page, lang, name);
    await fillCard(page, lang, CARD_INVALID, 'Sam Jansen');
    await page.getByRole('button', { name: exact(lang, 'checkout-submit') }).click();
    await expect(page).toHaveURL(new RegExp(`/offers/${id}/renew$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-title-renewal'));
    await ready(page);
    const number = page.getByLabel(t(lang, 'checkout-card-number'), { exact: true });
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    await expect(number).toHaveAccessibleDescription(new RegExp(t(lang, 'field-invalid-card-number').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(page.getByText(t(lang, 'field-invalid-card-number'), { exact: true })).toBeVisible();
    // The name and expiry typed are kept; the card number and CVC are never sent back.
    await expect(page.getByLabel(t(lang, 'checkout-card-holder'), { exact: true })).toHaveValue('Sam Jansen');
    await expect(page.getByLabel(t(lang, 'checkout-card-expiry'), { exact: true })).toHaveValue('12/30');
    await expect(number).toHaveValue('');
    await expect(page.getByLabel(t(lang, 'checkout-card-cvc'), { exact: true })).toHaveValue('');
    await expect(page.getByRole('radio', { name: exact(lang, 'checkout-method-card') })).toBeChecked();
    await expect(page.getByLabel(t(lang, 'checkout-card-holder'), { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  });

  test(`double-clicking Buy places one order in ${lang}`, async ({ page, baseURL }) => {
    const name = actionPackName(lang);
    await signIn(page, labUser('double', lang), lang);
    const id = await openRenewal(page, lang, name);
    await fillCard(page, lang, CARD_OK);
    const reviewUrl = await submitPayment(page, lang);
    // A second checkout of the same renewal, as if started in another tab.
    const secondTab = await page.request.post(`/offers/${id}/renew`, {
      headers: { Origin: baseURL! },
      form: { method: 'card', card_holder: 'Lab Admin', card_number: CARD_OK, card_expiry: '12/30', card_cvc: '123' },
    });
    expect(secondTab.status()).toBe(200);
    const secondReviewUrl = secondTab.url();
    expect(secondReviewUrl).toMatch(/\/checkout\/[\w-]+$/);
    expect(secondReviewUrl).not.toBe(reviewUrl);

    await page.getByRole('button', { name: exact(lang, 'checkout-buy') }).dblclick();
    const number = await confirmed(page, lang, name, '2027-02-19');
    const doneUrl = page.url();

    // Posting the review form again, twice at once (a retry): the same order, no new one.
    const post = () => page.request.post(reviewUrl, { form: {}, headers: { Origin: baseURL! } });
    const answers = await Promise.all([post(), post()]);
    for (const answer of answers) {
      expect(answer.status()).toBe(200);
      expect(answer.url()).toBe(doneUrl);
    }
    // Buy in the other tab leads to the same confirmation: the offer was renewed already.
    const other = await page.request.post(secondReviewUrl, { form: {}, headers: { Origin: baseURL! } });
    expect(other.status()).toBe(200);
    expect(other.url()).toBe(doneUrl);
    await page.goto(doneUrl);
    await expect(fact(page, lang, 'checkout-order-number')).toHaveText(number);

    // Renewed exactly once: the anniversary moved by one year, not two.
    await openOffers(page, lang);
    const row = purchasedRow(page, name);
    await expect(row.getByRole('cell').filter({ has: page.getByText(exact(lang, 'status-active')) })).toHaveCount(1);
    await expect(row.getByRole('cell', { name: longDate(lang, '2027-02-19'), exact: true })).toHaveCount(2);
  });
}
