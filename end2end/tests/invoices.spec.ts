// Download invoice: the PDF in each language, read back with pdftotext (poppler-utils)
// and checked with qpdf.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { test, expect, signIn, labUser, actionPackName, subscriptionId, openOffers, longDate, money } from './helpers';
import { LANGS, t, exact } from './l10n';

for (const lang of LANGS) {
  test(`downloads the invoice PDF with localized labels, number, date and amount in ${lang}`, async ({ page }) => {
    await signIn(page, labUser('invoice', lang), lang);
    await openOffers(page, lang);
    const id = await subscriptionId(page, actionPackName(lang));
    // Renew by card (the form posts as a browser would).
    await page.goto(`/offers/${id}/renew?lang=${lang}`);
    await page.getByLabel(t(lang, 'checkout-method-card')).check();
    await page.getByLabel(t(lang, 'checkout-card-holder')).fill('Lab Admin');
    await page.getByLabel(t(lang, 'checkout-card-number')).fill('4242 4242 4242 4242');
    await page.getByLabel(t(lang, 'checkout-card-expiry')).fill('12/30');
    await page.getByLabel(t(lang, 'checkout-card-cvc')).fill('123');
    await page.getByRole('button', { name: exact(lang, 'checkout-submit') }).click();
    await page.getByRole('button', { name: exact(lang, 'checkout-buy') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'checkout-confirmed-title'));

    await page.goto(`/invoices?lang=${lang}`);
    const link = page.getByRole('link', { name: /2026-\d{6}/ });
    const number = /(2026-\d{6})/.exec((await link.getAttribute('aria-label')) ?? '')![1];
    // Label in name (WCAG 2.5.3): the accessible name starts with the visible text, so a
    // voice user saying what they see reaches the link.
    const visible = (await link.innerText()).trim();
    expect(visible).toBe(t(lang, 'invoice-download-pdf'));
    expect((await link.getAttribute('aria-label')) ?? '').toBe(t(lang, 'invoice-download-pdf-label', { number }));
    expect((await link.getAttribute('aria-label')) ?? '').toMatch(new RegExp(`^${visible.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const download = page.waitForEvent('download');
    await link.click();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'invoice-')), 'invoice.pdf');
    await (await download).saveAs(file);
    // Named in the PDF's language (Content-Disposition filename*).
    expect((await download).suggestedFilename()).toBe(t(lang, 'invoice-file-name', { number }));

    execFileSync('qpdf', ['--check', file]);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().replace(/\u00a0/g, ' ');
    for (const id of ['invoice-pdf-heading', 'invoice-pdf-net', 'invoice-pdf-total', 'invoice-pdf-bill-to']) {
      expect(text, id).toContain(t(lang, id));
    }
    expect(text).toContain(number);
    expect(text).toContain(longDate(lang, '2026-03-16').replace(/\u00a0/g, ' '));
    // The PDF's font has no U+202F (French digit grouping): the PDF draws U+00A0 there.
    expect(text).toContain(money(lang, 574.75, 'EUR').replace(/[\u00a0\u202f]/g, ' '));
  });
}
