import type { Context } from './context';
import type { Segmenter } from './pieces';
import { keyAt, LOWER } from '../parse/tokens';

/** What the readers of a run of capitalised words (runs.ts, unknown.ts) ask of the words in it and after it. */

/** An ordinary word: common, a date, a number word, a title. */
export function ordinary(context: Context, i: number): boolean {
  const { lex } = context;
  const key = keyAt(context.tokens, i);
  return lex.commonWords.has(key) || lex.calendar.has(key) || lex.numberWords.has(key) || lex.titles.has(key);
}

/** The type of a lower-case head word right after token `last` ("the Baltic states"), if any. */
export function lowerHeadAfter(s: Segmenter, last: number): 'place' | 'organization' | 'treaty_or_program' | undefined {
  const { tokens, layout, lex } = s.context;
  const next = last + 1;
  if (next >= tokens.count || tokens.shape[next] !== LOWER || layout.broken[next] || tokens.possessive[last]) return undefined;
  const key = keyAt(tokens, next); // a feature in the plural too ("the Danish straits", "the Vakhsh and Panj rivers")
  const type = lex.lowerHeads.get(key) ?? (key.endsWith('s') && lex.features.has(key) ? 'place' : undefined);
  return type === 'place' || type === 'organization' || type === 'treaty_or_program' ? type : undefined;
}
