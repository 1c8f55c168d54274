import type { Draft } from './draft';
import { lowerSlice, phraseEnding, skipSpaceBack, wordsBefore } from './look';
import { tokenAfter, type Sentence } from './tokens';
import { phraseAfter, phraseBefore, phraseSpan, startsClause } from './phrase';

export type { Sentence } from './tokens';

/**
 * What a figure measures, in words taken from its sentence ("share of barter
 * operations in Russian exports", "trade deficit", "joint group of forces"). Sentence
 * from the few shapes English gives a figure its subject:
 *
 * - a linking verb: "the share of barter operations was 36.3% of Russian exports";
 * - "of": "a trade deficit of about 100 million dollars";
 * - a parenthesis led by the figure: "Belarus's army (80,000)", "prices (e.g., $30 …)";
 * - what it is spent on: "$14.9 billion for RDT&E", "$5.9 billion in mandatory funding";
 * - the noun it modifies: "50% tariffs on certain copper imports", "a 1995 referendum";
 * - a figure it is listed with: "36.3% of exports and 42.1% of imports".
 *
 * At most eight words; null when none of these shapes is there.
 */

/** The `about` of every draft of one sentence, in order, and the rule that gave each. */
export function describe(sentence: Sentence): { abouts: (string | null)[]; rules: string[] } {
  const s = sentence;
  const out: (string | null)[] = [];
  const rules: string[] = [];
  const subjects: (string | null)[] = [];
  const maxWords = s.lex.limits.maxWords;
  s.drafts.forEach((_, i) => {
    const r = describeOne(s, i, out, subjects);
    const about = r.about === null ? null : limit(r.about, maxWords);
    out.push(about);
    rules.push(about === null ? 'figure:about-none' : r.rule);
    subjects.push(r.subject);
  });
  return { abouts: out, rules };
}

interface Described {
  readonly about: string | null;
  /** The part a listed figure after it can share ("share of barter operations"). */
  readonly subject: string | null;
  /** The rule of the shape that gave it. */
  readonly rule: string;
}

function describeOne(s: Sentence, i: number, earlier: readonly (string | null)[], subjects: readonly (string | null)[]): Described {
  const d = s.drafts[i];
  const plain = (about: string | null, rule: string): Described => ({ about, subject: about, rule });
  if (d.follows) {
    const j = s.drafts.lastIndexOf(d.follows, i);
    if (j >= 0 && j < i && earlier[j]) return plain(earlier[j], 'figure:about-restates');
  }
  // "2.4% of GDP, or about $14.2 billion": the second restates the first.
  if (i > 0 && s.lex.patterns.apposition.test(s.text.slice(s.drafts[i - 1].end, d.start)) && subjects[i - 1]) return plain(subjects[i - 1], 'figure:about-apposition');
  // Each shape is read only when the kind asks for it.
  const lead = () => parenLead(s, i, earlier);
  let near = -1; // where the words before the figure end, approximations removed
  const approached = () => (near >= 0 ? near : (near = approachTo(s, d.start)));
  const link = () => linked(s, approached());
  const of = () => ofBefore(s, approached());
  const listed = () => coordinated(s, i, subjects);
  // Shapes are tried in order with `??`; the first that gives a description names its rule.
  let rule = NONE;
  const as = (shape: string, about: string | null): string | null => {
    if (about !== null) rule = shape;
    return about;
  };
  const first = (about: string | null): Described => plain(about, rule);
  switch (d.kind) {
    case 'percent': {
      const own = ofAfter(s, d.end);
      const subject = link();
      if (subject) return { about: own ? `${subject} in ${own}` : subject, subject, rule: 'figure:about-linking' };
      const modified = nounAfter(s, d.end, true);
      if (modified) return plain(modified, 'figure:about-noun-after');
      const led = lead();
      if (led) return plain(led, 'figure:about-paren');
      const shared = listed();
      if (shared) return { about: own ? `${shared} in ${own}` : shared, subject: shared, rule: 'figure:about-listed' };
      return first(as(OF_BEFORE, of()) ?? as(OF_AFTER, own));
    }
    case 'money': {
      const eg = /\(\s*(?:e\.g\.|i\.e\.)/i.test(s.text.slice(Math.max(s.start, d.start - 12), d.start));
      return first(as(PAREN, eg ? lead() : null) ?? as(SPENT_ON, spentOn(s, d.end)) ?? as(LINKING, link()) ?? as(OF_BEFORE, of()) ?? as(PAREN, lead()) ?? as(LISTED, listed()));
    }
    case 'quantity':
    case 'count':
      // A figure with its own counted noun ("12 submarines") does not borrow a listed neighbour's subject.
      return first(as(PAREN, lead()) ?? as(LINKING, link()) ?? as(OF_BEFORE, of()) ?? (d.noun ? as(COUNTED, counted(s, d)) : as(LISTED, listed())) ?? as(OF_AFTER, ofAfter(s, d.end)));
    case 'ratio':
      return first(as(LINKING, link()) ?? as(PAREN, lead()) ?? as(CHANGED, s.lex.change.multipliers[lowerSlice(s.text, d.start, d.end)] !== undefined ? changed(s, d) : null));
    case 'date':
      // "a 1995 referendum", "his August 2000 meeting"; not "In 1999 the share …".
      return first(as(OF_BEFORE, ofBefore(s, approached(), false)) ?? as(NOUN_AFTER, attributive(s, d.start) ? nounAfter(s, d.end, false) : null));
  }
}

const NONE = 'figure:about-none';
const LINKING = 'figure:about-linking';
const PAREN = 'figure:about-paren';
const LISTED = 'figure:about-listed';
const OF_BEFORE = 'figure:about-of-before';
const OF_AFTER = 'figure:about-of-after';
const SPENT_ON = 'figure:about-spent-on';
const COUNTED = 'figure:about-counted';
const CHANGED = 'figure:about-changed';
const NOUN_AFTER = 'figure:about-noun-after';

/**
 * What a word of change changes: the thing it multiplies ("doubling the size of
 * the force" → "size", "to halve emissions"), or else its subject ("the
 * workforce could double" → "workforce", "exports doubled in 2020").
 */
function changed(s: Sentence, d: Draft): string | null {
  const { determiners, nounStops, beforeChange } = s.lex.phrases;
  const next = tokenAfter(s, d.end);
  const object = next !== null && (determiners.has(next.lower) || !nounStops.has(next.lower)) ? phraseAfter(s, d.end, 6, true) : null;
  if (object !== null) return object;
  const words = wordsBefore(s.text, s.start, d.start, 4);
  let k = 0;
  while (k < words.length && (beforeChange.has(words[k].lower) || /ly$/.test(words[k].lower))) k++;
  return phraseBefore(s, k > 0 ? words[k - 1].start : d.start, true);
}

/** True when a determiner or possessive stands before `pos`: "a 1995 referendum", "his August 2000 meeting". */
function attributive(s: Sentence, pos: number): boolean {
  const w = wordsBefore(s.text, s.start, pos, 1);
  return w.length === 1 && (s.lex.phrases.determiners.has(w[0].lower) || /['’]s$/.test(w[0].lower));
}

/** Trims to at most eight words (phrases are built with single spaces). */
function limit(about: string, maxWords: number): string | null {
  let at = -1;
  for (let n = 0; n < maxWords; n++) {
    at = about.indexOf(' ', at + 1);
    if (at < 0) return about.length ? about : null;
  }
  return about.slice(0, at);
}

/** Where the words before `pos` end once words of approximation ("about", "over a") are removed. */
function approachTo(s: Sentence, pos: number): number {
  let p = pos;
  for (let guard = 0; guard < 4; guard++) {
    const words = wordsBefore(s.text, s.start, p, 3);
    const n = phraseEnding(words, s.lex.phrases.approximately);
    if (n === 0) break;
    p = words[n - 1].start;
  }
  return skipSpaceBack(s.text, s.start, p);
}

/** "X was 33%", "X could have amounted to …": the noun phrase X, from where the words before the figure end. */
function linked(s: Sentence, pos: number): string | null {
  const words = wordsBefore(s.text, s.start, pos, 6);
  let n = phraseEnding(words, s.lex.phrases.linking);
  if (n === 0) return null;
  for (let k = 0; k < 3 && n < words.length && s.lex.phrases.auxiliaries.has(words[n].lower); k++) n++;
  return phraseBefore(s, words[n - 1].start, true);
}

/**
 * "a trade deficit of about 100 million": the noun phrase before "of", from where
 * the words before the figure end. Without `chain`, only the nearest noun phrase
 * ("the Trade Act of 1974", not "Section 301 of the Trade Act").
 */
function ofBefore(s: Sentence, pos: number, chain = true): string | null {
  const words = wordsBefore(s.text, s.start, pos, 2);
  if (words.length === 0 || words[0].lower !== 'of' || (words.length > 1 && /^(?:out|as)$/.test(words[1].lower))) return null;
  return phraseBefore(s, words[0].start, false, chain);
}

/** The offset of the "(" a figure at `pos` leads, or -1. */
function leadingParen(s: Sentence, pos: number): number {
  const text = s.text;
  let p = skipSpaceBack(text, s.start, pos);
  if (text.charCodeAt(p - 1) !== 40) {
    if (text.charCodeAt(p - 1) === 44) p = skipSpaceBack(text, s.start, p - 1); // "(e.g., $30"
    const words = wordsBefore(text, s.start, p, 2);
    const n = phraseEnding(words, s.lex.phrases.parenLeads);
    if (n === 0) return -1;
    p = skipSpaceBack(text, s.start, words[n - 1].start);
  }
  return text.charCodeAt(p - 1) === 40 ? p - 1 : -1;
}

/** A figure that opens a parenthesis describes what the parenthesis follows. */
function parenLead(s: Sentence, i: number, earlier: readonly (string | null)[]): string | null {
  const d = s.drafts[i];
  const open = leadingParen(s, d.start);
  if (open < 0) return null;
  // "600 (6%)": the parenthesis restates the figure before it.
  for (let j = i - 1; j >= 0; j--) {
    const f = s.drafts[j];
    if (f.end <= open && /^\s*$/.test(s.text.slice(f.end, open))) return earlier[j];
    if (f.end <= open) break;
  }
  return phraseBefore(s, open, true);
}

/** "36.3% of exports and 42.1% of imports": the second shares the first's subject. */
function coordinated(s: Sentence, i: number, subjects: readonly (string | null)[]): string | null {
  const d = s.drafts[i];
  const reach = s.lex.limits.listedReach;
  for (let j = i - 1; j >= 0; j--) {
    const f = s.drafts[j];
    if (d.start - f.end > reach) return null;
    if (f.kind !== d.kind) continue;
    const between = s.text.slice(f.end, d.start);
    if (s.lex.patterns.copula.test(between)) return null;
    // Listed means joined right before the figure: "… and 42.1%", "…; Tyumen’s, 18.6%", never "… launcher weighs 24 tons".
    if (!s.lex.patterns.coordinated.test(between)) return null;
    const subject = subjects[j];
    if (!subject) return null;
    // "Moscow's share …; Tyumen's, 18.6%": a possessive standing for the same noun.
    let p = skipSpaceBack(s.text, s.start, d.start);
    if (s.text.charCodeAt(p - 1) === 44) p = skipSpaceBack(s.text, s.start, p - 1);
    const before = wordsBefore(s.text, s.start, p, 1);
    const own = before.length ? s.text.slice(before[0].start, before[0].end) : '';
    const shared = /^[\p{L}\p{N}.-]+['’]s\s+(.+)$/u.exec(subject);
    if (/^[A-Z][\w-]*['’]s$/.test(own) && shared) return `${own} ${shared[1]}`;
    return subject;
  }
  return null;
}


/** "36.3% of Russian exports": the phrase after "of". */
function ofAfter(s: Sentence, pos: number): string | null {
  const m = /^\s+of\s+/i.exec(s.text.slice(pos, Math.min(s.end, pos + 8)));
  return m ? phraseAfter(s, pos + m[0].length, 6, true) : null;
}

/** "$14.9 billion for RDT&E", "$5.9 billion in mandatory defense funding", "$16.2 billion worth of copper". */
function spentOn(s: Sentence, pos: number): string | null {
  const rest = s.text.slice(pos, Math.min(s.end, pos + 60));
  const m = s.lex.patterns.spentOn.exec(rest);
  if (!m) return null;
  return phraseAfter(s, pos + m[0].length, 6, false);
}

/** "50% tariffs on certain copper imports", "a 1995 referendum": the noun the figure modifies. */
function nounAfter(s: Sentence, pos: number, withOn: boolean): string | null {
  if (!/^\s+[A-Za-z]/.test(s.text.slice(pos, pos + 3))) return null;
  // The noun must follow the figure directly: "a 15% rate", not "2010s the ministry" or "12% applied in".
  const first = tokenAfter(s, pos);
  if (first === null || s.lex.phrases.determiners.has(first.lower) || startsClause(s.lex, first, tokenAfter(s, first.end) ?? undefined, null)) return null;
  const found = phraseSpan(s, pos, 4, false);
  if (!found) return null;
  const head = found.text;
  const headEnd = found.end;
  if (withOn) {
    const on = s.lex.patterns.modifiedBy.exec(s.text.slice(headEnd, Math.min(s.end, headEnd + 8)));
    if (on) {
      const object = phraseAfter(s, headEnd + on[0].length, 5, true);
      if (object) return `${head} ${on[1].toLowerCase()} ${object}`;
    }
  }
  return head;
}

/** The counted phrase of a quantity, when it says more than the unit ("Russian regions", "military personnel"). */
function counted(s: Sentence, d: Draft): string | null {
  if (!d.noun) return null;
  const phrase = s.text.slice(d.noun.start, d.noun.end).replace(/\s+/g, ' ').trim();
  return phrase.toLowerCase() !== d.unit ? phrase : null;
}
