import furniture from '../lexicon/data/furniture.json';
import { rowIn } from './rows';
import type { Span } from '../model/model';

/**
 * Speakers' names in transcripts, debates and interviews (lexicon/data/furniture.json):
 * the name that opens a turn ('Sir Ann Reyes (Portside) (Lab): …', '**Ann Reyes: …**')
 * and the name alone in brackets where a turn goes on after a page or column
 * break ('[Ann Reyes]'). They say who speaks, not what is argued: page furniture
 * of the turn, never part of its first sentence. Decided from the document's own
 * evidence: enough turns open with such a name, and a speaker takes more than one.
 * One pass over the lines, and one over the text for the words written as surnames.
 */

interface Row {
  readonly id: string;
  readonly least?: number;
  readonly repeats?: number;
  readonly maxLength?: number;
}
const row = (id: string) => rowIn<Row>('furniture.json', furniture.rules, id);
export const SPEAKER_LABEL = row('notice:speaker-label');
export const SPEAKER_RESUMED = row('notice:speaker-resumed');

const WORD = "\\p{Lu}[\\p{L}'’.-]*";
const JOIN = '(?:of|for|and|the|de|da|del|van|von|der|du|la|le)';
const NAME = `${WORD}(?:[ \\t]+(?:${WORD}|${JOIN})){0,7}`;
/** A turn's opening: bold or not, a name, up to three asides in brackets (a seat, a party, the holder of an office), a colon, then words. */
const LABEL = new RegExp(`^([ \\t]*(?:\\*\\*|__)?)(${NAME})((?:[ \\t]*\\([^()\\n]{1,60}\\)){0,3})[ \\t]*:(?:\\*\\*|__)?[ \\t]+(?=\\S)`, 'u');
const RESUMED = new RegExp(`^[ \\t]*\\[(${NAME})\\][ \\t]*$`, 'u');
/** A capitalised word written after another: a surname ('Rachel Dunmore'), so that word alone may name a speaker. */
const SURNAME = /\p{Lu}[\p{L}'’-]+[ \t]+(\p{Lu}[\p{L}'’-]+)/gu;

/** A speaker's name found: its span, the rule, and where its line starts. */
export interface Turn extends Span {
  readonly rule: string;
  readonly line: number;
}

/** The furniture of a transcript's turns: spans with the rule that decided each, in order. */
export function speakerTurns(text: string): Turn[] {
  const candidates: { span: Span; names: string[]; line: number }[] = [];
  const resumed: { span: Span; name: string }[] = [];
  let blankBefore = true;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (blankBefore && line.length <= 2000) {
      const m = LABEL.exec(line);
      const label = m && m[2].length + m[3].length <= (SPEAKER_LABEL.maxLength ?? 120) && /^\p{Lu}/u.test(lastWord(m[2])) ? m : null;
      if (label) {
        const asides = [...label[3].matchAll(/\(([^()]+)\)/g)].map((a) => a[1].trim()).filter((a) => /^\p{Lu}\S*\s+\p{Lu}/u.test(a));
        candidates.push({ span: { start: start + label[1].length, end: start + label[0].length }, names: [label[2].trim(), ...asides], line: start });
      }
      const r = RESUMED.exec(line);
      if (r) resumed.push({ span: { start, end }, name: r[1].trim() });
    }
    blankBefore = line.trim().length === 0;
    start = end + 1;
  }
  if (candidates.length < (SPEAKER_LABEL.least ?? Infinity)) return [];
  let surnames: Set<string> | null = null;
  const named = (name: string) => {
    if (/\s/.test(name)) return true;
    surnames ??= new Set([...text.matchAll(SURNAME)].map((m) => m[1]));
    return surnames.has(name);
  };
  const turns = candidates.filter((c) => named(c.names[0]));
  const counts = new Map<string, number>();
  for (const c of turns) for (const n of c.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  if (turns.length < (SPEAKER_LABEL.least ?? Infinity) || ![...counts.values()].some((n) => n >= (SPEAKER_LABEL.repeats ?? Infinity))) return [];
  const out: Turn[] = turns.map((c) => ({ start: c.span.start, end: trimEnd(text, c.span), rule: SPEAKER_LABEL.id, line: c.line }));
  for (const r of resumed) if (counts.has(r.name)) out.push({ ...r.span, rule: SPEAKER_RESUMED.id, line: r.span.start });
  return out.sort((a, b) => a.start - b.start);
}

function lastWord(name: string): string {
  const words = name.trim().split(/[ \t]+/);
  return words[words.length - 1];
}

function trimEnd(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}
