// The translators' workbench as a translator uses it, in every language, with and
// without JavaScript: signing in lands on /translations with each language's counts
// (the number of English messages, counted here from the files), a language's messages
// filtered to one file and an id, a message with its English source, variables,
// glossary term and preview rows, and a number of one's own added to the preview.
// (axe, phone and HTML checks of these pages: pages.spec.ts.)
import * as fs from 'fs';
import * as path from 'path';
import { LANGS, t, exact } from './l10n';
import { test, expect, TRANSLATOR, ready, signIn } from './helpers';

/** The ids (messages and terms) of English, read from the files. */
function englishIds(): Set<string> {
  const dir = path.join(__dirname, '..', '..', 'locales', 'en');
  const ids = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    for (const line of fs.readFileSync(path.join(dir, file), 'utf-8').split('\n')) {
      const match = /^(-?[A-Za-z][A-Za-z0-9_-]*) =/.exec(line);
      if (match) ids.add(match[1]);
    }
  }
  return ids;
}

for (const lang of LANGS) {
  test(`a translator checks the languages, finds a message and previews it [${lang}]`, async ({ page }) => {
    await signIn(page, TRANSLATOR, lang);
    await expect(page).toHaveURL(/\/translations(\?|$)/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'translations-title'));
    const total = englishIds().size;
    const dutch = page.getByRole('row', { name: new RegExp(t(lang, 'lang-name-nl')) });
    await expect(dutch.getByRole('cell').first()).toContainText(String(total));

    await dutch.getByRole('link', { name: exact(lang, 'lang-name-nl') }).click();
    await expect(page).toHaveURL(/\/translations\/nl/);
    await ready(page);
    await page.getByLabel(t(lang, 'translations-filter-file'), { exact: true }).selectOption('offers.ftl');
    await page.getByLabel(t(lang, 'translations-filter-search'), { exact: true }).fill('offers-renew');
    await page.getByRole('button', { name: exact(lang, 'translations-filter-apply') }).click();
    await expect(page).toHaveURL(/q=offers-renew/);
    await ready(page);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['offers.ftl']);
    await page.getByRole('link', { name: 'offers-renew', exact: true }).click();
    await expect(page).toHaveURL(/\/translations\/nl\/offers-renew/);
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'translations-message-title', { id: 'offers-renew' }));
    const english = page.getByRole('region', { name: t(lang, 'translations-english-source') });
    await expect(english).toContainText('offers-renew = Renew subscription');
    const glossary = page.getByRole('region', { name: t(lang, 'translations-glossary') });
    await expect(glossary.getByRole('row', { name: /Renew subscription/ })).toContainText('Abonnement vernieuwen');

    // A message with a number: its variable, and one preview row per sample number.
    await page.goto(`/translations/nl/translations-count?lang=${lang}`);
    await ready(page);
    const variables = page.getByRole('region', { name: t(lang, 'translations-variables') });
    await expect(variables.getByRole('rowheader')).toHaveText(['$count']);
    const preview = page.getByRole('region', { name: t(lang, 'translations-preview') });
    await expect(preview.getByRole('row')).toHaveCount(5);
    await expect(preview.getByRole('cell')).toContainText(['0 messages', '0 berichten', '1 message', '1 bericht', '2 messages', '2 berichten', '5 messages', '5 berichten']);
    await page.getByLabel(t(lang, 'translations-preview-number'), { exact: true }).fill('21');
    await page.getByRole('button', { name: exact(lang, 'translations-preview-apply') }).click();
    await expect(page).toHaveURL(/number=21/);
    await ready(page);
    await expect(preview.getByRole('row')).toHaveCount(6);
    await expect(preview.getByRole('cell').last()).toHaveText('21 berichten');
  });
}
