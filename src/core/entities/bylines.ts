import type { Context } from './context';
import { evidenceOf } from './evidence';
import { spanKey } from './keys';
import type { FixedNames } from './mentions';
import { rule } from './lexicon';
import { CAP, INITIAL, keyAt } from '../parse/tokens';

/**
 * entity:by-line — the author of a report, as its by-line or author line gives
 * them: a name of two to four capitalised words opening a line, after "By"
 * ("By Jane Doe | Trade Desk") or before a comma or a bar and a title or an
 * affiliation with no verb in it ("Jane Doe, Senior Fellow, Harbour Institute").
 * Such a name is a person even when no list knows the given name; the surname
 * alone later joins it.
 */
export function findByLines(context: Context): FixedNames {
  const { text, tokens, lex } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  let lineStart = 0;
  // The word before opened its line and was "By".
  let afterBy = false;
  for (let i = 0; i < tokens.count; i++) {
    // Only a word that opens its line, or follows "By" opening it: the gap before it is read once.
    const gapFrom = i > 0 ? tokens.after[i - 1] : 0;
    let newline = -1;
    for (let c = tokens.start[i] - 1; c >= gapFrom && newline < 0; c--) if (text.charCodeAt(c) === 10) newline = c;
    const opens = i === 0 || newline >= 0;
    if (opens) lineStart = newline + 1;
    const by = afterBy;
    afterBy = opens && keyAt(tokens, i) === 'by';
    if (!opens && !by) continue;
    const start = tokens.start[i];
    // Only marks, spaces and "By" before the name on its line.
    const before = text.slice(lineStart, start);
    if (before.length > 12 || !/^[\s*_>#-]*(?:by[\s*_:]+)?$/i.test(before)) continue;
    context.work.steps++;
    let last = i - 1;
    while (last + 1 < tokens.count && last - i < 3 && nameWord(context, last + 1) && (last < i || !context.layout.punct[last + 1])) last++;
    while (last > i && tokens.shape[last] !== CAP) last--;
    if (last <= i) continue;
    const found = text.indexOf('\n', start);
    const lineEnd = found < 0 ? text.length : found;
    if (lineEnd - lineStart > MAX_LINE) continue;
    const after = text.slice(tokens.end[last], lineEnd);
    // Two authors joined by "and" make the whole line ("Jane Doe and John Roe").
    const partner = by || !/^\s+and\s/.test(after) ? null : secondName(context, last + 1, lineEnd);
    if (!partner && !(by ? /^[\s*_]*(?:$|[,|–—])/.test(after) : affiliation(context, after))) continue;
    const evidence = evidenceOf(rule(lex, 'entity:by-line'), 'person', by ? 'By' : partner ? 'and' : after.replace(/^[\s*_,|–—]+/, '').split(/\s+/)[0]);
    for (const [first, end] of partner ? [[i, last], partner] : [[i, last]]) {
      const given: string[] = [];
      for (let k = first; k < end; k++) given.push(keyAt(tokens, k));
      const key = spanKey(tokens, first, end);
      out.proposals.push({ first, last: end, key, kind: 'person', evidence, referent: undefined, given, surname: keyAt(tokens, end) });
      out.fixed.push({ first, last: end, key });
    }
    i = partner ? partner[1] : last;
  }
  return out;
}

/** A word that may be part of an author's name: capitalised or an initial, no common or function word. */
function nameWord(context: Context, k: number): boolean {
  const { tokens, lex } = context;
  const key = keyAt(tokens, k);
  return (tokens.shape[k] === CAP || tokens.shape[k] === INITIAL) && !lex.commonWords.has(key) && !lex.functionWords.has(key) && !lex.titles.has(key);
}

/** The second author of "Jane Doe and John Roe": two to four name words after "and" at `and`, ending the line; or null. */
function secondName(context: Context, and: number, lineEnd: number): [number, number] | null {
  const { tokens, text } = context;
  if (and + 2 >= tokens.count || keyAt(tokens, and) !== 'and') return null;
  let last = and;
  while (last + 1 < tokens.count && last - and < 4 && tokens.start[last + 1] < lineEnd && nameWord(context, last + 1)) last++;
  const whole = last - and >= 2 && tokens.shape[last] === CAP && text.slice(tokens.end[last], lineEnd).trim() === '';
  return whole ? [and + 1, last] : null;
}

/** The longest line read as an author line (a name, a title and an affiliation). */
const MAX_LINE = 200;

/**
 * True when `after` (the rest of the line after a name) is a comma or a bar and
 * then a title or an affiliation: capitalised words and function words only, no
 * full stop ending a sentence ("Jane Doe, the minister, said so." is a sentence).
 */
function affiliation(context: Context, after: string): boolean {
  const m = /^[\s*_]*[,|–—]\s*(.+)$/.exec(after);
  if (!m || /[.!?]["”’)]?\s*$/.test(m[1]) && !/\b\p{Lu}[\p{L}]{0,3}\.$/u.test(m[1].trim())) return false;
  const words = m[1].match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || context.lex.functionWords.has(w.toLowerCase()));
}
