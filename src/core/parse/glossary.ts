import furniture from '../lexicon/data/furniture.json';
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

interface GlossaryRow {
  readonly id: string;
  readonly pattern: string;
  readonly maxLength: number;
}

const ROW = (furniture.rules as readonly Partial<GlossaryRow>[]).find((r) => r.id === 'notice:glossary-entry') as GlossaryRow | undefined;
if (!ROW?.pattern || !ROW.maxLength) throw new Error('furniture.json has no complete row notice:glossary-entry');

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
