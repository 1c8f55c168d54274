import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { fixtureFolder } from './furniture-helpers';

/**
 * A publisher's and a funder's boilerplate read as argument (issue #13, session 21, branch furnB21):
 * a box about the publisher under an 'About …' label, a privacy notice opening with its bold label,
 * an 'Enquiries:' line and a 'Published by' line with the publisher's address. The fixtures
 * (test/fixtures/furniture-b-s21) are written for these tests, near misses included.
 */

const { read, ruled } = fixtureFolder(join(process.cwd(), 'test', 'fixtures', 'furniture-b-s21'));

describe('A publisher’s boilerplate read aside (session 21, furnB21)', () => {
  it('Reads the box under "About the Group" aside, its names still read (notice:about-label, notice:under-label)', () => {
    assert.ok(ruled('harbour-briefing.md', 'notice:about-label').includes('About the Group'));
    assert.ok(ruled('harbour-briefing.md', 'notice:under-label').some((t) => t.startsWith('The Harbour Studies Group is an independent research team')));
    const { claims, entities } = read('harbour-briefing.md');
    assert.ok(!claims.some((c) => c.startsWith('The Harbour Studies Group is') || c.startsWith('Its notes help')), JSON.stringify(claims));
    assert.ok(entities.includes('Tidewater Institute'), JSON.stringify(entities));
  });

  it('Keeps a box labelled with a body’s full proper name as the argument it reports', () => {
    const { claims } = read('harbour-briefing.md');
    assert.ok(claims.some((c) => c.startsWith('The Baltic Shipping Insurance Office of the Nordic Council sets the premiums')), JSON.stringify(claims));
    assert.ok(!ruled('harbour-briefing.md', 'notice:label').some((t) => t.includes('Baltic')));
  });

  it('Reads a boxed quote whose first line is "About us" aside, its programme and figures still read', () => {
    // The box's closing 'For more information, contact …' is the box's, not a contact tail of its own.
    assert.ok(ruled('harbour-briefing.md', 'notice:under-label').some((t) => t.startsWith('The Estuary Data Programme at the Tidewater Institute collects') && t.endsWith('estuary@tidewater.example.')));
    const { claims, entities, figures } = read('harbour-briefing.md');
    assert.ok(!claims.some((c) => c.startsWith('The Estuary Data Programme')), JSON.stringify(claims));
    assert.ok(entities.includes('Estuary Data Programme'), JSON.stringify(entities));
    assert.ok(figures.includes('12 survey vessels'), JSON.stringify(figures));
  });

  it('Reads a paragraph opening with the bold label "Privacy notice." aside, its figures still read', () => {
    assert.ok(ruled('harbour-briefing.md', 'notice:label').some((t) => t.startsWith('Privacy notice')));
    const { claims, figures } = read('harbour-briefing.md');
    assert.ok(!claims.some((c) => c.startsWith('The Group processes the personal data') || c.startsWith('Data are kept')), JSON.stringify(claims));
    assert.ok(figures.includes('5 years'), JSON.stringify(figures));
  });

  it('Keeps a paragraph opening with a bold lead-in that names no notice ("Port capacity.") a claim', () => {
    const { claims, figures } = read('harbour-briefing.md');
    assert.ok(claims.some((c) => c.startsWith('The port handled 4.2 million tonnes of cargo last year')), JSON.stringify(claims));
    assert.ok(figures.includes('4.2 million tonnes'));
  });

  it('Reads an "Enquiries:" line aside, the body it names still read (notice:enquiries)', () => {
    assert.ok(ruled('reserves-notes.txt', 'notice:enquiries').some((t) => t.startsWith('Enquiries: Harbour Dues Bill Team')));
    const { claims, entities } = read('reserves-notes.txt');
    assert.ok(!claims.some((c) => c.startsWith('Enquiries: Harbour') || c.startsWith('Email:')), JSON.stringify(claims));
    assert.ok(entities.includes('Department for Transport Infrastructure'), JSON.stringify(entities));
  });

  it('Keeps a sentence about enquiries received, with no label’s colon, a claim; a line of bare contact details stays notice:contact-details', () => {
    assert.ok(read('reserves-notes.txt').claims.some((c) => c.startsWith('Enquiries from harbour authorities about the levy rose by a third')));
    assert.ok(ruled('harbour-briefing.md', 'notice:contact-details').some((t) => t.startsWith('Enquiries: harbournotes@')));
    assert.ok(!read('harbour-briefing.md').figures.some((f) => f.includes('7946')));
  });

  it('Reads "Published by" with the publisher’s address aside, but not one going on to argue (notice:production-credit)', () => {
    assert.ok(ruled('reserves-notes.txt', 'notice:production-credit').includes('Published by the Harbour Safety Agency, 3 Dock Lane, Portsmouth PO1 4CD.'));
    const { claims } = read('reserves-notes.txt');
    assert.ok(!claims.some((c) => c.includes('3 Dock Lane')), JSON.stringify(claims));
    assert.ok(claims.includes('Published by the Harbour Safety Agency, 2023 figures show that inspections fell by a third.'), JSON.stringify(claims));
  });

  it('Keeps "About the …" over argued text a section and its text a claim (notice:about-label: no publisher describing itself)', () => {
    const { claims } = read('lead-ins.md');
    assert.ok(claims.some((c) => c.startsWith('The Coastguard Authority boards fewer than one vessel')), JSON.stringify(claims));
    assert.ok(!ruled('lead-ins.md', 'notice:about-label').some((t) => t.includes('patrols')));
  });

  it('Keeps a paragraph or list item opening "About this option:" over an argued sentence a claim', () => {
    const { claims } = read('lead-ins.md');
    assert.ok(claims.some((c) => c.includes('The ministry should lease two offshore patrol vessels')), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.includes('the finance ministry must double the licence fee')), JSON.stringify(claims));
  });

  it('Reads a run-in "About the Unit:" over the unit describing itself aside, the label set apart', () => {
    assert.ok(ruled('lead-ins.md', 'notice:about-label').some((t) => t.startsWith('About the Unit')));
    assert.ok(ruled('lead-ins.md', 'notice:under-label').some((t) => t.startsWith('The Fisheries Analysis Unit is an independent team')));
    assert.ok(read('lead-ins.md').entities.includes('Fisheries Analysis Unit'));
  });

  it('Keeps a bare "Data protection" heading over policy text argument (only "… notice" or "… statement" labels a notice)', () => {
    const { claims } = read('lead-ins.md');
    assert.ok(claims.some((c) => c.startsWith('The Union will not share vessel tracking data')), JSON.stringify(claims));
    assert.ok(!ruled('lead-ins.md', 'notice:label').some((t) => t.includes('Data protection')));
  });

  it('Keeps "Published by …, 9 Member States have since …" a claim, and reads a credit with a town and postcode aside', () => {
    const { claims } = read('patrol-notes.txt');
    assert.ok(claims.some((c) => c.startsWith('Published by the Fisheries Council, 9 Member States')), JSON.stringify(claims));
    assert.ok(ruled('patrol-notes.txt', 'notice:production-credit').some((t) => t.startsWith('Published by the Coastal Office, 80 Whitehall')));
  });

  it('Keeps "Inquiries:" and "Press enquiries:" over argued sentences claims; a contact after the label is notice:enquiries', () => {
    const { claims } = read('patrol-notes.txt');
    assert.ok(claims.some((c) => c.startsWith('Inquiries: Four independent inquiries')), JSON.stringify(claims));
    assert.ok(claims.some((c) => c.startsWith('Press enquiries: they doubled')), JSON.stringify(claims));
    assert.ok(ruled('patrol-notes.txt', 'notice:enquiries').some((t) => t.startsWith('Enquiries: Patrol Policy Unit')));
  });
});
