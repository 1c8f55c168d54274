// The editor test's checks of the reading view (issue #17), in the real
// workbench: the view opens beside the essay with its headings as headings,
// hovering "Lukashenko" in it shows the person card, and clicking a sentence
// moves the editor's cursor to it. Kept apart from run.mjs, which hands in its
// own helpers.
import { join } from 'node:path';

/**
 * @param {{ goTo: Function, dismiss: Function, trace: (m: string) => void, TIMEOUT: Record<string, number>, shotsDir: string }} helpers
 */
export function readingChecks({ goTo, dismiss, trace, TIMEOUT, shotsDir }) {
  /** The frame holding the reading view's page (webviews are nested iframes). */
  async function readingFrame(page) {
    const deadline = Date.now() + TIMEOUT.step;
    while (Date.now() < deadline) {
      for (const frame of page.frames()) {
        try {
          if ((await frame.locator('article.pl-reading').count()) > 0) return frame;
        } catch {
          // a frame that went away while it was asked
        }
      }
      await page.waitForTimeout(250);
    }
    throw new Error(`no reading view page within ${TIMEOUT.step} ms`);
  }

  async function readingViewCheck(page, text) {
    // Run while the essay is the active editor (before any check opens another file).
    await goTo(page, 1, 1);
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await input.fill('>Policy Lens: Open Reading View');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Reading View' }).first().waitFor({ timeout: TIMEOUT.step });
    await page.keyboard.press('Enter');
    const frame = await readingFrame(page);
    await frame.locator('h2', { hasText: 'Why Belarus Matters' }).first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
    trace('  reading view: headings shown');
    const name = frame.locator('.pl-entity.pl-person', { hasText: 'Lukashenko' }).first();
    await name.scrollIntoViewIfNeeded();
    await name.hover();
    const card = frame.locator('#pl-card');
    await card.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    const said = (await card.textContent()) ?? '';
    if (!/Lukashenko/.test(said) || !/person/.test(said)) throw new Error(`the card says: ${said}`);
    await page.screenshot({ path: join(shotsDir, 'reading.png') });
    // A click on a sentence puts the editor's cursor at its start.
    const opening = 'The geopolitical advantages for Moscow';
    const at = text.indexOf(opening);
    if (at < 0) throw new Error(`"${opening}" is not in the sample`);
    const line = text.slice(0, at).split('\n').length;
    await frame.locator('.pl-claim', { hasText: opening }).first().click();
    await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col \\d+`) }).first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
    trace(`  reading view: a click moved the cursor to line ${line}`);
    await dismiss(page);
  }

  return { readingViewCheck };
}
