// Every page carries its own Content-Security-Policy with the nonce of its scripts;
// files under /pkg carry the strict default policy. This must hold however many
// requests the server answers at once.
import { test, expect, ANNA, signIn, siteFiles } from './helpers';

test('a page keeps its nonce policy while files are served at the same time', async ({ page }) => {
  await signIn(page, ANNA, 'en');
  const files = await siteFiles(page.request);
  const swapped: string[] = [];
  for (let round = 0; round < 60; round++) {
    const [document, css, js] = await Promise.all([
      page.request.get('/offers'),
      page.request.get(files.css),
      page.request.get(files.js),
    ]);
    if (!(document.headers()['content-security-policy'] ?? '').includes('nonce')) swapped.push(`round ${round}: /offers without nonce`);
    for (const file of [css, js]) {
      if ((file.headers()['content-security-policy'] ?? '').includes('nonce')) swapped.push(`round ${round}: ${file.url()} with the page policy`);
    }
  }
  expect(swapped).toEqual([]);
});
