// The exported brief as a reader opens it: `policy-lens <essay> --export html`
// written to a file, opened from disk in headless Chromium with every network
// request blocked and counted. Checks what a reader sees (headings, claims with
// their categories, an entity card on hover, the figures table), that nothing
// was requested, and that the page reads with scripts off. Part of
// `npm run test:editor` (it needs Debian's Chromium, installed by
// scripts/install-editor.sh). Screenshots go to test-results/export/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'test-results/export');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ESSAY = resolve(ROOT, '../shared/samples/belarus-dilemma.txt');
mkdirSync(OUT, { recursive: true });

const brief = join(OUT, 'belarus-dilemma.brief.html');
const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ESSAY, '--export', 'html', '-o', brief], { encoding: 'utf8' });
if (cli.status !== 0) throw new Error(`export failed: ${cli.stderr}`);

const results = [];
async function check(title, body) {
  try {
    await body();
    results.push({ title, ok: true });
    console.log(`  ✔ ${title}`);
  } catch (error) {
    results.push({ title, ok: false });
    console.log(`  ✘ ${title}\n    ${error instanceof Error ? error.message : String(error)}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  console.log('The exported brief in Chromium (network blocked)');
  for (const scripts of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled: scripts, viewport: { width: 1100, height: 900 } });
    let attempted = 0;
    await context.route('**/*', (route) => {
      if (route.request().url().startsWith('file:')) return route.continue();
      attempted++;
      return route.abort();
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`file://${brief}`);
    const mode = scripts ? '' : ' (scripts off)';
    await check(`shows the essay's headings, claims with their categories and the figures table${mode}`, async () => {
      const headings = await page.locator('h2').allTextContents();
      assert(headings.includes('Why Belarus Matters'), `headings: ${headings.join(' | ')}`);
      const chips = await page.locator('.pl-chip').count();
      assert(chips >= 60, `only ${chips} claim marks`);
      const title = await page.locator('.pl-claim').first().getAttribute('title');
      assert(/^(Geopolitical|Military|Economic) · /.test(title ?? ''), `first claim's label: ${title}`);
      assert(await page.locator('table.pl-figures td', { hasText: '36.3 %' }).count() === 1, 'no 36.3 % row in the figures table');
    });
    if (scripts) {
      await check('shows the person card when the reader hovers "Lukashenko"', async () => {
        await page.locator('.pl-entity.pl-person', { hasText: 'Lukashenko' }).first().hover();
        const card = page.locator('#pl-card');
        await card.waitFor({ state: 'visible', timeout: 2000 });
        const text = await card.textContent();
        assert(/Lukashenko/.test(text ?? '') && /person/.test(text ?? ''), `card: ${text}`);
        await page.screenshot({ path: join(OUT, 'brief-card.png') });
      });
    }
    await check(`attempts no request of any kind${mode}`, async () => {
      assert(attempted === 0, `${attempted} request(s) attempted`);
      assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
    });
    await context.close();
  }
} finally {
  await browser.close();
}
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
