import { lastNewline } from '../parse/line-index';
import type { Context } from './context';
import { nameWord } from './bylines';
import { evidenceOf } from './evidence';
import { organisationWord, personEvidence } from './person-evidence';
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
    if (!FIELD_CLOSES.test(rest) || !personValue(context, first, last, rest)) continue;
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

/**
 * True when the value `first..last` reads as a person: no organisation's word in it ("Host: Northgate Maritime
 * Institute"), no role word closing it ("Editor: Managing Editor" names a post), and a person's own evidence
 * (person-evidence.ts), a double-barrelled surname ("Jane Roe-Doe"), or a post after its comma ("Jane Roe,
 * Visiting Fellow"). A brand, a broadcaster or a country written as two bare words ("Host: Goldman Sachs")
 * carries none of these.
 */
function personValue(context: Context, first: number, last: number, rest: string): boolean {
  const { tokens, lex } = context;
  for (let k = first; k <= last; k++) if (organisationWord(context, k)) return false;
  const end = keyAt(tokens, last);
  if (lex.roleLabels.has(end) || lex.titles.has(end) || lex.posts.has(end)) return false;
  if (personEvidence(context, first, last) || DOUBLE_BARRELLED.test(textAt(tokens, last))) return true;
  if (!/^[*_]*,/.test(rest)) return false;
  for (let k = last + 1; k < tokens.count && k <= last + 4 && !/\n/.test(context.text.slice(tokens.end[k - 1], tokens.start[k])); k++) {
    if (tokens.shape[k] === CAP && (lex.titles.has(keyAt(tokens, k)) || lex.posts.has(keyAt(tokens, k)))) return true;
  }
  return false;
}

/** A surname of two capitalised parts joined by a hyphen ("Roe-Doe"). */
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
