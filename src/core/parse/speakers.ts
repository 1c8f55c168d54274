import { furnitureRow } from './furniture-rows';
import { endsSentence, sentenceInside } from './ends';
import type { Span } from '../model/model';

/**
 * Speakers' names in transcripts, debates and interviews (lexicon/data/furniture.json):
 * the name that opens a turn ('Sir Ann Reyes (Portside) (Lab): …', '**Ann Reyes: …**')
 * and the name alone in brackets where a turn goes on after a page or column
 * break ('[Ann Reyes]'). They say who speaks, not what is argued: page furniture
 * of the turn, never part of its first sentence. A part in the talk may stand for
 * the name ('MODERATOR:', 'Q:'; `notice:speaker-role`). Decided from the document's
 * own evidence: enough turns open with such a label, what follows each label is
 * prose (a sentence of its paragraph ends: a participants' list's 'Moderator: Jane
 * Roe, Vice President' is a field line), and a speaker takes more than one turn.
 * One pass over the lines, and one over the text for the words written as surnames.
 */

const row = (id: string) => furnitureRow(id);
export const SPEAKER_LABEL = row('notice:speaker-label');
export const SPEAKER_RESUMED = row('notice:speaker-resumed');
export const SPEAKER_ROLE = row('notice:speaker-role');
/** The parts in a talk a label may name in place of a person ('moderator', 'q'), lower case, spaces single. */
const ROLES: ReadonlySet<string> = new Set(SPEAKER_ROLE.words ?? []);
const roleOf = (name: string) => ROLES.has(name.toLowerCase().replace(/\s+/g, ' '));

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

/** A label opening a paragraph: its span, the names it gives, its line, and whether prose follows it. */
interface Candidate {
  readonly span: Span;
  readonly names: string[];
  readonly line: number;
  prose: boolean;
}

/** The furniture of a transcript's turns: spans with the rule that decided each, in order (a part named with the person in brackets, 'Madam Deputy Speaker (Dame Ann Roe):', names a speaker). */
export function speakerTurns(text: string): Turn[] {
  const candidates: Candidate[] = [];
  const resumed: { span: Span; name: string }[] = [];
  // The label opening the paragraph being read, until the paragraph shows prose after it.
  let open: Candidate | null = null;
  let blankBefore = true;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const blank = line.trim().length === 0;
    if (blank) open = null;
    if (blankBefore && line.length <= 2000) {
      const m = LABEL.exec(line);
      const label = m && m[2].length + m[3].length <= (SPEAKER_LABEL.maxLength ?? 120) && /^\p{Lu}/u.test(lastWord(m[2])) ? m : null;
      if (label) {
        const asides = [...label[3].matchAll(/\(([^()]+)\)/g)].map((a) => a[1].trim()).filter((a) => /^\p{Lu}\S*\s+\p{Lu}/u.test(a));
        open = { span: { start: start + label[1].length, end: start + label[0].length }, names: [label[2].trim(), ...asides], line: start, prose: false };
        candidates.push(open);
      }
      const r = RESUMED.exec(line);
      if (r) resumed.push({ span: { start, end }, name: r[1].trim() });
    }
    // Prose after the label: a sentence of its paragraph ends.
    if (open && !open.prose) {
      const words = open.line === start ? text.slice(open.span.end, end) : line;
      open.prose = endsSentence(words) || sentenceInside(words);
    }
    blankBefore = blank;
    start = end + 1;
  }
  if (candidates.length < (SPEAKER_LABEL.least ?? Infinity)) return [];
  let surnames: Set<string> | null = null;
  const named = (name: string) => {
    if (/\s/.test(name) || roleOf(name)) return true;
    surnames ??= new Set([...text.matchAll(SURNAME)].map((m) => m[1]));
    return surnames.has(name);
  };
  const turns = candidates.filter((c) => c.prose && named(c.names[0]));
  const counts = new Map<string, number>();
  for (const c of turns) for (const n of c.names) counts.set(n, (counts.get(n) ?? 0) + 1);
  if (turns.length < (SPEAKER_LABEL.least ?? Infinity) || ![...counts.values()].some((n) => n >= (SPEAKER_LABEL.repeats ?? Infinity))) return [];
  const out: Turn[] = turns.map((c) => ({ start: c.span.start, end: trimEnd(text, c.span), rule: c.names.length === 1 && roleOf(c.names[0]) ? SPEAKER_ROLE.id : SPEAKER_LABEL.id, line: c.line }));
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
