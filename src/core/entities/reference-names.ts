import { lastNewline } from '../parse/line-index';
import { isConnector, type Context, type Proposal } from './context';
import { evidenceOf } from './evidence';
import { spanKey } from './keys';
import { FIND_ALL } from './layout';
import { rule } from './lexicon';
import type { FixedNames } from './mentions';
import type { EntityType } from '../model/model';
import { CAP, ACRONYM } from '../parse/tokens';

/**
 * Names a reference list writes by its convention (Harvard, Chicago and the
 * encyclopedia's "Notes"), which no head word types: the journal set in italics
 * after an article's quoted title and before its volume (`'Title', *Journal of
 * Peace Research*, 58(4)`; `"Title". _Review of Maritime Law_. 41 (2)`) is a
 * publication, an organisation (entity:reference-journal); after a book's
 * italic title, "Place: Publisher." (`*Title*. Cambridge: Cambridge University
 * Press.`; `_Title_. London: Routledge.`) names the town where it was published
 * (entity:reference-place) and its publisher (entity:reference-publisher). The
 * italics and the quotes mark where each name begins and ends; a name is
 * capitalised words and connectors only. Linear: each word is tried once.
 */

/** The most words one name of a reference holds. */
const MOST = 8;

/** How far back on its line a book's entry is read for its year. */
const LINE = 200;

/** A quoted article title closed, then a comma or full stop, then italics opening: the gap before a journal. */
const BEFORE_JOURNAL = /['"’”][.,][\s*_]*$/;

/** Italics closed, then a comma or full stop and a volume number: the gap after a journal. */
const AFTER_JOURNAL = /^[*_\s]*[.,]\s*(?:\d|Retrieved\b)/;

/** Italics closed and a full stop: the end of a book's title, before "Place: Publisher.". */
const AFTER_TITLE = /^[*_\s]*\.\s*$/;

/** A year in brackets, as a reference entry writes its date after the authors ("Lindqvist, A. (2017)"). */
const ENTRY_YEAR = /\(\d{4}[a-z]?\)/;

/** Reads the journals, the towns and the publishers of the reference entries. */
export function findReferenceNames(context: Context): FixedNames {
  const { tokens, text } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  for (let i = 0; i < tokens.count; i++) {
    if (!nameWord(context, i)) continue;
    const gap = text.slice(i > 0 ? tokens.after[i - 1] : 0, tokens.start[i]);
    if (BEFORE_JOURNAL.test(gap)) {
      const last = runEnd(context, i);
      if (last >= 0 && AFTER_JOURNAL.test(text.slice(tokens.after[last], tokens.after[last] + 8))) {
        push(context, out, i, last, 'entity:reference-journal', 'organization');
        i = last;
      }
      continue;
    }
    if (!AFTER_TITLE.test(gap) || !ENTRY_YEAR.test(lineBefore(text, tokens.start[i]))) continue;
    // "Cambridge: Cambridge University Press." — the town, a colon, the publisher, a full stop.
    const town = runEnd(context, i);
    const publisher = town + 1;
    if (town < 0 || publisher >= tokens.count || context.layout.punct[publisher] !== ':' || !nameWord(context, publisher)) continue;
    const last = runEnd(context, publisher);
    if (last < 0 || text.charAt(tokens.after[last]) !== '.') continue;
    push(context, out, i, town, 'entity:reference-place', 'place');
    push(context, out, publisher, last, 'entity:reference-publisher', 'organization');
    i = last;
  }
  return out;
}

/** The text of the line before offset `at`, at most {@link LINE} characters of it. */
function lineBefore(text: string, at: number): string {
  const from = Math.max(0, at - LINE);
  const line = lastNewline(text, at);
  return text.slice(Math.max(from, line + 1), at);
}

/** True when word `i` may open or close a name of a reference: capitalised or an acronym, in prose. */
function nameWord(context: Context, i: number): boolean {
  const { tokens, layout } = context;
  return (tokens.shape[i] === CAP || tokens.shape[i] === ACRONYM) && layout.find[i] === FIND_ALL;
}

/**
 * The last word of the name that opens at word `i`: capitalised words and
 * connectors with nothing between them, closed by a capitalised word; -1 when
 * it runs longer than {@link MOST} words.
 */
function runEnd(context: Context, i: number): number {
  const { tokens, layout } = context;
  let last = i;
  for (let j = i + 1; j < tokens.count && layout.punct[j] === '' && !layout.broken[j]; j++) {
    if (j - i >= MOST) return -1;
    if (nameWord(context, j)) last = j;
    else if (!isConnector(context, j)) break;
  }
  return last;
}

function push(context: Context, out: FixedNames, first: number, last: number, id: string, type: EntityType): void {
  const key = spanKey(context.tokens, first, last);
  const proposal: Proposal = { first, last, key, kind: 'headed', evidence: evidenceOf(rule(context.lex, id), type), referent: undefined, given: undefined, surname: undefined };
  out.proposals.push(proposal);
  out.fixed.push({ first, last, key });
}
