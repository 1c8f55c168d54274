import { furnitureRow } from './furniture-rows';
import { endsSentence } from './ends';

/**
 * `notice:glossary-entry` (lexicon/data/furniture.json): a line of a list of
 * abbreviations — the short form in capitals (bold or not), a dash, a colon or
 * a tab, then what it stands for ('**EU** — European Union', 'JCC: Joint
 * Coordination Centre (Istanbul)') — as reports, briefings and chronologies
 * print one. The letters of the short form are, in order, among the first
 * letters of the long form's words: the text shows the line spells the short
 * form out, so it says what a word means, not what the document argues. A
 * sentence with a dash after a name ('EU — the member states agreed …') spells
 * nothing out and stays.
 */

const ROW = furnitureRow('notice:glossary-entry', 'pattern', 'maxLength');

/** The id of the glossary row. */
export const GLOSSARY_RULE = ROW.id;
const ENTRY = new RegExp(ROW.pattern, 'u');

/** True when `line` (one line, trimmed) is an entry of a list of abbreviations: see the module's comment. */
export function glossaryEntry(line: string): boolean {
  if (line.length > ROW!.maxLength || endsSentence(line)) return false;
  const m = ENTRY.exec(line);
  if (!m) return false;
  const short = m[1].replace(/[^\p{Lu}]/gu, '');
  const initials = m[2]
    .split(/[\s/-]+/)
    .map((w) => w.replace(/^[^\p{L}]+/u, '').charAt(0).toUpperCase())
    .join('');
  let at = 0;
  for (const letter of initials) if (letter === short.charAt(at)) at++;
  return short.length >= 2 && at === short.length;
}
