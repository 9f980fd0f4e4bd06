// VAT ID verification as a partner and a support agent meet it: a new VAT ID on the
// partner profile awaits verification, the support agent verifies it in the console,
// and the partner reads that it is verified (on the profile and in Notifications).
// Every language, with and without JavaScript; each test in a lab organization of its
// own, the support agent in a browser context of its own.
import { LANGS, t, exact } from './l10n';
import { test, expect, STAFF, jsEnabled, labOrganization, labUser, longDate, ready, signIn } from './helpers';

/** APP_TODAY of the end-to-end server. */
const TODAY = '2026-03-16';
/** Another valid Dutch VAT ID (11-test) than the lab's verified one. */
const NEW_VAT_ID = 'NL100000009B01';

for (const lang of LANGS) {
  test(`a new VAT ID awaits verification until the support agent verifies it in ${lang}`, async ({ page, browser }) => {
    await signIn(page, labUser('vat', lang), lang);
    await page.goto(`/profile?lang=${lang}`);
    await ready(page);
    const state = page.locator('#vat-state');
    await expect(state).toHaveText(t(lang, 'profile-vat-verified', { date: longDate(lang, '2024-01-06') }));

    await page.getByLabel(t(lang, 'profile-vat-id'), { exact: true }).fill(NEW_VAT_ID);
    await page.getByRole('button', { name: exact(lang, 'profile-save') }).click();
    await expect(page.getByRole('status').filter({ hasText: t(lang, 'profile-saved') })).toBeVisible();
    await expect(state).toHaveText(t(lang, 'profile-vat-unverified'));

    // The support agent finds the organization's number awaiting and verifies it.
    const context = await browser.newContext({ javaScriptEnabled: jsEnabled() });
    const staff = await context.newPage();
    await signIn(staff, STAFF, lang);
    await staff.getByRole('navigation').getByRole('link', { name: exact(lang, 'nav-staff-vat-ids') }).click();
    await expect(staff).toHaveURL(/\/staff\/vat-ids$/);
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'staff-vat-title'));
    await ready(staff);
    const card = staff.getByRole('region', { name: labOrganization('vat', lang), exact: true });
    await expect(card.locator('.vat-number')).toHaveText(NEW_VAT_ID);
    await expect(card).toContainText(t(lang, 'country-nl'));
    await card.getByRole('button', { name: exact(lang, 'staff-vat-verify') }).click();
    await expect(staff.getByRole('status').filter({ hasText: t(lang, 'staff-done-vat-verified') })).toBeVisible();
    await expect(staff.getByRole('region', { name: labOrganization('vat', lang), exact: true })).toHaveCount(0);
    await context.close();

    await page.goto(`/profile?lang=${lang}`);
    await expect(state).toHaveText(t(lang, 'profile-vat-verified', { date: longDate(lang, TODAY) }));
    await page.goto(`/notifications?lang=${lang}`);
    await expect(page.getByRole('main')).toContainText(t(lang, 'event-vat-id-verified', { id: NEW_VAT_ID }));
  });
}
