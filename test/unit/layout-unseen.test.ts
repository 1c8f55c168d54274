import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { shownText } from '../../src/core/model/shown';
import { notices } from './furniture-helpers';

/**
 * Layout classes found on documents nobody tuned for (issue #13): labels,
 * speaker turns and page furniture that writers of new genres set around their
 * argument. Each test is written from what a reader of such a document expects.
 */

const claimsOf = (text: string, format: 'markdown' | 'plain') => {
  const a = analyse(text, { format });
  return a.claims.map((c) => shownText(a.text, a.masked, c));
};
const sectionsOf = (text: string, format: 'markdown' | 'plain') => analyse(text, { format }).sections.map((s) => s.title);

describe('Layout of unseen genres', () => {
  it('heading:list-run-in — a list item\'s bold label names its point: no claim, no section, and the prose after it stays a claim', () => {
    const md = [
      '# Harbour accord signed',
      '',
      'The two governments signed the harbour accord on Monday. Its main terms are these:',
      '',
      '1. **Port fees.** Each side will charge the other\'s ships the fees it charges its own.',
      '2. **Pilots:** Local pilots will guide every foreign tanker through the inner channel.',
      '3. **Spare parts.** Parts brought in for repairs will enter free of duty for 90 days.',
      '',
    ].join('\n');
    const claims = claimsOf(md, 'markdown');
    assert.ok(!claims.some((c) => /^(Port fees|Pilots|Spare parts)/.test(c)), claims.join(' | '));
    assert.ok(claims.includes('Local pilots will guide every foreign tanker through the inner channel.'), claims.join(' | '));
    assert.ok(claims.includes('Parts brought in for repairs will enter free of duty for 90 days.'), claims.join(' | '));
    assert.deepEqual(sectionsOf(md, 'markdown'), ['Harbour accord signed']);
  });

  it('heading:list-run-in — a figure in a point\'s label is still a figure a reader can hover, held by no claim', () => {
    const md = [
      '# Dredging budget',
      '',
      'The request moves money between two lines:',
      '',
      '- **Channel dredging (+$6.5 million).** Deepens the outer channel to 14 metres.',
      '- **Survey boats (−$0.8 million).** Retires one of the three survey boats.',
      '',
    ].join('\n');
    const a = analyse(md, { format: 'markdown' });
    const money = a.figures.filter((f) => f.kind === 'money');
    assert.deepEqual(money.map((f) => [a.text.slice(f.start, f.end).replace('−', '-'), f.claim]), [['+$6.5 million', null], ['-$0.8 million', null]]);
    // The labels are still no claims: the prose after each is.
    assert.deepEqual(claimsOf(md, 'markdown').slice(1), ['Deepens the outer channel to 14 metres.', 'Retires one of the three survey boats.']);
  });

  it('heading:list-run-in — where a label of the list is itself a clause, every label of that list stays a sentence', () => {
    const md = [
      '# What the board should do',
      '',
      'The board can act on three fronts:',
      '',
      '1. **Publish the loan terms.** Lenders and taxpayers alike should see what the port owes.',
      '2. **Hire on merit.** The harbour master should be chosen by open competition.',
      '3. **Cap the fees.** A ceiling set in law would end the yearly dispute over tariffs.',
      '',
    ].join('\n');
    const claims = claimsOf(md, 'markdown');
    for (const label of ['Publish the loan terms.', 'Hire on merit.', 'Cap the fees.']) assert.ok(claims.includes(label), `${label} in ${claims.join(' | ')}`);
  });

  it('notice:rising-page-line — a marking printed with each page\'s number is furniture, and so are it and the header beside it on every page', () => {
    const page = (n: number, body: string) => [`RESTRICTED                                        ${n}`, '\fHarbour Plan 2027 | Part 2: Berths and Cranes', 'RESTRICTED', '', body, ''];
    const text = [
      'RESTRICTED',
      '',
      'Berths and Cranes',
      '',
      'The harbour board will build two new berths by 2029, and the second will take',
      'the largest container ships that call at the port.',
      '',
      ...page(4, 'Cranes are the slower problem. The board has ordered six, and the first two\nwill arrive in the spring of 2028.'),
      ...page(5, 'The cost of the plan is about $900 million, of which the state will lend half\nat a fixed rate.'),
      `RESTRICTED                                        6`,
    ].join('\n');
    const a = analyse(text, { format: 'plain' });
    assert.deepEqual(a.sections.map((s) => s.title), ['Berths and Cranes']);
    const found = notices(text, 'a.txt');
    assert.equal(found.filter(([r]) => r === 'notice:rising-page-line').length, 3, JSON.stringify(found));
    assert.ok(found.some(([r, w]) => r === 'notice:page-head' && w === 'Harbour Plan 2027 | Part 2: Berths and Cranes'), JSON.stringify(found));
    const claims = claimsOf(text, 'plain');
    assert.ok(claims.includes('Cranes are the slower problem.'), claims.join(' | '));
    assert.ok(!claims.some((c) => /RESTRICTED|Harbour Plan 2027/.test(c)), claims.join(' | '));
    // A line that recurs with the same number each time is no page's footer.
    const same = text.replace(/ {40}[456]/g, '                                        4');
    assert.ok(!notices(same, 'a.txt').some(([r]) => r === 'notice:rising-page-line'));
  });

  it('notice:column-header — a header set out in columns between two column numbers is furniture, not the title; a table row is not one', () => {
    // A left-hand page names the business of the day, a right-hand one the debate: no two headers are alike.
    const head = (a: number, left: string) => `${a}      ${left}      Tuesday Sitting      Harbour Fees      ${a + 1}`;
    const text = [head(101, 'Private Business'), '', 'Harbour Fees', '', 'Ann Reyes (Portside) (Lab): The board has raised its fees twice since 2023, and the', 'shipping lines now pass the cost on to importers.', '', head(103, 'Harbour Fees'), '', 'The port handles a third of the trade of the country.', ''].join('\n');
    assert.deepEqual(sectionsOf(text, 'plain'), ['Harbour Fees']);
    assert.equal(notices(text, 'a.txt').filter(([r]) => r === 'notice:column-header').length, 2);
    const table = ['Berths and cranes by year', '', 'Item          2026      2027', 'Berths           4         6', 'Cranes          12        18', ''].join('\n');
    assert.ok(!notices(table, 'a.txt').some(([r]) => r === 'notice:column-header'));
  });

  it('notice:speaker-label, notice:speaker-resumed — in a debate, who speaks is furniture; the turn\'s first sentence starts after the name, and a sentence broken by a column break joins', () => {
    const text = [
      'Harbour Fees',
      '',
      'Ann Reyes (Portside) (Lab): The board has raised its fees twice since 2023, and the',
      'shipping lines now pass the cost on to importers.',
      '',
      'Tom Okafor (Eastbay) (Con): Will the hon. Lady give way?',
      '',
      'Ann Reyes: I will give way once I have made this point. The port handles a third of',
      'the trade of the country, and every rise in its fees reaches the shops within',
      '',
      '[Ann Reyes]',
      '',
      'a month of the board\'s decision.',
      '',
      'Tom Okafor: The board says the fees pay for the new berths.',
      '',
    ].join('\n');
    const claims = claimsOf(text, 'plain');
    assert.ok(claims.includes('The board has raised its fees twice since 2023, and the shipping lines now pass the cost on to importers.'), claims.join(' | '));
    assert.ok(claims.includes('Will the hon. Lady give way?'), claims.join(' | '));
    assert.ok(claims.includes("The port handles a third of the trade of the country, and every rise in its fees reaches the shops within a month of the board's decision."), claims.join(' | '));
    assert.ok(!claims.some((c) => /Ann Reyes|Okafor/.test(c)), claims.join(' | '));
    const found = notices(text, 'a.txt');
    assert.ok(found.some(([r, w]) => r === 'notice:speaker-label' && w === 'Ann Reyes (Portside) (Lab):'), JSON.stringify(found));
    assert.ok(found.some(([r, w]) => r === 'notice:speaker-resumed' && w === '[Ann Reyes]'), JSON.stringify(found));
  });

  it('notice:speaker-label — an interview\'s bold question keeps its words and loses the interviewer\'s name; one label alone, or labels that are not names, stay text', () => {
    const md = [
      '# Ports in question',
      '',
      'Ann Reyes runs the harbour board. She spoke to Tom Okafor in March.',
      '',
      '**Tom Okafor: Why have fees risen twice since 2023?**',
      '',
      '**Reyes:** Because the berths we promised cost more than we planned.',
      '',
      '**Tom Okafor: Will they rise again?**',
      '',
      '**Reyes:** Not before the second berth opens in 2028.',
      '',
    ].join('\n');
    const claims = claimsOf(md, 'markdown');
    assert.ok(claims.includes('Why have fees risen twice since 2023?'), claims.join(' | '));
    assert.ok(claims.includes('Will they rise again?'), claims.join(' | '));
    // A report with one 'Key point:' paragraph, or labels naming no one, has no speakers.
    const report = ['# Ports', '', 'Key point: the board has raised its fees twice since 2023.', '', 'Next step: the berths open in 2028.', '', 'Key point: the loans fall due in 2030.', ''].join('\n');
    assert.ok(!notices(report, 'a.md').some(([r]) => r === 'notice:speaker-label'));
  });

  it('notice:speaker-label — a bold label with a title\'s stop ("**Dr. Reyes:**") or that reads as a run-in head ("**Minister Okafor:**") opens a turn whose words stay text, with their figures', () => {
    const md = [
      '# Ports in question',
      '',
      '**Dr. Reyes:** Fees have risen twice since 2023. The port now handles 40 percent of the trade.',
      '',
      '**Minister Okafor:** I agree with the board. The second berth will cost £80 million.',
      '',
      '**Dr. Reyes:** It opens in 2028.',
      '',
      '**Minister Okafor:** Then the lines will pay 12 percent more.',
      '',
    ].join('\n');
    const claims = claimsOf(md, 'markdown');
    for (const c of ['Fees have risen twice since 2023.', 'The port now handles 40 percent of the trade.', 'I agree with the board.', 'It opens in 2028.', 'Then the lines will pay 12 percent more.']) assert.ok(claims.includes(c), claims.join(' | '));
    assert.ok(!claims.some((c) => /Reyes|Okafor/.test(c)), claims.join(' | '));
    assert.deepEqual(sectionsOf(md, 'markdown'), ['Ports in question'], 'a speaker is no section');
    const figures = analyse(md, { format: 'markdown' }).figures.map((f) => md.slice(f.start, f.end));
    for (const f of ['40 percent', '£80 million', '12 percent']) assert.ok(figures.includes(f), figures.join(' | '));
    assert.equal(notices(md, 'a.md').filter(([r]) => r === 'notice:speaker-label').length, 4);
  });

  it('notice:views-disclaimer — a note disowning the views, set apart in italics or opening with it, is a notice; a paragraph of testimony that ends with one is not', () => {
    const body = 'The harbour board has raised its fees twice since 2023. The shipping lines now pass the cost on to importers. The board says the fees pay for two new berths.';
    const note = 'This brief was written for the members of the committee. The opinions in it are the writer’s and do not necessarily reflect the views of the committee or its chair.';
    const md = ['# Harbour fees', '', `*${note}*`, '', body, '', body, '', body, ''].join('\n');
    const found = notices(md, 'a.md');
    assert.ok(found.some(([r, w]) => r === 'notice:views-disclaimer' && w.includes('written for the members')), JSON.stringify(found));
    assert.ok(!claimsOf(md, 'markdown').some((c) => c.includes('members of the committee')));
    const own = ['# Harbour fees', '', body, '', body, '', 'The views expressed here are the author’s own. She has advised the harbour board since 2021.', ''].join('\n');
    assert.ok(notices(own, 'a.md').some(([r]) => r === 'notice:views-disclaimer'));
    const testimony = ['Harbour Fees', '', 'Chair Reyes, members of the committee, thank you for inviting me. I lead the port studies group at the Institute. The views I give today are my own and do not represent those of the Institute.', '', body, ''].join('\n');
    assert.ok(claimsOf(testimony, 'plain').includes('I lead the port studies group at the Institute.'));
    assert.ok(!notices(testimony, 'a.txt').some(([r]) => r === 'notice:views-disclaimer'));
  });

  it('notice:promo — a newsletter offer at the end, and an e-mail\'s "View in browser" at the top, are notices; a paragraph about a newsletter in the body stays', () => {
    const body = 'The harbour board has raised its fees twice since 2023. The shipping lines now pass the cost on to importers. The board says the fees pay for two new berths.';
    const md = ['# Harbour fees', '', body, '', body, '', body, '', '**Dockside Weekly:** the port news that matters, in your inbox every Monday. [Sign up here](https://example.org/signup).', ''].join('\n');
    const a = analyse(md, { format: 'markdown' });
    assert.deepEqual(a.sections.map((s) => s.title), ['Harbour fees']);
    assert.ok(!claimsOf(md, 'markdown').some((c) => /inbox|Sign up/.test(c)), claimsOf(md, 'markdown').join(' | '));
    assert.ok(notices(md, 'a.md').some(([r]) => r === 'notice:promo'));
    const email = ['Not displaying well? View this email in your browser, or read more on our website.', '', '# Harbour Letter, March', '', body, '', body, ''].join('\n');
    assert.ok(notices(email, 'a.md').some(([r]) => r === 'notice:promo'), JSON.stringify(notices(email, 'a.md')));
    const inside = ['# Harbour fees', '', body, '', 'The board now sends a weekly newsletter to its 4,000 subscribers, and fees rose again last month.', '', body, '', body, '', body, '', body, ''].join('\n');
    assert.ok(claimsOf(inside, 'markdown').some((c) => c.startsWith('The board now sends a weekly newsletter')));
  });

  it('notice:pull-quote — a set-off quotation the text says word for word elsewhere is a pull quote, not a second claim; a quotation said once stays', () => {
    const said = 'Ports are built on trust, not on concrete.';
    const md = [
      '# Harbour fees',
      '',
      `The harbour master put it plainly when we met. "${said} If shippers stop believing our prices, no berth will save us."`,
      '',
      `> "${said} If shippers stop believing our prices, no berth will save us."`,
      '',
      'The board has raised its fees twice since 2023, and the shipping lines now pass the cost on to importers.',
      '',
      '> "We will not raise fees again before the second berth opens," the chair told the council.',
      '',
    ].join('\n');
    const claims = claimsOf(md, 'markdown');
    assert.equal(claims.filter((c) => c.includes('built on trust')).length, 1, claims.join(' | '));
    assert.ok(notices(md, 'a.md').some(([r]) => r === 'notice:pull-quote'));
    assert.ok(claims.some((c) => c.includes('We will not raise fees again')), claims.join(' | '));
  });

  it('notice:signature — the minister\'s name, post and place under a foreword are a signature, not claims; a sentence naming an Honourable member stays', () => {
    const text = [
      'Harbour Plan 2027',
      '',
      "Minister's Foreword",
      '',
      'The harbour board will build two new berths by 2029, and the second will take the largest',
      'container ships that call at the port.',
      '',
      'Hon Ann Reyes',
      'Minister for Ports',
      'Portside, March 2027',
      '',
      'The Berths',
      '',
      'The Hon. Tom Okafor asked the board in 2026 why the berths were late, and it has not yet answered him.',
      '',
    ].join('\n');
    const claims = claimsOf(text, 'plain');
    assert.ok(!claims.some((c) => /^(Hon Ann Reyes|Minister for Ports|Portside)/.test(c)), claims.join(' | '));
    assert.ok(claims.some((c) => c.startsWith('The Hon. Tom Okafor asked the board')), claims.join(' | '));
    const found = notices(text, 'a.txt');
    assert.ok(found.some(([r, w]) => r === 'notice:signature' && w === 'Hon Ann Reyes'), JSON.stringify(found));
    assert.ok(found.some(([r, w]) => r === 'notice:affiliation-line' && w === 'Portside, March 2027'), JSON.stringify(found));
  });
});
