// Workbench steps the notes checks (notes-checks.mjs) take: a condition to wait
// on, a command run from the palette, a quick pick row chosen, the line the
// Comments panel gives a note, a lens found by the claim it speaks for. Each
// wait is bounded by TIMEOUT.

/**
 * @param {{ dismiss: Function, focusEditor: Function, trace: (m: string) => void, TIMEOUT: Record<string, number> }} helpers
 */
export function workbench({ dismiss, focusEditor, trace, TIMEOUT }) {
  async function until(probe, what, timeout = TIMEOUT.step) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await probe();
        if (last) return last;
      } catch (error) {
        last = error;
      }
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /**
   * Runs a command by its title from the command palette: waits until the row
   * that has the keyboard focus is that command, then Enter (a click can land
   * while the list is still being laid out). Tried twice.
   */
  async function palette(page, title) {
    const input = page.locator('.quick-input-widget input');
    for (let attempt = 1; ; attempt++) {
      try {
        await page.keyboard.press('F1');
        await input.waitFor({ state: 'visible', timeout: TIMEOUT.step });
        await input.fill(`>${title}`);
        const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
        await row.waitFor({ state: 'visible', timeout: TIMEOUT.step });
        const focused = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title });
        if ((await focused.count()) > 0) await page.keyboard.press('Enter');
        else await row.click();
        await input.waitFor({ state: 'hidden', timeout: TIMEOUT.step });
        return;
      } catch (error) {
        if (attempt === 2) throw error;
        trace(`  palette: "${title}" again (${error.message.split('\n')[0]})`);
        await dismiss(page);
        await focusEditor(page);
      }
    }
  }

  /** Picks the quick pick row holding `text` (typed into the filter first). */
  async function pick(page, text, filter = text) {
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await input.fill(filter);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
    await row.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    trace(`  pick "${(await row.innerText()).replace(/\s+/g, ' ')}"`);
    await row.click();
  }

  /**
   * Waits until the Comments panel shows the thread of note `text` at `line` on
   * the words `code` (its row's aria label: "You: <note> at line 17 column 1 in
   * <file> Corresponding code: <the text under the thread>").
   */
  async function commentsPanelLine(page, text, line, code) {
    await focusEditor(page);
    await palette(page, 'Focus on Comments View');
    const rows = page.locator('.part.panel .monaco-list-row[aria-label]');
    let labels = [];
    await until(
      async () => {
        labels = (await rows.evaluateAll((all) => all.map((r) => r.getAttribute('aria-label')))).map((l) => l.replace(/\s+/g, ' '));
        return labels.some((l) => l.includes(text) && (!code || l.includes(`Corresponding code: ${code}`)) && new RegExp(`at lines? ${line}\\b|from line ${line}\\b`).test(l));
      },
      `the Comments panel to show "${text}" at line ${line} on "${code}"; its rows say ${JSON.stringify(labels)}`,
    );
    trace(`  Comments panel: ${labels.find((l) => l.includes(text))}`);
    return page.locator(`.part.panel .monaco-list-row[aria-label*="${text}"]`).first();
  }

  /** The lens above the claim starting with `words` (its tooltip names it), once its text matches `shows`. */
  async function lensOf(page, words, shows) {
    const lens = page.locator(`.codelens-decoration a[title*="${words}"]`).filter({ hasText: shows }).first();
    await lens.waitFor({ state: 'visible', timeout: TIMEOUT.codelens });
    return lens;
  }

  /**
   * Go to Line, then waits until the status bar says the cursor is there: keys
   * typed next go to that place, even when the machine is slow to take the jump.
   */
  async function goToSure(goTo, page, line, column) {
    const there = page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col ${column}\\b`) }).first();
    for (let attempt = 1; ; attempt++) {
      await goTo(page, line, column);
      try {
        await there.waitFor({ state: 'visible', timeout: TIMEOUT.step });
        return;
      } catch (error) {
        if (attempt === 2) throw new Error(`the cursor did not go to ${line}:${column}`);
        trace(`  go to ${line}:${column} again`);
      }
    }
  }

  return { until, palette, pick, commentsPanelLine, lensOf, goToSure };
}
