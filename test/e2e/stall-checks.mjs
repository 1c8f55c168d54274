// The editor test's checks of issue #14 ("no document can stall the reader"), in
// the real editor. Kept apart from run.mjs, which hands in its own helpers.
//
// 1. A generated footnote-heavy report of 200 KB and a normal document side by
//    side: the normal one (a copy of the shared sample) gets its first lens about
//    as soon as a copy opened alone earlier in the same run did, and the report is
//    read in full or cut short by the time budget, with the budget's message.
// 2. A reader's lexicon file with a term of 200,000 characters, then one with
//    50,000 invalid terms: the problems are reported in the Problems panel.
// 3. In both, the extension host's longest task: measured inside the extension
//    host by the test runner's probe (test/integration/runner/probe.js), started
//    and stopped from the command palette, read back from the file it writes.
//    Printed against the issue's 50 ms target; over 1 s fails the check.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The issue's target for the longest time Policy Lens holds the host's thread at
 * once, printed against what was measured; and the bound the check asserts, a
 * regression guard that holds on a loaded machine (a quiet run measures 24–36 ms,
 * one with other test runs beside it 70–360 ms; before the lexicon check moved to a
 * worker it held the host 2.2 s).
 */
const TARGET_MS = 50;
const GUARD_MS = 1_000;
/** The worker's time budget for one reading (src/vscode/runner.ts), and a margin for a busy machine. */
const BUDGET_MS = 15_000;
const SETTLE_MS = 45_000;

/** Policy Lens's log file (its output channel) under code-server's user data, or null. */
function policyLensLog(userData) {
  const logs = join(userData, 'logs');
  if (!existsSync(logs)) return null;
  for (const session of readdirSync(logs).sort().reverse()) {
    // A reloaded window starts a new extension host (exthost2, …): the newest one that logged.
    const hosts = readdirSync(join(logs, session))
      .filter((name) => /^exthost\d+$/.test(name))
      .sort((a, b) => Number(b.slice(7)) - Number(a.slice(7)));
    for (const host of hosts) {
      const file = join(logs, session, host, 'policy-lens.policy-lens', 'Policy Lens.log');
      if (existsSync(file)) return file;
    }
  }
  return null;
}

/** A made-up CRS-style report of about `bytes`, a footnote cited in every paragraph, definitions at the end. */
export function footnoteReport(bytes) {
  const topics = ['port investment', 'grain exports', 'naval patrols', 'tariff revenue', 'pipeline capacity', 'troop rotations', 'customs checks'];
  const places = ['Norvania', 'the Tessaly Basin', 'Port Ardent', 'the Kellan Strait', 'Vostria', 'Lower Marren'];
  const out = ['# A Made-Up Report on Regional Trade and Security\n'];
  const notes = [];
  for (let i = 0; out.join('\n').length + notes.join('\n').length < bytes; i++) {
    if (i % 12 === 0) out.push(`## Section ${i / 12 + 1}: ${topics[(i / 12) % topics.length]}\n`);
    const topic = topics[i % topics.length];
    const place = places[(i * 5) % places.length];
    out.push(
      `In ${2010 + (i % 14)}, ${topic} in ${place} rose by ${(i % 37) + 2}% to $${(i % 90) + 10} million, according to the ministry.[^${i + 1}] ` +
        `Officials in ${places[(i + 2) % places.length]} said the change reflected new agreements, while analysts warned that ${topics[(i + 3) % topics.length]} could fall.\n`,
    );
    notes.push(`[^${i + 1}]: Congressional Research Service, report R${40000 + i}, p. ${(i % 30) + 1}.`);
  }
  return `${out.join('\n')}\n${notes.join('\n')}\n`;
}

/**
 * @param {{ dismiss: Function, focusEditor: Function, trace: (m: string) => void, TIMEOUT: Record<string, number>, timeFirstLens: Function, check: Function }} helpers
 */
export function stallChecks({ dismiss, focusEditor, trace, TIMEOUT, timeFirstLens, check }) {
  async function palette(page, command) {
    await dismiss(page);
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await input.fill(`>${command}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: command }).first().waitFor({ timeout: TIMEOUT.step });
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: TIMEOUT.step });
  }

  /** Runs `body` with the host probe on; returns the probe's measures (its CPU profile is kept as `<probeFile>.<label>.cpuprofile`). */
  async function probed(page, probeFile, label, body) {
    rmSync(probeFile, { force: true });
    await palette(page, 'Policy Lens Test: Start Host Probe');
    await body();
    await palette(page, 'Policy Lens Test: Stop Host Probe');
    const deadline = Date.now() + TIMEOUT.step;
    while (!existsSync(probeFile) && Date.now() < deadline) await page.waitForTimeout(100);
    if (!existsSync(probeFile)) throw new Error(`the host probe wrote no ${probeFile}`);
    if (existsSync(`${probeFile}.cpuprofile`)) renameSync(`${probeFile}.cpuprofile`, `${probeFile}.${label}.cpuprofile`);
    return JSON.parse(readFileSync(probeFile, 'utf8'));
  }

  /** Opens file `path` (named `name`) with Quick Open, by its full path (a file written a moment ago may not be in its list yet), in the active group or (toSide) beside it. */
  async function open(page, path, name = path, toSide = false) {
    await dismiss(page);
    await focusEditor(page);
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await input.fill(path);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: TIMEOUT.step });
    await page.keyboard.press(toSide ? 'Control+Enter' : 'Enter');
    await page.locator('.editor-group-container.active .tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
    await page.locator('.editor-group-container.active .view-line').first().waitFor({ state: 'visible', timeout: TIMEOUT.step });
  }

  function hostLine(what, measures) {
    const line =
      `  host while ${what}: longest task ${measures.longestTaskMs} ms (event loop delay), timer ${measures.longestTimerLatenessMs} ms late at most, ` +
      `longest GC ${measures.longestGcMs} ms, longest stretch in Policy Lens's code ${measures.policyLensLongestMs} ms (${measures.policyLensLongestAt}), over ${measures.ms} ms` +
      (measures.hostWaitedMs === undefined ? '' : `; the host's thread ran ${measures.hostRanMs} ms and waited for a core ${measures.hostWaitedMs} ms of it`);
    console.log(line);
    trace(line);
    const verdict = `  Policy Lens's longest hold of the host: ${measures.policyLensLongestMs} ms, target ${TARGET_MS} ms ${measures.policyLensLongestMs < TARGET_MS ? 'met' : 'NOT met'} on this run`;
    console.log(verdict);
    trace(verdict);
    // What Policy Lens holds the host for is what it answers for: other extensions share the host.
    if (!(measures.policyLensLongestMs < GUARD_MS)) {
      throw new Error(`Policy Lens held the extension host ${measures.policyLensLongestMs} ms at a time while ${what} (guard ${GUARD_MS}, target ${TARGET_MS}): ${JSON.stringify(measures)}`);
    }
  }

  async function sideBySide(page, layout, probeFile) {
    const sample = readFileSync(layout.sampleCopy, 'utf8');
    writeFileSync(join(layout.workspace, 'normal-alone.txt'), sample);
    writeFileSync(join(layout.workspace, 'normal-beside.txt'), sample);
    const report = footnoteReport(200_000);
    writeFileSync(join(layout.workspace, 'footnotes-report.md'), report);
    let alone = null;
    let beside = null;
    let outcome = null;
    const measures = await probed(page, probeFile, 'side-by-side', async () => {
      await open(page, join(layout.workspace, 'normal-alone.txt'), 'normal-alone.txt');
      alone = await timeFirstLens(page, 'normal-alone.txt');
      if (alone === null) throw new Error('no lens on normal-alone.txt');
      await open(page, join(layout.workspace, 'footnotes-report.md'), 'footnotes-report.md');
      await open(page, join(layout.workspace, 'normal-beside.txt'), 'normal-beside.txt', true);
      beside = await timeFirstLens(page, 'normal-beside.txt');
      if (beside === null) throw new Error('no lens on normal-beside.txt beside the footnote-heavy report');
      // The report, in the other group: annotated in full (lenses), or cut short with the budget's message.
      await page.keyboard.press('Control+1');
      const lens = page.locator('.editor-group-container.active .codelens-decoration').first();
      const cut = page.locator('.statusbar-item', { hasText: 'outline only (time budget)' }).first();
      const started = Date.now();
      while (!outcome && Date.now() - started < BUDGET_MS + SETTLE_MS) {
        if (await lens.isVisible().catch(() => false)) outcome = 'read in full';
        else if (await cut.isVisible().catch(() => false)) outcome = 'cut short by the time budget';
        else await page.waitForTimeout(250);
      }
    });
    const line = `  footnote-heavy report (${Math.round(report.length / 1000)} KB) beside the sample: first lens of the sample ${beside} ms beside it, ${alone} ms alone; the report ${outcome ?? 'neither read nor cut short'}`;
    console.log(line);
    trace(line);
    if (!outcome) throw new Error(`the footnote-heavy report shows neither lenses nor the time budget's message ${(BUDGET_MS + SETTLE_MS) / 1000} s on`);
    // "Its usual time": the time alone, with room for a machine busier at one moment than the other.
    const usual = Math.max(2 * alone, alone + 3000);
    if (beside > usual) throw new Error(`the sample's first lens took ${beside} ms beside the report, ${alone} ms alone (at most ${usual})`);
    hostLine('reading the report and the sample side by side', measures);
  }

  async function lexicon(page, layout, probeFile) {
    const dir = join(layout.workspace, '.vscode');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'policy-lens-lexicon.json');
    const problems = page.locator('.statusbar-item[id="status.problems"]').first();
    // The status bar's problems item shows the errors first ("⊗ 1 ⚠ 0"); from 10,000 on it shows "10K+".
    const errors = async () => {
      const shown = (await problems.innerText().catch(() => '')) ?? '';
      const m = /(\d+)(K\+?)?/.exec(shown);
      return m ? Number(m[1]) * (m[2] ? 1000 : 1) : NaN;
    };
    // The exact count, from Policy Lens's own output channel (its log file).
    const loggedCounts = () => {
      const log = policyLensLog(layout.userData);
      return log ? [...readFileSync(log, 'utf8').matchAll(/(\d+) problem\(s\) in the lexicon/g)].map((m) => Number(m[1])) : [];
    };
    const counts = {};
    const measures = await probed(page, probeFile, 'lexicon', async () => {
      for (const [what, text, least] of [
        ['a 200,000-character term', `{ "economic": { "${'a '.repeat(100_000)}x": 1 } }\n`, 1],
        ['50,000 invalid terms', `{ "economic": {\n${Array.from({ length: 50_000 }, (_, i) => `  "*bad${i}": 1`).join(',\n')}\n} }\n`, 50_000],
      ]) {
        const earlier = loggedCounts().length;
        const logged = () => loggedCounts().slice(earlier).pop() ?? NaN; // the newest count since the file was written
        writeFileSync(file, text);
        await open(page, file, 'policy-lens-lexicon.json');
        const started = Date.now();
        // The Problems panel lists the first 100 of a file's problems and one line counting the rest (src/vscode/lexicon.ts).
        const shownLeast = Math.min(least, 100);
        while (!(logged() === least && (await errors()) >= shownLeast) && Date.now() - started < SETTLE_MS) await page.waitForTimeout(250);
        counts[what] = logged();
        const shown = await errors();
        trace(`  lexicon with ${what}: ${counts[what]} problem(s) logged, ${shown} error(s) in the status bar, after ${Date.now() - started} ms`);
        if (counts[what] !== least || !(shown >= shownLeast)) throw new Error(`the lexicon with ${what} gives ${counts[what]} problem(s) in the log and ${shown} in the status bar, not ${least}`);
      }
    });
    rmSync(file, { force: true });
    console.log(`  lexicon files: ${Object.entries(counts).map(([what, n]) => `${what}: ${n} problem(s)`).join('; ')}`);
    hostLine('checking the two lexicon files', measures);
  }

  /** Runs the stall checks as checks of suite `suite`. */
  async function run(page, suite, layout, runDir) {
    const probeFile = join(runDir, 'host-probe.json');
    await check(page, suite, 'annotates a normal document beside a footnote-heavy 200 KB report in its usual time; the report is read or cut short; the host is never held 1 s (50 ms is the target, printed)', () => sideBySide(page, layout, probeFile));
    await check(page, suite, 'reports the problems of a lexicon with a 200,000-character term and of one with 50,000 invalid terms; the host is never held 1 s (50 ms is the target, printed)', () => lexicon(page, layout, probeFile));
  }

  return { run, footnoteReport };
}
