import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figuresIn } from './figures-helpers';
import { analyse } from '../../src/core/analyse';
import rules from '../../src/core/lexicon/data/figures-rules.json';

/**
 * One fixture per rule of the figure reader (src/core/lexicon/data/figures-rules.json):
 * a sentence, the figure in it, and the rule that must appear in that figure's
 * `why` about the part of the decision it names. A rule row with no fixture here,
 * or a rule named in the code with no row, fails.
 */

/** A fixture that is a table (rows with bars) or starts with a heading is read as a document, where tables and headings are read. */
const figuresOf = (text: string) =>
  /^[|#]|^- \*\*/.test(text) ? analyse(text, { format: 'markdown' }).figures.map((f) => ({ ...f, text: text.slice(f.start, f.end) })) : figuresIn(text);

/** [rule, sentence, the figure as written, the words the rule matched (for a year rule: the year it gives)]. */
type Fixture = readonly [string, string, string, string?];

const KIND: readonly Fixture[] = [
  ['percent-sign', 'Exports rose 12% in 2020.', '12%', '%'],
  ['percentage-points', 'The policy rate rose 2 percentage points.', '2 percentage points', 'percentage points'],
  ['basis-points', 'The bank cut its rate by 150 basis points.', '150 basis points', 'basis points'],
  ['currency-symbol', 'The grant was $40 million.', '$40 million', '$'],
  ['bare-of-them', 'Patrols boarded 412 of them last year.', '412'],
  ['count-of-the', 'The port handles 500 ships, and 20 of the cranes are new.', '20', 'cranes'],
  ['count-of-the-words', 'Storms closed the harbour, and three of the ferries ran aground.', 'three', 'ferries'],
  ['bare-cell', '| Port | Cranes |\n|---|---|\n| Gwadar | 1.5 |\n', '1.5'],
  ['money-from-header', '| Depot | Upkeep (€ million) |\n|---|---|\n| Narvik | 14 |\n', '14', 'Upkeep (€ million)'],
  ['bare-cell-signed', '| Depot | Change on last year |\n|---|---|\n| Narvik | -12 |\n', '-12', '-'],
  ['count-from-header', '| Navy | Coastal frigates |\n|---|---|\n| Estonia | 3 |\n', '3', 'Coastal frigates'],
  ['percent-from-header', '| Indicator | 2024 |\n|---|---|\n| Jobless rate (percent) | 5.2 |\n', '5.2', 'Jobless rate (percent)'],
  ['count-from-row-header', '| Item | 2024 |\n|---|---|\n| Depots built | 12 |\n', '12', 'Depots built'],
  ['currency-code', 'The loan was EUR 5 million.', 'EUR 5 million', 'EUR'],
  ['currency-code-unlisted', 'The budget adds KSD 1.9 billion of spending.', 'KSD 1.9 billion', 'KSD'],
  ['currency-word', 'The port earned 300 million euros.', '300 million euros', 'euros'],
  ['currency-adjective', 'The mine cost 2 billion Canadian dollars.', '2 billion Canadian dollars', 'canadian dollars'],
  ['vague-amount', 'Smuggling cost several hundred million dollars.', 'several hundred million dollars'],
  ['times-comparative', 'The new fleet is five times larger.', 'five times larger', 'larger'],
  ['times-downward', 'Transit fees are two times lower.', 'two times lower', 'lower'],
  ['times-multiple-of', 'The budget is six times the sum spent before.', 'six times'],
  ['times-occasions', 'The review board met only five times in 2023.', 'five times'],
  ['n-of-every', 'A single supplier ships two of every five tonnes traded.', 'two of every five tonnes'],
  ['fold', 'Costs rose tenfold.', 'tenfold'],
  ['twice', 'The new fleet is twice as large.', 'twice as large', 'twice'],
  ['half-as', 'The army is half as large as before.', 'half as large'],
  ['change-word', 'Exports doubled after the treaty.', 'doubled', 'doubled'],
  ['fraction', 'One third of the budget went to defence.', 'One third'],
  ['fraction-alone', 'Of the vessels found in breach, only a third were prosecuted.', 'a third'],
  ['compound-unit', 'They agreed a five-year period of talks.', 'five-year', 'year'],
  ['out-of', 'Twelve out of 27 states signed.', 'Twelve out of 27'],
  ['count-in-window', 'Incidents fell from 11 in the 15 months before the patrols to two in the 12 months after.', '11 in the 15 months'],
  ['one-in-n', 'One in five ships is idle.', 'One in five'],
  ['one-in-n', 'Homes face a one-in-200 chance of flooding.', 'one-in-200'],
  ['glued-unit', 'The cable runs 10km under the sea.', '10km', 'km'],
  ['measure-unit', 'The field holds 40 cubic meters of gas.', '40 cubic meters', 'cubic meters'],
  ['personnel-noun', 'The base holds 3,000 troops.', '3,000 troops', 'troops'],
  ['workforce-count', 'The inspectorate had 64 full-time staff last spring.', '64 full-time staff', 'staff'],
  ['supply-noun', 'The depot now fills 60,000 shells a month.', '60,000 shells', 'shells'],
  ['time-unit', 'The review took 144 days.', '144 days', 'days'],
  ['counted-noun', 'The navy bought 12 submarines.', '12 submarines', 'submarines'],
  ['counted-name', 'A letter signed by 31 Governors reached the agency.', '31 Governors', 'governors'],
  ['small-count-noun', 'Since 2010, four smelters have shut.', 'four smelters', 'smelters'],
  ['small-count-equipment', 'Three specialised repair vessels are stationed nearby.', 'Three specialised repair vessels', 'vessels'],
  ['small-count-workforce', 'The firm was registered with two employees and a post box.', 'two employees', 'employees'],
  ['bare-paren', 'The army (80,000) is small.', '80,000', 'army'],
  ['bare-money-continues', 'It lost $5 billion in 2019 and 3 billion in 2020.', '3 billion'],
  ['bare-paragraph-currency', 'The fund lent $5 billion. A further 2 billion followed.', '2 billion'],
  ['bare-count-continues', 'Seventy-nine out of 89 Russian regions signed in 1999, compared to 37 in 1996.', '37'],
  ['bare-count-continues-words', 'The agency listed eleven mills in Brazil, four in Chile and two in Peru.', 'four'],
  ['bare-large', 'The figure was 45,000 at the end.', '45,000'],
  ['bare-number-of', 'The number of licensed pilots rose to 3,450.', '3,450'],
  ['ratio-to-one', 'The court ruled by a majority of two to one.', 'two to one'],
  ['date-field', '# Minutes\n\n**Date of issue:** 3 February 2026\n\nThe committee met and agreed.\n', '3 February 2026', 'Date of issue'],
  ['rank-superlative', 'China is the second-largest economy.', 'second-largest'],
  ['rank-verb', 'The port ranked fourth in the region.', 'fourth'],
  ['rank-place', 'The team finished in third place.', 'third place'],
  ['rank-linked', 'Norway became the sixth country with a base.', 'sixth'],
  ['rank-to-verb', 'India launched the fourth carrier to enter service.', 'fourth'],
  ['date-written', 'The accord was signed on April 19, 2017.', 'April 19, 2017'],
  ['date-month-alone', 'The board will meet again in October.', 'October'],
  ['date-numeric', 'The notice was filed on 2025-08-05.', '2025-08-05'],
  ['date-decade', 'In the 1990s the fleet shrank.', '1990s'],
  ['date-year-range', 'Over 2025-2030 the fund grows.', '2025-2030'],
  ['date-financial-year', 'Capital spending reached £1.02bn in 2024/25.', '2024/25'],
  ['date-quarter', 'Sales fell in Q3 2024.', 'Q3 2024'],
  ['date-fiscal', 'Funds for FY2026 arrived.', 'FY2026'],
  ['date-part-of-year', 'In the first quarter of 2000 it grew.', 'first quarter of 2000'],
  ['date-months-of-year', 'Exports fell in the first eight months of 2026.', 'first eight months of 2026'],
  ['date-season', 'Talks resumed in spring 2000.', 'spring 2000'],
  ['date-year-cue', 'The treaty was signed in 1999.', '1999'],
  ['date-year-plain', 'The 1995 referendum changed it.', '1995'],
  ['date-span', 'Between 2025 and 2028 the plan runs.', '2025 and 2028'],
  ['date-span-end', 'Between October 2023 and January 2025 eleven cables were cut.', 'January 2025'],
  ['date-months-one-year', 'Ferries were halted in March and June 2024.', 'March and June 2024'],
  ['signed', 'Output fell –5% in 2020.', '–5%', '–'],
];

const UNIT: readonly Fixture[] = [
  ['unit-borrowed', 'It lost $5 billion in 2019 and 3 billion in 2020.', '3 billion'],
  ['unit-none', 'The figure was 45,000 at the end.', '45,000'],
];

const YEAR: readonly Fixture[] = [
  ['year-own', 'The treaty was signed in 1999.', '1999', '1999'],
  ['year-same-clause', 'In 1999 exports rose 12%.', '12%', '1999'],
  ['year-enclosing-clause', 'In 2000 trade grew fast (exports rose 6.8%).', '6.8%', '2000'],
  ['year-tied', 'Exports reached $5 billion in 1999.', '$5 billion', '1999'],
  ['year-paragraph', 'In 1999 trade fell. Exports were 12% of output.', '12%', '1999'],
  ['year-reference', 'In 1999 trade fell. In that year exports will be 12% of output.', '12%', '1999'],
  ['year-none-change-start', 'Grants to councils will rise from £85m a year to £120m a year by 2028.', '£85m'],
  ['year-none-ahead', 'In 1999 trade fell. Exports will be 12% of output.', '12%'],
  ['year-none-present-tense', 'In 2021 the depot opened. Each of its tanks holds 40,000 litres.', '40,000 litres'],
  ['year-none-since', 'In 2023 the agency lost 17% of its engineers. It has since hired 85 people.', '85 people'],
  ['year-past-base', 'The FY2027 request seeks an increase of 9 percent over the FY2026 enacted level.', '9 percent', '2027'],
  ['year-past-compared', 'By March 2026 the fund held €410 million, compared with €260 million at the end of 2022.', '€410 million', '2026'],
  ['year-change-end', 'Harbour dues rose from 2.1 per cent of turnover in 2021 to 3.6 per cent of turnover in 2025.', '3.6 per cent', '2025'],
  ['year-none-aside', 'The charter, signed in 2014, binds 23 ports.', '23 ports'],
  ['year-none-duration', 'Talks began in 2019 and stalled for nearly three years.', 'three years'],
  ['year-none-since-clause', 'The depot opened in 2016 and has since stored 900 tonnes.', '900 tonnes'],
  ['year-none-relative', 'In 2023 the agency lost 17% of its engineers. Last year it hired 85 people.', '85 people'],
  ['year-none-present', 'The base, opened in 2017, now has a pier of 340 meters.', '340 meters'],
  ['year-none-other-clause', 'The depot was handed to the navy in 2019 and stores 900 tonnes of fuel.', '900 tonnes'],
  ['year-none-size', 'In 2024 the coast guard bought a 12-metre patrol boat.', '12-metre'],
  ['year-none-rate', 'In 2024 the port opened. Budgets allocated ₹100 crore a year for it.', '₹100 crore'],
  ['year-points-back', 'Ports will need 900 more pilots by 2031. About 40 percent of those posts may stay empty.', '40 percent', '2031'],
  ['year-none-other-year', 'Rates were cut in 2023. Prices have risen by 4 percent, and several auctions in 2022 failed.', '4 percent'],
  ['year-none-own-clause', 'In 1999 trade fell. Prices are five times higher.', 'five times higher'],
  ['year-none-span', 'Over 2025-2030 the fund grows.', '2025-2030'],
  ['year-none-now', 'Ferries carried 40 cars a day in 2015 and some 75 today.', '75'],
  ['year-none-event', 'Tolls reached 3 percent of the fare in 2024, against 1 percent before the strike.', '1 percent'],
  ['year-none-month', 'Freight fell in 2023. Since February the ferries have run full.', 'February'],
  ['year-shifted', 'Exports reached $5 billion in 2023, up from $4 billion a year earlier.', '$4 billion', '2022'],
  ['year-table-column', '| Fleet | 2031 |\n|---|---|\n| Coast guard | 9 icebreakers |\n', '9 icebreakers', '2031'],
  ['year-table-compared', '| Fund | FY 2030 vs. FY 2029 (%) |\n|---|---|\n| Grants | +4.2% |\n', '+4.2%', '2030'],
  ['year-table-caption', '# Ports\n\nTable 2. Grain handled by port, 2023\n\n| Port | Tonnes (millions) |\n|---|---|\n| Varna | 4.1 |\n', '4.1', '2023'],
  ['year-none-table-period', '| Route | Jan 2019–Mar 2022 |\n|---|---|\n| Direct | 412 |\n', '412'],
  ['year-none-tied-span', 'Transfers averaged 11% of GDP over 2021-2025 and fell in 2026.', '11%'],
  ['year-table-row', '- **Grants awarded in fiscal year 2024:** $160 million\n- **Average award:** $8.6 million\n', '$160 million', '2024'],
  ['year-heading', '## Freight volumes in 2024\n\nCargo on the route rose 63 percent.\n', '63 percent', '2024'],
  ['year-introduction', '# Audit\n\nIn 2024 the inspectors found the following:\n\n- 37 depots closed;\n- 12 ports reopened.\n', '37 depots', '2024'],
  ['year-stated-period', '# Flood update\n\n**Reporting period:** 1–30 June 2024\n\nTeams delivered 3,800 hygiene kits to families.\n', '3,800 hygiene kits', '2024'],
  ['year-written-relative', '# Ferry notice\n\n**Published 2 February 2027**\n\nLast year the ferries carried 1.8 million passengers.\n', '1.8 million passengers', '2026'],
  ['year-none', 'Exports were 12% of output.', '12%'],
];

const ABOUT: readonly Fixture[] = [
  ['about-restates', 'Seventy-nine out of 89 Russian regions signed in 1999, compared to 37 in 1996.', '37'],
  ['about-apposition', 'Spending was 2.4% of GDP, or about $14.2 billion.', '$14.2 billion'],
  ['about-linking', 'The share of exports was 36.3%.', '36.3%'],
  ['about-noun-after', 'They imposed 50% tariffs on copper.', '50%'],
  ['about-paren', 'The army (80,000) is small.', '80,000'],
  ['about-listed', 'The share was 36.3% of exports and 42.1% of imports.', '42.1%'],
  ['about-of-before', 'They ran a trade deficit of $100 million.', '$100 million'],
  ['about-of-after', 'About 40% of the budget went unspent.', '40%'],
  ['about-spent-on', 'Congress added $14.9 billion for research.', '$14.9 billion'],
  ['about-counted', 'The navy bought 12 Russian submarines.', '12 Russian submarines'],
  ['about-changed', 'The plan would double the size of the fleet.', 'double'],
  ['about-table-headers', '| Port | Equipment |\n|---|---|\n| Gwadar | 14 cranes |\n', '14 cranes', 'Gwadar — Equipment'],
  ['about-none', 'The treaty was signed in 1999.', '1999'],
];

/** Rules that decide a number is no figure: [rule, sentence, the words that must not be read as a figure]. */
const NOT: readonly (readonly [string, string, string])[] = [
  ['not-scale-alone', '| Year | Grain shipped (million tonnes) |\n|---|---|\n| 2021 | 8.4 |\n', 'million'],
  ['not-vague-plural', 'Thousands of villagers fled the valley.', 'Thousands of villagers'],
  ['not-time-relative', 'Ten years ago the Sahel was the busiest theatre.', 'Ten years'],
  ['not-column-year', '| Port | 2024 |\n|---|---|\n| Gwadar | 14 cranes |\n', '2024'],
  ['not-column-year', '| Programme | 2023-24 |\n|---|---|\n| Patrol boats | 104 |\n', '2023-24'],
  ['not-identifier-digits', 'Call the desk on +44 207 946 0018 before noon.', '207 946 0018'],
  ['not-identifier-digits', 'See file 2023-24/0291 for the letters.', '2023-24/0291'],
  ['not-row-year', '| Call | Requested |\n|---|---|\n| 2021 call | 1,300 |\n', '2021'],
  ['not-price-base', 'Fuel was sold at $42 per 1,000 litres, and grain at $9 for one hundred kilograms.', '1,000 litres'],
  ['not-price-base', 'Fuel was sold at $42 per 1,000 litres, and grain at $9 for one hundred kilograms.', 'one hundred kilograms'],
  ['not-law-year', 'Tariffs rose under the Harbour Security Act of 1998 in 2003.', '1998'],
  ['not-law-year', 'The Coast Guard Authorization Act, 2024 raised pay.', '2024'],
  ['not-law-year', 'The union adopted its own rules, Regulation (EU) 2019/452, in March 2019.', '2019/452'],
  ['not-law-year', 'The FY2023 NDAA and the Defense Authorization Act for Fiscal Year 2023 both set the cap.', 'FY2023'],
  ['not-law-year', 'The FY2023 NDAA and the Defense Authorization Act for Fiscal Year 2023 both set the cap.', 'Fiscal Year 2023'],
];

const TABLES = { kind: KIND, unit: UNIT, year: YEAR, about: ABOUT } as const;

describe('Figure rules, one fixture each', () => {
  for (const [about, table] of Object.entries(TABLES)) {
    for (const [rule, sentence, surface, words] of table) {
      it(`figure:${rule} decides the ${about} of "${surface}"`, () => {
        const found = figuresOf(sentence).filter((f) => f.text === surface);
        assert.equal(found.length, 1, `expected "${surface}" in: ${figuresOf(sentence).map((f) => f.text).join(' | ')}`);
        const reason = found[0].why.find((r) => r.about === about && r.rule === `figure:${rule}`);
        assert.ok(reason, `no ${about} reason figure:${rule} in ${JSON.stringify(found[0].why)}`);
        // A year reason names no words: the year it gives is the figure's year.
        if (about === 'year') assert.equal(found[0].year, words === undefined ? null : Number(words));
        else assert.equal(reason.words, words);
      });
    }
  }

  for (const [rule, sentence, surface] of NOT) {
    it(`figure:${rule} reads no figure in "${surface}"`, () => {
      const at = sentence.indexOf(surface);
      const overlapping = figuresOf(sentence).filter((f) => f.start < at + surface.length && f.end > at);
      assert.deepEqual(overlapping.map((f) => f.text), []);
    });
  }

  it('Keeps an amount bought for a price, and a price after it (figure:not-price-base is narrow)', () => {
    assert.deepEqual(figuresOf('The port moved 4.5 million tonnes for $20 million.').map((f) => f.text), ['4.5 million tonnes', '$20 million']);
  });

  it('Keeps the years of agreements and budgets that are no law title (figure:not-law-year is narrow)', () => {
    const text = 'The Harbour Accord of 2015 held, and the FY2026 budget request adds $40 million.';
    assert.deepEqual(figuresOf(text).map((f) => f.text), ['2015', 'FY2026', '$40 million']);
  });

  it('Gives every figure one reason for each part of its decision', () => {
    const text = 'In 2020 the base held 3,000 troops, and spending was $40 million (2.4% of output).';
    for (const f of figuresOf(text)) assert.deepEqual(f.why.map((r) => r.about), ['kind', 'unit', 'year', 'about'], f.text);
  });

  it('Has a fixture for every rule row, and a row for every rule the reader names', () => {
    const rows = rules.rules.map((r) => r.id);
    const covered = new Set([...Object.values(TABLES), NOT].flatMap((t) => t.map(([rule]) => `figure:${rule}`)));
    assert.deepEqual(rows.filter((id) => !covered.has(id)), [], 'rule rows without a fixture');
    const dir = join(process.cwd(), 'src', 'core', 'figures');
    const named = new Set<string>();
    for (const file of readdirSync(dir)) for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/'(figure:[a-z0-9-]+)'/g)) named.add(m[1]);
    const known = new Set([...rows, ...rules.limits.map((l) => l.id)]);
    assert.deepEqual([...named].filter((id) => !known.has(id)), [], 'rules named in the code with no row');
    assert.deepEqual([...known].filter((id) => !named.has(id)), [], 'rows the code never names');
  });
});
