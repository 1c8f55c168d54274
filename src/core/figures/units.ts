import type { Reason, Span } from '../model/model';
import type { FigureLexicon } from './lexicon';
import { at, because, found, reason, lowerFirst, make, notFigure, skip, type Draft, type Reading, type Scope } from './draft';
import { readNumber, readNumberWords, type Num } from './numeral';
import { charAfter, lowerAscii, wordAfter, wordsAfter, wordsBefore } from './look';

/**
 * What follows a number and makes it a figure: a currency ("dollars", "(US)
 * dollars", "Canadian dollars", "EUR"), "times" with a comparative, "out of N",
 * a unit of measure, or a counted noun; and amounts with no exact value
 * ("several hundred million dollars").
 */

const TIMES = /\s+times\s+(?:(as)\s+([a-z]+)(?:\s+as\b)?|([a-z]+)\b)/iy;
const FOLD = /(?:[ \t]?-[ \t]?|[ \t])?fold\b/iy;
/** A word, or a model's designation before what it counts ("F-35", "K2", "Su-57"). */
const WORD = /\s+([A-Za-z][A-Za-z'’&-]*(?:\d+[A-Za-z]*)?)(?![\w-])/y;

/** The currency named after an amount, and where it ends. */
export function readCurrencyAfter(sc: Scope, pos: number): { end: number; currency: string; why: readonly Reason[] } | null {
  const { text, end } = sc;
  const cu = sc.lex.currency;
  const lead = wordAfter(text, pos, end);
  if (!cu.leads.has(lead) && !cu.codes.has(lead.toUpperCase()) && charAfter(text, pos, end) !== '(') return null;
  const m = at(sc.lex.patterns.currencyAfter, text, pos, end);
  if (m) {
    const word = lowerFirst(m[3]);
    const adjective = (m[1] ?? m[2] ?? '').replace(/\s+/g, ' ').toLowerCase();
    const plural = word.endsWith('s') ? word : `${word}s`;
    const byAdjective = adjective ? cu.adjectives[plural === 'roubles' ? 'rubles' : plural]?.[adjective] : undefined;
    // A word with no currency of its own ("pounds", "marks") is money only with a nationality; otherwise weight and grades.
    const currency = byAdjective ?? cu.words[word] ?? cu.words[plural];
    if (currency) return { end: m.index + m[0].length, currency, why: because(sc.lex, byAdjective ? 'figure:currency-adjective' : 'figure:currency-word', lowerFirst(m[0].trim())) };
  }
  const code = at(sc.lex.patterns.codeAfter, text, pos, end);
  if (code) return { end: code.index + code[0].length, currency: cu.aliases[code[1]] ?? code[1], why: because(sc.lex, 'figure:currency-code', code[1]) };
  return null;
}

/** "five times larger" (5), "two times lower" (0.5), "2-2.5 times lower" (0.4 to 0.5), "six times the sum", "tenfold". */
export function readTimes(sc: Scope, n: Num): Draft | null {
  const { text, end } = sc;
  const { upward, downward, multipleOf } = sc.lex.change;
  const lead = wordAfter(text, n.end, end);
  const m = lead === 'times' ? at(TIMES, text, n.end, end) : null;
  if (m) {
    const word = (m[3] ?? m[2] ?? '').toLowerCase();
    const asAs = m[1] !== undefined;
    if (asAs || upward.has(word)) return make('ratio', n.start, m.index + m[0].length, n.value, 'times', { high: n.high, why: because(sc.lex, 'figure:times-comparative', word) });
    // "six times the sum on the table", "three times its budget": a multiple of what follows.
    if (multipleOf.has(word) || /^\p{Lu}/u.test(m[3] ?? '')) return make('ratio', n.start, text.indexOf('times', n.end) + 5, n.value, 'times', { high: n.high, why: because(sc.lex, 'figure:times-multiple-of') });
    if (downward.has(word)) {
      // A factor below one: "2-2.5 times lower" is 1/2.5 to 1/2.
      const low = n.high !== null ? 1 / n.high : 1 / n.value;
      const high = n.high !== null ? 1 / n.value : null;
      return make('ratio', n.start, m.index + m[0].length, round(low), 'times', { high: high === null ? null : round(high), why: because(sc.lex, 'figure:times-downward', word) });
    }
  }
  // "met only four times in 2024", "passed the straits roughly 1,100 times": how often something happened, a count.
  if (lead === 'times' && !(m && (m[1] !== undefined || multipleOf.has(m[3]?.toLowerCase() ?? '') || /^\p{Lu}/u.test(m[3] ?? '')))) {
    const e = text.indexOf('times', n.end) + 5;
    return make('count', n.start, e, n.value, 'times', { high: n.high, why: because(sc.lex, 'figure:times-occasions') });
  }
  const fold = lead === 'fold' || text.charAt(n.end) === '-' ? at(FOLD, text, n.end, end) : null;
  if (fold) return make('ratio', n.start, fold.index + fold[0].length, n.value, 'times', { high: n.high, why: because(sc.lex, 'figure:fold') });
  // "a majority of two to one", "a ratio of more than five to one": N to one after "of" is a ratio of N; not "from two to one crew".
  const toOne = lead === 'to' ? at(TO_ONE, text, n.end, end) : null;
  if (toOne && n.value > 1 && wordsBefore(text, sc.start, n.start, 3).some((w) => w.lower === 'of') && !wordsBefore(text, sc.start, n.start, 3).some((w) => w.lower === 'from')) {
    return make('ratio', n.start, toOne.index + toOne[0].length, n.value, 'times', { high: n.high, why: because(sc.lex, 'figure:ratio-to-one') });
  }
  return null;
}

/** " to one" not followed by a word in lower case ("to one crew"). */
const TO_ONE = /\s+to\s+(?:one|1)\b(?!\s+[a-z])/y;

/** Six significant digits: 1/2.5 is 0.4, not 0.39999…. */
function round(x: number): number {
  return Number(x.toPrecision(6));
}

/**
 * "a five-year period", "a 30-day review", "a 650-megawatt interconnector": a
 * duration or a measure written as a compound before a lower-case noun is a
 * quantity in the plural unit, as "144 days" is ("years", "megawatts"). Not a
 * name ("the Five-Year Plan"), an age or a longer compound ("a five-year-old",
 * "24-hour-a-day"), nor "zero-day".
 */
export function readDuration(sc: Scope, n: Num): Draft | null {
  const { text, end } = sc;
  if (text.charCodeAt(n.end) !== 45 || n.value <= 0 || n.plain4 || n.scaled) return null;
  const m = at(sc.lex.patterns.compound, text, n.end, end);
  if (!m) return null;
  const e = n.end + m[0].length;
  const unit = sc.lex.units.compound[m[1]];
  // A measure before a name ("the 610-kilometre High Voltage link") is still a measure; a length of time before one names it ("the Five-Year Plan").
  const noun = plainNoun(sc.lex, text, e, end, 1) ?? (sc.lex.units.time.has(unit) ? null : namedNoun(text, e, end));
  if (noun === null) return null;
  // "a seven-member commission" counts its members.
  return make(sc.lex.units.compoundCounts.has(m[1]) ? 'count' : 'quantity', n.start, e, n.value, unit, { high: n.high, noun, why: because(sc.lex, 'figure:compound-unit', m[1]) });
}

/**
 * The lower-case noun phrase that starts after whitespace at `pos` ("period" in
 * "five-year period of …", "trade partner" in "second largest trade partner"):
 * at most `max` words, up to a function word or punctuation; null when none
 * starts there.
 */
export function plainNoun(lex: FigureLexicon, text: string, pos: number, limit: number, max: number): Span | null {
  const words = wordsAfter(text, pos, limit, max);
  if (words.length === 0 || words[0].start === pos) return null;
  let last = -1;
  while (last + 1 < words.length && !lex.phrases.nounStops.has(words[last + 1].lower) && isLowerCase(text.charCodeAt(words[last + 1].start))) last++;
  return last < 0 ? null : { start: words[0].start, end: words[last].end };
}

/** The capitalised word that starts after one space at `pos` ("High" in "610-kilometre High Voltage link"), or null. */
function namedNoun(text: string, pos: number, limit: number): Span | null {
  const m = /^ ([A-Z][a-z]+)\b/.exec(text.slice(pos, Math.min(limit, pos + 40)));
  return m ? { start: pos + 1, end: pos + 1 + m[1].length } : null;
}

function isLowerCase(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** "Seventy-nine out of 89 regions", "12 of the 27 member states". */
export function readOutOf(sc: Scope, n: Num): Draft | null {
  const { text, end } = sc;
  const lead = wordAfter(text, n.end, end);
  const m = lead === 'out' || lead === 'of' ? at(sc.lex.patterns.outOf, text, n.end, end) : null;
  if (!m || n.high !== null) return null;
  const at2 = m.index + m[0].length;
  const total = readNumber(sc, at2, false) ?? readNumberWords(sc, at2);
  if (!total || total.value <= n.value || total.high !== null) return null;
  const noun = readNoun(sc, total.end);
  // "24 of the 27 Member States": a body's members named with capitals count as a noun would.
  const named = !noun && /^of\s+\S/i.test(m[1]) && /^\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+s\b/.test(text.slice(total.end, Math.min(end, total.end + 40)));
  // "5 of 1996" is not a count, nor "the only one of the three to …": with "of" and no noun, the total points back.
  if (!noun && !named && !/^out/i.test(m[1])) return null;
  if (total.plain4 && !noun) return null;
  if (noun && noun.measure) return null;
  const why = because(sc.lex, 'figure:out-of', undefined, noun ? noun.rule : 'figure:unit-none');
  return make('count', n.start, total.end, n.value, noun ? noun.unit : null, { noun: noun ? { start: noun.start, end: noun.end } : null, why });
}

/** "11 in the 15 months before", "two in the 12 months after it": a count of events within a span of time. */
export function readInWindow(sc: Scope, n: Num): Draft | null {
  const { text, end } = sc;
  if (n.high !== null || wordAfter(text, n.end, end) !== 'in') return null;
  const m = at(sc.lex.patterns.window, text, n.end, end);
  if (!m) return null;
  const from = m.index + m[0].length;
  const span = readNumber(sc, from, false) ?? readNumberWords(sc, from);
  const noun = span ? readNoun(sc, span.end) : null;
  if (!noun || noun.rule !== 'figure:time-unit') return null;
  return make('count', n.start, noun.end, n.value, null, { why: because(sc.lex, 'figure:count-in-window', undefined, 'figure:unit-none') });
}

/**
 * "one in five ships", "1 in 3", "one vessel in six": a share, as a fraction (not "5 in 2020", nor
 * "three in 12 months", nor "12 ships in 15 ports").
 */
export function readOneIn(sc: Scope, n: Num): Draft | null {
  const { text, end } = sc;
  if (n.high !== null) return null;
  // "a one-in-200 chance": written as one compound.
  if (n.value === 1 && /^-in-/i.test(text.slice(n.end, n.end + 4))) {
    const total = readNumber(sc, n.end + 4, false) ?? readNumberWords(sc, n.end + 4);
    return total && total.high === null && total.value > 1 ? make('ratio', n.start, total.end, 1 / total.value, 'fraction', { why: because(sc.lex, 'figure:one-in-n') }) : null;
  }
  // "one vessel in six": the noun counted may stand between, after "one" only, with nothing counted after the total.
  const between = n.value === 1 && wordAfter(text, n.end, end) !== 'in' ? /^\s+([a-z]{3,})(?=\s+in\s)/.exec(text.slice(n.end, Math.min(end, n.end + 40))) : null;
  if (between && sc.lex.phrases.nounStops.has(between[1])) return null;
  const pos = between ? n.end + between[0].length : n.end;
  if (wordAfter(text, pos, end) !== 'in') return null;
  const m = at(ONE_IN, text, pos, end);
  if (!m) return null;
  const from = pos + m[0].length;
  const total = readNumber(sc, from, false) ?? readNumberWords(sc, from);
  if (!total || total.plain4 || total.high !== null || total.value <= n.value) return null;
  const noun = readNoun(sc, total.end);
  if (noun && (noun.rule === 'figure:time-unit' || between)) return null;
  return make('ratio', n.start, total.end, n.value / total.value, 'fraction', { why: because(sc.lex, 'figure:one-in-n') });
}

/** The word "in" between two numbers. */
const ONE_IN = /\s+in\s+/y;

/** Up to two lower-case words, a join and "every" after a number: "two of every", "1.3 spare LPTs for every". */
const EVERY = /((?:\s+[a-zA-Z-]+){0,2}?)\s+((?:out\s+)?[a-z]+)\s+every\s+/y;

/** "two of every five tonnes", "1.3 spare units for every 10 in service": a part of every whole, a share. */
export function readEvery(sc: Scope, n: Num): Draft | null {
  const { text, end } = sc;
  if (n.high !== null) return null;
  const m = at(EVERY, text, n.end, Math.min(end, n.end + 60));
  if (!m || !sc.lex.units.everyJoins.has(m[2].replace(/\s+/g, ' '))) return null;
  const from = m.index + m[0].length;
  const total = readNumber(sc, from, false) ?? readNumberWords(sc, from);
  if (!total || total.high !== null || total.value <= 0) return null;
  const noun = readNoun(sc, total.end);
  if (noun?.rule === 'figure:time-unit') return null; // "two of every three years" is a length of time
  return make('ratio', n.start, noun ? noun.end : total.end, n.value / total.value, 'fraction', { why: because(sc.lex, 'figure:n-of-every') });
}

/** The noun or unit after a number. */
export interface Noun extends Span {
  readonly unit: string;
  readonly kind: 'quantity' | 'count';
  /** A unit of measure (tons, cubic meters), not a counted thing. */
  readonly measure: boolean;
  /** The rule that read it. */
  readonly rule: 'figure:measure-unit' | 'figure:personnel-noun' | 'figure:workforce-count' | 'figure:supply-noun' | 'figure:time-unit' | 'figure:counted-noun' | 'figure:counted-name';
}

/**
 * The counted noun after a number, across at most two modifiers: "300,000 men",
 * "10,400 military personnel", "89 Russian regions", "one thousand cubic meters".
 */
export function readNoun(sc: Scope, pos: number): Noun | null {
  const { text, end } = sc;
  const { measureLeads, personnel, workforces, supplies, time, irregularPlurals, notPlural } = sc.lex.units;
  const stops = sc.lex.phrases.nounStops;
  const measure = measureLeads.has(wordAfter(text, pos, end)) ? at(sc.lex.patterns.measure, text, pos, end) : null;
  if (measure) {
    const s = measure.index + measure[0].length - measure[1].length;
    return { start: s, end: measure.index + measure[0].length, unit: lowerFirst(measure[1]), kind: 'quantity', measure: true, rule: 'figure:measure-unit' };
  }
  let p = pos;
  let first = -1;
  let named = false; // a capitalised word came first ("89 Russian regions", "15 FYP calls for")
  for (let i = 0; i < 3; i++) {
    const m = at(WORD, text, p, end);
    if (!m) return null;
    // "the 24 sampled transactions' reported figures": a plural in the possessive is still what is counted.
    const word = m[1].replace(/(?<=s)['’]$/, '');
    const lower = lowerAscii(word);
    const s = m.index + m[0].length - m[1].length;
    if (first < 0) first = s;
    const e = s + word.length;
    if (stops.has(lower)) return null;
    const capital = /^[A-Z]/.test(word);
    if (!capital && /\d/.test(word)) return null;
    if (!capital || personnel.has(lower)) {
      if (personnel.has(lower) || time.has(lower)) return { start: first, end: e, unit: lower, kind: 'quantity', measure: false, rule: personnel.has(lower) ? 'figure:personnel-noun' : 'figure:time-unit' };
      // "117 full-time equivalent staff", "41 employees": a head count of an office, not the strength of a force.
      if (workforces.has(lower)) return { start: first, end: e, unit: lower, kind: 'count', measure: false, rule: 'figure:workforce-count' };
      // "1.5 million rounds", "3,000 interceptors": munitions and stockpiled goods in digits are a stock or a flow.
      if (supplies.has(lower) && /\d/.test(text.slice(Math.max(sc.start, pos - 24), pos))) return { start: first, end: e, unit: lower, kind: 'quantity', measure: false, rule: 'figure:supply-noun' };
      if (irregularPlurals.has(lower) || (/[a-z]{2}s$/.test(lower) && !/(?:ss|us|is)$/.test(lower) && !notPlural.has(lower))) {
        // After a name, a verb reads like a plural: "the 15 FYP calls for" (an ordinal lost its "th").
        if (named && sc.lex.patterns.afterVerb.test(text.slice(e, Math.min(end, e + 8)))) return null;
        return { start: first, end: e, unit: lower, kind: 'count', measure: false, rule: 'figure:counted-noun' };
      }
    }
    // "27 Member States", "22 Senators": a name in the plural, where the phrase ends, is what is counted (not after a paragraph number, "2.3 Councils say").
    if (capital && !/\d\.\d+\s*$/.test(text.slice(Math.max(sc.start, pos - 12), pos)) && /^(?:[A-Z][a-z]+[a-z]|[A-Z]{2,})s$/.test(word) && !/(?:ss|us|is)$/.test(lower) && !notPlural.has(lower) && !/^\s+[A-Z0-9]/.test(text.slice(e, Math.min(end, e + 3))) && !sc.lex.patterns.afterVerb.test(text.slice(e, Math.min(end, e + 8)))) {
      return { start: first, end: e, unit: lowerAscii(text.slice(first, e).replace(/\s+/g, ' ')), kind: 'count', measure: false, rule: 'figure:counted-name' };
    }
    if (capital) named = true;
    p = e;
  }
  return null;
}

/** A plural of a scale word alone before "of": "thousands of", not "tens of thousands of". */
const LONE_PLURAL = /^\S+\s+of$/;

/** "several hundred million dollars", "tens of thousands of troops": no exact value. */
export function readVague(sc: Scope, pos: number): Reading | null {
  const { text, end } = sc;
  const m = at(sc.lex.patterns.vague, text, pos, end);
  if (!m) return null;
  let start = pos;
  if (/^few/i.test(m[0])) {
    const a = wordsBefore(text, sc.start, pos, 1);
    if (a.length && a[0].lower === 'a') start = a[0].start;
  }
  const endAt = pos + m[0].length;
  // "thousands of villagers", "dozens of cables", "billions of dollars": a word for many, not an amount.
  if (LONE_PLURAL.test(m[0])) return notFigure(sc.lex, 'figure:not-vague-plural', endAt);
  const money = readCurrencyAfter(sc, endAt);
  if (money) return found(make('money', start, money.end, null, money.currency, { why: [reason(sc.lex, 'figure:vague-amount', 'kind'), money.why[1]] }));
  const noun = readNoun(sc, endAt);
  if (noun) return found(make(noun.kind, start, noun.end, null, noun.unit, { noun: { start: noun.start, end: noun.end }, why: [reason(sc.lex, 'figure:vague-amount', 'kind'), reason(sc.lex, noun.rule, 'unit', noun.unit)] }));
  return skip(endAt);
}
