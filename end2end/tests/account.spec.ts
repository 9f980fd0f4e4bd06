import { LANGS, t, exact } from './l10n';
import { test, expect, labUser, ready, signIn, submitSignIn } from './helpers';

for (const lang of LANGS) {
  test(`changes the password on My account and signs out everywhere in ${lang}`, async ({ page, browser }) => {
    const email = labUser('account', lang);
    await signIn(page, email, lang);
    // A second device signed in as the same user.
    const other = await browser.newContext();
    const phone = await other.newPage();
    await signIn(phone, email, lang);

    await page.getByRole('banner').locator('a[href="/account"]').click();
    await expect(page).toHaveURL(/\/account$/);
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'account-title'));

    const current = page.getByLabel(t(lang, 'account-current-password'), { exact: true });
    const fresh = page.getByLabel(t(lang, 'account-new-password'), { exact: true });
    const again = page.getByLabel(t(lang, 'account-confirm-password'), { exact: true });
    const submit = page.getByRole('button', { name: exact(lang, 'account-password-submit') });
    await current.fill('not-the-password');
    await fresh.fill('a-brand-new-passphrase');
    await again.fill('a-brand-new-passphrase');
    await submit.click();
    await expect(page.getByText(t(lang, 'account-current-password-wrong'), { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'account-title'));

    await ready(page);
    await current.fill('demo-password-1');
    await fresh.fill('a-brand-new-passphrase');
    await again.fill('a-brand-new-passphrase');
    await submit.click();
    await expect(page.getByRole('status').filter({ hasText: t(lang, 'account-password-changed') })).toBeVisible();

    // The other device's session ended with the change.
    await phone.goto(`/offers?lang=${lang}`);
    await expect(phone).toHaveURL(/\/sign-in/);
    await other.close();

    await ready(page);
    await page.getByRole('button', { name: exact(lang, 'account-sign-out-everywhere-submit') }).click();
    await expect(page).toHaveURL(/\/sign-in\?done=signed-out-everywhere/);
    await expect(page.getByRole('status').filter({ hasText: t(lang, 'account-signed-out-everywhere') })).toBeVisible();
    await ready(page);
    await submitSignIn(page, lang, email, 'a-brand-new-passphrase');
    await expect(page).not.toHaveURL(/\/sign-in/);
  });
}
