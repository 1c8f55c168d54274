// The editor test's checks of the reader's own layer (issue #16), in the real
// workbench, on the copy of belarus-dilemma.txt: a note added through the
// Comments UI, a claim re-tagged from its lens, both seen again after Reload
// Window, after lines typed above them, after the file changed on disk; a note
// whose words were rewritten on disk listed as detached and re-attached to a
// selection; a corrupt annotation file told about once, placed in the Problems
// panel, and never written over. Each is a named check; they run in order, each
// building on the one before. Kept apart from run.mjs, which hands in its own
// helpers (and notes-workbench.mjs's steps). Every wait is on a condition (a row,
// a lens, a file's contents), bounded by TIMEOUT.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { workbench } from './notes-workbench.mjs';

/** The claim the note goes on (line 17 of the sample, one line) and the note's words. */
const NOTE_CLAIM = 'Equal attention has been paid to the military-strategic aspect of Russian-Belorussian cooperation.';
const NOTE_TEXT = 'Compare with the 2001 defence budget';
/** The claim re-tagged from its paragraph's lens (Policy Lens reads it economic). */
const RETAG_CLAIM = 'The role of Belarus as an economic partner';
const RETAG_TO = 'Military';
const SECOND_NOTE = 'Written while the file is broken';
/** The mark after a lens that speaks for the reader's reading (src/vscode/present/lenses.ts). */
const READER_MARK = '✎';

/**
 * @param {{ goTo: Function, dismiss: Function, focusEditor: Function, trace: (m: string) => void, TIMEOUT: Record<string, number>, shot: Function, sampleCopy: string }} helpers
 * @returns {[string, (page: import('playwright-core').Page) => Promise<void>][]} the checks, by title, in the order they must run
 */
export function notesChecks({ goTo: goToNow, dismiss, focusEditor, trace, TIMEOUT, shot, sampleCopy }) {
  const { until, palette, pick, commentsPanelLine, lensOf, goToSure } = workbench({ dismiss, focusEditor, trace, TIMEOUT });
  const goTo = (page, line, column) => goToSure(goToNow, page, line, column);
  const name = sampleCopy.split('/').pop();
  const notesFile = join(dirname(sampleCopy), '.policy-lens', `${name}.annotations.json`);
  /** 1-based line of `words` in `text`. */
  const lineOf = (text, words) => {
    const at = text.indexOf(words);
    if (at < 0) throw new Error(`"${words}" is not in the document`);
    return text.slice(0, at).split('\n').length;
  };

  /** The annotation page on disk, or null while there is none. */
  function page_() {
    return existsSync(notesFile) ? JSON.parse(readFileSync(notesFile, 'utf8')) : null;
  }
  const selectorOf = (annotation, type) => [annotation.target?.selector ?? []].flat().find((s) => s.type === type);
  const noteIn = (page, text) => page?.items?.find((a) => [a.body ?? []].flat().some((b) => b.value === text));
  const retagIn = (page) => page?.items?.find((a) => [a.body ?? []].flat().some((b) => b.field === 'category'));

  /**
   * The lens above the re-tagged claim says the reader's category, with the mark;
   * unless `inFile` is false (the file is written when the document is saved), the
   * file's TextPositionSelector is on that claim in `text`.
   */
  async function seeRetag(page, text, { inFile = true } = {}) {
    await goTo(page, lineOf(text, RETAG_CLAIM), 1);
    const lens = await lensOf(page, RETAG_CLAIM, new RegExp(`${RETAG_TO}.*${READER_MARK}`));
    trace(`  lens: ${await lens.innerText()}`);
    if (!inFile) return;
    const retag = retagIn(page_());
    if (!retag) throw new Error(`${notesFile} holds no category correction`);
    const at = selectorOf(retag, 'TextPositionSelector');
    if (!at || !text.slice(at.start, at.end).startsWith(RETAG_CLAIM)) {
      throw new Error(`the re-tag's TextPositionSelector ${JSON.stringify(at)} is on "${text.slice(at?.start, at?.end)}", not the claim`);
    }
  }

  /** The note's thread is at the claim's line in the Comments panel. */
  async function seeNote(page, text) {
    await commentsPanelLine(page, NOTE_TEXT, lineOf(text, NOTE_CLAIM), NOTE_CLAIM);
  }

  /** Adds note `words` on the current selection through the Comments UI: Add Comment, type, Add Note (Ctrl+Enter, as its button says). */
  async function addComment(page, words) {
    await palette(page, 'Add Comment on Current Selection');
    const button = page.locator('.review-widget .monaco-button:visible', { hasText: 'Add Note' }).first();
    await button.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await page.keyboard.type(words); // the new thread's box has the focus
    await page.keyboard.press('Control+Enter');
  }

  /** The sample alone in one editor group (earlier checks opened others beside it). */
  async function openSample(page) {
    await focusEditor(page);
    await palette(page, 'Close All Editor Groups');
    await page.keyboard.press('Control+P');
    await pick(page, name);
    await page.locator('.tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await page.locator('.editor-group-container.active .view-line').first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
  }

  async function addNote(page) {
    await openSample(page);
    const text = readFileSync(sampleCopy, 'utf8');
    const line = lineOf(text, NOTE_CLAIM);
    await goTo(page, line, 1);
    await page.keyboard.press('Shift+End'); // the claim is the whole line
    await addComment(page, NOTE_TEXT);
    const note = await until(() => noteIn(page_(), NOTE_TEXT), `${notesFile} to hold the note`);
    const quote = selectorOf(note, 'TextQuoteSelector');
    const at = selectorOf(note, 'TextPositionSelector');
    if (quote?.exact !== NOTE_CLAIM) throw new Error(`the note's quote is ${JSON.stringify(quote?.exact)}, not the claim`);
    if (text.slice(at?.start, at?.end) !== NOTE_CLAIM) throw new Error(`the note's position ${JSON.stringify(at)} is not the claim's`);
    await seeNote(page, text);
  }

  async function retag(page) {
    const text = readFileSync(sampleCopy, 'utf8');
    await goTo(page, lineOf(text, RETAG_CLAIM), 1);
    const lens = await lensOf(page, RETAG_CLAIM, /Economic/);
    const before = await lens.innerText();
    if (before.includes(RETAG_TO) || before.includes(READER_MARK)) throw new Error(`the lens already says "${before}"`);
    await lens.click(); // the paragraph's claims
    await pick(page, RETAG_CLAIM, 'role of Belarus');
    await pick(page, 'Correct this claim'); // the claim's cues, "Correct this claim…" first
    await pick(page, RETAG_TO); // the category, current first
    await seeRetag(page, text);
  }

  async function reload(page, { check = true } = {}) {
    await focusEditor(page);
    await palette(page, 'Reload Window');
    await page.waitForSelector('.monaco-workbench', { timeout: TIMEOUT.workbench });
    await page.locator('.tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout: TIMEOUT.workbench });
    await page.locator('.editor-group-container.active .view-line').first().waitFor({ state: 'visible', timeout: TIMEOUT.workbench });
    if (!check) return;
    const text = readFileSync(sampleCopy, 'utf8');
    await seeRetag(page, text);
    await seeNote(page, text);
  }

  const TYPED = ['A line typed above the text.', 'And a second one.'];

  async function editAbove(page) {
    const text = readFileSync(sampleCopy, 'utf8');
    await goTo(page, 1, 1);
    for (const line of TYPED) {
      await page.keyboard.type(line);
      await page.keyboard.press('Enter');
    }
    const edited = `${TYPED.join('\n')}\n${text}`;
    // Before saving: the thread and the lens moved with the edit.
    await seeNote(page, edited);
    await goTo(page, lineOf(edited, RETAG_CLAIM), 1);
    await lensOf(page, RETAG_CLAIM, new RegExp(`${RETAG_TO}.*${READER_MARK}`));
    // Saved: the file on disk says where they are now.
    await focusEditor(page);
    await page.keyboard.press('Control+S');
    await until(() => readFileSync(sampleCopy, 'utf8') === edited, `${name} to be saved with the typed lines`);
    await until(() => {
      const at = selectorOf(noteIn(page_(), NOTE_TEXT), 'TextPositionSelector');
      return at && edited.slice(at.start, at.end) === NOTE_CLAIM;
    }, 'the note\'s TextPositionSelector to follow the claim');
    await seeRetag(page, edited);
  }

  async function changeOnDisk(page) {
    const saved = readFileSync(sampleCopy, 'utf8');
    const original = saved.split('\n').slice(TYPED.length).join('\n');
    // Another program: the typed lines go, three others come, a word changes in the first paragraph.
    const changed = `Three lines written\nby another program\nwhile the editor was open.\n${original.replace('two questions', 'a pair of questions')}`;
    writeFileSync(sampleCopy, changed);
    trace('  wrote the document outside the editor');
    await seeNote(page, changed);
    await seeRetag(page, changed, { inFile: false }); // the annotation file is rewritten when the document is next saved
    // The editor shows the new text (no conflict: the document was saved).
    await page.locator('.editor-group-container.active .view-line', { hasText: 'by another program' }).first().waitFor({ state: 'visible', timeout: TIMEOUT.step }).catch(async () => {
      await goTo(page, 1, 1);
      await page.locator('.editor-group-container.active .view-line', { hasText: 'by another program' }).first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
    });
  }

  /** What another program puts in place of the noted claim: too different for its quote to be found again. */
  const REWRITTEN = 'Soldiers and radars were discussed at length by everybody.';

  async function reattachDetached(page) {
    writeFileSync(sampleCopy, readFileSync(sampleCopy, 'utf8').replace(NOTE_CLAIM, REWRITTEN));
    trace('  rewrote the noted claim on disk');
    await page.locator('.editor-group-container.active .view-line', { hasText: REWRITTEN.slice(0, 30) }).first().waitFor({ state: 'visible', timeout: TIMEOUT.step }).catch(() => {});
    // Opened afresh, the note is placed from its selectors: its quote is gone, so it is detached.
    await reload(page, { check: false });
    const text = readFileSync(sampleCopy, 'utf8');
    const row = await commentsPanelLine(page, NOTE_TEXT, 1, '');
    const label = (await row.getAttribute('aria-label')) ?? '';
    if (label.includes(NOTE_CLAIM.slice(0, 30))) throw new Error(`the note is still on its old words: ${label}`);
    await row.click(); // opens the detached thread on line 1
    const thread = page.locator('.review-widget', { hasText: NOTE_TEXT }).first();
    await thread.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    const title = (await thread.innerText()).replace(/\s+/g, ' ');
    trace(`  thread title: ${title}`);
    if (!/Detached note/.test(title)) throw new Error(`the thread is not labelled detached: "${title.slice(0, 200)}"`);
    // The reader selects the new words, then the thread's own "Re-attach Note to the Selection".
    const line = lineOf(text, REWRITTEN);
    await goTo(page, line, 1);
    await page.keyboard.press('Shift+End');
    // Back up to the thread on line 1 (scrolling keeps the selection), then its action.
    const action = thread.locator('.action-label[aria-label="Re-attach Note to the Selection"]').first();
    const editor = await page.locator('.editor-group-container.active .monaco-editor').first().boundingBox();
    await page.mouse.move(editor.x + editor.width / 2, editor.y + editor.height / 2);
    for (let i = 0; i < 40 && ((await action.boundingBox())?.y ?? -1) < editor.y; i++) await page.mouse.wheel(0, -200);
    await action.click();
    await commentsPanelLine(page, NOTE_TEXT, line, REWRITTEN);
    await until(() => selectorOf(noteIn(page_(), NOTE_TEXT), 'TextQuoteSelector')?.exact === REWRITTEN, `${notesFile} to hold the note on its new words`);
  }

  const MESSAGE = /cannot read your notes/;

  async function corrupt(page) {
    const toasts = page.locator('.notification-toast', { hasText: MESSAGE });
    if ((await toasts.count()) > 0) throw new Error('the message shows before the file is broken');
    const good = readFileSync(notesFile, 'utf8');
    const broken = good.replace('{\n', '{\n  this is not JSON\n'); // line 2 breaks the JSON
    writeFileSync(notesFile, broken);
    trace('  broke the annotation file');
    await toasts.first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
    const said = (await toasts.first().innerText()).replace(/\s+/g, ' ');
    trace(`  message: ${said}`);
    if (!/Open File/.test(said)) throw new Error(`the message offers no "Open File": ${said}`);
    // The Problems panel places it on line 2 of the file.
    await focusEditor(page);
    await palette(page, 'Focus on Problems View');
    const problem = page.locator('.part.panel .monaco-list-row[aria-label*="Not valid JSON"]').first();
    await problem.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    const where = (await problem.getAttribute('aria-label')) ?? '';
    trace(`  Problems panel: ${where}`);
    if (!/at line 2 and character/.test(where)) throw new Error(`the problem is not placed on line 2: ${where}`);
    // Another note, while the file is broken: it shows, and the file keeps its bytes.
    const text = readFileSync(sampleCopy, 'utf8');
    const line = lineOf(text, RETAG_CLAIM);
    await goTo(page, line, 1);
    await page.keyboard.press('Shift+End');
    await addComment(page, SECOND_NOTE);
    await commentsPanelLine(page, SECOND_NOTE, line, RETAG_CLAIM);
    // The store writes 300 ms after a change: a second past that, and after a save of the document.
    await focusEditor(page);
    await page.keyboard.press('Control+S');
    await page.waitForTimeout(1500);
    const now = readFileSync(notesFile, 'utf8');
    if (now !== broken) throw new Error(`the broken file was written over: it now starts ${JSON.stringify(now.slice(0, 120))}`);
    // Every message stays in the notification centre, toasts or not: one about the file.
    await focusEditor(page);
    await palette(page, 'Show Notifications');
    const listed = page.locator('.notifications-center .notification-list-item', { hasText: MESSAGE });
    await listed.first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
    const count = await listed.count();
    if (count !== 1) throw new Error(`${count} messages about the file, not one`);
    await dismiss(page);
  }

  async function picture(page) {
    // The note's thread open under its claim, the corrected lens ten lines below.
    const text = readFileSync(sampleCopy, 'utf8');
    const row = await commentsPanelLine(page, NOTE_TEXT, lineOf(text, NOTE_CLAIM), NOTE_CLAIM);
    await row.click(); // opens the thread under its claim
    await page.locator('.review-widget', { hasText: NOTE_TEXT }).first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await palette(page, 'Hide Panel');
    await lensOf(page, RETAG_CLAIM, new RegExp(`${RETAG_TO}.*${READER_MARK}`));
    // The claim and its open thread near the top, the corrected lens below them.
    const editor = await page.locator('.editor-group-container.active .monaco-editor').first().boundingBox();
    const claimLine = page.locator('.editor-group-container.active .view-line', { hasText: NOTE_CLAIM.slice(0, 40) }).first();
    await page.mouse.move(editor.x + editor.width / 2, editor.y + editor.height / 2);
    for (let i = 0; i < 40 && ((await claimLine.boundingBox())?.y ?? 0) > editor.y + 110; i++) await page.mouse.wheel(0, 19);
    await page.mouse.move(300, 12);
    await shot(page, 'notes.png');
  }

  return [
    ['adds a note to a claim through the Comments UI (Add Comment on Current Selection, type, Add Note)', addNote],
    [`re-tags a claim ${RETAG_TO} from its lens (click, pick the claim, Correct this claim…, ${RETAG_TO}): the lens says it with ${READER_MARK}`, retag],
    ['shows the note and the re-tag again on the same text after Reload Window', reload],
    ['shows the note thread open and the corrected lens (notes.png)', picture],
    ['moves the note and the re-tag with two lines typed above them, and saves where they went', editAbove],
    ['re-anchors the note and the re-tag when the document changes on disk', changeOnDisk],
    ['lists a note whose words were rewritten on disk as detached after a reload, and re-attaches it to the selected words from its thread', reattachDetached],
    ['says once that a corrupt annotation file cannot be read, shows where in the Problems panel, and leaves its bytes as they were after another note', corrupt],
  ];
}
