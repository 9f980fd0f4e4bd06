// How pages hold up under the display settings a person may have: forced colors
// (Windows High Contrast) and a dark system theme. The portal is light only, on
// purpose (see /accessibility); what color alone marks must keep a border or an
// underline when the system forces its own colors.
import { test, expect, ready, signIn, ANNA } from './helpers';

test('under forced colors every status badge keeps a visible border', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await signIn(page, ANNA, 'en');
  await page.goto('/offers?lang=en');
  await ready(page);
  const badges = page.locator('.badge');
  expect(await badges.count()).toBeGreaterThan(0);
  const borders = await badges.evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      return `${style.borderTopStyle} ${parseFloat(style.borderTopWidth) > 0}`;
    }),
  );
  expect(new Set(borders)).toEqual(new Set(['solid true']));
  // The current page in the main navigation is still marked (the underline's color is
  // kept as a system color).
  const current = page.getByRole('navigation').locator('a[aria-current="page"]');
  await expect(current).toHaveCSS('border-bottom-color', await current.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }));
});

test('a dark system theme still gets the light page it was checked in', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/sign-in?lang=en');
  await ready(page);
  await expect(page.locator('html')).toHaveCSS('color-scheme', 'light');
  await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(244, 246, 249)');
});
