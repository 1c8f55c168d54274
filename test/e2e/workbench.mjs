// The workbench checks, as a reader would see it: the hover card, CodeLens, the
// Entities and Argument views, a heading revealed from its row, and the screenshots;
// with the fit and reading-view checks built on the same helpers.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { SHOTS_DIR, HEADINGS, CATEGORY, SHOT_BUDGET, TIMEOUT } from './config.mjs';
import { trace } from './log.mjs';
import { focusEditor, goTo, dismiss } from './editor.mjs';
import { fitChecks } from './fit-checks.mjs';
import { readingChecks } from './reading-checks.mjs';

async function hoverCheck(page, text) {
  const line = 3;
  const column = text.split('\n')[line - 1].indexOf('Lukashenko') + 2; // 1-based, inside the word
  if (column < 2) throw new Error(`"Lukashenko" is not on line ${line} of the sample`);
  await goTo(page, line, column);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const card = page.locator('.monaco-hover-content').filter({ hasText: 'Aleksandr Lukashenko' }).first();
  await card.waitFor({ state: 'visible', timeout: TIMEOUT.step });
  const shown = (await card.innerText()).replace(/\s+/g, ' ');
  if (!/\bperson\b/i.test(shown)) throw new Error(`the card does not say person: "${shown}"`);
  if (!/\d+ mentions/.test(shown)) throw new Error(`the card gives no mention count: "${shown}"`);
  await shot(page, 'hover.png');
  await dismiss(page);
}

async function codeLensCheck(page) {
  await goTo(page, 1, 1);
  const lens = page.locator('.codelens-decoration').filter({ hasText: CATEGORY }).first();
  await lens.waitFor({ state: 'visible', timeout: TIMEOUT.codelens });
  const shown = await page.locator('.codelens-decoration').allInnerTexts();
  if (!shown.some((t) => CATEGORY.test(t))) throw new Error(`no lens names a category: ${JSON.stringify(shown)}`);
  // The default (paragraph) lenses: one per line, never several side by side.
  const perLine = await page.locator('.codelens-decoration').evaluateAll((rows) => rows.map((row) => row.querySelectorAll('a').length));
  if (perLine.some((n) => n > 1)) throw new Error(`a line holds ${Math.max(...perLine)} lenses: ${JSON.stringify(shown)}`);
  await shot(page, 'codelens.png');
}

const { firstLensOn, coldLensLine, timeFirstLens, activationTime, openAndTimeFirstLens, breadcrumbsCheck, referencesCheck } = fitChecks({ goTo, dismiss, focusEditor, trace, TIMEOUT });
const { readingViewCheck } = readingChecks({ goTo, dismiss, trace, TIMEOUT, shotsDir: SHOTS_DIR });

async function sidebarCheck(page) {
  await openPolicyLensContainer(page);
  trace('  Policy Lens container shown');
  const argumentPane = await openPane(page, 'Argument');
  await collapseAll(page, argumentPane);
  const rows = await findRows(page, argumentPane, HEADINGS);
  trace(`  Argument rows seen: ${rows.length}`);

  // The picture: the outline from its start, the opening section's claims shown,
  // in a side bar wide enough for the headings.
  await scrollToTop(page, argumentPane);
  await widenSideBar(page, 440);
  const first = argumentPane.locator('.monaco-list-row').first();
  if ((await first.getAttribute('aria-expanded')) === 'false') await first.locator('.monaco-tl-twistie').click();
  await focusEditor(page); // the tree without a focus ring
  await shot(page, 'sidebar.png');
}

async function revealCheck(page, text) {
  const heading = HEADINGS[1];
  const line = text.split(/\r?\n/).findIndex((l) => l.trim() === heading) + 1;
  if (line < 1) throw new Error(`"${heading}" is not a line of the sample`);
  await openPolicyLensContainer(page);
  const pane = await openPane(page, 'Argument');
  await findRows(page, pane, [heading]);
  await pane.locator('.monaco-list-row', { hasText: heading }).first().click();
  // The status bar names the cursor's line; the heading must be on screen in the editor.
  await page.locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col \\d+`) }).first()
    .waitFor({ state: 'visible', timeout: TIMEOUT.step });
  const editor = await page.locator('.editor-group-container.active .monaco-editor').first().boundingBox();
  const shown = page.locator('.editor-group-container.active .view-line', { hasText: heading }).first();
  await shown.waitFor({ state: 'visible', timeout: TIMEOUT.step });
  const box = await shown.boundingBox();
  if (!editor || !box || box.y < editor.y || box.y + box.height > editor.y + editor.height) {
    throw new Error(`line ${line} ("${heading}") is not within the editor's visible area: line ${JSON.stringify(box)}, editor ${JSON.stringify(editor)}`);
  }
}

async function entitiesCheck(page) {
  await openPolicyLensContainer(page);
  const entitiesPane = await openPane(page, 'Entities');
  const rows = await findRows(page, entitiesPane, ['People', 'Lukashenko', 'Putin']);
  // People come first; both names must be in that group, before the next one.
  const people = rows.findIndex((row) => /^People\b/.test(row));
  const next = rows.findIndex((row, i) => i > people && /^(Places|Organizations|Treaties|Other)\b/.test(row));
  const group = rows.slice(people + 1, next < 0 ? undefined : next);
  for (const name of ['Lukashenko', 'Putin']) {
    if (!group.some((row) => row.includes(name))) {
      throw new Error(`${name} is not under People; rows: ${JSON.stringify(rows.slice(0, 30))}`);
    }
  }
  await scrollToTop(page, entitiesPane);
}

/** The view pane titled `title`, expanded, once it shows rows. */
async function openPane(page, title) {
  const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: new RegExp(`^\\s*${title}`, 'i') }) }).first();
  await pane.waitFor({ state: 'visible', timeout: TIMEOUT.step });
  const header = pane.locator('.pane-header').first();
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  await pane.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
  return pane;
}

/**
 * The texts of a pane's rows, top to bottom, scrolling until every one of
 * `wanted` has been seen (rows are virtualised: only those in view are in the
 * DOM). Fails naming what is missing.
 */
async function findRows(page, pane, wanted) {
  const list = pane.locator('.monaco-list').first();
  const seen = [];
  const missing = () => wanted.filter((w) => !seen.some((row) => row.includes(w)));
  for (let i = 0; i < 40 && missing().length > 0; i++) {
    for (const text of await pane.locator('.monaco-list-row').allInnerTexts()) {
      const row = text.replace(/\s+/g, ' ').trim();
      if (!seen.includes(row)) seen.push(row);
    }
    await list.hover();
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(100);
  }
  if (missing().length > 0) {
    throw new Error(`the view lacks ${JSON.stringify(missing())}; rows seen: ${JSON.stringify(seen.slice(0, 30))}`);
  }
  return seen;
}

async function scrollToTop(page, pane) {
  await pane.locator('.monaco-list').first().hover();
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -5000);
}

async function hideSideBar(page) {
  const sideBar = page.locator('.part.sidebar');
  if (!(await sideBar.isVisible().catch(() => false))) return;
  await focusEditor(page);
  await page.keyboard.press('Control+B');
  await sideBar.waitFor({ state: 'hidden', timeout: TIMEOUT.step }).catch(() => {});
}

/** Shows the Policy Lens view container: its activity bar item, else the command palette. */
async function openPolicyLensContainer(page) {
  const already = page.locator('.sidebar .composite.title', { hasText: /Policy Lens/i });
  if (await already.isVisible().catch(() => false)) return;
  const item = page.locator('.activitybar .action-item .action-label[aria-label^="Policy Lens"]').first();
  if (await item.isVisible().catch(() => false)) {
    await item.click();
  } else {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await input.fill('>View: Show Policy Lens');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: TIMEOUT.step });
    await page.keyboard.press('Enter');
  }
  await already.waitFor({ state: 'visible', timeout: TIMEOUT.step });
}

/** Drags the sash between the side bar and the editor so the side bar is `width` px wide. */
async function widenSideBar(page, width) {
  const sideBar = await page.locator('.part.sidebar').boundingBox();
  if (!sideBar) return;
  const x = sideBar.x + sideBar.width;
  const y = sideBar.y + sideBar.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(sideBar.x + width, y, { steps: 5 });
  await page.mouse.up(); // the sash sits on the side bar's right edge
}

/** Collapses the tree with the view's own "Collapse All" action, when it has one. */
async function collapseAll(page, pane) {
  await pane.locator('.pane-header').first().hover();
  const action = pane.locator('.pane-header .action-label.codicon-collapse-all').first();
  if (await action.isVisible().catch(() => false)) {
    await action.click();
    await page.waitForTimeout(300);
  }
}

/** Saves a screenshot of the window; fails when it is over the README budget. */
async function shot(page, name) {
  trace(`  screenshot ${name}`);
  await page.waitForTimeout(400); // past the widgets' fade-in animations
  const file = join(SHOTS_DIR, name);
  await page.screenshot({ path: file, type: 'png' });
  const size = statSync(file).size;
  if (size > SHOT_BUDGET) throw new Error(`${name} is ${Math.round(size / 1024)} KB, over the ${SHOT_BUDGET / 1024} KB budget`);
}

export {
  hoverCheck, codeLensCheck, entitiesCheck, sidebarCheck, revealCheck, hideSideBar, openPane, findRows, scrollToTop,
  openPolicyLensContainer, widenSideBar, collapseAll, shot,
  firstLensOn, coldLensLine, timeFirstLens, activationTime, openAndTimeFirstLens, breadcrumbsCheck, referencesCheck, readingViewCheck,
};
