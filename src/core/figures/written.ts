import type { Units } from '../parse/units';
import type { Block } from '../model/model';
import type { FoundFigure } from './index';
import { clauseAt, clauseCuts } from './clauses';
import { reason } from './draft';
import { frontEnd } from './fields';
import { ownClause } from './heading';
import { FIGURE_LEXICON, type FigureLexicon } from './lexicon';

/** The year rules that leave a figure undated for want of a year, not because the text says it has none. */
const WANTING = new Set(['figure:year-none', 'figure:year-none-relative', 'figure:year-none-present-tense', 'figure:year-none-ahead']);

/**
 * A year named from the time of writing ("last year", "this year", "next year";
 * figures-dates fieldDates.writtenYears) in a document whose front matter says
 * when it was written ("Published 2 April 2025", "Date: Wednesday 14 May 2025",
 * a hearing's "Tuesday 18 March 2025", an embargo line's "TUESDAY 14 OCTOBER
 * 2025"): the figures of the clause that says it take that year moved by the
 * phrase ("Last year we trained 140 apprentices" in a record of 2025 is 2024),
 * as the development writers read them (a committee's evidence, a fact sheet, a
 * press conference, oral questions, a panel transcript, a PDF report, a monetary
 * policy statement, a budget speech, a roundtable summary; an interview and a
 * newsletter with no date at their head give none). The clause runs between
 * turns (", yet", ", and"), relatives ("which", "that"; writtenRelatives),
 * colons and semicolons: "… last year …, yet the Army has fewer than 1,000"
 * leaves the present clause alone, and "a lump sum of €10,000 for each person
 * …, which brought in €21.4 million last year" the lump sum. Only figures
 * nothing else dates: not a date, a span, a ratio or a length of time (dated by
 * their own clause), a rate that recurs ("EUR 240 a year"). The front matter's
 * written dates (a day, a month written out and a year) must all fall in one
 * year.
 */
export function readWrittenYears(text: string, blocks: readonly Block[], units: Units, figures: readonly FoundFigure[], lex: FigureLexicon = FIGURE_LEXICON): FoundFigure[] {
  const written = writtenYear(text, blocks, lex);
  if (written === null) return figures as FoundFigure[];
  let out: FoundFigure[] | null = null;
  // Each sentence's clauses and phrases are found once, however many figures it holds (a long list stays linear).
  let seen = -1;
  let told: Told | null = null;
  for (let f = 0; f < figures.length; f++) {
    const g = figures[f];
    if (g.year !== null || g.high !== null || g.kind === 'date' || ownClause(lex, g) || !wanting(g)) continue;
    const unit = g.unitIndex;
    if (unit < 0 || unit >= units.length) continue;
    const end = units.end[unit];
    if (unit !== seen) [seen, told] = [unit, toldIn(text, units.start[unit], end, lex)];
    if (told === null || lex.patterns.rate.test(text.slice(g.end, Math.min(end, g.end + 30)))) continue;
    const offset = clauseOffset(told, g.start);
    if (offset === null) continue;
    out ??= figures.slice();
    const why = g.why.map((r) => (r.about === 'year' ? reason(lex, 'figure:year-written-relative', 'year', written.said) : r));
    out[f] = { ...g, year: written.year + offset, why };
  }
  return out ?? (figures as FoundFigure[]);
}

/** A sentence's clause cuts (sorted) and the phrases of a year told from the time of writing in it, with their clause. */
interface Told { readonly cuts: readonly number[]; readonly phrases: readonly { readonly clause: number; readonly offset: number | undefined }[] }

/** The clauses and phrases of the sentence [start, end), or null when it names no year from the time of writing. */
function toldIn(text: string, start: number, end: number, lex: FigureLexicon): Told | null {
  const said = text.slice(start, end);
  const found = [...said.matchAll(lex.patterns.writtenYear)];
  if (found.length === 0) return null;
  const cuts = clauseCuts(lex.patterns.turn, lex.patterns.writtenRelative, text, start, end);
  const phrases = found.map((m) => ({ clause: clauseAt(cuts, start + m.index!), offset: lex.dates.fields.written[m[0].toLowerCase().replace(/\s+/g, ' ')] }));
  return { cuts, phrases };
}

/** True when the figure's year rule leaves it undated for want of a year. */
function wanting(g: FoundFigure): boolean {
  const rule = g.why.find((r) => r.about === 'year')?.rule;
  return rule !== undefined && WANTING.has(rule);
}

/** The distance from the time of writing that the clause of `at` names, or null: none, or two that differ. */
function clauseOffset(told: Told, at: number): number | null {
  const clause = clauseAt(told.cuts, at);
  let offset: number | null = null;
  for (const p of told.phrases) {
    if (p.clause !== clause) continue;
    if (p.offset === undefined || (offset !== null && p.offset !== offset)) return null;
    offset = p.offset;
  }
  return offset;
}

/** The year the front matter's written dates ("2 April 2025", "March 12, 2026", "14 OCTOBER 2025") all fall in, with the first of them, or null. */
function writtenYear(text: string, blocks: readonly Block[], lex: FigureLexicon): { year: number; said: string } | null {
  const end = frontEnd(text, blocks);
  if (end <= 0) return null;
  let found: { year: number; said: string } | null = null;
  for (const m of text.slice(0, end).matchAll(WRITTEN_DATE)) {
    const month = (m[1] ?? m[3]).toLowerCase();
    if (lex.dates.months[month] === undefined) continue;
    const year = Number(m[2] ?? m[4]);
    if (found !== null && found.year !== year) return null;
    found ??= { year, said: m[0] };
  }
  return found;
}

/** A day, a month written out and a year ("2 April 2025", "14 OCTOBER 2025"), or a month, a day, a comma and a year ("March 12, 2026"). */
const WRITTEN_DATE = /\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?([A-Za-z]{3,9})\.?,?[ \t]+(\d{4})\b|\b([A-Za-z]{3,9})\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,[ \t]+(\d{4})\b/g;
