import { lastNewline } from '../parse/line-index';
import type { FigureLexicon } from './lexicon';
import { because, found, make, type Draft, type Reading, type Scope } from './draft';
import type { Num } from './numeral';
import { charAfter, skipSpaceBack, wordsBefore } from './look';
import { RANK } from './rank';

/** The signs a table cell's number may carry, to the sign of its value. */
const CELL_SIGNS: Readonly<Record<string, number>> = { '+': 1, '-': -1, '–': -1, '−': -1 };

/**
 * A number with no unit of its own: money when an amount in a currency came
 * just before ("… half billion dollars in 1999, and 450 million in …"), the
 * strength of what a parenthesis follows ("Belarus's army (80,000)"), or the
 * next value of a count the sentence is giving ("… 79 of 89 regions, compared
 * to 37 in 1996").
 */
export function readBare(sc: Scope, n: Num): Reading | null {
  const { text, end, figures } = sc;
  const big = n.scaled || n.grouped;
  // Only the last few figures are looked at: a sentence of thousands of figures stays linear.
  const floor = Math.max(0, figures.length - sc.lex.limits.lookBack);
  const last = lastCounted(sc);
  const open = parenOpening(sc.lex, text, sc.start, n.start);
  if (open >= 0 && !n.scaled && charAfter(text, n.end, end) === ')' && (n.value >= 100 || n.grouped)) {
    const head = headBefore(sc.lex, text, sc.start, open);
    if (head) {
      const kind = sc.lex.units.personnel.has(head) ? 'quantity' : 'count';
      return found(make(kind, n.start, n.end, n.value, head, { high: n.high, why: because(sc.lex, 'figure:bare-paren', head) }));
    }
  }
  if (big) {
    const code = n.scaled ? codeBefore(text, sc.start, n) : -1;
    if (code >= 0) {
      const said = text.slice(code, code + 3);
      return found(make('money', code, n.end, n.value, said, { high: n.high, why: because(sc.lex, 'figure:currency-code-unlisted', said) }));
    }
    let money: Draft | null = null;
    for (let i = figures.length - 1; i >= floor && money === null; i--) if (figures[i].kind === 'money' && figures[i].unit !== null) money = figures[i];
    const currency = money?.unit ?? sc.currency;
    // "450 million" after "half billion dollars"; a plain "5,000" only right after the amount it continues.
    const continues = n.scaled || (money !== null && money === last);
    if (currency && continues && (money || n.scaled)) {
      const why = because(sc.lex, money ? 'figure:bare-money-continues' : 'figure:bare-paragraph-currency', undefined, 'figure:unit-borrowed');
      return found(make('money', n.start, n.end, n.value, currency, { high: n.high, follows: money ?? null, why }));
    }
  }
  // A number that is the whole of its cell (or line) is a value of the table it stands in;
  // after dot leaders ("Statement ........ 9") it is a page in a list of contents.
  if (!n.words && text.slice(n.end, sc.end).trim() === '' && !afterLeaders(text, n.start)) {
    const lead = text.slice(sc.start, n.start).trim();
    if (lead === '') return found(make('quantity', n.start, n.end, n.value, null, { high: n.high, why: because(sc.lex, 'figure:bare-cell', undefined, 'figure:unit-none') }));
    // A sign right before it is part of the value: a change or a balance ("+145", "−3.1").
    const sign = lead.length === 1 && text.charAt(n.start - 1) === lead ? CELL_SIGNS[lead] : undefined;
    if (sign !== undefined && n.high === null) {
      return found(make('quantity', n.start - 1, n.end, sign * n.value, null, { why: because(sc.lex, 'figure:bare-cell-signed', lead, 'figure:unit-none') }));
    }
  }
  // "boarded 412 of them", "only nine of them": a count of what the text named before ("one of them" is prose).
  if ((!n.words || n.value >= 2) && !big && partitive(sc.lex, text, n.end, end)) {
    return found(make('count', n.start, n.end, n.value, null, { high: n.high, why: because(sc.lex, 'figure:bare-of-them', undefined, 'figure:unit-none') }));
  }
  // "20 of the cranes": a count of what follows, not of the count before it ("500 ships and 20 of the cranes");
  // in words from two as well ("three of the ships", "two of Qatar's gas trains"), not "one of the".
  const counted = (!n.words || n.value >= 2) && !big ? ofTheNoun(sc.lex, text, n.end, end) : null;
  if (counted !== null) {
    const rule = n.words ? 'figure:count-of-the-words' : 'figure:count-of-the';
    return found(make('count', n.start, n.end, n.value, counted, { high: n.high, why: because(sc.lex, rule, counted) }));
  }
  if (!n.words) {
    const continued = continuesCount(sc, n, last);
    if (continued) return continued;
  }
  // "The number of regular personnel rose to 24,300": the text says it counts, naming what before the number.
  if (big && countLead(sc.lex, text, sc.start, n.start)) return found(make('count', n.start, n.end, n.value, null, { high: n.high, why: because(sc.lex, 'figure:bare-number-of', undefined, 'figure:unit-none') }));
  if (big) return found(make('quantity', n.start, n.end, n.value, null, { high: n.high, why: because(sc.lex, 'figure:bare-large', undefined, 'figure:unit-none') }));
  return null;
}

/** True when a count lead ("the number of") stands earlier in the sentence, within figure:count-lead-reach characters and no semicolon between. */
function countLead(lex: FigureLexicon, text: string, floor: number, pos: number): boolean {
  const before = text.slice(Math.max(floor, pos - lex.limits.countLeadReach), pos).toLowerCase();
  // Within the number's own clause: no semicolon, no ", but", "while" or ", and" between the lead and the number.
  return lex.phrases.countLeads.some((lead) => {
    const at = before.lastIndexOf(lead);
    return at >= 0 && !lex.phrases.countLeadStop.test(before.slice(at + lead.length));
  });
}

/**
 * The next value of the count the sentence is giving ("… 79 out of 89 regions, compared to 37 in 1996"; in words
 * from two, "six companies in China, three in Hong Kong and two in Iran"): the kind and unit of the count before it,
 * the sentence's last figure that is no date (in words, only a count). A rank is no count a later number continues ("the third-largest
 * economy, with 17 …").
 */
export function continuesCount(sc: Scope, n: Num, last: Draft | null = lastCounted(sc)): Reading | null {
  if (!last || (last.kind !== 'count' && last.kind !== 'quantity') || last.unit === RANK || n.plain4) return null;
  // In words, only a count goes on ("eight frigates rather than four"): "72,000 tonnes … the eight" measures nothing.
  if (n.words && (n.value < 2 || last.kind !== 'count')) return null;
  const rule = n.words ? 'figure:bare-count-continues-words' : 'figure:bare-count-continues';
  return found(make(last.kind, n.start, n.end, n.value, last.unit, { high: n.high, follows: last, why: because(sc.lex, rule, undefined, 'figure:unit-borrowed') }));
}

/** The sentence's last figure that is no date, among the last few (a sentence of thousands of figures stays linear). */
function lastCounted(sc: Scope): Draft | null {
  const floor = Math.max(0, sc.figures.length - sc.lex.limits.lookBack);
  for (let i = sc.figures.length - 1; i >= floor; i--) if (sc.figures[i].kind !== 'date') return sc.figures[i];
  return null;
}

/** True when "of" and a pronoun follow `pos` ("of them", "of these"). */
function partitive(lex: FigureLexicon, text: string, pos: number, limit: number): boolean {
  const m = /^\s+of\s+([a-z]+)\b/.exec(text.slice(pos, Math.min(limit, pos + 16)));
  return m !== null && lex.phrases.partitives.has(m[1]);
}

/**
 * The plural noun after "of the", "of its", "of their" … or a name's ("of Qatar's"), across one modifier, at `pos`
 * ("20 of the cranes", "14 of its crude tankers", "two of Qatar's LNG trains"), or null.
 */
function ofTheNoun(lex: FigureLexicon, text: string, pos: number, limit: number): string | null {
  const m = OF_THE.exec(text.slice(pos, Math.min(limit, pos + 48)));
  const stops = lex.phrases.nounStops;
  const owner = m === null ? false : m[1] !== undefined ? lex.phrases.possessives.has(m[1]) : true;
  const modifier = m?.[3];
  return m !== null && owner && !stops.has(m[4]) && (modifier === undefined || !stops.has(modifier.toLowerCase())) ? m[4] : null;
}

/** " of the crude tankers", " of Qatar's LNG trains": the owner (a determiner, or a name with "'s"), one modifier, a plural noun. */
const OF_THE = /^\s+of\s+(?:([a-z]+)|([A-Z][A-Za-z-]+['’]s))\s+(?:([A-Za-z][a-z]*|[A-Z]{2,})\s+)?([a-z]+s)\b/;

/**
 * Where a currency code the lexicon does not list starts, right before an amount with a scale word ("KSD 1.9
 * billion", "ALL 61 billion"), or -1: three capitals set off from the word before, one space, and a scale word in
 * lower case (a line in capitals, "THE LAST 5 MILLION", is no amount). Codes the lexicon lists are read as they
 * start (figure:currency-code); a code before a plain number ("UIN 91432", "RIN 0694") is a reference.
 */
function codeBefore(text: string, floor: number, n: Num): number {
  const at = n.start - 4;
  if (at < floor || text.charCodeAt(n.start - 1) !== 32 || !/[a-z]/.test(text.slice(n.start, n.end))) return -1;
  for (let i = at; i < at + 3; i++) if (!isCapital(text.charCodeAt(i))) return -1;
  return at === floor || !/[\p{L}\p{N}&.-]/u.test(text.charAt(at - 1)) ? at : -1;
}

const isCapital = (c: number) => c >= 65 && c <= 90;

/** True when dot leaders run earlier on the line of `pos`. */
function afterLeaders(text: string, pos: number): boolean {
  return /\.{3,}|…/.test(text.slice(lastNewline(text, pos - 1) + 1, pos));
}

/** The offset of the "(" that opens just before `pos` ("(80,000", "(about 80,000"), or -1. */
function parenOpening(lex: FigureLexicon, text: string, floor: number, pos: number): number {
  let p = skipSpaceBack(text, floor, pos);
  if (text.charCodeAt(p - 1) !== 40) {
    const w = wordsBefore(text, floor, p, 1);
    if (w.length === 0 || !lex.phrases.parenApprox.has(w[0].lower)) return -1;
    p = skipSpaceBack(text, floor, w[0].start);
  }
  return text.charCodeAt(p - 1) === 40 ? p - 1 : -1;
}

/** The head noun just before `pos` ("Belarus's army (", "border units ("), lower-cased. */
function headBefore(lex: FigureLexicon, text: string, floor: number, pos: number): string | null {
  const w = wordsBefore(text, floor, pos, 1);
  if (w.length === 0 || !/^[a-z]{2,}$/i.test(w[0].lower) || !/^[A-Za-z][a-z]/.test(text.slice(w[0].start, w[0].end))) return null;
  return lex.phrases.nounStops.has(w[0].lower) ? null : w[0].lower;
}
