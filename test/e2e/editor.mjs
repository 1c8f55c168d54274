// Moving about the sample's editor by keyboard and mouse, as a reader does:
// shared by the workbench checks and by the record of each check (log.mjs).
import { TIMEOUT } from './config.mjs';

/**
 * Focuses the sample's editor by a click on its line-number gutter: never on a
 * CodeLens (a click would run it), and at a fixed place however the text is scrolled.
 */
async function focusEditor(page) {
  const editor = page.locator('.editor-group-container.active .monaco-editor').first();
  await editor.waitFor({ state: 'visible', timeout: TIMEOUT.step });
  const box = await editor.boundingBox();
  if (!box) throw new Error('the editor has no box on screen');
  // The gutter scrolls with the text, so click at a place in the editor's own box.
  await page.mouse.click(box.x + 15, box.y + 15);
}

/** Focuses the sample's editor and puts the cursor at 1-based line:column. */
async function goTo(page, line, column) {
  await dismiss(page);
  await focusEditor(page);
  await page.mouse.move(300, 12); // to the empty title bar: over the text it would hide a hover shown by keyboard
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: TIMEOUT.step });
  await input.fill(`:${line}:${column}`); // ":" is Go to Line's prefix in the quick input
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: TIMEOUT.step });
}

async function dismiss(page) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
}

export { focusEditor, goTo, dismiss };
