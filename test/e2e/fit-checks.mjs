// The editor test's checks of what issue #15 asked for: the first lens's time after
// a document is shown (cold and warm), the breadcrumbs, and Shift+F12. Kept apart
// from run.mjs, which hands in its own helpers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {{ goTo: Function, dismiss: Function, focusEditor: Function, trace: (m: string) => void, TIMEOUT: Record<string, number> }} helpers
 */
export function fitChecks({ goTo, dismiss, focusEditor, trace, TIMEOUT }) {
  /** Ms from now (the document just shown) until a lens shows in the active editor; null when none came. */
  async function timeFirstLens(page, name) {
    const t0 = Date.now();
    try {
      await page.locator('.editor-group-container.active .codelens-decoration').first().waitFor({ state: 'visible', timeout: TIMEOUT.codelens });
    } catch {
      trace(`  no lens on ${name} within ${TIMEOUT.codelens} ms`);
      return null;
    }
    const ms = Date.now() - t0;
    trace(`  first lens on ${name} after ${ms} ms`);
    return ms;
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


  return { timeFirstLens, activationTime, openAndTimeFirstLens, breadcrumbsCheck, referencesCheck };
}
