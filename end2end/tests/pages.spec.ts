// Every page (pages.ts), in every language, held to the same checks:
// - axe-core finds no WCAG 2.2 A or AA violation (with JavaScript: axe is a script);
// - nothing scrolls sideways (`scrollWidth <= innerWidth`), at 1280 px and at 390 px,
//   with and without JavaScript;
// - the page's primary action is visible, inside the screen and not covered at 390 px;
// - the server's HTML, signed in and signed out, has no Nu HTML checker error.
// One test per language and project walks all pages, so the cost is one sign-in and
// one page load per page:
//   js     1280×800: axe, sideways scroll, the HTML checker (the server's HTML is the
//          same for every project, so it is checked once);
//   phone  390×844, touch, a mobile browser: axe, sideways scroll, primary actions;
//   no-js  each page at 1280×800 and at 390×844: sideways scroll, primary actions.
// Problems are collected and reported together, each with page, language and width.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Browser, BrowserContextOptions, Page, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LANGS, Lang } from './l10n';
import { test, expect, STAFF, TRANSLATOR, jsEnabled, labUser, signIn } from './helpers';
import { PAGES, AppPage, Found, Who } from './pages';

/** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 844 };
const VNU_JAR = path.join(__dirname, '..', 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

/** A context like the test's own (the project's viewport, touch, JavaScript). */
async function newPage(browser: Browser, info: TestInfo): Promise<Page> {
  const use = info.project.use;
  const options: BrowserContextOptions = {
    baseURL: use.baseURL,
    viewport: use.viewport,
    screen: use.screen,
    isMobile: use.isMobile,
    hasTouch: use.hasTouch,
    deviceScaleFactor: use.deviceScaleFactor,
    userAgent: use.userAgent,
    javaScriptEnabled: use.javaScriptEnabled,
  };
  return (await browser.newContext(options)).newPage();
}

/** Why the page scrolls sideways at `width`, or null when it does not. */
async function sideways(page: Page, width: number): Promise<string | null> {
  return page.evaluate((width) => {
    const limit = Math.min(window.innerWidth, width);
    const scroll = document.documentElement.scrollWidth;
    if (scroll <= limit) return null;
    // The culprits: the outermost elements that stick out of a parent that fits (what
    // a scrolling or clipping ancestor holds does not widen the page).
    const right = (el: Element) => el.getBoundingClientRect().right;
    const held = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => right(el) > limit + 0.5 && el.parentElement && right(el.parentElement) <= limit + 0.5 && !held(el))
      .slice(0, 3)
      .map((el) => {
        const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('');
        return `${name} "${(el.textContent ?? '').trim().slice(0, 40)}" right edge ${Math.round(right(el))}`;
      });
    return `scrolls sideways: scrollWidth ${scroll} > ${limit} (${culprits.join('; ') || 'no single culprit'})`;
  }, width);
}

/** Why the primary action is out of reach, or null when it is visible, on screen and not covered. */
async function outOfReach(page: Page, entry: AppPage, lang: Lang, width: number): Promise<string | null> {
  if (!entry.primary) return null;
  const action = entry.primary(page, lang);
  if ((await action.count()) === 0) return 'primary action missing';
  if (!(await action.isVisible())) return 'primary action hidden';
  await action.scrollIntoViewIfNeeded();
  return action.evaluate((el, width) => {
    const box = el.getBoundingClientRect();
    const limit = Math.min(window.innerWidth, width);
    if (box.left < 0 || box.right > limit + 0.5) return `primary action outside the screen (${Math.round(box.left)}..${Math.round(box.right)} of ${limit})`;
    // The middle of its first line box: a link that wraps has a gap in its bounding box.
    const line = el.getClientRects()[0] ?? box;
    const hit = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
    if (!hit || !(hit === el || el.contains(hit))) return `primary action covered by ${hit?.tagName.toLowerCase() ?? 'nothing'}`;
    return null;
  }, width);
}

async function axe(page: Page, entry: AppPage): Promise<string[]> {
  // Only violations are reported: axe-core then skips collecting every passing node.
  // Legacy mode runs axe-core in the page itself; the default opens a blank page to
  // combine the results of frames after every run, and the portal has no frames.
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  if (entry.axeExclude) builder.exclude(entry.axeExclude);
  const results = await builder.analyze();
  return results.violations.map((v) => `axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Whether a highlighted bogus comment is Leptos's `<!>` marker (with at most one character before it). */
function isMarker(highlight: string): boolean {
  const text = highlight.trim();
  return text.endsWith('<!>') && [...text].length <= 4;
}

/**
 * Runs the Nu HTML checker once over every file in `dir`; returns its errors, each with
 * the page's name (the file name) and line.
 */
function nuErrors(dir: string, names: Map<string, string>): string[] {
  const files = [...names.keys()].map((file) => path.join(dir, file));
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw run.error;
  const report = JSON.parse(run.stderr || run.stdout) as { messages: Array<{ type: string; url?: string; lastLine?: number; message: string; extract?: string; hiliteStart?: number; hiliteLength?: number }> };
  return (
    report.messages
      // Leptos marks where hydration finds each dynamic child with an empty comment-like
      // `<!>` (leptos/tachys, Ssr markers); the HTML parser reads it as a bogus comment.
      // Hydration needs them, and no browser shows or mis-parses them, so these are not
      // defects of the page (docs/architecture.md, "HTML validity").
      // (The checker's highlight sometimes takes the character before the marker along:
      // a space, or a full-width colon in Chinese; so one character more is allowed.)
      .filter((m) => !(m.message === 'Bogus comment.' && isMarker((m.extract ?? '').substr(m.hiliteStart ?? 0, m.hiliteLength ?? 0))))
      .map((m) => `${names.get(path.basename(m.url ?? '')) ?? m.url} line ${m.lastLine}: ${m.type}: ${m.message}`)
  );
}

// A step of the walk that cannot be taken fails with the page's name, not at the end.
test.use({ actionTimeout: 15_000, navigationTimeout: 30_000 });

for (const lang of LANGS) {
  test(`every page in ${lang}: axe-core, no sideways scroll, primary action in reach, valid HTML`, async ({ page, browser }, info) => {
    test.setTimeout(300_000);
    const project = info.project.name;
    const js = jsEnabled();
    const widths = project === 'phone' ? [NARROW] : js ? [WIDE] : [WIDE, NARROW];
    const checkHtml = project === 'js';
    const dir = info.outputPath('html');
    fs.mkdirSync(dir, { recursive: true });
    const names = new Map<string, string>();

    const found: Found = { partner: labUser('axe', lang) };
    const visitor = await newPage(browser, info);
    await signIn(page, found.partner, lang);
    let staff: Page | undefined;
    let newcomer: Page | undefined;
    let translator: Page | undefined;
    const pageOf = async (who: Who): Promise<Page> => {
      if (who === 'visitor') return visitor;
      if (who === 'partner') return page;
      if (who === 'newcomer') {
        if (!newcomer) {
          newcomer = await newPage(browser, info);
          await signIn(newcomer, labUser('enroll', lang), lang);
        }
        return newcomer;
      }
      if (who === 'translator') {
        if (!translator) {
          translator = await newPage(browser, info);
          await signIn(translator, TRANSLATOR, lang);
        }
        return translator;
      }
      if (!staff) {
        staff = await newPage(browser, info);
        await signIn(staff, STAFF, lang);
      }
      return staff;
    };

    const problems: string[] = [];
    for (const [index, entry] of PAGES.entries()) {
      const where = await pageOf(entry.who);
      try {
        await entry.open(where, lang, found);
      } catch (error) {
        throw new Error(`${entry.name} in ${lang}: not reached: ${error instanceof Error ? error.message : error}`);
      }
      for (const size of widths) {
        const at = `${entry.name} [${lang}, ${size.width} px${js ? '' : ', no JavaScript'}]`;
        if (where.viewportSize()?.width !== size.width) await where.setViewportSize(size);
        const seen = [await sideways(where, size.width)];
        if (size.width === NARROW.width) seen.push(await outOfReach(where, entry, lang, size.width));
        if (js) seen.push(...(await axe(where, entry)));
        problems.push(...seen.filter((p): p is string => p !== null).map((p) => `${at}: ${p}`));
      }
      if (checkHtml) {
        const response = entry.html ? await entry.html(where.request, lang, found) : await where.request.get(where.url());
        expect(response.headers()['content-type'] ?? '', `${entry.name} in ${lang}: an HTML page`).toContain('text/html');
        const file = `${String(index).padStart(2, '0')}.html`;
        fs.writeFileSync(path.join(dir, file), await response.body());
        names.set(file, `${entry.name} [${lang}, server HTML]`);
      }
    }
    if (checkHtml) problems.push(...nuErrors(dir, names));
    await visitor.context().close();
    await staff?.context().close();
    await newcomer?.context().close();
    await translator?.context().close();
    expect(problems).toEqual([]);
  });
}
