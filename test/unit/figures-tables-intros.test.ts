import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/**
 * Classes of figure the session 11 blind documents showed the reader missed
 * (issue #13): signed numbers in table cells, a table's unit in its corner
 * cell or on a second line of column labels, a column comparing two years,
 * and the year of a paragraph that introduces a list or table with a colon.
 * Every table and sentence here is written for the test.
 */

interface Seen {
  readonly text: string;
  readonly kind: string;
  readonly value: number | null;
  readonly unit: string | null;
  readonly year: number | null;
  readonly rules: readonly string[];
}

function read(text: string, format: 'markdown' | 'plain' = 'markdown'): Seen[] {
  return analyse(text, { format }).figures.map((f) => ({ text: text.slice(f.start, f.end), kind: f.kind, value: f.value, unit: f.unit, year: f.year, rules: f.why.map((r) => r.rule) }));
}

function one(figures: readonly Seen[], surface: string): Seen {
  const found = figures.filter((f) => f.text === surface);
  assert.equal(found.length, 1, `expected one figure "${surface}" in: ${figures.map((f) => f.text).join(' | ')}`);
  return found[0];
}

describe('Figures in tables: signs, units and compared years', () => {
  it('Reads a signed number that fills its cell as a figure with its sign, typed by its row header', () => {
    const table = '| Indicator | 2030 | 2031 |\n|---|---|---|\n| Budget balance (percent of GDP) | -2.4 | +0.6 |\n| Depots | 40 | -3 |\n';
    const figures = read(table);
    const deficit = one(figures, '-2.4');
    assert.deepEqual([deficit.kind, deficit.value, deficit.year], ['percent', -2.4, 2030]);
    assert.equal(one(figures, '+0.6').value, 0.6);
    assert.equal(one(figures, '-3').value, -3);
  });

  it('Does not read a hyphen inside a cell of words as a sign', () => {
    assert.deepEqual(read('| Route | Note |\n|---|---|\n| Baku-Tbilisi | open |\n').map((f) => f.text), []);
  });

  it('Takes the unit of a table from a corner cell wholly in brackets, as from a caption line', () => {
    const table = '| (euros in thousands) | FY 2031 | FY 2032 |\n|---|---:|---:|\n| Harbour dredging | 12,400 | 13,050 |\n| Pilot training | 880 | -120 |\n';
    const figures = read(table);
    const dredging = one(figures, '12,400');
    assert.deepEqual([dredging.kind, dredging.unit, dredging.year], ['money', 'EUR', 2031]);
    assert.deepEqual([one(figures, '-120').kind, one(figures, '-120').unit], ['money', 'EUR']);
    // A corner cell that names the row labels gives no unit.
    assert.equal(one(read('| Programme | FY 2031 |\n|---|---:|\n| Harbour dredging | 12,400 |\n'), '12,400').kind, 'quantity');
  });

  it('Dates a column that compares two years by its first, not by the base after "vs."', () => {
    const table = '| Line | FY 2031 | FY 2031 vs. FY 2030 ($) | FY 2031 vs. FY 2030 (%) |\n|---|---:|---:|---:|\n| Ferries | 5,200 | +410 | +8.6% |\n';
    const figures = read(table);
    const change = one(figures, '+410');
    assert.deepEqual([change.kind, change.year], ['money', 2031]);
    assert.ok(change.rules.includes('figure:year-table-compared'));
    assert.equal(one(figures, '+8.6%').year, 2031);
    // Two years with no comparison between them still name no one year.
    assert.equal(one(read('| Line | 2030 and 2031 |\n|---|---:|\n| Ferries | 75% |\n'), '75%').year, null);
  });

  it('Reads the second line of labels of a table drawn with spaces, under a full first line', () => {
    const text = [
      'Harbour dues collected were:',
      '',
      '    Harbour            Dues               Share of cargo',
      '                       (€ million)        at 31 Mar 2031',
      '    Rostock             14.2               61%',
      '    Gdynia               9.8               23%',
      '',
    ].join('\n');
    const figures = read(text, 'plain');
    const rostock = one(figures, '14.2');
    assert.deepEqual([rostock.kind, rostock.unit], ['money', 'EUR']);
    assert.equal(one(figures, '61%').year, 2031);
  });
});

describe('Figures: the year of a paragraph that introduces a list', () => {
  it('Dates the undated figures of the items by the year of the introduction, or of the sentence before it', () => {
    const text = '# Results\n\nThe 2031 season was the busiest yet. Highlights include:\n\n- 412 vessels inspected;\n- fines of €3.1 million, up from €2.2 million in 2030.\n';
    const figures = read(text);
    assert.equal(one(figures, '412 vessels').year, 2031);
    assert.ok(one(figures, '412 vessels').rules.includes('figure:year-introduction'));
    assert.equal(one(figures, '€3.1 million').year, 2031);
  });

  it('Dates the figures of the items under a run-in label, as in a budget justification', () => {
    const text = '# Request\n\nThe FY 2031 request includes the following increases:\n\n- **Harbour dredging (+€1.4 million):** Deepens two berths at the eastern quay.\n- **Pilot training (+€600,000):** Trains 40 more pilots for the winter.\n';
    const figures = read(text);
    assert.equal(one(figures, '+€1.4 million').year, 2031);
    assert.equal(one(figures, '+€600,000').year, 2031);
  });

  it('Dates no item when the introduction looks ahead, names a period\'s start, or the items tell of other years', () => {
    const ahead = read('# Plan\n\nIn 2031 the port authority will:\n\n- hire 40 pilots;\n- dredge two berths.\n');
    assert.equal(one(ahead, '40 pilots').year, null);
    const since = read('# Record\n\nSince 2029 the authority has done the following:\n\n- hired 40 pilots;\n- closed 12 depots.\n');
    assert.equal(one(since, '40 pilots').year, null);
    const several = read('# Record\n\nIn 2029 the authority changed course. Its actions included the following:\n\n- hiring 40 pilots;\n- closing 12 depots in March 2031.\n');
    assert.equal(one(several, '40 pilots').year, null);
  });

  it('Dates no list after a paragraph that does not end with a colon', () => {
    const text = '# Record\n\nIn 2031 the authority reorganised.\n\n- 40 pilots work at the port.\n';
    assert.equal(one(read(text), '40 pilots').year, null);
  });
});
