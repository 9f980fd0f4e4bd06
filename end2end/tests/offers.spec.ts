// The Membership offers page of Contoso (today = 2026-03-16): the Action Pack in its
// renewal window, the Silver Cloud Platform competency not yet renewable, the Gold Data
// Analytics competency lapsed; and what a user without a role may see and do.
import { LANGS, t, exact, tSelect } from './l10n';
import {
  ANNA,
  VERA,
  actionPackName,
  competencyName,
  longDate,
  money,
  openOffers,
  purchasedRow,
  signIn,
  subscriptionId,
  test,
  expect,
} from './helpers';

const COLUMNS = [
  'offers-column-offer',
  'offers-column-status',
  'offers-column-purchase-date',
  'offers-column-renewal-start-date',
  'offers-column-expiration-date',
  'offers-column-automatic-renewal',
  'offers-column-actions',
];

for (const lang of LANGS) {
  test(`Anna sees the Purchased list and the renewal window banner in ${lang}`, async ({ page }) => {
    await signIn(page, ANNA, lang);
    await openOffers(page, lang);
    await expect(page.getByRole('heading', { level: 2, name: exact(lang, 'offers-purchased-heading') })).toBeVisible();
    for (const id of COLUMNS) {
      await expect(page.getByRole('columnheader', { name: exact(lang, id) })).toBeVisible();
    }
    const actionPack = actionPackName(lang);
    const silver = competencyName(lang, 'silver', 'cloud-platform');
    const gold = competencyName(lang, 'gold', 'data-analytics');
    for (const name of [actionPack, silver, gold]) {
      await expect(purchasedRow(page, name)).toHaveCount(1);
    }

    // The Action Pack: expired 2026-02-19, in its window until 2026-03-21, Renew offered.
    const row = purchasedRow(page, actionPack);
    const id = await subscriptionId(page, actionPack);
    await expect(row.getByRole('cell').filter({ has: page.getByText(exact(lang, 'status-in-renewal-window')) })).toHaveCount(1);
    await expect(row).toContainText(longDate(lang, '2025-02-19'));
    await expect(row.getByRole('cell', { name: longDate(lang, '2026-02-19'), exact: true })).toHaveCount(2);
    await expect(row.getByRole('cell', { name: t(lang, 'auto-renewal-off'), exact: true })).toHaveCount(1);
    await expect(row.getByRole('link', { name: exact(lang, 'offers-renew') })).toHaveAttribute('href', `/offers/${id}/renew`);
    await expect(row.getByRole('link', { name: exact(lang, 'offers-view-details') })).toHaveAttribute('href', `/offers/${id}`);

    // The banner: closes in 5 days, on 2026-03-21, with a link to the details.
    const bannerText = tSelect(lang, 'offers-banner-window-closing', 5, { offer: actionPack, days: 5, date: longDate(lang, '2026-03-21') });
    const banner = page.getByRole('status').filter({ hasText: bannerText });
    await expect(banner).toHaveCount(1);
    await expect(banner.getByRole('link', { name: exact(lang, 'offers-view-details') })).toHaveAttribute('href', `/offers/${id}`);

    // The Action Pack tile shows the price (EUR 475 for the Netherlands) and its status.
    const tile = page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: actionPack, exact: true }) });
    await expect(tile).toContainText(t(lang, 'offers-price-per-year', { price: money(lang, 475, 'EUR') }));
    await expect(tile.getByText(t(lang, 'status-in-renewal-window'), { exact: true })).toBeVisible();
  });

  test(`the Silver competency shows Renew disabled until its window opens in ${lang}`, async ({ page }) => {
    await signIn(page, ANNA, lang);
    await openOffers(page, lang);
    const row = purchasedRow(page, competencyName(lang, 'silver', 'cloud-platform'));
    await expect(row.getByRole('cell').filter({ has: page.getByText(exact(lang, 'status-active')) })).toHaveCount(1);
    await expect(row.getByRole('cell', { name: longDate(lang, '2026-06-24'), exact: true })).toHaveCount(2);
    await expect(row.getByRole('cell', { name: t(lang, 'auto-renewal-on'), exact: true })).toHaveCount(1);
    await expect(row.getByRole('link', { name: exact(lang, 'offers-renew') })).toHaveCount(0);
    const renew = row.getByRole('button', { name: exact(lang, 'offers-renew') });
    await expect(renew).toBeDisabled();
    // The window opens the day after the anniversary: 2026-06-25, written the locale's way.
    const opens = longDate(lang, '2026-06-25');
    expect(opens).toContain('2026');
    await expect(renew).toHaveAccessibleDescription(t(lang, 'renew-not-yet', { date: opens }));
    await expect(row.getByText(t(lang, 'renew-not-yet', { date: opens }), { exact: true })).toBeVisible();
  });

  test(`the lapsed Gold competency shows that its renewal window closed in ${lang}`, async ({ page }) => {
    await signIn(page, ANNA, lang);
    await openOffers(page, lang);
    const row = purchasedRow(page, competencyName(lang, 'gold', 'data-analytics'));
    await expect(row.getByRole('cell').filter({ has: page.getByText(exact(lang, 'status-lapsed')) })).toHaveCount(1);
    await expect(row.getByRole('link', { name: exact(lang, 'offers-renew') })).toHaveCount(0);
    const renew = row.getByRole('button', { name: exact(lang, 'offers-renew') });
    await expect(renew).toBeDisabled();
    // Anniversary 2026-01-15; the window closed after 30 days, on 2026-02-14.
    await expect(renew).toHaveAccessibleDescription(t(lang, 'renew-window-closed', { date: longDate(lang, '2026-02-14') }));
  });

  test(`a user without a role sees the offers but cannot renew or buy in ${lang}`, async ({ page, baseURL }) => {
    await signIn(page, VERA, lang);
    await openOffers(page, lang);
    const actionPack = actionPackName(lang);
    const row = purchasedRow(page, actionPack);
    await expect(row.getByRole('cell').filter({ has: page.getByText(exact(lang, 'status-in-renewal-window')) })).toHaveCount(1);
    await expect(page.getByRole('link', { name: exact(lang, 'offers-renew') })).toHaveCount(0);
    await expect(page.getByRole('button', { name: exact(lang, 'offers-renew') })).toHaveCount(0);
    await expect(page.getByRole('link', { name: exact(lang, 'offers-buy') })).toHaveCount(0);
    await expect(page.getByRole('button', { name: exact(lang, 'offers-buy') })).toHaveCount(0);
    const id = await subscriptionId(page, actionPack);

    // The details show no actions.
    await row.getByRole('rowheader').getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/offers/${id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(actionPack);
    await expect(page.getByRole('link', { name: exact(lang, 'offers-renew') })).toHaveCount(0);
    await expect(page.getByRole('link', { name: exact(lang, 'details-turn-off-auto-renewal') })).toHaveCount(0);
    await expect(page.getByRole('link', { name: exact(lang, 'details-cancel-subscription') })).toHaveCount(0);

    // Opening the payment step directly says the role does not allow it, and shows no form.
    const step = await page.goto(`/offers/${id}/renew?lang=${lang}`);
    expect(step?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'error-forbidden'));
    await expect(page.getByRole('button', { name: exact(lang, 'checkout-submit') })).toHaveCount(0);

    // Posting the forms anyway is refused with 403.
    const headers = { Origin: baseURL! };
    const renew = await page.request.post(`/offers/${id}/renew`, {
      headers,
      form: { method: 'card', card_holder: 'Vera Bakker', card_number: '4242 4242 4242 4242', card_expiry: '12/30', card_cvc: '123' },
      maxRedirects: 0,
    });
    expect(renew.status()).toBe(403);
    expect(await renew.text()).toContain(t(lang, 'error-forbidden'));
    const turnOff = await page.request.post(`/offers/${id}/auto-renewal`, { headers, form: {}, maxRedirects: 0 });
    expect(turnOff.status()).toBe(403);
    const cancel = await page.request.post(`/offers/${id}/cancel`, { headers, form: { description: 'Please cancel.' }, maxRedirects: 0 });
    expect(cancel.status()).toBe(403);

    // Nothing changed: still in the renewal window, same dates, no cancellation requested.
    await openOffers(page, lang);
    const after = purchasedRow(page, actionPack);
    await expect(after.getByRole('cell').filter({ has: page.getByText(exact(lang, 'status-in-renewal-window')) })).toHaveCount(1);
    await expect(after.getByRole('cell', { name: longDate(lang, '2026-02-19'), exact: true })).toHaveCount(2);
    await expect(after.getByText(t(lang, 'status-cancellation-requested'), { exact: true })).toHaveCount(0);
  });
}
