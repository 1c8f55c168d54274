import { STATUS_NOTE_RULE, noteEnd, sentenceNote, statusNoteEnd } from './status-note';

/**
 * Notes read aside by their sentences, never by their block (furniture.json):
 * the document's note on its standing (`notice:status-note`, at an edge), a
 * roundtable's note that it was held under the Chatham House Rule
 * (`notice:chatham-house`, wherever it stands), a publisher's thanks to its
 * funder (`notice:funder-note`, at an edge or as a block of its own). A sentence
 * that argues or goes on past the note, and every sentence after it, stays the
 * block's.
 */

const CHATHAM = sentenceNote('notice:chatham-house');
const FUNDER = sentenceNote('notice:funder-note');

/** Where a block stands: among the first blocks or in the last third (`edge`); above the first prose (`lead`). */
export interface NotePlace { readonly edge: boolean; readonly lead: boolean }

/** The note opening `shown` (a prose block's visible text): its rule and where it ends (an offset in `shown`), or null. */
export function sentenceNoteAt(shown: string, place: NotePlace): { rule: string; end: number } | null {
  const status = place.edge ? statusNoteEnd(shown, place.lead) : null;
  if (status !== null) return { rule: STATUS_NOTE_RULE, end: status };
  const chatham = noteEnd(shown, CHATHAM);
  if (chatham !== null) return { rule: CHATHAM.id, end: chatham };
  const funder = noteEnd(shown, FUNDER);
  // A funder's thanks is a note where a note stands: at an edge, or a block of its own.
  if (funder !== null && (place.edge || !/[^\s*_]/.test(shown.slice(funder)))) return { rule: FUNDER.id, end: funder };
  return null;
}
