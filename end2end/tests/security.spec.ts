// Request forgery and response headers, as a browser meets them.
import { test, expect, signIn, labUser, competencyName, subscriptionId, openOffers, siteFiles } from './helpers';
import { t } from './l10n';

test('a form on a page of another origin cannot turn off automatic renewal', async ({ page, baseURL }) => {
  // The "declined" labs never touch their Silver competency, whose automatic renewal is on.
  await signIn(page, labUser('declined', 'de'), 'en');
  await openOffers(page, 'en');
  const id = await subscriptionId(page, competencyName('en', 'silver', 'cloud-platform'));
  // A page served from 127.0.0.2 (another origin and site) that posts to the portal.
  const evil = 'http://127.0.0.2:3000/evil.html';
  await page.route(evil, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>x</title><form method="post" action="${baseURL}/offers/${id}/auto-renewal">
             <button>Win a prize</button></form></html>`,
    }),
  );
  await page.goto(evil);
  await page.getByRole('button', { name: 'Win a prize' }).click();
  await page.waitForLoadState();
  expect(page.url()).not.toContain('done=auto-renewal-off');
  // Back on the portal: automatic renewal is still on.
  await page.goto(`/offers/${id}?lang=en`);
  await expect(page.getByRole('link', { name: t('en', 'details-turn-off-auto-renewal') })).toBeVisible();
});

test('the wasm, scripts, styles and catalogs carry the security headers', async ({ request }) => {
  const files = await siteFiles(request);
  for (const path of [files.wasm, files.js, files.css, files.catalog]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
});
