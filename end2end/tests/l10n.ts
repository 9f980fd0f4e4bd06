// Reads the project's .ftl files so that tests find buttons, labels and headings by the
// same text the app shows, in every language. Supports what the tests need: messages,
// terms, attributes, multi-line values, term and variable references.
import * as fs from 'fs';
import * as path from 'path';

export const LANGS = ['en', 'nl', 'de', 'fr', 'zh'] as const;
export type Lang = (typeof LANGS)[number];
export const HTML_LANG: Record<Lang, string> = { en: 'en', nl: 'nl', de: 'de', fr: 'fr', zh: 'zh-CN' };

const LOCALES = path.join(__dirname, '..', '..', 'locales');
const cache = new Map<Lang, Map<string, string>>();

function load(lang: Lang): Map<string, string> {
  const found = cache.get(lang);
  if (found) return found;
  const entries = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(LOCALES, lang)).filter((f) => f.endsWith('.ftl')).sort()) {
    let current: string | null = null;
    for (const line of fs.readFileSync(path.join(LOCALES, lang, file), 'utf8').split('\n')) {
      const entry = /^(-?[a-zA-Z][\w-]*)\s*=\s*(.*)$/.exec(line);
      const attribute = /^\s+\.([\w-]+)\s*=\s*(.*)$/.exec(line);
      if (entry) {
        current = entry[1];
        entries.set(current, entry[2]);
      } else if (attribute && current) {
        const id = `${current.split('.')[0]}.${attribute[1]}`;
        entries.set(id, attribute[2]);
        current = id;
      } else if (current && /^\s+\S/.test(line) && !line.trim().startsWith('[') && !line.trim().startsWith('*[')) {
        entries.set(current, (entries.get(current) + ' ' + line.trim()).trim());
      } else if (!/^\s/.test(line)) {
        current = null;
      }
    }
  }
  cache.set(lang, entries);
  return entries;
}

/** The text of message `id` (or `id.attribute`) in `lang`, with `args` filled in. */
export function t(lang: Lang, id: string, args: Record<string, string | number> = {}): string {
  const entries = load(lang);
  const raw = entries.get(id) ?? load('en').get(id);
  if (raw === undefined) throw new Error(`no message ${id} in ${lang}`);
  return raw
    .replace(/\{\s*(-[\w-]+)\s*\}/g, (_, term) => t(lang, term))
    .replace(/\{\s*\$([\w-]+)\s*\}/g, (_, name) => String(args[name] ?? `{$${name}}`))
    .replace(/\{\s*"([^"]*)"\s*\}/g, (_, literal) => literal);
}

/** A regular expression matching the message exactly (for accessible names). */
export function exact(lang: Lang, id: string, args: Record<string, string | number> = {}): RegExp {
  return new RegExp('^\\s*' + t(lang, id, args).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*$');
}
