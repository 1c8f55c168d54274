import type { Entity, Mention } from '../model/model';

/**
 * entity:field-label — a word in capitals known by its shape alone ('entity:acronym'), every mention of
 * which opens a line and ends at a colon ("AGENCY: Bureau of …", "TIMING: Urgent"), labels a field of a
 * memo's or a notice's header: no name. Read only where two or more lines of the document open so, a
 * block of fields; one line's lead ("NATO: allies meet") is no such block.
 *
 * @returns The ids of the entities that are field labels (none when the document has no block of fields).
 */
export function fieldLabels(text: string, entities: readonly Entity[]): ReadonlySet<string> {
  if (!twoLabelLines(text)) return EMPTY;
  const ids = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'other' || !CAPS_WORD.test(e.name) || !e.why.every((r) => r.rule === 'entity:acronym')) continue;
    if (e.mentions.every((m) => opensLabel(text, m))) ids.add(e.id);
  }
  return ids;
}

/** Two lines or more open with a word in capitals and a colon: one pass, each match anchored at a line's start. */
function twoLabelLines(text: string): boolean {
  let n = 0;
  for (const _ of text.matchAll(LABEL_LINE)) if (++n >= 2) return true;
  return false;
}

const EMPTY: ReadonlySet<string> = new Set();
const CAPS_WORD = /^\p{Lu}{2,}$/u;
/** A line opened by a word in capitals and a colon ("TIMING:"). */
const LABEL_LINE = /^[ \t]*\p{Lu}{2,}:/gmu;
/** Only spaces (markup blanked to them) between the line's start and the mention. */
const LINE_START = /(?:^|\n)[ \t]*$/u;

/** The mention stands first on its line, a colon right after it. */
function opensLabel(text: string, m: Mention): boolean {
  return text[m.end] === ':' && LINE_START.test(text.slice(Math.max(0, m.start - 40), m.start));
}
