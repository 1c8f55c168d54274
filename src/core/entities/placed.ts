import type { Entity, Mention } from '../model/model';
import { keyOf } from '../parse/chars';
import type { Lexicon } from './lexicon';
import { chosenBreak } from './wrap';

/**
 * Drop rules decided from where a name stands and how the document writes it (issue #13, precision on
 * documents nobody tuned for). Each is a 'drop' row of entity-rules.json; refineEntities calls them.
 */

/**
 * entity:opening-only — a one-word name argued for by nothing but its capital, every mention of which
 * stands where any word is written with a capital: first on a line that opens a paragraph or an item,
 * right after a label's colon or a dash ("Speaker: Critics say …", "Latest action: 8 May — Ordered to …"),
 * or in a line of capitalised words (a heading, a running header, a table's head row).
 */
export function openingOnly(text: string, entity: Entity, width: number): boolean {
  if (entity.type !== 'other' || /\s/.test(entity.name) || !entity.why.every((r) => CAPITAL_ONLY.has(r.rule))) return false;
  return entity.mentions.every((m) => capitalisedByPlace(text, m, width));
}

/** The rules that say no more than that a word was written with a capital (or read in a notice's line). */
export const CAPITAL_ONLY: ReadonlySet<string> = new Set(['entity:unknown-name', 'entity:in-notice']);
/** Marks that may stand before the first word of a line: list bullets, item numbers, heading marks, table bars. */
const LINE_MARKS = /^[\s\d.)(•·*#>|\-–—]*$/u;
/** A line that ends a sentence, a label, a bracket or a table row: the next line opens something new. */
const CLOSED_LINE = /[.!?:;)\]”"'|*]\s*$/u;
/** How far back a line's start is looked for. */
const REACH = 160;
/** What stands before a word right after a label's colon or a dash. */
const AFTER_LABEL = /(?::|\s[—–]|\s-)[\s*_]*$/u;

/** `width`: the width the document's prose is wrapped to (wrap.ts), to tell a chosen line break from a wrapped one. */
function capitalisedByPlace(text: string, m: Mention, width: number): boolean {
  // Labels, headings and table heads are short: every look stays within REACH of the mention, so a long line costs no more.
  const from = Math.max(0, m.start - REACH);
  const back = text.slice(from, m.start).lastIndexOf('\n');
  if (back < 0 && from > 0) return AFTER_LABEL.test(text.slice(from, m.start));
  const lineStart = from + back + 1;
  const ahead = text.slice(m.end, m.end + REACH).indexOf('\n');
  const lineEnd = ahead < 0 ? Math.min(text.length, m.end + REACH) : m.end + ahead;
  const before = text.slice(lineStart, m.start);
  if (LINE_MARKS.test(before)) {
    // Hard-wrapped prose starts lines mid-sentence: only a line after a blank, a closed or a chosen line end, or one opened by a mark, opens anew.
    if (/\S/.test(before) || lineStart === 0) return true;
    const start = Math.max(0, lineStart - 1 - 2 * REACH);
    const previous = text.slice(start, lineStart - 1);
    const cut = previous.lastIndexOf('\n');
    if (cut < 0 && start > 0) return CLOSED_LINE.test(previous);
    return previous.trim() === '' || CLOSED_LINE.test(previous) || chosenBreak(text, lineStart - 1, m.end - m.start, width);
  }
  return AFTER_LABEL.test(before) || titleLine(text.slice(lineStart, lineEnd));
}

/**
 * entity:run-in-label — words argued for by nothing but their capitals, every mention of which stands in a
 * run-in head: a paragraph opened by a short phrase in title case and a colon before its first sentence
 * ("Remittances Falling: Personal transfers, which …", "Defence Spending Locked In: On 18 September …"),
 * as rating reports, briefs and fact sheets head paragraphs in plain text. A word of the phrase the document
 * also writes in lower case ("remittances") shows it is a head of ordinary words, not a name before a colon.
 */
export function runInLabel(text: string, lex: Lexicon, lowerSeen: ReadonlySet<string>, entity: Entity): boolean {
  if (entity.type !== 'other' || !entity.why.every((r) => CAPITAL_ONLY.has(r.rule))) return false;
  return entity.mentions.every((m) => inRunInHead(text, lex, lowerSeen, m));
}

/** The most words a run-in head holds. */
const RUN_IN_WORDS = 6;
/** A colon, then a sentence: what closes a run-in head. */
const RUN_IN_CLOSE = /^:[ \t]+[\p{Lu}\d]/u;

function inRunInHead(text: string, lex: Lexicon, lowerSeen: ReadonlySet<string>, m: Mention): boolean {
  const from = Math.max(0, m.start - REACH);
  const back = text.slice(from, m.start).lastIndexOf('\n');
  if (back < 0 && from > 0) return false;
  const lineStart = from + back + 1;
  const colon = text.slice(m.end, m.end + REACH).indexOf(':');
  if (colon < 0 || !RUN_IN_CLOSE.test(text.slice(m.end + colon, m.end + colon + 4))) return false;
  const words = text.slice(lineStart, m.end + colon).split(' ');
  if (words.length < 2 || words.length > RUN_IN_WORDS) return false;
  if (!words.every((w) => /^\p{Lu}[\p{L}\p{N}'’-]*$/u.test(w) || lex.functionWords.has(w))) return false;
  if (!words.some((w) => lowerSeen.has(keyOf(w)) && !lex.functionWords.has(keyOf(w)))) return false;
  // It opens a paragraph: the line before is blank, ends a sentence or a label, or there is none.
  if (lineStart === 0) return true;
  const previous = text.slice(Math.max(0, lineStart - 1 - REACH), lineStart - 1);
  const cut = previous.lastIndexOf('\n');
  const line = cut < 0 ? previous : previous.slice(cut + 1);
  return line.trim() === '' || CLOSED_LINE.test(line);
}

/** Every word of four letters or more is capitalised, and there are at least two of them. */
function titleLine(line: string): boolean {
  const long = line.match(/\p{L}{4,}/gu) ?? [];
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * entity:demonym-name — a name made of demonyms ("Latin American", "New Zealanders", "Philippine"), or of a
 * national one and lower-case words ("Philippine forces"), names people or qualifies a noun: no referent.
 * A demonym is one of demonyms.json, or a place of the gazetteer with a demonym's ending added or its
 * plural 's' taken off ("New Zealand" → "New Zealanders", "Philippines" → "Philippine").
 */
export function demonymName(lex: Lexicon, entity: Entity, weak: ReadonlySet<string>): boolean {
  if (entity.type === 'person' || !entity.why.every((r) => weak.has(r.rule) || r.rule === 'entity:lower-head')) return false;
  if (national(lex, entity.name)) return true;
  const words = entity.name.split(/\s+/);
  const upper = words.filter((w) => /^\p{Lu}/u.test(w));
  if (upper.length === words.length) return upper.every((w) => national(lex, w) || lex.regional.has(keyOf(w)));
  // A national adjective before lower-case words ("Philippine forces"), unless they name a place ("the Danish straits");
  // a regional one may open a place too ("the Baltic states").
  return entity.type !== 'place' && upper.length === 1 && words[0] === upper[0] && national(lex, upper[0]);
}

/** Endings a demonym adds to its place's name ("New Zealand" + "er", "Kenya" + "n"): "er" only to a place the gazetteer knows (a surname ends so: "Walker"). */
const endings = (lex: Lexicon) => ['er', ...lex.formedDemonym];

function national(lex: Lexicon, name: string): boolean {
  const key = keyOf(name);
  const single = key.endsWith('s') ? key.slice(0, -1) : key;
  if (lex.national.has(key) || lex.national.has(single)) return true;
  const place = (k: string) => k.length > 2 && lex.gazetteer.get(k)?.type === 'place';
  return place(`${key}s`) || endings(lex).some((end) => single.endsWith(end) && place(single.slice(0, -end.length)));
}

/**
 * entity:numbered-part — a word the document only ever writes before a Roman numeral ("Block V", "Pillar I")
 * labels a numbered part of something, and a Roman numeral after a capitalised word ("Article XVIII") is a
 * number: neither names a referent on its own. Figures after a name often belong to it ("Estlink 2"): the
 * name is extended over them later, so they are no evidence here.
 */
export function numberedPart(text: string, entity: Entity, weak: ReadonlySet<string>): boolean {
  if (/\s/.test(entity.name) || !entity.why.every((r) => weak.has(r.rule))) return false;
  if (ROMAN.test(entity.name)) return entity.mentions.every((m) => /\p{Lu}\p{L}* $/u.test(text.slice(Math.max(0, m.start - 30), m.start)));
  return entity.mentions.every((m) => NUMBER_AFTER.test(text.slice(m.end, m.end + 12)));
}

/** A Roman numeral of the letters labels use (I to XXXIX). */
const ROMAN = /^(?=[IVX]+$)X{0,3}(?:IX|IV|V?I{0,3})$/;
/** A Roman numeral after the word, one space between them (not a table's column gap), ending there. */
const NUMBER_AFTER = /^ (?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?![\p{L}\d-])/u;
