// The pseudo-locale en-XA (the server runs with PSEUDO_LOCALE=1 in .ci/test): every
// message is English accented, about a third longer and in brackets. On the main pages,
// signed out, as a partner and as staff, at 1280 px and on a phone, this fails on
//  - visible text that did not come from a message: unbracketed letters that are not
//    data (a name, an e-mail address, a number, a date; data is marked translate="no"
//    or is a <time>), as a string built in Rust would be;
//  - text that does not fit its box (a button, a badge, a cell, a heading cut off or
//    running out of it), and any sideways scroll of the page.
import { Page } from '@playwright/test';
import { test, expect, ready, signIn, ANNA, STAFF, actionPackName, subscriptionId } from './helpers';

const PAGES: Record<'visitor' | 'partner' | 'staff', string[]> = {
  visitor: ['/sign-in', '/accessibility'],
  partner: ['/offers', 'details', '/invoices', '/support', '/support/new', '/notifications', '/competencies', '/audit', '/users', '/profile', '/account'],
  staff: ['/staff', '/staff/transfers', '/staff/vat-ids', '/account'],
};

/** What a text node that is not in brackets may be: data, not words of the interface. */
const DATA = [
  /@/, // an e-mail address
  /^[\s\d\p{P}\p{S}]*$/u, // numbers, amounts, punctuation
  /^[\p{Lu}\d][\p{Lu}\d\s\-\/.:#]*$/u, // codes and references: NL000099998B57, INV-2026-0001, EUR
  // Dates and times as ICU4X writes them for English (the pseudo-locale formats as en).
  /^((January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}|(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4},? [\d:]+\s?(AM|PM)?\s?(UTC)?)$/u,
];

interface Finding {
  text: string;
  where: string;
}

/** Visible text nodes outside brackets and outside data elements. */
async function unbracketed(page: Page): Promise<Finding[]> {
  return page.evaluate((patterns) => {
    const data = patterns.map((source) => new RegExp(source, 'u'));
    const found: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    // Brackets may open in one text node and close in a later one (a message with markup
    // or a placeable between elements): track the depth along the document order.
    let depth = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template, [hidden], [aria-hidden=true], noscript')) continue;
      let outside = '';
      for (const ch of node.textContent ?? '') {
        if (ch === '[') depth += 1;
        else if (ch === ']') depth = Math.max(0, depth - 1);
        else if (depth === 0) outside += ch;
      }
      const text = outside.replace(/\s+/g, ' ').trim();
      if (!text || !/\p{L}/u.test(text)) continue;
      if (parent.closest('[translate=no], time, pre, code, kbd')) continue;
      if (!parent.checkVisibility()) continue;
      if (data.some((pattern) => pattern.test(text))) continue;
      const where = parent.tagName.toLowerCase() + (parent.className ? `.${String(parent.className).split(' ')[0]}` : '');
      found.push({ text, where });
    }
    return found;
  }, DATA.map((pattern) => pattern.source));
}

/** Elements whose text does not fit: content wider than the box it is clipped to or drawn in. */
async function overflowing(page: Page): Promise<Finding[]> {
  return page.evaluate(() => {
    const found: { text: string; where: string }[] = [];
    const boxes = document.querySelectorAll<HTMLElement>(
      'main h1, main h2, main h3, button, a.button, .badge, label, legend, th, td, dt, dd, nav a, .site-header a, select, input[type=submit]',
    );
    for (const element of boxes) {
      // Visually hidden text (for screen readers) is clipped on purpose.
      if (!element.checkVisibility() || element.clientWidth === 0 || element.closest('.visually-hidden')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'inline') continue;
      // Room for sub-pixel rounding.
      if (element.scrollWidth > element.clientWidth + 2) {
        found.push({ text: (element.textContent ?? '').trim().slice(0, 80), where: `${element.tagName.toLowerCase()} ${element.scrollWidth}>${element.clientWidth}` });
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth) {
      found.push({ text: 'the page scrolls sideways', where: `${document.documentElement.scrollWidth}>${window.innerWidth}` });
    }
    return found;
  });
}

async function check(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  expect.soft(await unbracketed(page), `text not from a message on ${path}`).toEqual([]);
  expect.soft(await overflowing(page), `text that does not fit on ${path}`).toEqual([]);
}

async function choosePseudo(page: Page): Promise<void> {
  const url = new URL(page.url() === 'about:blank' ? '/sign-in' : page.url(), test.info().project.use.baseURL);
  await page.goto(`${url.pathname}?lang=en-XA`);
  await ready(page);
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test.describe(`pseudo-locale en-XA, ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('signed out', async ({ page }) => {
      await choosePseudo(page);
      for (const path of PAGES.visitor) await check(page, path);
    });

    test('a partner', async ({ page }) => {
      await signIn(page, ANNA, 'en');
      const details = `/offers/${await subscriptionId(page, actionPackName('en'))}`;
      await choosePseudo(page);
      for (const path of PAGES.partner) await check(page, path === 'details' ? details : path);
    });

    test('staff', async ({ page }) => {
      await signIn(page, STAFF, 'en');
      await choosePseudo(page);
      for (const path of PAGES.staff) await check(page, path);
    });
  });
}
