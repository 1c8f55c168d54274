import type { Span } from '../model/model';
import type { RawBlock } from './markdown';
import { furnitureRow } from './furniture-rows';
import headings from '../lexicon/data/headings.json';
import { blankRanges, legalRule, legalStart, noticeRule, promotes, PROMO_RULE, type FoundNotice } from './furniture';
import { endsSentence } from './ends';
import { pageNotes, PAGE_NOTE_RULE } from './notes';
import { SPEAKER_LABEL, SPEAKER_ROLE, speakerTurns, type Turn } from './speakers';
import { PULL_QUOTE, PullQuotes } from './pullquote';
import { AUTHOR_BIO_RULE, authorBio } from './bio';
import { CONTACT_TAIL_RULE, contactTail } from './contact-tail';
import { asideBlocks, FORM_FIELDS, READ_RULES, TABLE_ROW_RULE } from './asides';
import { BRACKETED_TAIL_RULE, bracketedTail } from './tails';
import { CHAPTER_RULE, chapterBlock, chapterLines } from './chapters';
import { leaderTableRows } from './leaders';
import { WIDGET_RULE, widgetAnswer } from './widget';
import { CHATHAM_RULE, DISCLAIMER_RULE, disclaimsViews, sentenceNoteAt } from './sentence-notes';
import { ARGUES } from './status-note';
import { setApartLabelled, setApart, trimmedEnd } from './set-apart';
import { ABOUT_LABEL, aboutBox, openingLabel } from './about-box';
import { UnderHeading } from './under-heading';

const AFFILIATION = furnitureRow('notice:affiliation-line');
const UNDER: ReadonlySet<string> = new Set([...(AFFILIATION.beside ?? []), AFFILIATION.id]);

/**
 * `notice:affiliation-line`: a block right under an author line (or under
 * such a line), with no blank line between, short and ending no sentence —
 * the author's post, institution or place, printed as a line of its own.
 */
function affiliation(text: string, shown: string, block: Span, above: FoundNotice | undefined): boolean {
  if (!above || !UNDER.has(above.rule) || /\n[ \t]*\n/.test(text.slice(above.end, block.start))) return false;
  const line = shown.trim();
  return line.length > 0 && line.length <= (AFFILIATION.maxLength ?? 160) && !line.includes('\n') && !endsSentence(line);
}

const LABEL_ROW = furnitureRow('notice:label');
const LABEL = new RegExp(LABEL_ROW.pattern!, 'iu');
const LABEL_ID = LABEL_ROW.id;

/** True when `shown` is a label naming the authors of the document ('About the Authors', 'Author Information'). */
function authorsLabel(shown: string): boolean {
  const line = shown.replace(/\s+/g, ' ').trim();
  return line.length <= 40 && /\bauthors?\b/i.test(line) && LABEL.test(line);
}

const LEADER_RULE = furnitureRow('notice:contents-leader').id;
const CITATION_RULE = furnitureRow('notice:citation-clause').id;

const COPYRIGHT_LINE = furnitureRow('notice:copyright-line').id;

const SIGNATURE = furnitureRow('notice:signature').id;

const SIGNED = furnitureRow('notice:signed', 'beside');
const AUTHOR_LINE = furnitureRow('notice:author-line').id;
const SIGNED_UNDER: ReadonlySet<string> = new Set([...SIGNED.beside, SIGNED.id]);

/**
 * `notice:signed`: a block right under the closing of a letter ('Yours faithfully,')
 * or under a signature read so, short and ending no sentence: a signer's name and post.
 */
function signedUnder(shown: string, above: string | null): boolean {
  const line = shown.trim();
  return above !== null && SIGNED_UNDER.has(above) && line.length > 0 && line.length <= (SIGNED!.maxLength ?? 160) && !endsSentence(line);
}

const SIGNATORY = furnitureRow('notice:signatory').id;

/**
 * `notice:signatory` holds only over a signature: the block below it (past a
 * furniture line such as '[Signed]', which already counts) is a name or a post
 * line, each word capitalised ('PEYA HAMUTENYA', 'Anna Lind', 'Minister of
 * Fisheries'), ending no sentence and not a list item. A party's line over
 * recommendations ('For the Government of Kestria:' over '- Fund the coastguard') is no signatory.
 */
function signatureBelow(text: string, masked: string, raw: readonly RawBlock[], i: number): boolean {
  const next = raw[i + 1];
  if (!next) return false;
  if (next.kind === 'meta' && next.notice) return true;
  if (next.kind !== 'paragraph' && next.kind !== 'heading') return false;
  const line = shownOrSource(text, masked, next).trim().split('\n', 1)[0].trim();
  if (line.length === 0 || line.length > 80 || endsSentence(line)) return false;
  const words = line.split(/\s+/);
  return words.length <= 8 && words.every((w, k) => /^[\p{Lu}(\[]/u.test(w) || (k > 0 && /^(?:of|and|for|the|de|da|van|von|bin|al)$/.test(w)));
}

const UNDER_LABEL = furnitureRow('notice:under-label');


/** A heading naming the document's end matter (headings.json, `heading:end-matter`): a section even with no argued text in it. */
const END_MATTER_ROW = (headings.rules as readonly { id: string; pattern?: string }[]).find((r) => r.id === 'heading:end-matter');
if (!END_MATTER_ROW?.pattern) throw new Error('headings.json has no complete row heading:end-matter');
export const END_MATTER = new RegExp(END_MATTER_ROW.pattern, 'iu');

/** Blocks that may be notices: prose a reader would otherwise read as argument or as a heading. */
const READ = new Set(['paragraph', 'listItem', 'blockquote', 'heading', 'meta']);
/** How many blocks from the start count as "under the title"; a cover page of heading lines counts whole, up to the first prose. */
const TOP_BLOCKS = 6;
const PROSE_KINDS: ReadonlySet<string> = new Set(['paragraph', 'listItem', 'blockquote']);

const WRAPPED = furnitureRow('notice:wrapped-line', 'words', 'beside');
const WRAPPED_WORDS: ReadonlySet<string> = new Set(WRAPPED.words);
const WRAPPED_UNDER: ReadonlySet<string> = new Set([...WRAPPED.beside, WRAPPED.id]);

/**
 * `notice:wrapped-line`: a line right under a notice of the title block (a
 * hearing line, a kind label), with no blank line between, ending no sentence
 * and opening with a word that joins it to the line above ('AND OTHER …'): the
 * rest of that notice, wrapped.
 */
function wrapped(text: string, shown: string, block: Span, above: FoundNotice | undefined): boolean {
  if (!above || !WRAPPED_UNDER.has(above.rule) || /\n[ \t]*\n/.test(text.slice(above.end, block.start))) return false;
  const line = shown.trim();
  return line.length > 0 && line.length <= (WRAPPED!.maxLength ?? 160) && !line.includes('\n') && !endsSentence(line) && WRAPPED_WORDS.has(line.split(/\s/, 1)[0].toLowerCase());
}

/**
 * Marks the blocks that are notices (furniture.json) as `meta` with the rule
 * that decided, and blanks them in the masked text, so they are neither claims
 * nor sections nor read for entities. `lines` are furniture lines found before
 * (inside or between paragraphs of unmarked text), listed with the rest.
 * `paged`: the text has pages (text without markup, taken from a PDF), so
 * notes may stand at a page's foot.
 */
export function markNotices(
  text: string,
  masked: string,
  raw: readonly RawBlock[],
  lines: readonly FoundNotice[] = [],
  paged = false,
  speakers: readonly Turn[] = speakerTurns(text),
): { blocks: RawBlock[]; masked: string; notices: FoundNotice[] } {
  const blocks: RawBlock[] = [];
  const blank: Span[] = [];
  const notices: FoundNotice[] = [...lines];
  const out = { blocks, blank, notices };
  const endFrom = Math.floor((raw.length * 2) / 3);
  const listed = new Set(lines.map((l) => l.start));
  let underAuthors = false;
  // The rule of the block before, when it was a notice (notice:signed reads the closing of a letter above it).
  let ruleAbove: string | null = null;
  // The last notice was a signature, or a line under one.
  let signedAbove = false;
  // notice:under-label — the block before was a notice's label (not one naming the authors).
  let underLabel = false;
  // notice:under-notice-heading, notice:contents-list — what the blocks since the last heading stand under.
  const shownAt = (k: number) => (READ.has(raw[k].kind) && !raw[k].notice ? shownOrSource(text, masked, raw[k]) : null);
  const underHeading = new UnderHeading(raw, shownAt);
  // No prose read yet: the blocks so far are the title block, however many lines it takes.
  let cover = true;
  // notice:speaker-label, notice:speaker-role — the speakers' names (or parts) that open turns, by the line they stand on.
  const quotes = new PullQuotes(masked);
  const turns = new Map<number, Turn>(speakers.filter((t) => t.rule === SPEAKER_LABEL.id || t.rule === SPEAKER_ROLE.id).map((t) => [t.line, t]));
  // notice:key-figure, notice:header-field — decided over runs of blocks; a short line over a run of key figures heads it.
  // notice:chapter-list — a show's chapters under their label (chapters.ts; in text without markup, found with the lines).
  const chapters = new Set(chapterLines(text).map((c) => c.start));
  // notice:contents-leader — leader lines whose numbers fall are a table's rows (notice:table-row), read for their figures.
  const leaderRows = leaderTableRows(text, raw);
  const asides = asideBlocks(text, raw, shownAt);
  // notice:turn-talk — inside the transcript: speakers' labels above (no marked heading between) and at or below the block (a report's conclusions after an interview are none).
  const lastTurn = Math.max(-1, ...turns.keys());
  let turnAbove = false;
  for (let i = 0; i < raw.length; i++) {
    const block: RawBlock = asides.heads.has(i) ? { ...raw[i], kind: 'heading' } : raw[i];
    if (turns.has(block.start)) turnAbove = true;
    else if (block.kind === 'heading' && block.depth !== undefined) turnAbove = false;
    const inTurn = turnAbove && block.start <= lastTurn;
    const labelAbove = underLabel;
    underLabel = false;
    const above: string | null = ruleAbove;
    ruleAbove = null;
    // A block the layout reader already made a notice (a table of contents) is listed and blanked here.
    if (block.kind === 'meta' && block.notice && !listed.has(block.start)) {
      // A rule read aside (notice:front-matter's cover) keeps its text for the entity and figure readers.
      const read = READ_RULES.has(block.notice);
      blocks.push(read ? { ...block, label: true } : block);
      if (!read) blank.push(block);
      notices.push({ start: block.start, end: block.end, rule: block.notice });
      continue;
    }
    // A furniture line found before is listed once (it is in `lines`).
    const shown = READ.has(block.kind) && !block.notice ? shownOrSource(text, masked, block) : null;
    // A heading the markup marks, or one naming the end matter that the layout reads as a heading like the others.
    const marked = block.kind === 'heading' && (block.depth !== undefined || (shown !== null && END_MATTER.test(shown.replace(/[\s*_#]+/g, ' ').trim())));
    const headed = underHeading.rule(i, block, shown);
    const top = i < TOP_BLOCKS || cover
    // Above the first prose: the cover as it was before this block.
    const aboveProse = cover;
    let rule: string | null = shown !== null ? noticeRule(shown, { end: i >= endFrom, top, marked, underAuthors, cover: aboveProse }) : null;
    const next = raw[i + 1] && READ.has(raw[i + 1].kind) ? shownOrSource(text, masked, raw[i + 1]) : '';
    if (!rule && shown !== null && !marked && aboutBox(shown, next)) rule = ABOUT_LABEL;
    if (rule === SIGNATORY && !signatureBelow(text, masked, raw, i)) rule = null;
    // notice:citation-clause — a citation that goes on to a verb that argues ('…, urges Member States', '…, the Government should') is an operative clause.
    if (rule === CITATION_RULE && ARGUES.test(shown!)) rule = null;
    if (!rule && shown !== null && chapterBlock(text, chapters, block)) rule = CHAPTER_RULE;
    if (!rule && shown !== null && !marked && widgetAnswer(shown, above)) rule = WIDGET_RULE;
    if (rule === LEADER_RULE && leaderRows.has(i)) rule = TABLE_ROW_RULE;
    // The name lines under a label naming the authors are author lines wherever the label stands.
    underAuthors = shown !== null && (block.kind === 'heading' || block.kind === 'meta' || rule !== null) && (authorsLabel(shown) || (underAuthors && rule !== null));
    underLabel = shown !== null && ((rule === LABEL_ID && LABEL.test(shown.replace(/[\s*_#]+/g, ' ').trim()) && !authorsLabel(shown)) || rule === ABOUT_LABEL);
    // notice:affiliation-line — under the title block, or under a signature wherever it stands (notice:signature).
    const signed: boolean = notices[notices.length - 1]?.rule === SIGNATURE || notices[notices.length - 1]?.rule === AFFILIATION.id && signedAbove;
    if (!rule && shown !== null && (i < TOP_BLOCKS || signed) && !marked && affiliation(text, shown, block, notices[notices.length - 1])) rule = AFFILIATION.id;
    signedAbove = rule === SIGNATURE || (rule === AFFILIATION.id && signed);
    // Under a letter's closing, a name and post is its signature, though it reads as an author line too.
    if ((!rule || rule === AUTHOR_LINE) && shown !== null && !marked && signedUnder(shown, above)) rule = SIGNED!.id;
    // A furniture line found before ('[Signed]' between a party's line and its signer) leaves the block above as it was.
    ruleAbove = block.kind === 'meta' && block.notice ? above : rule;
    if (!rule && shown !== null && top && !marked && wrapped(text, shown, block, notices[notices.length - 1])) rule = WRAPPED!.id;
    // A form's fields read aside (notice:form-item, notice:header-field) are the cover's, not prose.
    if (!rule && PROSE_KINDS.has(block.kind) && !asides.rules.has(i)) cover = false;
    // A copyright line the legal vocabulary reads whole near the end is the legal notice it was (notice:legal-short over notice:copyright-line).
    if (rule === COPYRIGHT_LINE && i >= endFrom && legalStart(masked, block) === block.start) rule = legalRule(masked, block);
    const legal = !rule && i >= endFrom && READ.has(block.kind) ? legalStart(masked, block) : null;
    if (legal !== null && legal > block.start) {
      // The notice is the tail of the block: the text before it stays as it was.
      setApart(out, masked, block, legal, legalRule(masked, { start: legal, end: block.end }), 'tail');
      continue;
    }
    if (legal !== null) rule = legalRule(masked, block);
    // notice:contact-tail — '… For more information, contact … at desk@example.org.' closing a paragraph of prose (under a notice's label, the label names it all: notice:under-label).
    const contact = !rule && !labelAbove && legal === null && shown !== null && PROSE_KINDS.has(block.kind) ? contactTail(masked, block) : null;
    if (contact !== null) {
      setApart(out, masked, block, contact, CONTACT_TAIL_RULE, 'tail');
      continue;
    }
    // notice:status-note, notice:chatham-house, notice:funder-note — a note read by its sentences ('This notice is published for information only. …'); a views disclaimer takes the block first, but for a Chatham House note.
    let note = !rule && shown !== null && PROSE_KINDS.has(block.kind) ? sentenceNoteAt(shown, { edge: top || i >= endFrom, lead: aboveProse, turns: inTurn }) : null;
    if (!rule && note?.rule !== CHATHAM_RULE && shown !== null && PROSE_KINDS.has(block.kind) && (top || i >= endFrom) && disclaimsViews(block, shown)) [rule, note] = [DISCLAIMER_RULE, null];
    if (note !== null && /[^\s*_]/.test(shown!.slice(note.end))) {
      // The note's sentences are read aside; the sentences after them stay the block's.
      setApart(out, masked, block, block.start + note.end, note.rule, 'head');
      continue;
    }
    if (note !== null) rule = note.rule;
    if (!rule && shown !== null && block.kind === 'blockquote' && quotes.repeats(shown, block)) rule = PULL_QUOTE;
    if (!rule && shown !== null && block.kind === 'paragraph' && (top || i >= endFrom) && /^\s*[*_]/.test(text.slice(block.start, block.end)) && authorBio(shown)) rule = AUTHOR_BIO_RULE;
    if (!rule && shown !== null && PROSE_KINDS.has(block.kind) && (aboveProse || i >= endFrom) && promotes(shown, next)) rule = PROMO_RULE;
    // notice:under-label — a legal notice's own words decide first; else the label above it or opening it.
    if (!rule && shown !== null && PROSE_KINDS.has(block.kind) && labelAbove) rule = UNDER_LABEL!.id;
    const opening = !rule && shown !== null && PROSE_KINDS.has(block.kind) ? openingLabel(shown) : null;
    // A label naming the authors opens their lines ('Author: Ann Reyes'): the label tells the reader of names who they are (entity:in-notice).
    if (opening !== null && authorsLabel(shown!.slice(0, opening.at))) rule = AUTHOR_LINE;
    else if (opening !== null) {
      setApartLabelled(out, masked, block, block.start + opening.at, opening.rule, UNDER_LABEL!.id);
      continue;
    }
    if (!rule) rule = headed;
    const turn = !rule && PROSE_KINDS.has(block.kind) ? turns.get(block.start) : undefined;
    if (turn && turn.end < block.end) {
      // notice:speaker-label — the name is a notice; the turn's words after it are the block.
      blocks.push({ kind: 'meta', start: turn.start, end: turn.end, notice: turn.rule }, { ...block, start: turn.end });
      blank.push(turn);
      notices.push({ start: turn.start, end: turn.end, rule: turn.rule });
      continue;
    }
    if (!rule && !turn) rule = asides.rules.get(i) ?? null;
    if (!rule) {
      blocks.push(block);
      continue;
    }
    if (READ_RULES.has(rule)) {
      // Read aside: no claim and no section, but its text stays for the entity and figure readers (a label's figures are read).
      blocks.push({ ...block, kind: 'meta', notice: rule, label: true });
      notices.push({ start: block.start, end: block.end, rule });
      continue;
    }
    blocks.push({ ...block, kind: 'meta', notice: rule });
    blank.push(block);
    notices.push({ start: block.start, end: block.end, rule });
  }
  // notice:bracketed-tail — an insertion in brackets closing a paragraph ('… from April. [REDACTED - s.40]') is set apart from it.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const at = PROSE_KINDS.has(blocks[i].kind) ? bracketedTail(text, blocks[i]) : null;
    if (at === null) continue;
    const tail = { start: at, end: blocks[i].end };
    blocks.splice(i, 1, { ...blocks[i], end: trimmedEnd(masked, blocks[i].start, at) }, { kind: 'meta', ...tail, notice: BRACKETED_TAIL_RULE });
    blank.push(tail);
    notices.push({ ...tail, rule: BRACKETED_TAIL_RULE });
  }
  // notice:page-note — footnotes printed at a page's foot (above its furniture, read as notices just now) or under 'Notes'.
  const endMatter = (i: number) => END_MATTER.test(shownOrSource(text, masked, blocks[i]).replace(/[\s*_#]+/g, ' ').trim());
  for (const i of pageNotes(text, masked, blocks, { paged, endMatter, furniture: (i) => blocks[i].kind === 'meta' && blocks[i].notice !== undefined && !FORM_FIELDS.has(blocks[i].notice!) })) {
    blocks[i] = { ...blocks[i], kind: 'meta', notice: PAGE_NOTE_RULE };
    blank.push(blocks[i]);
    notices.push({ start: blocks[i].start, end: blocks[i].end, rule: PAGE_NOTE_RULE });
  }
  notices.sort((a, b) => a.start - b.start);
  return { blocks, masked: blankRanges(masked, blank), notices };
}

/** A block's visible text, or its source when markup hides all of it (a bare web address). */
function shownOrSource(text: string, masked: string, span: Span): string {
  const shown = masked.slice(span.start, span.end);
  return shown.trim().length > 0 ? shown : text.slice(span.start, span.end);
}
