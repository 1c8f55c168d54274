import type { Context } from './context';
import { evidenceOf } from './evidence';
import { spanKey } from './keys';
import type { FixedNames } from './mentions';
import { rule } from './lexicon';
import { CAP, INITIAL, keyAt, LOWER, NUMBER, textAt } from '../parse/tokens';

/**
 * entity:reference-author — the authors of a work in a reference list, written as
 * reference lists write them: surname first, a comma, then the initials
 * ("Lindqvist, A. (2017)"; Harvard and APA style) or the given names
 * ("Orlev, Marta (2016)"; the citation templates of encyclopedias), several joined
 * by commas, semicolons or "and", the last before the year in brackets. The year
 * in brackets closing the run is what makes the words authors: "Cambridge, MA
 * (2019)" has no initial and no given name after its comma (a state's code is in
 * capitals), and a place a list knows is no surname or given name ("London,
 * England (2019)").
 *
 * An author named by initials is mentioned by the surname alone, the form the text
 * cites ("Lindqvist (2017) argues"; the initials are kept as given names); one whose
 * given names are written out is mentioned by the whole inverted name.
 */
export function findReferenceAuthors(context: Context): FixedNames {
  const { text, tokens } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  for (let i = 0; i < tokens.count; i++) {
    if (!opensEntry(context, i)) continue;
    context.work.steps++;
    const names: Author[] = [];
    let j = i;
    let closed = false;
    // At most MAX_AUTHORS names: the run is read once, word by word.
    while (names.length < MAX_AUTHORS) {
      const name = authorAt(context, j);
      if (!name) break;
      names.push(name);
      const next = name.end + 1;
      if (next >= tokens.count) break;
      const gap = text.slice(tokens.end[name.end], tokens.start[next]);
      if (YEAR_OPEN.test(gap) && tokens.shape[next] === NUMBER && /^\d{4}[a-z]?$/.test(textAt(tokens, next))) {
        closed = true;
        break;
      }
      if (tokens.shape[next] === LOWER && keyAt(tokens, next) === 'and' && /^,?\s+$/.test(gap)) j = next + 1;
      else if (SEPARATOR.test(gap)) j = next;
      else break;
    }
    if (!closed) continue;
    const evidence = evidenceOf(rule(context.lex, 'entity:reference-author'), 'person', 'year');
    for (const a of names) {
      const first = a.surname;
      const last = a.initialled ? a.surname : a.end;
      const key = spanKey(tokens, first, last);
      out.proposals.push({ first, last, key, kind: 'person', evidence, referent: undefined, given: a.given, surname: keyAt(tokens, a.surname) });
      out.fixed.push({ first, last, key });
    }
    i = names[names.length - 1].end;
  }
  return out;
}

/** The most authors one entry names before "et al." is the custom. */
const MAX_AUTHORS = 8;
/** The gap before the year of an entry: a bracket, after a comma or a full stop at most. */
const YEAR_OPEN = /^[.,]?\s*\($/;
/** The gap between two authors: a comma, a semicolon or an ampersand ("Brandt, Helena; Oduya, Samuel"). */
const SEPARATOR = /^\s*[,;&]\s*$/;

/** One author of an entry: the surname's word, the given names' keys, and the last word read. */
interface Author {
  readonly surname: number;
  readonly given: readonly string[];
  readonly end: number;
  readonly initialled: boolean;
}

/** True when word `i` opens a line, after list marks or a number at most ("4. Brandt, Helena"). */
function opensEntry(context: Context, i: number): boolean {
  const { text, tokens } = context;
  if (tokens.shape[i] !== CAP) return false;
  const from = i > 0 ? tokens.end[i - 1] : 0;
  const gap = text.slice(from, tokens.start[i]);
  if (gap.includes('\n') || i === 0) return /^[\s*_>-]*$/.test(gap.slice(gap.lastIndexOf('\n') + 1));
  // A numbered entry: the number opens the line ("4." then the surname).
  return i > 0 && tokens.shape[i - 1] === NUMBER && /^\d{1,3}\.$/.test(textAt(tokens, i - 1)) && /^ +$/.test(gap) && opensLine(context, i - 1);
}

/** True when word `i` is the first on its line. */
function opensLine(context: Context, i: number): boolean {
  const { text, tokens } = context;
  const gap = text.slice(i > 0 ? tokens.end[i - 1] : 0, tokens.start[i]);
  return i === 0 || gap.includes('\n');
}

/**
 * The author written surname first from word `i`: a capitalised surname no list
 * knows as a place, a comma, then one to three initials or one or two given names.
 */
function authorAt(context: Context, i: number): Author | undefined {
  const { text, tokens, lex } = context;
  if (i + 2 >= tokens.count || tokens.shape[i] !== CAP || lex.gazetteer.has(keyAt(tokens, i))) return undefined;
  if (!/^,\s+$/.test(text.slice(tokens.end[i], tokens.start[i + 1]))) return undefined;
  const given: string[] = [];
  let k = i + 1;
  const initialled = tokens.shape[k] === INITIAL;
  const shape = initialled ? INITIAL : CAP;
  while (k < tokens.count && given.length < (initialled ? 3 : 2) && tokens.shape[k] === shape && (given.length === 0 || /^ ?$/.test(text.slice(tokens.end[k - 1], tokens.start[k])))) {
    if (!initialled && lex.gazetteer.has(keyAt(tokens, k))) break;
    given.push(keyAt(tokens, k));
    k++;
  }
  if (given.length === 0) return undefined;
  return { surname: i, given, end: k - 1, initialled };
}
