import type { Context } from './context';
import { CAP, keyAt } from '../parse/tokens';

/**
 * A list of capitalised words closed by a head word, read as one name (entity:list-before-head):
 * "Foreign, Commonwealth and Development Office", "Asylum, Migration and Integration Fund". The list
 * before the head says what the body or the law is for; its items are words of the name, not names.
 * Read by chunks.ts, one forward look from the first comma.
 */

/** The most words a list closed by a head is read over, from its first comma. */
const LIST_WORDS = 12;

/** Where a list closed by a head was read: the list's "and" and the last word of the head's item. */
export interface HeadList {
  readonly and: number;
  readonly last: number;
}

/**
 * True when word `k` can stand in a list inside a name: a word of the language, one the document
 * writes in lower case or one shaped as an abstract noun (words.json endings: "Foreign", "Migration",
 * "Disarmament"), or a head word that names nothing alone ("Commonwealth", heads.json connectedFirst
 * included); never a listed name, a function word or an institution named alone ("Treasury", "Navy").
 * Proper names alone ("Lockheed, Raytheon and …") and acronyms are names of their own.
 */
function listWord(context: Context, k: number): boolean {
  const { tokens, lex, lowerSeen } = context;
  const key = keyAt(tokens, k);
  if (lex.gazetteer.has(key) || lex.functionWords.has(key) || lex.standalone.has(key)) return false;
  return lex.commonWords.has(key) || lowerSeen.has(key) || lex.abstractNoun.test(key) || lex.heads.has(key) || lex.connectedFirst.has(key);
}

/**
 * True when words `from..to` are an item of a list inside a name: list words, and a head word only
 * as the item alone ("Commonwealth"); an item of several words closed by a head is a name of its own
 * ("the Home Office, Treasury and …").
 */
function listItem(context: Context, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!listWord(context, k)) return false;
  return from === to || !context.lex.heads.has(keyAt(context.tokens, to));
}

/**
 * The list closed by a head from the comma before token `next`, the run's current item being words
 * `item..last` (after the run's last connector, or from its start): items of capitalised words
 * separated by commas, one lower-case "and" (a comma before it or not), then capitalised words up to
 * and with a head word (heads.json), all on one line. When `headed` (the run before the list holds a
 * head with its complement, "Department of State, Foreign Operations, and Related Programs …"), only
 * a statute's or programme's head closes it (an act named for the list); a body's head there names a
 * body of its own ("the Ministry of Defence, Treasury and Cabinet Office"). Else undefined. Looks at
 * most LIST_WORDS words ahead; never back.
 */
export function headList(context: Context, item: number, last: number, next: number, headed: boolean): HeadList | undefined {
  const { tokens, layout, lex, text } = context;
  // Function words opening the run open no item ("The Foreign, …").
  while (item < last && lex.functionWords.has(keyAt(tokens, item))) item++;
  if (!listItem(context, item, last)) return undefined;
  let and = -1;
  let from = next;
  let head = -1;
  let k = next;
  for (; k < tokens.count && k - next < LIST_WORDS; k++) {
    const punct = layout.punct[k];
    // A list does not run on over a line.
    if (k > next && text.slice(tokens.after[k - 1], tokens.start[k]).includes('\n')) break;
    const key = keyAt(tokens, k);
    if (and < 0 && key === 'and' && tokens.shape[k] !== CAP && (punct === '' || punct === ',')) {
      if (k === from || !listItem(context, from, k - 1)) return undefined;
      and = k;
      from = k + 1;
      continue;
    }
    if (tokens.shape[k] !== CAP) break;
    if (k > next && punct === ',' && and < 0) {
      if (k === from || !listItem(context, from, k - 1)) return undefined;
      from = k;
      continue;
    }
    if (k > from && punct !== '') break;
    // After "and": the last item runs to where its capitals end; its last head closes the list.
    if (and >= 0 && lex.heads.has(key) && !lex.standalone.has(key)) head = k;
  }
  if (head < 0 || (headed && lex.heads.get(keyAt(tokens, head)) !== 'treaty_or_program')) return undefined;
  // A comma and a capital after the last item: the list goes on ("Labor, Health and Human Services, Education, …").
  if (k < tokens.count && layout.punct[k] === ',' && tokens.shape[k] === CAP) return undefined;
  return { and, last: head };
}
