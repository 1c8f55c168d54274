import type { EntityType } from '../model/model';
import type { Context, Proposal } from './context';
import { evidenceOf } from './evidence';
import { spanKey } from './keys';
import type { FixedNames } from './mentions';
import { rule } from './lexicon';
import { CAP, keyAt, type Tokens } from '../parse/tokens';
import layoutData from '../lexicon/data/layout.json';

/**
 * Members of a parliament as its records label them, read from the label's own shape:
 *
 * - entity:member-name, entity:member-seat, entity:member-party — a line opening with a name,
 *   then the seat and the party in brackets before a colon ("Jane Roe (Northfield and Ashby) (Lab):",
 *   a debate's speaker), or a name, letters such as "MP" and the party and seat in one bracket
 *   ("Jane Roe MP (Labour, Northfield and Ashby)", a committee's membership). The name is a person
 *   even when no list knows the given name; the seat is a place, whole ("and" and commas inside it);
 *   the party is an organisation, however short ("Con", "LD"). The same name, seat and party may
 *   follow a label opening the line instead ("Asked by: Jane Roe (Northfield) (Lab)", a written question).
 * - entity:member-question — an oral question's member, as a record of oral answers prints the
 *   question: its number before the name and its reference number in square brackets after the
 *   party ("4. Jane Roe (Northfield) (Lab) [900123]"); seat and party as above.
 * - entity:member-seat — the seat after "Member for" ("the hon. Member for Northfield and Ashby"),
 *   whole up to a bracket or a word in lower case.
 *
 * Linear: each line is tried once, by one bounded regular expression.
 */
export function findMembers(context: Context): FixedNames {
  const { text, tokens } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  if (!/\((?:[^()\n]{1,80})\)\s*[:([]|\bMember for\b|\b(?:MP|MSP|MS|TD|MLA) \(/u.test(text)) return out;
  const add = (start: number, end: number, type: EntityType, id: string, words: string) => {
    const span = tokenSpan(tokens, start, end);
    if (!span) return;
    let [first, last] = span;
    if (type === 'person') while (first < last && (context.lex.titles.has(keyAt(tokens, first)) || context.lex.honorifics.has(keyAt(tokens, first)))) first++;
    if (tokens.shape[first] !== CAP && type === 'person') return;
    const key = spanKey(tokens, first, last);
    const evidence = evidenceOf(rule(context.lex, id), type, words);
    const proposal: Proposal =
      type === 'person'
        ? { first, last, key, kind: 'person', evidence, referent: undefined, given: given(tokens, first, last), surname: keyAt(tokens, last) }
        : { first, last, key, kind: 'headed', evidence, referent: undefined, given: undefined, surname: undefined };
    out.proposals.push(proposal);
    out.fixed.push({ first, last, key });
  };
  // Group n of a match runs over characters m.indices[n] (the regular expressions carry the "d" flag).
  const span = (m: RegExpMatchArray, n: number): [number, number] => m.indices?.[n] ?? [0, 0];
  for (const [pattern, id] of [[SPEAKER, 'entity:member-name'], [LABELLED, 'entity:member-name'], [QUESTION, 'entity:member-question']] as const) for (const m of text.matchAll(pattern)) {
    context.work.steps++;
    add(...span(m, 1), 'person', id, m[3]);
    if (SEAT_WORDS.test(m[2])) add(...span(m, 2), 'place', 'entity:member-seat', m[3]);
    add(...span(m, 3), 'organization', 'entity:member-party', m[2]);
  }
  for (const m of text.matchAll(MEMBER_LINE)) {
    context.work.steps++;
    add(...span(m, 1), 'person', 'entity:member-name', m[2]);
    add(...span(m, 2), 'organization', 'entity:member-party', m[3]);
    add(...span(m, 3), 'place', 'entity:member-seat', m[2]);
  }
  for (const m of text.matchAll(MEMBER_FOR)) {
    context.work.steps++;
    const start = span(m, 1)[0];
    add(start, start + seatEnd(context.lex, m[1]), 'place', 'entity:member-seat', 'Member for');
  }
  return out;
}

/**
 * entity:speaker-label — a transcript's speaker: the same name of one to four capitalised words
 * opening two lines or more before a colon ("Jane Roe: …", "**Roe:** …"). A person whatever the
 * given name; a single word only when the document never writes it in lower case and it is no
 * title or common word, and then as a surname that joins the person named in full. A label that
 * names a contact line's kind ("Contact:", "Press officer:"; words.json postLabels) is no speaker.
 */
export function findSpeakers(context: Context): FixedNames {
  const { text, tokens, lex } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  const seen = new Map<string, [number, number][]>();
  // What is said after each label (entity:speaker-turn): the most words, whether every value ends a sentence, whether one is a sentence.
  const turns = new Map<string, { most: number; stopped: boolean; sentence: boolean }>();
  for (const m of text.matchAll(LABEL)) {
    context.work.steps++;
    const at = m.indices?.[1];
    if (!at) continue;
    const label = m[1].replace(/\s+/g, ' ');
    const spans = seen.get(label);
    if (spans) spans.push(at);
    else seen.set(label, [at]);
    const value = turnAfter(text, (m.index ?? 0) + m[0].length);
    // A form may set two fields on a line ("Nationality: Russian. Passport no.: …"): the value ends at the next colon.
    const colon = value.search(/:\s/u);
    const words = wordsIn(colon < 0 ? value : value.slice(0, colon));
    const turn = turns.get(label) ?? { most: 0, stopped: true, sentence: false };
    turn.most = Math.max(turn.most, words);
    turn.stopped &&= colon < 0 && STOPPED.test(value);
    turn.sentence ||= colon < 0 && words >= 2 && /\p{Ll}/u.test(value);
    turns.set(label, turn);
  }
  const found = rule(lex, 'entity:speaker-label');
  const surnames = new Set<string>();
  for (const [label, spans] of seen) {
    if (spans.length < 2 || !spoken(turns.get(label))) continue;
    for (const [start, end] of spans) {
      const span = tokenSpan(tokens, start, end);
      if (!span) continue;
      let [first, last] = span;
      while (first < last && (lex.titles.has(keyAt(tokens, first)) || lex.honorifics.has(keyAt(tokens, first)))) first++;
      const word = keyAt(tokens, last);
      if (tokens.shape[first] !== CAP || tokens.shape[last] !== CAP || lex.titles.has(word) || lex.functionWords.has(word) || lex.commonWords.has(word) || lex.postLabels.has(word)) continue;
      if (first === last && context.lowerSeen.has(word)) continue;
      const key = spanKey(tokens, first, last);
      const evidence = evidenceOf(found, 'person', 'label');
      out.proposals.push({ first, last, key, kind: 'person', evidence, referent: undefined, given: given(tokens, first, last), surname: word });
      out.fixed.push({ first, last, key });
      if (first === last) surnames.add(word);
    }
  }
  // A surname labelling a speaker makes the full name it ends a person ("Maren Oyelaran … Oyelaran: …").
  if (surnames.size > 0) {
    for (let i = 1; i < tokens.count; i++) {
      if (!surnames.has(keyAt(tokens, i)) || tokens.shape[i - 1] !== CAP || context.layout.punct[i] || context.layout.broken[i]) continue;
      const named = keyAt(tokens, i - 1);
      if (lex.titles.has(named) || lex.functionWords.has(named) || lex.commonWords.has(named)) continue;
      const key = spanKey(tokens, i - 1, i);
      out.proposals.push({ first: i - 1, last: i, key, kind: 'person', evidence: evidenceOf(found, 'person', 'label'), referent: undefined, given: [named], surname: keyAt(tokens, i) });
      out.fixed.push({ first: i - 1, last: i, key });
    }
  }
  return out;
}

/**
 * entity:speaker-turn (layout.json speakerTurn) — a speaker says a sentence at least once: a label
 * whose every value on its line (up to another field's colon) is shorter than `turnWords` words
 * labels a form's field ("Town: Tallinn", "Nationality: Russian. Passport no.: …"), not a turn.
 */
const TURN_WORDS = layoutData.speakerTurn.turnWords;

/**
 * A label says turns when one of its values is `turnWords` long, or when all of them end a sentence
 * and one holds words in lower case ("Yes." / "By about 4%." / "They agree, broadly."): short
 * answers, where a form's values are names or figures ("Nationality: Russian.").
 */
function spoken(turn: { most: number; stopped: boolean; sentence: boolean } | undefined): boolean {
  return !!turn && (turn.most >= TURN_WORDS || (turn.stopped && turn.sentence));
}

/** A value that ends a sentence: a full stop, a question or an exclamation mark (a bracket or quote after it allowed). */
const STOPPED = /[.?!…]["'”’)\]]*[ \t*_]*$/u;

/**
 * What is said after a label, from `from`: the rest of its line, or, when a label stands alone on
 * its line ("**Roe:**", the turn under it), the next line that holds words.
 */
function turnAfter(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  const value = text.slice(from, end < 0 ? text.length : end);
  if (/[\p{L}\p{N}]/u.test(value) || end < 0) return value;
  NEXT_LINE.lastIndex = end;
  return NEXT_LINE.exec(text)?.[1] ?? '';
}

/** Blank lines (or lines of marks only), then the marks opening a line and the line: from a line's end. */
const NEXT_LINE = /\n(?:[ \t*_>]*\n)*[ \t*_>]*([^\n]*)/uy;

/** The words of a stretch of a line (runs of letters or digits). */
function wordsIn(line: string): number {
  return line.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
}

/** A label opening a line: one to four capitalised words before a colon and a space, a time or marks before it allowed. */
const LABEL = new RegExp(String.raw`(?:^|\n)[ \t*_>]*(?:\d{1,2}[.:]\d{2}[ \t]*[ap]m[ \t]+)?((?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]*)[ \t*_]*:[ \t*_]`, 'dgu');

/** Capitalised words joined by spaces, hyphens, "and" or commas: a seat's name ("Inverness, Skye and West Ross-shire"). */
const SEAT = String.raw`\p{Lu}[\p{L}'’-]*(?:(?:,?[ \t]+|[ \t]+and[ \t]+(?:the[ \t]+)?)\p{Lu}[\p{L}'’-]*){0,6}`;
const SEAT_WORDS = new RegExp(`^${SEAT}$`, 'u');
/** A person's name as a label writes it: two to five capitalised words or initials, titles included. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,4}`;
/** "Jane Roe (Northfield) (Lab):" opening a line, a time or list mark before it allowed. */
const SPEAKER = new RegExp(String.raw`(?:^|\n)[ \t*_>]*(?:\d{1,2}[.:]\d{2}[ \t]*[ap]m[ \t]+)?(${NAME})[ \t]+\(([^()\n]{2,60})\)[ \t]*\((\p{Lu}[\p{L} ]{0,30})\)[ \t*_]*:`, 'dgu');
/** "4. Jane Roe (Northfield) (Lab) [900123]" opening a line: an oral question's number, the member, and the question's reference number. */
const QUESTION = new RegExp(String.raw`(?:^|\n)[ \t*_>]*T?\d{1,3}\.[ \t]+(${NAME})[ \t*_]+\(([^()\n]{2,60})\)[ \t]*\((\p{Lu}[\p{L} ]{0,30})\)[ \t*_]*\[\d{3,9}\]`, 'dgu');
/**
 * "Asked by: Jane Roe (Northfield) (Lab)": the same name, seat and party after a label of one to
 * three words and a colon opening the line (a written question's member), with no colon after.
 */
const LABELLED = new RegExp(String.raw`(?:^|\n)[ \t*_>]*(?:\p{L}+[ \t]+){0,2}\p{L}+[ \t*_]*:[ \t*_]+(${NAME})[ \t]+\(([^()\n]{2,60})\)[ \t]*\((\p{Lu}[\p{L} ]{0,30})\)`, 'dgu');
/** "Jane Roe MP (Labour, Northfield)" opening a line. */
const MEMBER_LINE = new RegExp(String.raw`(?:^|\n)[ \t*_>-]*(${NAME})[ \t]+(?:MP|MSP|MS|TD|MLA|MEP)[ \t]+\((\p{Lu}[\p{L} ]{0,40}?),[ \t]+(${SEAT})\)`, 'dgu');
/** "Member for Northfield and Ashby", up to a bracket, a comma or a word in lower case. */
const MEMBER_FOR = new RegExp(String.raw`\bMember[ \t]+for[ \t]+(${SEAT})`, 'dgu');

/**
 * Where a seat after "Member for" ends: before an "and" whose next capitalised word is a title
 * (titles.json: "the Member for Truro and the Secretary of State", "… and the Minister for Rail"),
 * which joins a second person to the sentence, not a part to the seat ("Carrick and the Fal Estuary").
 */
function seatEnd(lex: Context['lex'], seat: string): number {
  for (const m of seat.matchAll(/,?[ \t]+and[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’-]*)/gu)) {
    const key = m[1].toLowerCase();
    if (lex.titles.has(key) || lex.titleCues.has(key)) return m.index;
  }
  return seat.length;
}

/** The words that lie wholly inside characters `start..end`, or null. Binary search: log n per span. */
export function tokenSpan(tokens: Tokens, start: number, end: number): [number, number] | null {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last + 1 < tokens.count && tokens.end[last + 1] <= end) last++;
  return lo < tokens.count && tokens.end[last] <= end && last >= lo ? [lo, last] : null;
}

/** Keys of the given names of a person over words `first..last`: all but the last. */
export function given(tokens: Tokens, first: number, last: number): string[] {
  const out: string[] = [];
  for (let k = first; k < last; k++) out.push(keyAt(tokens, k));
  return out;
}

