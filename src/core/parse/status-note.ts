import { furnitureRow } from './furniture-rows';
import { splitSentences } from './sentences';

const ROW = furnitureRow('notice:status-note', 'pattern', 'follows', 'goesOn', 'dated', 'maxLength');
const NOTE = new RegExp(ROW.pattern, 'iu');
const FOLLOWS = new RegExp(ROW.follows, 'iu');
const GOES_ON = new RegExp(ROW.goesOn, 'u');
const DATED = new RegExp(ROW.dated, 'iu');

/** The id of the status note's row. */
export const STATUS_NOTE_RULE = ROW.id;

/** A sentence's words on one line, its leading markup ('*', '>') and trailing emphasis marks aside. */
const flat = (s: string) => {
  const one = s.replace(/\s+/g, ' ').replace(/^[\s*_>]+/, '');
  // Trailing marks trimmed from the end, not by a pattern anchored at '$': that one would try every start in a long run of marks (linear, not quadratic).
  let end = one.length;
  while (end > 0 && ' *_'.includes(one[end - 1])) end--;
  return one.slice(0, end).trim();
};

/**
 * `notice:status-note`: where the document's note on its own standing ends in a
 * paragraph (`shown`, its visible text; the caller asks only of paragraphs at
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
export function statusNoteEnd(shown: string, lead: boolean): number | null {
  if (flat(shown).length === 0 || flat(shown).length > ROW.maxLength) return null;
  const sentences = splitSentences(shown, 0, shown.length);
  const first = sentences[0] ? flat(shown.slice(sentences[0].start, sentences[0].end)) : '';
  const note = NOTE.exec(first);
  if (!note || GOES_ON.test(first.slice(note[0].length)) || (!lead && /\bby\s$/i.test(note[0]) && DATED.test(first))) return null;
  let end = sentences[0].end;
  for (const s of sentences.slice(1)) {
    const line = flat(shown.slice(s.start, s.end));
    // A label's colon opening the sentence ('Data cut-off: 30 April') is no clause of its own.
    if (!FOLLOWS.test(line) || GOES_ON.test(line.replace(/^[\p{L} -]{1,30}:\s/u, ''))) break;
    end = s.end;
  }
  return end;
}
