import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFigures, type FoundFigure } from '../../src/core/figures';
import { figures } from './figures-helpers';
import { splitSentences } from '../../src/core/parse/sentences';
import { analyse } from '../../src/core/analyse';
import type { TextUnit } from '../../src/core/parse/units';

const samples = resolve(process.cwd(), '../shared/samples');
const gold = resolve(process.cwd(), '../shared/eval/belarus-dilemma.gold.json');

/** Hard-wrapped text: a paragraph ends at a short line that ends a sentence; a short line without one is a heading. */
function unitsOfWrapped(text: string): TextUnit[] {
  const lines: { start: number; end: number }[] = [];
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end });
    start = end + 1;
  }
  const width = Math.max(...lines.map((l) => l.end - l.start));
  const blocks: { start: number; end: number }[] = [];
  let open = -1;
  lines.forEach((l, i) => {
    const line = text.slice(l.start, l.end);
    const heading = line.trim().length > 0 && line.trim().length < 60 && !/[.?!:;,"”)]$/.test(line.trim()) && /^[A-Z]/.test(line.trim());
    if (heading) {
      if (open >= 0) blocks.push({ start: open, end: lines[i - 1].end });
      blocks.push(l);
      open = -1;
      return;
    }
    if (open < 0 || /^\s/.test(line)) {
      if (open >= 0) blocks.push({ start: open, end: lines[i - 1].end });
      open = l.start;
    }
    if (/[.?!]["”)]?\s*$/.test(line) && line.length < width * 0.85) {
      blocks.push({ start: open, end: l.end });
      open = -1;
    }
  });
  if (open >= 0) blocks.push({ start: open, end: text.length });
  const units: TextUnit[] = [];
  blocks.forEach((b, block) => {
    for (const s of splitSentences(text, b.start, b.end)) units.push({ ...s, block, body: true });
  });
  return units;
}

interface GoldFigure {
  readonly text: string;
  readonly kind: string;
  readonly year: number | null;
}

describe('Figures on the sample essay', () => {
  const text = readFileSync(join(samples, 'belarus-dilemma.txt'), 'utf8');
  const expected: GoldFigure[] = JSON.parse(readFileSync(gold, 'utf8')).figures;
  const found = findFigures(text, unitsOfWrapped(text));

  /** Figures overlapping some occurrence of the gold surface (line breaks in the text read as spaces). */
  function matches(g: GoldFigure): FoundFigure[] {
    const escaped = g.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const pattern = new RegExp(`(?<![\\d.,])${escaped}(?!\\d)`, 'g');
    const out: FoundFigure[] = [];
    for (const m of text.matchAll(pattern)) {
      const at = m.index;
      out.push(...found.filter((f) => f.start < at + m[0].length && at < f.end));
    }
    return out;
  }

  it('Finds at least 95% of the hand-annotated figures with the right kind', () => {
    const missed = expected.filter((g) => !matches(g).some((f) => f.kind === g.kind));
    const recall = 1 - missed.length / expected.length;
    assert.ok(recall >= 0.95, `kind recall ${recall.toFixed(3)}; missed: ${missed.map((g) => g.text).join(' | ')}`);
  });

  it('Gives at least 90% of them the year the annotator gave', () => {
    const missed = expected.filter((g) => !matches(g).some((f) => f.kind === g.kind && f.year === g.year));
    const recall = 1 - missed.length / expected.length;
    assert.ok(recall >= 0.9, `year recall ${recall.toFixed(3)}; missed: ${missed.map((g) => `${g.text} (${g.year})`).join(' | ')}`);
  });

  it('Covers the annotated surface exactly for most figures', () => {
    const exact = expected.filter((g) => found.some((f) => text.slice(f.start, f.end).replace(/\s+/g, ' ') === g.text));
    assert.ok(exact.length / expected.length >= 0.9, `${exact.length} of ${expected.length} exact`);
  });
});

describe('Figures on the CRS reports', () => {
  const read = (name: string) => {
    const source = readFileSync(join(samples, 'crs', name), 'utf8');
    return analyse(source, { hint: name }).figures.map((f) => ({ ...f, text: source.slice(f.start, f.end) }));
  };

  it('Finds the copper tariff rates and import values with their years, and no law or order numbers', () => {
    const found = read('copper-tariffs.md');
    const tariff = found.find((f) => f.text === '50%');
    assert.ok(tariff && tariff.year === 2025, 'the 50% tariff of August 2025');
    const imports = found.find((f) => f.text === '$16.2 billion');
    assert.deepEqual(imports && [imports.kind, imports.value, imports.unit, imports.year], ['money', 16.2e9, 'USD', 2025]);
    for (const id of ['232', '1903', '9705', '10962', '14347', '12614', '68253075', '1862']) {
      assert.ok(!found.some((f) => f.text.includes(id) && !/^\w+ \d+, \d{4}$/.test(f.text)), `identifier ${id} read as a figure`);
    }
  });

  it('Reads the Space Force budget by fiscal year', () => {
    const found = read('us-space-force.md');
    const enacted = found.find((f) => f.text === '$26.1 billion');
    assert.deepEqual(enacted && [enacted.kind, enacted.value, enacted.year], ['money', 26.1e9, 2026]);
    const strength = found.find((f) => f.text === '10,400 military personnel');
    assert.deepEqual(strength && [strength.kind, strength.unit, strength.year], ['quantity', 'personnel', 2026]);
    for (const id of ['116-92', '9081', '12610', '14186', '8149']) assert.ok(!found.some((f) => f.text.includes(id)), `identifier ${id} read as a figure`);
  });

  it('Does not count a plan whose ordinal lost its suffix', () => {
    const found = read('china-five-year-plan.md');
    assert.ok(!found.some((f) => /FYP|Five-Year/.test(f.text)), found.map((f) => f.text).join(' | '));
    const approved = found.find((f) => f.text === 'March 12, 2026');
    assert.deepEqual(approved && [approved.kind, approved.year, approved.period], ['date', 2026, 'March 12']);
  });
});

describe('Figures golden fixtures', () => {
  const root = join(process.cwd(), 'test', 'fixtures');
  const cases = existsSync(root) ? readdirSync(root).filter((d) => d.startsWith('figures-')) : [];

  it('Has figures fixtures to compare', () => assert.ok(cases.length > 0));
  for (const name of cases) {
    it(`Matches ${name}`, () => {
      const dir = join(root, name);
      const text = readFileSync(join(dir, 'input.txt'), 'utf8');
      const actual = figures(text).map((f) => ({
        text: f.text, kind: f.kind, value: f.value, high: f.high, unit: f.unit, year: f.year, period: f.period,
        about: f.about, start: f.start, end: f.end,
      }));
      const file = join(dir, 'output.json');
      // UPDATE_FIXTURES=1 rewrites the expected output; review the diff before keeping it.
      if (process.env.UPDATE_FIXTURES === '1') writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(JSON.parse(JSON.stringify(actual)), JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});
