import type { Analysis, Category } from '../core/model/model';
import { categoryLabel, entityTypeLabel, figureDescription, figureKindLabel } from '../vscode/present/format';
import { escapeAttribute } from './html';

/**
 * Policy Lens's marks in VS Code's own markdown preview. The preview renders the
 * markdown with markdown-it; this adds, and only adds, our marks to its tokens:
 * figures and entity mentions inside text become `<mark>`/`<span>` with a card's
 * text in `data-pl-card`, and each paragraph or list item carries the category
 * of most of its claims. Links, the preview's own rendering and scroll sync are
 * untouched (block tokens keep their `map`). Pure: works on markdown-it's token
 * shape, so it is tested with markdown-it itself.
 */

/** The part of markdown-it's Token the marks read and write. */
export interface MdToken {
  type: string;
  content: string;
  map: [number, number] | null;
  children: MdToken[] | null;
  attrSet(name: string, value: string): void;
  attrJoin(name: string, value: string): void;
}

/** Makes a new token (markdown-it's `new state.Token(type, tag, nesting)`). */
export type MakeToken = (type: string, tag: string, nesting: number) => MdToken;

interface InlineMark {
  readonly start: number;
  readonly end: number;
  readonly open: string;
}

/** Offsets where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function marksOf(analysis: Analysis): InlineMark[] {
  const marks: InlineMark[] = [];
  analysis.entities.forEach((entity) => {
    const card = `${entityTypeLabel(entity.type)}: ${entity.name} — ${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}${entity.aliases.length ? `; also ${entity.aliases.join(', ')}` : ''}`;
    for (const m of entity.mentions) marks.push({ start: m.start, end: m.end, open: `<span class="pl-entity pl-${entity.type}" data-pl-card="${escapeAttribute(card)}">` });
  });
  for (const figure of analysis.figures) {
    const card = [figureKindLabel(figure.kind), figureDescription(figure), figure.about].filter(Boolean).join(' — ');
    marks.push({ start: figure.start, end: figure.end, open: `<mark class="pl-figure" data-pl-card="${escapeAttribute(card)}">` });
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Adds the marks of `analysis` (a reading of exactly the source the tokens were
 * parsed from) to `tokens`. A mark is placed in the text token that holds its
 * words, in order; one the tokens split (across emphasis or a link) is left out.
 */
export function markTokens(tokens: MdToken[], analysis: Analysis, make: MakeToken): void {
  const { text } = analysis;
  const starts = lineStarts(text);
  const offsetOfLine = (line: number) => (line < starts.length ? starts[line] : text.length);
  const marks = marksOf(analysis);
  let next = 0;
  let claim = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (!token.map) continue;
    const start = offsetOfLine(token.map[0]);
    const end = offsetOfLine(token.map[1]);
    if (token.type === 'paragraph_open' || token.type === 'list_item_open') {
      const counts = new Map<Category, number>();
      while (claim < analysis.claims.length && analysis.claims[claim].start < start) claim++;
      for (let c = claim; c < analysis.claims.length && analysis.claims[c].start < end; c++) {
        const category = analysis.claims[c].primary;
        if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
      }
      const top = [...counts].sort((a, b) => b[1] - a[1])[0];
      if (top) {
        token.attrJoin('class', `pl-claims pl-${top[0]}`);
        token.attrSet('data-pl-card', `Claims here: ${[...counts].map(([c, n]) => `${categoryLabel(c)} ${n}`).join(', ')}`);
      }
    }
    if (token.type !== 'inline' || !token.children) continue;
    while (next < marks.length && marks[next].start < start) next++;
    let last = next;
    while (last < marks.length && marks[last].start < end) last++;
    token.children = markChildren(token.children, marks.slice(next, last), text, make);
    next = last;
  }
}

/** How many marks further on are tried when one is not found. */
const LOOK_AHEAD = 3;

function find(content: string, from: number, text: string, mark: InlineMark): number {
  const words = text.slice(mark.start, mark.end);
  return words ? content.indexOf(words, from) : -1;
}

function markChildren(children: MdToken[], marks: readonly InlineMark[], text: string, make: MakeToken): MdToken[] {
  if (marks.length === 0) return children;
  const out: MdToken[] = [];
  let m = 0;
  for (const child of children) {
    if (child.type !== 'text' || m >= marks.length) {
      out.push(child);
      continue;
    }
    const content = child.content;
    let at = 0;
    const pieces: MdToken[] = [];
    while (m < marks.length) {
      let found = find(content, at, text, marks[m]);
      // A mark whose words the tokens split is lost; the next ones may still be here.
      for (let ahead = 1; found < 0 && ahead <= LOOK_AHEAD && m + ahead < marks.length; ahead++) {
        const later = find(content, at, text, marks[m + ahead]);
        if (later >= 0) {
          m += ahead;
          found = later;
        }
      }
      if (found < 0) break;
      const words = text.slice(marks[m].start, marks[m].end);
      const plain = (from: number, to: number) => {
        if (to <= from) return;
        const piece = make('text', '', 0);
        piece.content = content.slice(from, to);
        pieces.push(piece);
      };
      plain(at, found);
      const open = make('html_inline', '', 0);
      open.content = marks[m].open;
      pieces.push(open);
      plain(found, found + words.length);
      const close = make('html_inline', '', 0);
      close.content = marks[m].open.startsWith('<mark') ? '</mark>' : '</span>';
      pieces.push(close);
      at = found + words.length;
      m++;
      // Marks inside the one just placed (a figure inside a name) are left out.
      while (m < marks.length && marks[m].start < marks[m - 1].end) m++;
    }
    if (pieces.length === 0) {
      out.push(child);
      continue;
    }
    if (at < content.length) {
      const rest = make('text', '', 0);
      rest.content = content.slice(at);
      pieces.push(rest);
    }
    out.push(...pieces);
  }
  return out;
}
