import type { Entity, Span } from '../model/model';
import { keyOf } from '../parse/chars';
import { rule, type Lexicon } from './lexicon';

/**
 * entity:defined-in-notice — an acronym the document spells out only in a notice
 * the reading set aside (a legal notice: "prepared by the Harbour Research
 * Office (HRO)") still tells the reader what the acronym names: an acronym
 * nothing else typed takes the type of the spelled-out name's head word, and
 * the spelled-out name as an alias. Linear in the notices' length.
 *
 * @param notices The notices' own text, as the document wrote them.
 */
export function typeFromNotices(lex: Lexicon, entities: readonly Entity[], notices: readonly string[] | undefined): readonly Entity[] {
  if (!notices?.length) return entities;
  const defined = new Map<string, string>();
  for (const notice of notices) {
    for (const m of notice.matchAll(DEFINED)) if (initials(m[1]) === m[2]) defined.set(m[2], m[1].trim());
  }
  if (defined.size === 0) return entities;
  const found = rule(lex, 'entity:defined-in-notice');
  return entities.map((e) => {
    const full = defined.get(e.name);
    if (!full || e.type !== 'other' || !e.why.every((r) => r.rule === 'entity:acronym')) return e;
    const type = lex.heads.get(keyOf(full.slice(full.lastIndexOf(' ') + 1)));
    if (!type) return e;
    const reason = { rule: found.id, weight: found.weight, about: type, words: full };
    return { ...e, type, aliases: e.aliases.includes(full) ? e.aliases : [...e.aliases, full], why: [reason, ...e.why] };
  });
}

/** Capitalised words, with small connecting words between them, then an acronym in parentheses. */
const DEFINED = /((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|for|and|the|on)\s+)*){2,8})\((\p{Lu}{2,8})\)/gu;

/** The initials of the capitalised words of a name ("Harbour Research Office" → "HRO"). */
function initials(name: string): string {
  return (name.match(/\p{Lu}[\p{L}’'-]*/gu) ?? []).map((w) => w[0]).join('');
}

/** A notice as the reading set it aside: where it is, and the furniture rule that decided it. */
export interface NoticeSpan extends Span {
  readonly rule: string;
}

/**
 * entity:in-notice — a contact line, an author line or a hearing line (words.json noticeNames) is
 * set aside from claims and sections, but the people and bodies it names are the document's own
 * ("Media contact: Jane Doe, Deputy Spokesperson, Harbour Office"): their text is given back from
 * `shown` (the masked text before notices were blanked) for the entity reader, and the spans given
 * back are returned so that what they alone name by nothing but capitals can be dropped, and the
 * spans whose text was given back (`given`: only their words are read anew, see rereadSpans); `prose`
 * holds the notices read aside as prose (words.json noticeProse), apart from `lines`.
 */
export function withNoticeNames(lex: Lexicon, text: string, shown: string | undefined, notices: readonly NoticeSpan[] | undefined): { text: string; lines: Span[]; prose: Span[]; given: Span[] } {
  const lines = (notices ?? []).filter((n) => lex.noticeNames.has(n.rule)).sort((a, b) => a.start - b.start);
  if (shown === undefined || lines.length === 0 || shown.length !== text.length) return { text, lines: [], prose: [], given: [] };
  const parts: string[] = [];
  const given: Span[] = [];
  let at = 0;
  for (const n of lines) {
    if (n.start < at) continue;
    parts.push(text.slice(at, n.start), shown.slice(n.start, n.end));
    given.push({ start: n.start, end: n.end });
    at = n.end;
  }
  parts.push(text.slice(at));
  // Boxes read aside as prose (words.json noticeProse) are no title: their lines are kept apart (markCapsLines' `prose`).
  const span = ({ start, end }: Span): Span => ({ start, end });
  return { text: parts.join(''), lines: lines.filter((n) => !lex.noticeProse.has(n.rule)).map(span), prose: lines.filter((n) => lex.noticeProse.has(n.rule)).map(span), given };
}
