import { furnitureRow } from './furniture-rows';
import words from '../lexicon/data/words.json';
import type { RawBlock } from './markdown';

/**
 * `notice:designation-entry`: an entry of a list of designated persons (a
 * sanctions designation notice, a consolidated list): the name as the list
 * sets it, surname in capitals first ('ROE, Jonathan Paul'), and the fields
 * listed under it ('a.k.a.: …', 'Nationality: …. Passport no.: …',
 * 'Position: …'). Read aside: no claim, the names and dates still read (the
 * entity reader reads such names, entity:surname-first).
 */

const ENTRY_ROW = furnitureRow('notice:designation-entry', 'least', 'most');

/** The id of the row. */
export const DESIGNATION_RULE = ENTRY_ROW.id;

/**
 * A name set surname first, as lists of designated persons write it: the surname in capitals (one or
 * more words, hyphens and apostrophes inside), a comma and a space, one to three capitalised given
 * names ('ROE, Jonathan Paul', 'SAVIĆ-ORTNER, Mila'). Group 1 is the surname, group 2 the given
 * names. The one pattern of this shape: the notice reader (designationEntries) and the entity reader
 * (entities/surname-first.ts) both build theirs from it.
 */
export const SURNAME_FIRST = String.raw`(\p{Lu}[\p{Lu}'’-]*\p{Lu}(?: \p{Lu}[\p{Lu}'’-]*\p{Lu})*), (\p{Lu}[\p{L}'’-]*\p{Ll}(?: \p{Lu}[\p{L}'’-]*\p{Ll}){0,2})`;
/** The alias labels as one alternation, full stops escaped (words.json `aliasLabels`: 'a.k.a.', 'also known as'); match without case. */
export const ALIAS_LABEL = `(?:${words.aliasLabels.map((w) => w.replace(/[.]/g, '\\.')).join('|')})`;

/** A list item that is nothing but such a name (its spaces made single). */
const NAME = new RegExp(`^${SURNAME_FIRST}$`, 'u');
/** An alias label opening a field. */
const ALIAS = new RegExp(`^${ALIAS_LABEL}\\s*:?\\s+\\S`, 'iu');
/** A field: a label of one to three words opening with a capital, a colon, a value. */
const FIELD = /^\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,2}\s*:\s+(\S.*)$/u;

/** Whether a list item's text is a field of an entry: an alias, or a label and a value holding at most the row's `most` lower-case words. */
function entryField(line: string, lowerWords: (value: string) => number): boolean {
  if (ALIAS.test(line)) return true;
  const m = FIELD.exec(line);
  return m !== null && lowerWords(m[1]) <= ENTRY_ROW.most;
}

/**
 * The list items (by index) of the entries of a list of designated persons:
 * where at least the row's `least` list items are a name set surname first,
 * each such item and the items right under it that are its fields, up to a
 * block that is none. `lowerWords` counts a value's lower-case words but the
 * small ones (asides.ts, as notice:header-field counts them).
 */
export function designationEntries(raw: readonly RawBlock[], shown: (i: number) => string | null, lowerWords: (value: string) => number): Map<number, string> {
  const found = new Map<number, string>();
  const line = (i: number) => (raw[i].kind === 'listItem' ? (shown(i) ?? '').replace(/\s+/g, ' ').trim() : '');
  const names = raw.map((_, i) => NAME.test(line(i)));
  if (names.filter(Boolean).length < ENTRY_ROW.least) return found;
  for (let i = 0; i < raw.length; i++) {
    if (!names[i]) continue;
    found.set(i, ENTRY_ROW.id);
    for (let k = i + 1; k < raw.length && !names[k] && raw[k].kind === 'listItem' && entryField(line(k), lowerWords); k++) found.set(k, ENTRY_ROW.id);
  }
  return found;
}
