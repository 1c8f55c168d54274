// The editor test's checks of what issue #15 asked for: the first lens's time after
// a document is shown (cold and warm), the breadcrumbs, and Shift+F12. Kept apart
// from run.mjs, which hands in its own helpers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_NAME } from './config.mjs';

/**
 * @param {{ goTo: Function, dismiss: Function, focusEditor: Function, trace: (m: string) => void, TIMEOUT: Record<string, number> }} helpers
 */
export function fitChecks({ goTo, dismiss, focusEditor, trace, TIMEOUT }) {
  /**
   * Ms from now (the document just shown) until a lens shows in the active editor, and the
   * label of the tab that was active then (a lens on another document is no lens of `name`:
   * the trace says so); `ms` is null when none came.
   */
  async function firstLensOn(page, name) {
    const t0 = Date.now();
    try {
      await page.locator('.editor-group-container.active .codelens-decoration').first().waitFor({ state: 'visible', timeout: TIMEOUT.codelens });
    } catch {
      trace(`  no lens on ${name} within ${TIMEOUT.codelens} ms`);
      return { ms: null, tab: null };
    }
    const ms = Date.now() - t0;
    const tab = await activeTab(page);
    const elsewhere = tab !== null && !tab.includes(name) ? ` (but the active tab was ${JSON.stringify(tab)})` : '';
    trace(`  first lens on ${name} after ${ms} ms${elsewhere}`);
    return { ms, tab };
  }

  /** Ms from now (the document just shown) until a lens shows in the active editor; null when none came. */
  async function timeFirstLens(page, name) {
    return (await firstLensOn(page, name)).ms;
  }

  /** The active editor group's active tab's label, or null. */
  async function activeTab(page) {
    const tab = page.locator('.editor-group-container.active .tab.active').first();
    const label = await tab.innerText({ timeout: TIMEOUT.step }).catch(() => null);
    return label === null ? null : label.replace(/\s+/g, ' ').trim();
  }

  /** When Policy Lens activated (ms since the epoch), from the first line of its log; null if not found. */
  function activationTime(userData) {
    const logs = join(userData, 'logs');
    if (!existsSync(logs)) return null;
    for (const session of readdirSync(logs)) {
      const file = join(logs, session, 'exthost1', 'policy-lens.policy-lens', 'Policy Lens.log');
      if (!existsSync(file)) continue;
      const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) \[info\] Activated/m.exec(readFileSync(file, 'utf8'));
      if (match) return new Date(`${match[1]}T${match[2]}`).getTime();
    }
    return null;
  }

  /**
   * What the cold first lens measured, as the driver prints it: its ms, split at Policy Lens's
   * activation (and when its reading of the sample was ready, as the runner saw it); whether
   * the suites waited for it (else it was timed beside them, and says so); and the tab it
   * showed in, when that was not the sample's.
   * @param {{ ms: number | null, tab: string | null, shownAt: number, activatedAt: number | null,
   *   suites: { measured: boolean, waitedMs: number, askedAt: string, readingAt: string | null } | null }} cold
   */
  function coldLensLine({ ms, tab, shownAt, activatedAt, suites }) {
    const parts = [];
    if (activatedAt && ms !== null) {
      const readyAt = suites?.readingAt ? Date.parse(suites.readingAt) : null;
      // Ready before the runner asked: only a bound is known.
      const bound = readyAt !== null && readyAt - Date.parse(suites.askedAt) < 20 ? 'by ' : '';
      const reading = readyAt !== null ? `, its reading ready ${bound}${readyAt - activatedAt} ms after activation` : '';
      parts.push(`first after start = ${activatedAt - shownAt} ms until Policy Lens activated (the extension host starting) + ${shownAt + ms - activatedAt} ms from activation${reading}`);
    }
    if (suites?.measured) parts.push('timed alone: the suites waited for it');
    else parts.push(suites ? `timed while the suites ran: they stopped waiting after ${suites.waitedMs} ms` : 'timed while the suites ran');
    if (tab !== null && !tab.includes(SAMPLE_NAME)) parts.push(`NOT the sample's: the active tab was ${JSON.stringify(tab)}`);
    return `cold ${ms ?? '?'} ms (${SAMPLE_NAME}, ${parts.join('; ')})`;
  }

  /** Opens a workspace file with Quick Open; times its first lens from when its text shows. */
  async function openAndTimeFirstLens(page, name) {
    await dismiss(page);
    await focusEditor(page);
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: TIMEOUT.step });
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await page.locator('.editor-group-container.active .view-line').first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
    const ms = await timeFirstLens(page, name);
    if (ms === null) throw new Error(`no lens on ${name} within ${TIMEOUT.codelens} ms`);
    return ms;
  }

  async function breadcrumbsCheck(page) {
    await goTo(page, 20, 1);
    const crumbs = page.locator('.breadcrumbs-control').filter({ hasText: 'Why Belarus Matters' }).first();
    await crumbs.waitFor({ state: 'visible', timeout: TIMEOUT.step });
  }

  async function referencesCheck(page, text) {
    const line = 3;
    const column = text.split('\n')[line - 1].indexOf('Lukashenko') + 2;
    if (column < 2) throw new Error(`"Lukashenko" is not on line ${line} of the sample`);
    await goTo(page, line, column);
    await page.keyboard.press('Shift+F12');
    const peek = page.locator('.peekview-widget').first();
    await peek.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    // The peek's title counts them: "References (7)".
    await page.locator('.peekview-widget .peekview-title', { hasText: /References \(7\)/ }).first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await dismiss(page);
  }


  return { firstLensOn, coldLensLine, timeFirstLens, activationTime, openAndTimeFirstLens, breadcrumbsCheck, referencesCheck };
}
