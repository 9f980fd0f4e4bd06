// The yearly cycle as a partner meets it: the Notifications page (the job runner told
// the partner that the Action Pack's renewal window is closing), marking them read,
// and the choice of automatic renewal at Buy, turned back on from offer details.
// Every language, with and without JavaScript; each test in its own lab organization.
import { LANGS, t, exact, tSelect } from './l10n';
import { test, expect, actionPackName, fact, labUser, longDate, messagePattern, openOffers, purchasedRow, ready, signIn, subscriptionId } from './helpers';

for (const lang of LANGS) {
  test(`the Notifications page tells that the renewal window is closing and marks it read in ${lang}`, async ({ page }) => {
    const name = actionPackName(lang);
    await signIn(page, labUser('notify', lang), lang);
    // The lab's Action Pack expired on 2026-02-19 and is not renewed: on A + 23 the
    // job runner (which ran at start) told the partner the window closes on 2026-03-21.
    const told = t(lang, 'event-window-closing', { offer: name, date: longDate(lang, '2026-03-21') });
    await expect(async () => {
      await page.goto(`/notifications?lang=${lang}`);
      await expect(page.getByText(told, { exact: false })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'notifications-title'));
    await expect(page.getByText(tSelect(lang, 'notifications-unread-count', 1, { count: 1 }), { exact: true })).toBeVisible();
    const item = page.getByRole('listitem').filter({ hasText: told });
    await expect(item.getByText(t(lang, 'notifications-new'), { exact: true })).toBeVisible();
    await expect(item.getByRole('link', { name: exact(lang, 'offers-view-details') })).toHaveAttribute('href', /^\/offers\/\d+$/);
    // The header links to the page, with the count.
    await expect(page.getByRole('link', { name: new RegExp(`^${t(lang, 'notifications-title')}`) })).toContainText('1');

    await item.getByRole('button', { name: exact(lang, 'notifications-mark-read') }).click();
    await expect(page).toHaveURL(/\/notifications\?done=read$/);
    await ready(page);
    await expect(page.getByRole('status')).toHaveText(t(lang, 'notifications-done-read'));
    await expect(page.getByText(tSelect(lang, 'notifications-unread-count', 0, { count: 0 }), { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: exact(lang, 'notifications-mark-read') })).toHaveCount(0);
    await expect(page.getByText(told, { exact: false })).toBeVisible();
  });

  test(`keeping automatic renewal off at Buy and turning it back on from offer details in ${lang}`, async ({ page }) => {
    const name = actionPackName(lang);
    await signIn(page, labUser('auto-on', lang), lang);
    await openOffers(page, lang);
    const id = await subscriptionId(page, name);
    await purchasedRow(page, name).getByRole('link', { name: exact(lang, 'offers-renew') }).click();
    await ready(page);
    await page.getByRole('radio', { name: exact(lang, 'checkout-method-card') }).check();
    await page.getByLabel(t(lang, 'checkout-card-holder'), { exact: true }).fill('Lab Admin');
    await page.getByLabel(t(lang, 'checkout-card-number'), { exact: true }).fill('4242 4242 4242 4242');
    await page.getByLabel(t(lang, 'checkout-card-expiry'), { exact: true }).fill('12/30');
    await page.getByLabel(t(lang, 'checkout-card-cvc'), { exact: true }).fill('123');
    await page.getByRole('button', { name: exact(lang, 'checkout-submit') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-review-title'));
    await ready(page);

    // The review says what automatic renewal will be: on, charging this card on A + 1.
    const on = page.getByRole('radio', { name: exact(lang, 'checkout-auto-renewal-on', { card: 'Visa •••• 4242', date: longDate(lang, '2027-02-20') }) });
    await expect(on).toBeChecked();
    await page.getByRole('radio', { name: exact(lang, 'checkout-auto-renewal-off') }).check();
    await page.getByRole('button', { name: exact(lang, 'checkout-buy') }).click();
    await expect(page).toHaveURL(/\/done$/);
    await ready(page);

    await page.goto(`/offers/${id}?lang=${lang}`);
    await ready(page);
    await expect(fact(page, lang, 'offers-column-automatic-renewal')).toHaveText(t(lang, 'auto-renewal-off'));
    await expect(page.getByText(messagePattern(lang, 'cycle-auto-off-before', { opens: longDate(lang, '2027-02-20'), closes: longDate(lang, '2027-03-21') }))).toBeVisible();
    await page.getByRole('button', { name: exact(lang, 'details-turn-on-auto-renewal') }).click();
    await expect(page).toHaveURL(new RegExp(`/offers/${id}\\?done=auto-renewal-on$`));
    await ready(page);
    await expect(page.getByRole('status')).toHaveText(t(lang, 'details-done-auto-renewal-on'));
    await expect(fact(page, lang, 'offers-column-automatic-renewal')).toHaveText(t(lang, 'auto-renewal-on'));
    await expect(fact(page, lang, 'details-next-charge')).toContainText(longDate(lang, '2027-02-20'));
    await expect(page.getByRole('button', { name: exact(lang, 'details-turn-on-auto-renewal') })).toHaveCount(0);
  });
}
