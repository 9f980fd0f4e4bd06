// The core flows with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys and
// typing; no clicks), in every language, with and without JavaScript: sign in, renew
// by card, download the invoice, turn off automatic renewal and request a cancellation.
// With JavaScript, a client-side navigation moves focus to the new page's heading and
// announces its title; every form shows that it is posting. Sign-in accepts pasting.
import { Locator, Page } from '@playwright/test';
import { LANGS, Lang, t, exact } from './l10n';
import {
  test,
  expect,
  actionPackName,
  competencyName,
  jsEnabled,
  labUser,
  messagePattern,
  purchasedRow,
  ready,
  PASSWORD,
  ANNA,
} from './helpers';

/** Presses Tab until `target` has focus; fails when it is not in the tab order. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  await expect(target).toHaveCount(1);
  for (let pressed = 0; pressed < limit; pressed++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`not reached with Tab in ${limit} presses; focus is on ${focused}`);
}

/** Tabs to a field and types `text` into it (after clearing what is there). */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Tabs to `target` and presses Enter; waits for the page that follows. */
async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/**
 * After following a link: with JavaScript the page changed without a full load, so
 * focus must be on its heading and the title announced; without, the browser loaded a
 * new document (focus starts at the top, nothing to check).
 */
async function arrived(page: Page, heading: string | RegExp): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(heading);
  await ready(page);
  if (jsEnabled()) {
    await expect(h1).toBeFocused();
    await expect(page.locator('#announcer')).toHaveText(await page.title());
  }
}

/** Signs in by typing into the sign-in form and pressing Enter; waits for the offers. */
async function signInWithKeys(page: Page, lang: Lang, email: string): Promise<void> {
  await page.goto(`/sign-in?lang=${lang}`);
  await ready(page);
  await typeInto(page, page.getByLabel(t(lang, 'sign-in-email'), { exact: true }), email);
  await typeInto(page, page.getByLabel(t(lang, 'sign-in-password'), { exact: true }), PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/offers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'nav-offers'));
  await ready(page);
}

for (const lang of LANGS) {
  test(`signs in, renews by card and downloads the invoice with the keyboard alone in ${lang}`, async ({ page }) => {
    const name = actionPackName(lang);
    await signInWithKeys(page, lang, labUser('keyboard', lang));

    // Renew by card: the Renew link of the Action Pack's row, the card fields, Continue.
    await activate(page, purchasedRow(page, name).getByRole('link', { name: exact(lang, 'offers-renew') }));
    await expect(page).toHaveURL(/\/offers\/\d+\/renew$/);
    await arrived(page, t(lang, 'checkout-title-renewal'));
    const card = page.getByRole('radio', { name: exact(lang, 'checkout-method-card') });
    // A group of radio buttons is one Tab stop (the checked one, or the first); Space
    // checks the focused one, the arrow keys move and check.
    for (let pressed = 0; pressed < 80; pressed++) {
      if (await page.evaluate(() => document.activeElement?.getAttribute('name') === 'method')) break;
      await page.keyboard.press('Tab');
    }
    const onCard = await card.evaluate((element) => element === document.activeElement);
    await page.keyboard.press(onCard ? 'Space' : 'ArrowUp');
    await expect(card).toBeChecked();
    await typeInto(page, page.getByLabel(t(lang, 'checkout-card-holder'), { exact: true }), 'Lab Admin');
    await typeInto(page, page.getByLabel(t(lang, 'checkout-card-number'), { exact: true }), '4242 4242 4242 4242');
    await typeInto(page, page.getByLabel(t(lang, 'checkout-card-expiry'), { exact: true }), '12/30');
    await typeInto(page, page.getByLabel(t(lang, 'checkout-card-cvc'), { exact: true }), '123');
    await activate(page, page.getByRole('button', { name: exact(lang, 'checkout-submit') }));
    await expect(page).toHaveURL(/\/checkout\/[\w-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-review-title'));
    await ready(page);
    await activate(page, page.getByRole('button', { name: exact(lang, 'checkout-buy') }));
    await expect(page).toHaveURL(/\/checkout\/[\w-]+\/done$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-confirmed-title'));
    await ready(page);

    // The invoice of the renewal, from the main navigation.
    await activate(page, page.getByRole('navigation').getByRole('link', { name: exact(lang, 'nav-invoices') }));
    await expect(page).toHaveURL(/\/invoices$/);
    await arrived(page, t(lang, 'nav-invoices'));
    const link = page.getByRole('link', { name: messagePattern(lang, 'invoice-download-pdf-label') }).first();
    const download = page.waitForEvent('download');
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    expect((await (await download).path()) ?? '').not.toBe('');
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  });

  test(`turns off automatic renewal and requests a cancellation with the keyboard alone in ${lang}`, async ({ page }) => {
    await signInWithKeys(page, lang, labUser('keyboard-manage', lang));

    // Automatic renewal of the Silver competency, from its details.
    const silver = competencyName(lang, 'silver', 'cloud-platform');
    await activate(page, purchasedRow(page, silver).getByRole('rowheader').getByRole('link'));
    await arrived(page, new RegExp(silver.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await activate(page, page.getByRole('link', { name: exact(lang, 'details-turn-off-auto-renewal') }));
    await arrived(page, t(lang, 'auto-renewal-off-title'));
    await activate(page, page.getByRole('button', { name: exact(lang, 'details-turn-off-auto-renewal') }));
    await expect(page).toHaveURL(/\/offers\/\d+\?done=auto-renewal-off$/);
    await ready(page);
    await expect(page.getByRole('status').filter({ hasText: t(lang, 'details-done-auto-renewal-off') })).toHaveCount(1);

    // The Action Pack's cancellation, from the offers page.
    await activate(page, page.getByRole('navigation').getByRole('link', { name: exact(lang, 'nav-offers') }));
    await arrived(page, t(lang, 'nav-offers'));
    const name = actionPackName(lang);
    await activate(page, purchasedRow(page, name).getByRole('rowheader').getByRole('link'));
    await arrived(page, new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await activate(page, page.getByRole('link', { name: exact(lang, 'details-cancel-subscription') }));
    await arrived(page, t(lang, 'cancel-title'));
    // "Now" instead of the end of the term, with the arrow keys.
    const effect = page.getByRole('group', { name: t(lang, 'support-effect') });
    const endOfTerm = effect.getByRole('radio', { name: messagePattern(lang, 'cancel-effect-end-of-term-on') });
    await tabTo(page, endOfTerm);
    await page.keyboard.press('ArrowDown');
    await expect(endOfTerm).not.toBeChecked();
    await activate(page, page.getByRole('button', { name: exact(lang, 'cancel-submit') }));
    await expect(page).toHaveURL(/\/support\/\d+\?done=opened$/);
    await ready(page);
    await expect(page.getByRole('status').filter({ hasText: t(lang, 'support-done-opened') })).toHaveCount(1);
  });
}

test('sign-in accepts a pasted e-mail address and password, and names its fields for password managers', async ({ page, context }) => {
  test.skip(!jsEnabled(), 'pasting goes through the clipboard API of the page');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/sign-in?lang=en');
  await ready(page);
  const email = page.getByLabel(t('en', 'sign-in-email'), { exact: true });
  const password = page.getByLabel(t('en', 'sign-in-password'), { exact: true });
  await expect(email).toHaveAttribute('autocomplete', 'username');
  await expect(password).toHaveAttribute('autocomplete', 'current-password');
  for (const [field, text] of [[email, ANNA], [password, PASSWORD]] as const) {
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await field.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(field).toHaveValue(text);
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/offers$/);
});

test('a wrong password is announced and tied to the field', async ({ page }) => {
  await page.goto('/sign-in?lang=en');
  await ready(page);
  await page.getByLabel(t('en', 'sign-in-email'), { exact: true }).fill(ANNA);
  await page.getByLabel(t('en', 'sign-in-password'), { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: exact('en', 'sign-in-submit') }).click();
  await ready(page);
  const alert = page.getByRole('alert');
  await expect(alert.first()).toBeVisible();
  // Each field error is an alert the field points to with aria-describedby.
  await page.getByLabel(t('en', 'sign-in-email'), { exact: true }).fill('');
  await page.getByLabel(t('en', 'sign-in-password'), { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: exact('en', 'sign-in-submit') }).click();
  await ready(page);
  const field = page.getByLabel(t('en', 'sign-in-email'), { exact: true });
  await expect(field).toHaveAccessibleDescription(t('en', 'field-required'));
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: t('en', 'field-required') })).toHaveCount(1);
});

test('a form that is posting disables its button and says so', async ({ page }) => {
  test.skip(!jsEnabled(), 'without JavaScript the browser shows the page loading itself');
  await page.goto('/sign-in?lang=en');
  await ready(page);
  // While the browser is navigating, Playwright cannot read the page; the page itself
  // records what it shows while the post is held back, in its session storage.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/sign-in', async (route) => {
    if (route.request().method() === 'POST') await held;
    await route.continue();
  });
  await page.evaluate(() => {
    new MutationObserver(() => {
      const form = document.querySelector('form[aria-busy="true"]');
      if (!form) return;
      const buttons = [...form.querySelectorAll('button')];
      sessionStorage.setItem('while-posting', JSON.stringify({
        disabled: buttons.length > 0 && buttons.every((button) => button.disabled),
        announced: document.getElementById('announcer')?.textContent ?? '',
      }));
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.getByLabel(t('en', 'sign-in-email'), { exact: true }).fill(ANNA);
  await page.getByLabel(t('en', 'sign-in-password'), { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: exact('en', 'sign-in-submit') }).click({ noWaitAfter: true });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  release();
  await expect(page).toHaveURL(/\/offers$/);
  const seen = JSON.parse((await page.evaluate(() => sessionStorage.getItem('while-posting'))) ?? '{}');
  expect(seen).toEqual({ disabled: true, announced: t('en', 'form-sending') });
});

test('buttons, links and fields are at least 24 by 24 pixels or spaced apart (WCAG 2.5.8)', async ({ page }) => {
  test.skip(!jsEnabled(), 'measured with a script in the page');
  await page.goto('/sign-in?lang=en');
  await ready(page);
  await page.getByLabel(t('en', 'sign-in-email'), { exact: true }).fill(ANNA);
  await page.getByLabel(t('en', 'sign-in-password'), { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: exact('en', 'sign-in-submit') }).click();
  await expect(page).toHaveURL(/\/offers$/);
  await ready(page);
  for (const path of ['/offers', '/invoices', '/support', '/users']) {
    await page.goto(`${path}?lang=en`);
    await ready(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input:not([type=hidden]), select, textarea, nav a, .actions a')]
        .filter((element) => element.offsetParent !== null)
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ element, box }) => `${element.outerHTML.slice(0, 80)} ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    expect(small, path).toEqual([]);
  }
});
