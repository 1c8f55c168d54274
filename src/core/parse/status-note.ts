import { furnitureRow } from './furniture-rows';
import { isRegexSpace } from './chars';
import { splitSentences } from './sentences';
import { collapseSpaces } from './spaces';

const ROW = furnitureRow('notice:status-note', 'pattern', 'follows', 'goesOn', 'dated', 'maxLength', 'argues');
const DATED = new RegExp(ROW.dated, 'iu');
/** A sentence that argues (modality, a finding, a stance: 'should', 'urges', 'concludes that'): no note, whatever it opens with. */
export const ARGUES = new RegExp(ROW.argues, 'iu');

/** A note read aside by its sentences: its first sentence, the sentences after it that are notes too, what goes on past a note. */
export interface SentenceNote {
  readonly note: RegExp; readonly follows: RegExp; readonly goesOn: RegExp; readonly maxLength: number;
  /** The first sentence may argue no more than a note does (notice:status-note leaves it to `goesOn`). */
  readonly argues?: RegExp;
  /** The sentences after the first may argue no more than it (`arguesAfter` of the row: a transcript's turn-taking, whose `follows` are formulas; a Chatham House note's own terms say what 'should' be attributed). */
  readonly arguesAfter?: boolean;
}

/** The sentence-level reading of a furniture row with `pattern`, `follows`, `goesOn` and `maxLength`. */
export function sentenceNote(id: string, argues = true): SentenceNote & { readonly id: string } {
  const row = furnitureRow(id, 'pattern', 'follows', 'goesOn', 'maxLength');
  // A `cased` row reads letter case (a name after 'Thank you,' opens with a capital).
  const flags = row.cased ? 'u' : 'iu';
  return { id: row.id, note: new RegExp(row.pattern, flags), follows: new RegExp(row.follows, flags), goesOn: new RegExp(row.goesOn, 'u'), maxLength: row.maxLength, argues: argues ? ARGUES : undefined, arguesAfter: row.arguesAfter === true };
}

const STATUS = sentenceNote(ROW.id, false);
/** A sentence that is a note too (`follows`: corrections, which text prevails, a cut-off): a note's, though it may say 'should'. */
export const NOTE_FOLLOWS = STATUS.follows;
/** What goes on past a note (a clause after ';' or ':', after ', and' or ', but'). */
export const NOTE_GOES_ON = STATUS.goesOn;

/** The id of the status note's row. */
export const STATUS_NOTE_RULE = ROW.id;

/** A sentence's words on one line, its leading markup ('*', '>') and trailing emphasis marks aside. */
const flat = (s: string) => {
  const one = collapseSpaces(s).replace(/^[\s*_>]+/, '');
  // Trailing marks trimmed from the end, not by a pattern anchored at '$': that one would try every start in a long run of marks (linear, not quadratic).
  let end = one.length;
  while (end > 0 && ' *_'.includes(one[end - 1])) end--;
  return one.slice(0, end).trim();
};

/**
 * The length of {@link flat}`(s)`, counted without making it: on the text with
 * its white space runs as one space, from the first character that is none of
 * ' ', '*', '_', '>' to the last that is none of ' ', '*', '_'.
 */
function flatLength(s: string): number {
  // Positions in the text as one line: a run of white space is one position.
  let at = -1;
  let first = -1;
  let last = -1;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isRegexSpace(c)) {
      if (!space) at++;
      space = true;
      continue;
    }
    space = false;
    at++;
    if (c === 42 || c === 95) continue; // '*', '_'
    if (first < 0 && c !== 62) first = at; // '>' is leading markup only
    if (first >= 0) last = at;
  }
  return first < 0 ? 0 : last - first + 1;
}

/**
 * A prose block's visible text as the sentence notes read it, made once for
 * every note row asked of the block (status, Chatham House, turn-talk, funder):
 * its length on one line, its sentences and its first sentence on one line,
 * each made when first asked.
 */
export class NoteText {
  #length = -1;
  #sentences: ReturnType<typeof splitSentences> | null = null;
  #first: string | null = null;
  /** @param shown the block's visible text */
  constructor(readonly shown: string) {}
  /** The length of the text on one line (its leading markup and trailing emphasis marks aside). */
  get length(): number {
    if (this.#length < 0) this.#length = flatLength(this.shown);
    return this.#length;
  }
  /** The text's sentences (offsets in `shown`). */
  get sentences(): ReturnType<typeof splitSentences> {
    return (this.#sentences ??= splitSentences(this.shown, 0, this.shown.length));
  }
  /** The first sentence on one line ('' when there is none). */
  get first(): string {
    const first = this.sentences[0];
    return (this.#first ??= first ? flat(this.shown.slice(first.start, first.end)) : '');
  }
}

/**
 * `notice:status-note`: where the document's note on its own standing ends in a
 * paragraph (`read`, its visible text; the caller asks only of paragraphs at
 * the top or in the last third): the end (an offset in `shown`) of its first
 * sentence — 'This notice is published for information only.', 'This is the
 * uncorrected text of …', 'This report was finalised on …' — and of the
 * sentences right after it that are notes too (`follows`: corrections, which
 * text prevails, a cut-off, provisional figures); null when the first sentence
 * is no note. A sentence that goes on past its note (`goesOn`: '…; it found
 * …', '…, but the numbers are stark') is no note; nor, below the document's
 * first prose (`lead` false), is a 'published by' dated as another document's
 * issue ('… by the National Audit Office in 2023', '… on Friday evening'). The first sentence that is no
 * note and all after it stay the paragraph's claims.
 */
export function statusNoteEnd(read: NoteText, lead: boolean): number | null {
  return noteEnd(read, STATUS, (first, note) => !lead && /\bby\s$/i.test(note) && DATED.test(first));
}

/**
 * Where the note `rows` reads ends in `read.shown` (an offset), or null when its
 * first sentence is no note: that sentence (`note`, not going on past the note
 * and, if `argues`, not arguing; nor `unlike` it) and the sentences right after
 * it that are notes too (`follows`, not going on).
 */
export function noteEnd(read: NoteText, rows: SentenceNote, unlike?: (first: string, note: string) => boolean): number | null {
  if (read.length === 0 || read.length > rows.maxLength) return null;
  const { sentences, first } = read;
  const note = rows.note.exec(first);
  if (!note || rows.goesOn.test(first.slice(note[0].length)) || rows.argues?.test(first) || unlike?.(first, note[0])) return null;
  let end = sentences[0].end;
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k];
    const line = flat(read.shown.slice(s.start, s.end));
    // A label's colon opening the sentence ('Data cut-off: 30 April') is no clause of its own.
    // A note after the first argues no more than the first may, where the row says so ('I will hand over to my colleague, who should explain …').
    if (!rows.follows.test(line) || rows.goesOn.test(line.replace(/^[\p{L} -]{1,30}:\s/u, '')) || (rows.arguesAfter && rows.argues?.test(line))) break;
    end = s.end;
  }
  return end;
}
