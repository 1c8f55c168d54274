import type { RoleLexicon } from '../lexicon/roles';

/**
 * Readings of a sentence's own words that narrow role cues: whether a sentence
 * that opens with a verb is an order (the shape commands), whether a cue found
 * in it stands inside a quotation (a cue list's notQuoted), and whether a clause
 * after the cue tells what followed (a cue list's notToldOn).
 */

const VERB = /^[a-z']+(?:\s+not(?![a-z0-9]))?/;
const NEXT_WORD = /^\s+([a-z']+)/;
const AFTER_COMMA = /^,\s*["'\u201c\u2018]?([a-z']+)/;

/**
 * Whether a lower-cased sentence that opens with a verb gives an order (the data's
 * `commands`): no word of `pairs` follows the verb ('Give or take'); no finite
 * verb comes before the first clause break unless the verb's object opens with
 * a determiner or a pronoun ('Pay for junior soldiers is …' names pay, 'Ensure
 * your car is …' orders); and it is no short opener set off by a comma before a
 * clause with its own subject ('Put simply, the army …', 'Make no mistake, the
 * gap …').
 */
export function commands(lower: string, roles: RoleLexicon): boolean {
  const c = roles.commands;
  if (!c) return false;
  const verb = VERB.exec(lower);
  if (!verb) return false;
  const rest = lower.slice(verb[0].length);
  const next = NEXT_WORD.exec(rest)?.[1];
  if (next !== undefined && c.pairs.has(next)) return false;
  const cut = c.breaks.exec(rest);
  const clause = cut ? rest.slice(0, cut.index) : rest;
  if (!(next !== undefined && c.subjects.has(next)) && c.finite.test(clause)) return false;
  if (cut && rest[cut.index] === ',') {
    const words = clause.trim() ? clause.trim().split(/\s+/).length : 0;
    const subject = AFTER_COMMA.exec(rest.slice(cut.index))?.[1];
    if (words <= c.opener && subject !== undefined && c.subjects.has(subject)) return false;
  }
  return true;
}

const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', "'", '\u2018', '\u2019']);
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Whether position `at` of `sentence` stands inside a quotation: a quotation mark
 * that opens (none or space or a bracket before it, a word after) has not been
 * closed (a word or a stop before it, no word after) by then. An apostrophe inside a word opens nothing.
 */
export function insideQuotation(sentence: string, at: number): boolean {
  let open = false;
  for (let i = 0; i < at && i < sentence.length; i++) {
    if (!QUOTE_MARKS.has(sentence[i])) continue;
    const before = sentence[i - 1];
    const after = sentence[i + 1];
    if (isWordChar(before) && isWordChar(after)) continue;
    if (!isWordChar(before) && !/[.,;:!?]/.test(before ?? '') && (isWordChar(after) || after === '.')) open = true;
    else open = false;
  }
  return open;
}

const CLAUSE_WORDS = /[a-z']+/g;

/**
 * Whether, after `from`, a comma and a word of `links` open a clause with a subject of
 * its own whose verb is in the past within `words` words ('…, which the operator then
 * appealed', '…, and markets rallied'): the event is told with what followed it. A
 * clause that opens with its verb ('…, and asked the Chair to report') shares the subject.
 */
export function toldOn(lower: string, from: number, on: { readonly links: ReadonlySet<string>; readonly verbs: ReadonlySet<string>; readonly words: number }): boolean {
  for (let comma = lower.indexOf(',', from); comma >= 0; comma = lower.indexOf(',', comma + 1)) {
    CLAUSE_WORDS.lastIndex = comma;
    const words: string[] = [];
    for (let m = CLAUSE_WORDS.exec(lower); m && words.length <= on.words + 1; m = CLAUSE_WORDS.exec(lower)) words.push(m[0]);
    if (words.length < 3 || !on.links.has(words[0])) continue;
    const past = (w: string) => w.length > 3 && w.endsWith('ed');
    if (past(words[1]) || on.verbs.has(words[1])) continue;
    if (words.slice(2, on.words + 2).some(past)) return true;
  }
  return false;
}
