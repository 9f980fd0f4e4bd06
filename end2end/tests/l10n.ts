// Reads the project's .ftl files so that tests find buttons, labels and headings by the
// same text the app shows, in every language. Supports what the tests need: messages,
// terms, attributes, multi-line values, term, message and variable references.
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
    .replace(/\{\s*([a-z][\w-]*)\s*\}/g, (_, message) => t(lang, message))
    .replace(/\{\s*\$([\w-]+)\s*\}/g, (_, name) => String(args[name] ?? `{$${name}}`))
    .replace(/\{\s*"([^"]*)"\s*\}/g, (_, literal) => literal);
}

/** A regular expression matching the message exactly (for accessible names). */
export function exact(lang: Lang, id: string, args: Record<string, string | number> = {}): RegExp {
  return new RegExp('^\\s*' + t(lang, id, args).replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*$');
}

/** The raw lines of message `id` in `lang` (English when missing), for select expressions. */
function rawMessage(lang: Lang, id: string): string[] | undefined {
  for (const file of fs.readdirSync(path.join(LOCALES, lang)).filter((f) => f.endsWith('.ftl')).sort()) {
    const lines = fs.readFileSync(path.join(LOCALES, lang, file), 'utf8').split('\n');
    const start = lines.findIndex((line) => new RegExp(`^${id}\\s*=`).test(line));
    if (start < 0) continue;
    const body = [lines[start]];
    for (const line of lines.slice(start + 1)) {
      if (!/^\s/.test(line) || line.trim() === '') break;
      body.push(line);
    }
    return body;
  }
  return lang === 'en' ? undefined : rawMessage('en', id);
}

/**
 * The text of a message whose value is one select expression (`{ $days -> [0] … *[other] … }`):
 * the variant for `selector` (an exact number first, then its plural category in `lang`,
 * then the default variant), with `args` filled in as `t` does.
 */
export function tSelect(lang: Lang, id: string, selector: number | string, args: Record<string, string | number> = {}): string {
  const lines = rawMessage(lang, id);
  if (!lines) throw new Error(`no message ${id} in ${lang}`);
  const variants = new Map<string, string>();
  let fallback: string | undefined;
  for (const line of lines) {
    const variant = /^\s*(\*?)\[([^\]]+)\]\s*(.*)$/.exec(line);
    if (!variant) continue;
    variants.set(variant[2].trim(), variant[3]);
    if (variant[1] === '*') fallback = variant[3];
  }
  const category = typeof selector === 'number' ? new Intl.PluralRules(HTML_LANG[lang]).select(selector) : selector;
  const raw = variants.get(String(selector)) ?? variants.get(category) ?? fallback;
  if (raw === undefined) throw new Error(`message ${id} in ${lang} has no variant for ${selector}`);
  return raw
    .replace(/\{\s*(-[\w-]+)\s*\}/g, (_, term) => t(lang, term))
    .replace(/\{\s*([a-z][\w-]*)\s*\}/g, (_, message) => t(lang, message))
    .replace(/\{\s*\$([\w-]+)\s*\}/g, (_, name) => String(args[name] ?? `{$${name}}`))
    .replace(/\{\s*"([^"]*)"\s*\}/g, (_, literal) => literal);
}
