import type { Entity } from '../model/model';
import layout from '../lexicon/data/layout.json';
import { rule, type Lexicon } from './lexicon';
import type { Tokens } from '../parse/tokens';
import { FIND_ALL } from './layout';

/**
 * entity:caps-line — a line written all in capitals (a hearing's cover, a
 * report's running head, a speaker's heading: "STATEMENT OF SENATOR CALLUM
 * PRUITT, RANKING MEMBER") is read as a title writes it, "Statement of Senator
 * Callum Pruitt, Ranking Member": its names are found by their heads, titles and
 * given names as anywhere else, and its ordinary words are left out as they are
 * in a title. The text keeps its length, so every offset stays where it was.
 */

const SMALL = new Set(layout.titleSmallWords);

/** True when `line` has no lower-case letter and two or more words of two capitals or more. */
function capsLine(line: string): boolean {
  if (/\p{Ll}/u.test(line)) return false;
  let words = 0;
  for (const word of line.split(/\s+/)) if (/\p{Lu}{2}/u.test(word) && ++words >= 2) return true;
  return false;
}

/**
 * One word of a capitals line as a title writes it; a word with a point inside ("U.S.") or a digit stays,
 * and so does an acronym the document writes in capitals outside such lines ("CRS").
 */
function titleWord(word: string, first: boolean, acronyms: ReadonlySet<string>): string {
  if (/\d|\p{L}\.\p{L}/u.test(word) || acronyms.has(word.replace(/[^\p{L}]/gu, ''))) return word;
  const lower = word.toLowerCase();
  if (!first && SMALL.has(lower.replace(/[^\p{L}]/gu, ''))) return lower;
  return lower.replace(/(^|[-‐'’(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The lines of `text` written all in capitals, as spans. */
export function capsLines(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (capsLine(text.slice(at, end))) spans.push({ start: at, end });
    at = end + 1;
  }
  return spans;
}

/**
 * Words of two capitals or more the text writes outside the given lines ("CRS", "NATO"), but for
 * a surname a title labels a speaker with ("Senator HOLLISTER."): that is a name, put in title case.
 */
function capitalsElsewhere(text: string, lines: readonly { start: number; end: number }[], titles: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  let at = 0;
  const read = (from: number, to: number) => {
    for (const m of text.slice(from, to).matchAll(/(?<![\p{L}])(?:(\p{L}+)\.?[ \t]+)?(\p{Lu}{2,})(?![\p{L}])/gu)) {
      if (!m[1] || !titles.has(m[1].toLowerCase())) words.add(m[2]);
    }
  };
  for (const l of lines) {
    read(at, l.start);
    at = l.end;
  }
  read(at, text.length);
  return words;
}

/** `text` with the given lines put in title case. */
export function titleCased(text: string, lines: readonly { start: number; end: number }[], titles: ReadonlySet<string>): string {
  if (lines.length === 0) return text;
  const acronyms = capitalsElsewhere(text, lines, titles);
  const parts: string[] = [];
  let at = 0;
  for (const l of lines) {
    let first = true;
    parts.push(text.slice(at, l.start), text.slice(l.start, l.end).replace(/\S+/g, (w) => {
      const out = titleWord(w, first, acronyms);
      first = false;
      return out;
    }));
    at = l.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Names may be found on capitals lines as in prose, though a heading's words are
 * otherwise read only for listed names: the lines are few, and what they name
 * without a head, a title or a listing is dropped below unless prose names it too.
 */
export function openCapsLines(lines: readonly { start: number; end: number }[], tokens: Tokens, layout: { find: Uint8Array; broken: Uint8Array }): void {
  let l = 0;
  let inside = -1;
  for (let k = 0; k < tokens.count && l < lines.length; k++) {
    while (l < lines.length && lines[l].end <= tokens.start[k]) l++;
    const on = l < lines.length && lines[l].start <= tokens.start[k] ? l : -1;
    if (on >= 0) layout.find[k] = FIND_ALL;
    // A name neither runs into a capitals line nor out of one.
    if (on !== inside) layout.broken[k] = 1;
    inside = on;
  }
}

/** The rules that say only that words were written capitalised or as an acronym. */
const SHAPE_ONLY = new Set(['entity:unknown-name', 'entity:acronym']);
/** What a capitals line alone may name: institutions and people. */
const STRONG = new Set(['organization', 'person']);
/** Rules that read a place from the form of the line itself (a member's seat in brackets, a street after its house number, a reference's place of publication): such a place stays. */
const LINE_PLACES = new Set(['entity:listed', 'entity:member-seat', 'entity:street-address', 'entity:reference-place']);

/**
 * Each entity with a mention on one of the given lines (capitals lines; notices read for names) gives
 * the rule `id` among its reasons; one named only there, by nothing but its capitals, is a title's
 * or a label's words, not a name. `prose`: the lines are boxes read aside as prose (words.json
 * noticeProse), where only a name of nothing but capitals is dropped.
 */
export function markCapsLines(lex: Lexicon, lines: readonly { start: number; end: number }[], entities: readonly Entity[], id = 'entity:caps-line', prose = false): Entity[] {
  if (lines.length === 0) return [...entities];
  const found = rule(lex, id);
  const on = (start: number) => {
    // Lines are in order: a binary search keeps many mentions on many lines linear in each.
    let lo = 0;
    let hi = lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid].end <= start) lo = mid + 1;
      else if (lines[mid].start > start) hi = mid - 1;
      else return true;
    }
    return false;
  };
  return entities.flatMap((e) => {
    const there = e.mentions.filter((m) => on(m.start)).length;
    if (there === 0) return [e];
    // Named only there: a title's topic takes place and programme heads ("… Industrial Base"); an institution, a person or a listed name stays.
    // In a box read aside as prose (`prose`: 'About the Programme: The … Programme examines …') the words are a sentence's, no title's: only capitals alone are dropped.
    if (there === e.mentions.length && (e.why.every((r) => SHAPE_ONLY.has(r.rule)) || !prose && !STRONG.has(e.type) && !e.why.some((r) => LINE_PLACES.has(r.rule)))) return [];
    return [{ ...e, why: [...e.why, { rule: found.id, weight: found.weight, about: e.type }] }];
  });
}

/** The notices whose lines name the committee and the witness of a hearing ("Before the Subcommittee on …"). */
const COVER_NOTICES = new Set(['notice:hearing']);

/**
 * `masked` with the lines of a hearing's cover written in capitals given back from `text` for the
 * entity reader (entity:caps-line reads them); `masked` itself when there are none.
 */
export function withCoverLines(masked: string, text: string, notices: readonly { start: number; end: number; rule: string }[]): string {
  const cover = notices.filter((n) => COVER_NOTICES.has(n.rule) && capsLine(text.slice(n.start, n.end))).sort((a, b) => a.start - b.start);
  if (cover.length === 0 || masked.length !== text.length) return masked;
  const parts: string[] = [];
  let at = 0;
  for (const n of cover) {
    parts.push(masked.slice(at, n.start), text.slice(n.start, n.end));
    at = n.end;
  }
  parts.push(masked.slice(at));
  return parts.join('');
}
