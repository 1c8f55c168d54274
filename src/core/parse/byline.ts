import { furnitureRow } from './furniture-rows';
import firstNames from '../lexicon/data/first-names.json';

/**
 * `notice:byline` (lexicon/data/furniture.json): the byline a news story or a
 * commentary prints under its headline, "By" and the writers' names alone
 * ("By Andrea Villaluz and Liang Wen", "By Mara Lindqvist and Tomas Ruiz | 14 May 2026"):
 * front matter, no section and no claim. Each name is two to four capitalised
 * words or initials; a single name must open with a first name first-names.json
 * knows, so a heading such as "By Air Power Alone" is no byline. A byline with a
 * post after the name is an author line (notice:author-line). Linear in the line.
 * entities/bylines.ts reads the same lines for the person they name (entity:by-line),
 * over the words and with the lexicon: another question, asked after this one.
 */

const ROW = furnitureRow('notice:byline');

/** The id of the byline row. */
export const BYLINE_RULE = ROW.id;

const FIRST_NAMES: ReadonlySet<string> = new Set(firstNames.names);

/** A word of a name: capitalised (a hyphen and a second capitalised part allowed), or an initial. */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?$|^\p{Lu}\.$/u;

/** Whether `line` (one line, spaces single) is a byline: "By" and one or more names, any column after a bar aside. */
export function bylineLine(line: string): boolean {
  if (line.length > (ROW.maxLength ?? 120)) return false;
  const bar = line.indexOf('|');
  const head = (bar >= 0 ? line.slice(0, bar) : line).trim();
  if (!/^(?:By|BY) /.test(head)) return false;
  const names = head
    .slice(3)
    .split(/\s*,\s*|\s+(?:and|&)\s+/)
    .map((n) => n.trim().split(/\s+/));
  if (!names.every((words) => words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w)))) return false;
  return names.length >= 2 || FIRST_NAMES.has(names[0][0]);
}
