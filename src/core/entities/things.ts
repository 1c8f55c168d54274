import type { Entity, Mention } from '../model/model';
import type { Lexicon } from './lexicon';

/**
 * Acronyms that name no one thing, read from how the document writes them:
 * entity:document-code — letters glued to a bracketed number ("COM(2024) 464",
 * "SWD(2016) 407") are the code of a paper, not a name; entity:counted-acronym —
 * letters written after "a" or "an" ("register with a GP", "an LPT") stand for a
 * kind of thing one can count, as a common noun does, not for a name; entity:day-name — a word
 * written right after a calendar word ("Christmas Eve", "Easter Monday") is part of a day's name.
 */

/** Every mention is glued to an opening bracket and a digit. */
export function documentCode(text: string, entity: Entity): boolean {
  return entity.mentions.every((m) => DOCUMENT_NUMBER.test(text.slice(m.end, m.end + 3)));
}

/**
 * Some mention follows "a" or "an", with at most two lower-case words between ("a new LPT"), and is itself
 * the noun: no lower-case word but a small one follows it ("a CRS review" counts reviews, not CRS).
 */
export function countedAcronym(text: string, lex: Lexicon, entity: Entity): boolean {
  return entity.mentions.some((m: Mention) => {
    if (!COUNTED.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
    const next = NEXT_WORD.exec(text.slice(m.end, m.end + 30));
    return next === null || lex.functionWords.has(next[1]);
  });
}

const DOCUMENT_NUMBER = /^\(\d/;
const NEXT_WORD = /^[ \t]+(\p{Ll}+)/u;
const COUNTED = /(?:^|[^\p{L}])(?:a|an)[ \t]+(?:\p{Ll}+[ \t]+){0,2}$/u;

/** Every mention is one word right after a calendar word and a space ("Christmas Eve"): a day's name, words.json calendar. */
export function dayName(text: string, lex: Lexicon, entity: Entity): boolean {
  return !entity.name.includes(' ') && entity.mentions.every((m) => {
    const before = CALENDAR_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
    return before !== null && lex.calendar.has(before[1].toLowerCase());
  });
}

const CALENDAR_BEFORE = /(\p{Lu}\p{Ll}+)[ \t]$/u;
