import { lastNewline } from '../parse/line-index';
import type { Context } from './context';
import { nameWord } from './bylines';
import { evidenceOf } from './evidence';
import { spanKey } from './keys';
import type { FixedNames } from './mentions';
import { rule } from './lexicon';
import { CAP, keyAt, textAt } from '../parse/tokens';

/**
 * entity:role-field — the person a field names by the role they hold at an event or in a paper:
 * a label closing with a word of words.json roleLabels and a colon ("Rapporteur:", "Host:",
 * "Press Officer:"), then a name of two to four capitalised words that closes the field (the line
 * ends, or a comma, a dash, a bar, a middle dot, a semicolon or a bracket follows). The label opens
 * its line, after at most one word of its own ("Press Officer:"), or follows a separator of fields
 * on the line ("Procedure: … — Rapporteur: Jane Roe — Committee responsible: …"). Only one person
 * holds such a role, so the name is a person whatever its given name; a value with the head of a
 * body or a place in it ("Host: Harbour Institute") names no one here and is left to the other rules.
 */
export function findRoleFields(context: Context): FixedNames {
  const { text, tokens, lex } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  for (let i = 0; i + 2 < tokens.count; i++) {
    if (tokens.shape[i] !== CAP || !lex.roleLabels.has(keyAt(tokens, i))) continue;
    const colon = LABEL_END.exec(text.slice(tokens.end[i], tokens.start[i + 1]));
    if (!colon) continue;
    const lineStart = lastNewline(text, tokens.start[i]) + 1;
    const before = text.slice(Math.max(lineStart, tokens.start[i] - 40), tokens.start[i]);
    if (!(tokens.start[i] - lineStart <= 40 && LINE_OPENS.test(before)) && !SEPARATED.test(before)) continue;
    context.work.steps++;
    const first = i + 1;
    let last = first - 1;
    while (last + 1 < tokens.count && last + 1 - first < 4 && nameWord(context, last + 1) && (last < first || !context.layout.punct[last + 1]) && !/\n/.test(text.slice(tokens.end[last], tokens.start[last + 1]))) last++;
    while (last > first && tokens.shape[last] !== CAP) last--;
    if (last <= first) continue;
    const found = text.indexOf('\n', tokens.end[last]);
    const rest = text.slice(tokens.end[last], found < 0 ? text.length : found);
    if (!FIELD_CLOSES.test(rest) || bodyWord(context, first, last)) continue;
    const given: string[] = [];
    for (let k = first; k < last; k++) given.push(keyAt(tokens, k));
    const key = spanKey(tokens, first, last);
    const evidence = evidenceOf(rule(lex, 'entity:role-field'), 'person', textAt(tokens, i));
    out.proposals.push({ first, last, key, kind: 'person', evidence, referent: undefined, given, surname: keyAt(tokens, last) });
    out.fixed.push({ first, last, key });
    i = last;
  }
  return out;
}

/** A label's colon right after its word, emphasis marks allowed on either side ("Rapporteur:", "**Host:**"). */
const LABEL_END = /^[*_]*:[*_]*[ \t]+[*_]*$/u;
/** What may stand before the label's word when it opens its line: marks and at most one capitalised word ("Press Officer:"). */
const LINE_OPENS = /^[ \t*_>#-]*(?:\p{Lu}\p{L}*[ \t]+)?[*_]*$/u;
/** A separator of fields within the 40 characters before the label. */
const SEPARATED = /[—–|·;][ \t]+[*_]*(?:\p{Lu}\p{L}*[ \t]+)?[*_]*$/u;
/** What closes the field after the name: the line's end, or a comma, a dash, a bar, a middle dot, a semicolon or a bracket. */
const FIELD_CLOSES = /^[*_]*(?:[ \t]*$|[ \t]*[,;(|·]|[ \t]+[—–][ \t])/u;

/** True when a word of `first..last` is the head of a body, a programme or a place ("Institute", "Bay") or opens a place's name ("Port"). */
function bodyWord(context: Context, first: number, last: number): boolean {
  const { tokens, lex } = context;
  for (let k = first; k <= last; k++) {
    const key = keyAt(tokens, k);
    if (lex.heads.has(key) || (k < last && lex.prefixHeads.has(key))) return true;
  }
  return false;
}
