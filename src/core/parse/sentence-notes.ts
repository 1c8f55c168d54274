import type { RawBlock } from './markdown';
import { furnitureRow } from './furniture-rows';
import { oneLine, oneLineLength } from './spaces';
import { ARGUES, NOTE_GOES_ON, NoteText, STATUS_NOTE_RULE, noteEnd, sentenceNote, statusNoteEnd } from './status-note';

/**
 * Notes read aside by their sentences, never by their block (furniture.json):
 * the document's note on its standing (`notice:status-note`, at an edge), a
 * roundtable's note that it was held under the Chatham House Rule
 * (`notice:chatham-house`, wherever it stands), a publisher's thanks to its
 * funder (`notice:funder-note`, at an edge or as a block of its own), a spoken
 * transcript's thanks, greetings and hand-overs at the head of a turn
 * (`notice:turn-talk`, wherever it stands). A sentence
 * that argues or goes on past the note, and every sentence after it, stays the
 * block's.
 */

const CHATHAM = sentenceNote('notice:chatham-house');
const FUNDER = sentenceNote('notice:funder-note');
const TURN_TALK = sentenceNote('notice:turn-talk');
/** The id of the Chatham House note's row. */
export const CHATHAM_RULE = CHATHAM.id;

/** Where a block stands: among the first blocks or in the last third (`edge`); above the first prose (`lead`); in a transcript whose turns open with speakers' labels (`turns`). */
export interface NotePlace { readonly edge: boolean; readonly lead: boolean; readonly turns?: boolean }

/** The note opening `shown` (a prose block's visible text): its rule and where it ends (an offset in `shown`), or null. */
export function sentenceNoteAt(shown: string, place: NotePlace): { rule: string; end: number } | null {
  // One reading of the text (its one-line length, its sentences) for the four rows.
  const read = new NoteText(shown);
  const status = place.edge ? statusNoteEnd(read, place.lead) : null;
  if (status !== null) return { rule: STATUS_NOTE_RULE, end: status };
  const chatham = noteEnd(read, CHATHAM);
  if (chatham !== null) return { rule: CHATHAM.id, end: chatham };
  // Turn-taking is a transcript's: a speech's or a testimony's closing 'Thank you.' is read by its annotators.
  const turn = place.turns ? noteEnd(read, TURN_TALK) : null;
  if (turn !== null) return { rule: TURN_TALK.id, end: turn };
  const funder = noteEnd(read, FUNDER);
  // A funder's thanks is a note where a note stands: at an edge, or a block of its own.
  if (funder !== null && (place.edge || !/[^\s*_]/.test(shown.slice(funder)))) return { rule: FUNDER.id, end: funder };
  return null;
}

const DISCLAIMER_ROW = furnitureRow('notice:views-disclaimer', 'pattern');
const DISCLAIMER = new RegExp(DISCLAIMER_ROW.pattern, 'iu');
/** The id of the views disclaimer's row. */
export const DISCLAIMER_RULE = DISCLAIMER_ROW.id;

/**
 * `notice:views-disclaimer`: a paragraph at the top or the end that disowns the
 * views it carries, set apart as a whole (one run of italics, as a publisher's
 * note is) or opening with the disclaimer; a paragraph of the text that ends
 * with one ('… thank you for inviting me. The views I express are my own.') stays.
 */
export function disclaimsViews(block: RawBlock, shown: string): boolean {
  // Longer on one line than the row reads: the one-line copy is not made.
  const max = DISCLAIMER_ROW.maxLength ?? 1200;
  if (oneLineLength(shown, max) > max) return false;
  const line = oneLine(shown);
  const first = /^.*?[.!?](?=\s|$)/.exec(line)?.[0] ?? line;
  if (block.emphasised) return DISCLAIMER.test(line);
  // The sentence is the disclaimer only: none that goes on past it or argues ('…, which concludes that …', '…: small firms told us …').
  const note = DISCLAIMER.exec(first);
  const rest = note ? first.slice(note.index + note[0].length) : '';
  return note !== null && !NOTE_GOES_ON.test(rest) && !ARGUES.test(first.slice(0, note.index) + ' ' + rest);
}
