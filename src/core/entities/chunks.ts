import { isConnector, isNameShape, rankAt, type Context } from './context';
import { CAP, keyAt, NUMBER, textAt } from '../parse/tokens';
import { spanKey } from './keys';
import { headList } from './lists';

/** The punctuation a lone apostrophe leaves between two words ("Forces' and"). */
const APOSTROPHE = /^\s*['’]\s*$/u;

/** A year of four digits, which a statute's name may end with. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Runs of capitalised words that may hold names, with the connectors between
 * them ("Department of the Air Force", "Russia and Belarus"). A run never crosses
 * punctuation, a paragraph or a sentence, nor goes on after a possessive
 * ("Russia’s Belarus" is two runs) except after an ordinary word ("People's Republic").
 */
export interface Chunk {
  /** First and last token index (inclusive). */
  readonly first: number;
  readonly last: number;
  /** What may be found in the run: the least of its words' `Layout.find`. */
  readonly find: number;
  /** The "and" of a list closed by a head inside the run (entity:list-before-head), kept by the split at "and"; else -1. */
  readonly listAnd: number;
}

/**
 * The most words a run holds. No name is that long (the longest in the samples
 * is 11 words); capitalised words run on that far only in lists and title-case
 * text, and cutting them there bounds the work of reading one run, so that a list
 * of thousands of names, one a line, reads in time linear in its length.
 */
const LONGEST_RUN = 32;

/** Finds the runs of `context`, in text order. */
export function findChunks(context: Context): Chunk[] {
  const { tokens, layout, lex } = context;
  const chunks: Chunk[] = [];
  const n = tokens.count;
  let i = 0;
  while (i < n) {
    if (!isNameShape(tokens, i) && !numbersName(context, i)) {
      i++;
      continue;
    }
    let last = i;
    // Where the run's current item begins: after its last connector ("of State"), for a list closed by a head.
    let item = i;
    let listAnd = -1;
    for (;;) {
      if (tokens.cut[last] || last - i + 1 >= LONGEST_RUN) break;
      const key = keyAt(tokens, last);
      // A possessive ends a name, except after an ordinary word ("People's Republic") that heads
      // no name itself ("the Commission's Action Plan" is two names), and after a head's complement
      // ("the Department of Commerce's Bureau of Industry" is two names).
      const plurals = tokens.possessive[last] === 1 && pluralsBeforeHead(context, last);
      if (tokens.possessive[last] && !possessiveOf(context, last) && !(lex.commonWords.has(key) && !lex.heads.has(key) && last + 1 < n && tokens.shape[last + 1] === CAP && !completes(context, i, last)) && !plurals) break;
      const next = last + 1;
      // A statute's short title may end with its year after a comma ("… Appropriations Act, 2026 (P.L. 119-75)").
      if (commaYear(context, key, next)) last = next;
      // A listed name may hold a comma ("Washington, D.C."): the run goes on over it, the gazetteer reads it whole.
      if (next < n && layout.punct[next] === ',' && listedOver(context, i, last, next)) {
        last = next;
        continue;
      }
      // A company's legal form after a comma ends its name ("Harbor Reach Logistics, Inc.").
      if (next < n && layout.punct[next] === ',' && last > i && lex.legalForms.has(keyAt(tokens, next))) {
        last = next;
        break;
      }
      // A complement may be a list ("Committee on the Environment, Public Health and Food Safety").
      const listEnd = next < n && layout.punct[next] === ',' ? complementList(context, i, next) : -1;
      if (listEnd > 0) {
        last = listEnd;
        break;
      }
      // A list may end in a head ("Foreign, Commonwealth and Development Office"); after "the" it opens a name of its own.
      const list = listEnd < 0 && listAnd < 0 && next < n && layout.punct[next] === ',' ? headList(context, item, last, next, headWithComplement(context, i, next)) : undefined;
      if (list) {
        if (item > i && keyAt(tokens, item - 1) === 'the') {
          chunks.push(chunkOver(context, i, item - 1, -1));
          i = item;
        }
        [listAnd, last] = [list.and, list.last];
        continue;
      }
      // The apostrophe of a plural possessive inside a name breaks nothing ("Cadets' Associations").
      const apart = (j: number) => layout.broken[j] && !(plurals && j === next && APOSTROPHE.test(layout.punct[j]));
      if (next >= n || apart(next)) break;
      if (isNameShape(tokens, next)) {
        last = next;
        continue;
      }
      if (tokens.shape[next] === NUMBER) {
        // "Executive Order 14347", "Fiscal Year 2020", "Section 232", "Reserve Forces Act 1996", "Defence Review 2025".
        const dated = lex.statutes.has(key) || lex.issued.has(key);
        if (lex.numbered.has(key) || lex.parts.has(key) || (dated && YEAR.test(textAt(tokens, next)))) last = next;
        break;
      }
      if (isConnector(context, next)) {
        // Up to two connectors ("of the"), then a name word, or a year after "Act of"; never a month
        // or a day (words.json calendar: "the Assembly on Thursday", "the Subcommittee on … on May 6").
        let j = next;
        while (j < n && j - next < 2 && isConnector(context, j) && !apart(j)) j++;
        if (j < n && !layout.broken[j]) {
          if (isNameShape(tokens, j) && !lex.calendar.has(keyAt(tokens, j))) {
            last = item = j;
            continue;
          }
          if (tokens.shape[j] === NUMBER && keyAt(tokens, j - 1) === 'of' && lex.heads.get(key) === 'treaty_or_program' && /^\d{4}$/.test(textAt(tokens, j))) {
            last = j;
          }
        }
      }
      break;
    }
    chunks.push(chunkOver(context, i, last, listAnd));
    i = last + 1;
  }
  return chunks;
}

/** The run over words `first..last`: what may be found in it is the least its words allow. */
function chunkOver(context: Context, first: number, last: number, listAnd: number): Chunk {
  let find = context.layout.find[first];
  for (let k = first + 1; k <= last; k++) find = Math.min(find, context.layout.find[k]);
  return { first, last, find, listAnd };
}

/** True when the run from `first` to before `next` holds a head and its connector (heads.json connectedFirst, complement). */
function headWithComplement(context: Context, first: number, next: number): boolean {
  const { tokens, lex } = context;
  for (let k = first; k + 1 < next; k++) if (lex.connectedFirst.has(keyAt(tokens, k)) && lex.complement.has(keyAt(tokens, k + 1))) return true;
  return false;
}

/**
 * True when word `i` is an ordinal or a small number right before a name, which
 * it may number ("the 14th Five-Year Plan", "the 15 FYP"): the run opens at it, and
 * the rules decide whether it belongs to the name. Not a day after a month ("May 15 Congress").
 */
function numbersName(context: Context, i: number): boolean {
  const { tokens, layout, lex } = context;
  if (i + 1 >= tokens.count || layout.broken[i + 1] || !isNameShape(tokens, i + 1) || !rankAt(tokens, i, lex)) return false;
  return layout.broken[i] === 1 || !lex.calendar.has(keyAt(tokens, i - 1));
}

/**
 * True when the possessive at `k` stands right before "of" and a capitalised word ("Lloyd's of London"):
 * no possessive stands before "of", so the "'s" is part of a name that goes on (entity:possessive-of).
 */
export function possessiveOf(context: Context, k: number): boolean {
  const { tokens, layout } = context;
  if (!/^['’]s$/u.test(context.text.slice(tokens.end[k], tokens.after[k]))) return false;
  return k + 2 < tokens.count && keyAt(tokens, k + 1) === 'of' && !layout.broken[k + 1] && !layout.broken[k + 2] && isNameShape(tokens, k + 2);
}

/** True when the word at `last` completes a head's complement begun in the run at `i` ("Department of Commerce"). */
function completes(context: Context, i: number, last: number): boolean {
  let j = last - 1;
  while (j > i && isConnector(context, j)) j--;
  return j < last - 1 && context.lex.heads.has(keyAt(context.tokens, j));
}

/**
 * True when the plural possessive at `k` ("Forces'") names whose the body is, inside its name
 * (entity:plural-possessive): right before an organisation's head ("Cadets' Associations"), or
 * before "and", another plural possessive and that head ("Reserve Forces' and Cadets' Associations").
 */
export function pluralsBeforeHead(context: Context, k: number): boolean {
  const { tokens, layout, lex } = context;
  // A lone apostrophe after -s: "Forces'", not "Force's".
  const plural = (j: number) => tokens.possessive[j] === 1 && keyAt(tokens, j).endsWith('s') && !/^['’]s/u.test(context.text.slice(tokens.end[j], tokens.end[j] + 2));
  const near = (j: number) => !layout.broken[j] || APOSTROPHE.test(layout.punct[j]);
  const head = (j: number) => j < tokens.count && near(j) && tokens.shape[j] === CAP && lex.heads.get(keyAt(tokens, j)) === 'organization';
  if (!plural(k)) return false;
  if (head(k + 1)) return true;
  return k + 3 < tokens.count && keyAt(tokens, k + 1) === 'and' && near(k + 1) && !layout.broken[k + 2] && tokens.shape[k + 2] === CAP && plural(k + 2) && head(k + 3);
}

/**
 * True when the words from `i` or from `last` to `next`, over the comma before `next`, are a name the
 * gazetteer lists with that comma ("Washington, D.C.", places.json aliases): two lookups, no scan.
 */
function listedOver(context: Context, i: number, last: number, next: number): boolean {
  const { tokens, lex } = context;
  return lex.gazetteer.has(spanKey(tokens, last, next)) || (i < last && lex.gazetteer.has(spanKey(tokens, i, next)));
}

/** True when token `next` is a year after a comma that ends a statute's name (`key` its head), before a bracket or a stop. */
function commaYear(context: Context, key: string, next: number): boolean {
  const { tokens, layout, lex } = context;
  if (next >= tokens.count || layout.punct[next] !== ',' || tokens.shape[next] !== NUMBER || !lex.statutes.has(key) || !YEAR.test(textAt(tokens, next))) return false;
  return next + 1 >= tokens.count || (layout.broken[next + 1] === 1 && layout.punct[next + 1] !== ',');
}

/** The most words a list in a complement is read over. */
const LIST_WORDS = 12;

/**
 * The last word of a list that completes a head's complement from token `next` (after a comma):
 * capitalised words and commas, then "and" (a comma before it or not) and capitalised words ending it
 * ("Committee on Commerce, Science, and Transportation"), when the run from `first` holds a head and its
 * connector (heads.json connectedFirst, complement); no listed name, head or acronym in the list, all on
 * one line. The last item ends where its capitals end; a head word may be that item alone, naming nothing
 * on its own ("Committee on Industry, Research and Energy"), unless it names an institution alone
 * (heads.json standalone). Else -1. Looks at most LIST_WORDS words ahead.
 */
function complementList(context: Context, first: number, next: number): number {
  const { tokens, layout, lex } = context;
  if (!headWithComplement(context, first, next)) return -1;
  let and = -1;
  let k = next;
  for (; k < tokens.count && k - next < LIST_WORDS; k++) {
    const punct = layout.punct[k];
    if (k > next && punct !== '' && punct !== ',') break;
    // A comma after the last item ends the list.
    if (and >= 0 && k > and + 1 && punct === ',') break;
    // A list does not run on over a line.
    if (k > next && context.text.slice(tokens.after[k - 1], tokens.start[k]).includes('\n')) return -1;
    const key = keyAt(tokens, k);
    if (key === 'and' && tokens.shape[k] !== CAP) {
      if (and >= 0) return -1;
      and = k;
      continue;
    }
    if (tokens.shape[k] !== CAP) {
      if (and >= 0 || !isConnector(context, k)) break;
      continue;
    }
    // A listed place or body, or a head, is a name of its own ("the Ministry of Defence, Poland and NATO",
    // "Office of Coastal Research, Department of …"), but for one head word alone closing the list.
    const alone = k === and + 1 && !(k + 1 < tokens.count && layout.punct[k + 1] === '' && tokens.shape[k + 1] === CAP) && !lex.standalone.has(key);
    if (lex.gazetteer.has(key) || (lex.heads.has(key) && !alone)) return -1;
  }
  const last = k - 1;
  return and > next && last > and && isNameShape(tokens, last) && isNameShape(tokens, and + 1) ? last : -1;
}
