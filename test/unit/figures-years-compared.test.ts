import { strict as assert } from 'node:assert';
import { fixtureFigures } from './figures-helpers';

/**
 * A date tied to a figure that is compared with or started from (figures-dates comparedFigures; issue #13):
 * "…, compared with 44.0 per cent. at the end of 2020" dates the 44.0 per cent. and not the figure it is
 * compared with (figure:year-past-compared); "from 1.4 per cent. … in 2021 to 4.9 per cent. … in 2024" dates
 * where the change starts, not where it ends (figure:year-change-end). A sovereign bond prospectus, a central
 * bank's financial stability report and a development bank's board minutes write them so.
 */

const { read, figure } = fixtureFigures('compared-figures');

describe('The date of a figure compared with or started from dates no other figure', () => {
  it('gives the end of a change the year after it, not the year of its start (figure:year-change-end)', () => {
    const figures = read('harbour-bonds.txt');
    assert.equal(figure(figures, '1.4 per cent').year, 2021);
    const end = figure(figures, '4.9 per cent');
    assert.equal(end.year, 2024);
    assert.deepEqual(end.rules, ['figure:year-change-end']);
    assert.equal(figure(figures, 'LHD 95 million').year, 2022);
    assert.equal(figure(figures, 'LHD 41 million').year, 2025);
    assert.equal(figure(figures, '6 per cent').year, 2022);
    assert.equal(figure(figures, '9 per cent').year, 2025);
  });

  it('reads the compared figure whole, however many words it has (figure:year-past-compared)', () => {
    const figures = read('harbour-bonds.txt');
    const share = figure(figures, '62.5 per cent');
    assert.equal(share.year, 2025);
    assert.deepEqual(share.rules, ['figure:year-past-compared']);
    assert.equal(figure(figures, '44.0 per cent').year, 2020);
    // "compared with LHD 4.8 million in the first half of 2024": the half-year's own figure is not 2024's.
    assert.equal(figure(figures, 'LHD 7.2 million').year, null);
    assert.equal(figure(figures, 'LHD 4.8 million').year, 2024);
  });

  it('leaves figures tied to their own dates, a comma-set start and a list with no end figure as they were', () => {
    const figures = read('near-misses.md');
    assert.equal(figure(figures, '8%').year, 2024);
    assert.equal(figure(figures, '5%').year, 2023);
    assert.equal(figure(figures, '2,100').year, 2024);
    assert.equal(figure(figures, '2,600').year, 2022);
    assert.equal(figure(figures, '3,000 vehicles').year, 2022);
    assert.equal(figure(figures, '14 sailings').year, 2024);
    assert.equal(figure(figures, '12 berths').year, 2019);
    assert.equal(figure(figures, '6 cranes').year, 2021);
  });
});

describe("A results title states the period it reports on (figures-dates fieldDates.titlePeriods)", () => {
  it("gives an earnings call's undated figures the year of the half or quarter its title reports on (figure:year-stated-period)", () => {
    const figures = read('ferry-results-call.txt');
    for (const t of ['€214 million', '61%', '78%', '€330 million']) {
      const f = figure(figures, t);
      assert.equal(f.year, 2026, t);
      assert.deepEqual(f.rules, ['figure:year-stated-period']);
    }
  });

  it('leaves a sentence that looks ahead, and a figure with its own year, as they were', () => {
    const figures = read('ferry-results-call.txt');
    assert.equal(figure(figures, '9%').year, null);
    assert.equal(figure(figures, '27%').year, 2024);
  });

  it('reads no period from a title with a quarter but no word of results', () => {
    const figures = read('ferry-timetable-call.txt');
    assert.equal(figure(figures, '14 sailings').year, null);
    assert.equal(figure(figures, '61%').year, null);
  });
});

describe('"against" compares figures of one measure only (figures-dates comparedFigures.measureCues; issue #13)', () => {
  it('reads a count of one thing against a count of another as no comparison: the date dates both', () => {
    const figures = read('against-counts.md');
    assert.equal(figure(figures, '60 sorties').year, 2023);
    assert.equal(figure(figures, '4 bridges').year, 2023);
  });

  it('still reads a bare count, a percentage or a longer cue after "against" as the figure compared', () => {
    const figures = read('against-counts.md');
    assert.equal(figure(figures, '38 trawlers').year, null);
    assert.equal(figure(figures, '29').year, 2022);
    assert.equal(figure(figures, '12%').year, null);
    assert.equal(figure(figures, '7%').year, null);
  });

  it("gives a figure passed over a compared figure's date none of the dates after it (a target's, a peak's, a second base's)", () => {
    const figures = read('against-counts.md');
    assert.equal(figure(figures, '310 tonnes').year, null);
    assert.equal(figure(figures, '5.1%').year, null);
    assert.equal(figure(figures, '7%').year, null);
    assert.equal(figure(figures, '11%').year, 2020);
  });
});

describe('The end of a change after a hedge or as a rate (figures-dates comparedFigures.hedges, .rateWords; issue #13)', () => {
  it("leaves a hedged end figure without the start's year", () => {
    const figures = read('change-hedges.md');
    assert.equal(figure(figures, '14 weeks').year, 2018);
    assert.equal(figure(figures, '10 weeks').year, null);
    assert.equal(figure(figures, '3,000').year, null);
    assert.equal(figure(figures, '45%').year, 2024);
  });

  it('reads a rate "per 1,000" as a change from its count', () => {
    const figures = read('change-hedges.md');
    assert.equal(figure(figures, '4').year, null);
  });
});

describe('A results title dates only figures of the period it reports on (fieldDates.titlePeriods.past, .targets; issue #13)', () => {
  it('leaves sentences of an earlier time and of a target undated, and dates the present ones', () => {
    const figures = read('ferry-results-past.txt');
    assert.equal(figure(figures, '€96 million').year, 2026);
    // "Net debt was €280 million, compared with €310 million a year ago": the comma keeps the quarter's figure in its period.
    assert.equal(figure(figures, '€280 million').year, 2026);
    for (const t of ['9 ships', '22 vessels', '€310 million', '15%']) assert.equal(figure(figures, t).year, null, t);
  });

  it('reads the year a title names for its results, not the quarter of its release', () => {
    const figures = read('harbour-census.md');
    assert.equal(figure(figures, '4.2 million tonnes').year, 2025);
    assert.equal(figure(figures, '31%').year, 2025);
  });
});
