import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { Processor } from 'unified';
import type { Nodes, Parents, Root } from 'mdast';
import type { BlockKind, Span } from '../model/model';

/**
 * Markdown through remark-parse (with GFM tables and footnotes, and front matter), reduced to
 * what the reading needs: layout blocks with exact ranges, and a masked copy of
 * the text in which every character that is not visible prose (link targets,
 * emphasis markers, code, HTML, front matter) is a space. The masked copy has
 * the same length and line breaks as the source, so analysers read prose and
 * every offset they report is an offset into the source.
 */

/** A raw block before sections are decided. */
export interface RawBlock extends Span {
  readonly kind: BlockKind;
  /** Heading depth for real headings. */
  readonly depth?: number;
  /** True for a paragraph made of a single line (a candidate pseudo-heading). */
  readonly singleLine?: boolean;
  /** True when the paragraph is one bold or emphasised run ("**Background**"). */
  readonly emphasised?: boolean;
  /** True when links carry most of the visible text (site navigation). */
  readonly navigation?: boolean;
  /** The furniture rule that made the block a notice (furniture.json), for `meta` blocks. */
  readonly notice?: string;
  /** A bold run-in head (a heading until decided), and a paragraph's first prose: pieces.ts reads both in document order (runin.ts). */
  readonly runIn?: true;
  readonly prose?: true;
  /** A list item's bold label naming its point (heading:list-run-in): no claim, but its figures are read. */
  readonly label?: true;
  /** A bold label's paragraph, cut or set aside (a run-in head, a key and value), its length from here: a speaker's turn takes it back whole (pieces.ts). */
  readonly cut?: number;
}

/** What {@link readMarkdown} returns. */
export interface MarkdownReading {
  readonly blocks: RawBlock[];
  readonly masked: string;
}

/** GFM tables and footnotes without remark-gfm's autolink scan (45% slower on the CRS reports; bare URLs are blanked below anyway). */
function tablesAndFootnotes(this: Processor): void {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown());
}

const processor = unified().use(remarkParse).use(tablesAndFootnotes).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * What a text node holds that a reader does not read as words: a bare URL, and
 * emphasis marks the parser left as literal characters because they do not
 * pair ("**In **_**s****pace**", "The****GPS**"): a run of two or more `*`/`_`,
 * or one at the edge of a word (not inside one, as in `snake_case`, and not
 * escaped). Each alternative is bounded or a single character class run: linear.
 */
const HIDDEN = /(?:https?:\/\/|www\.)[^\s<>()]+|[*_]{2,}|(?<![\p{L}\p{N}\\])[*_](?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,;:!?)])[*_](?![\p{L}\p{N}])/gu;

/** Visible ranges of a text node, less any bare URL or stray emphasis mark inside it. */
export function visibleParts(text: string, span: Span, out: Span[]): void {
  const slice = text.slice(span.start, span.end);
  if (!slice.includes('http') && !slice.includes('www.') && !slice.includes('*') && !slice.includes('_')) {
    out.push(span);
    return;
  }
  let at = span.start;
  for (const m of slice.matchAll(HIDDEN)) {
    const start = span.start + m.index!;
    if (start > at) out.push({ start: at, end: start });
    at = start + m[0].length;
  }
  if (at < span.end) out.push({ start: at, end: span.end });
}

let calls = 0;

/** Parses markdown (the remark-parse step alone; exported for the benchmark floor). */
export function parseMarkdown(text: string): Root {
  calls++;
  return processor.runSync(processor.parse(text)) as Root;
}

/** How many times the markdown parser has been called in this process (each call has a cost of its own, see pieces.ts). */
export function parserCalls(): number {
  return calls;
}

function range(node: Nodes): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/**
 * Reads markdown into blocks and a masked text. `definitions` (from
 * `stubsFor` in definitions.ts) is parsed after the text, so that references to
 * labels defined in other pieces of the document resolve; nothing of it shows
 * in the result. `tree` is their parse, when the caller has it already.
 */
export function readMarkdown(text: string, definitions = '', tree = parseMarkdown(definitions ? `${text}\n\n${definitions}` : text)): MarkdownReading {
  const visible: Span[] = [];
  const blocks: RawBlock[] = [];

  /** Collects visible prose under `node`; returns the visible length inside links. */
  function collect(node: Nodes, inLink: boolean): number {
    let linked = 0;
    if (node.type === 'text' || node.type === 'inlineCode') {
      const span = range(node);
      if (!span) return 0;
      // Inline code keeps its content, not its backticks.
      const trimmed = node.type === 'inlineCode' ? trimTicks(text, span) : span;
      visibleParts(text, trimmed, visible);
      return inLink ? trimmed.end - trimmed.start : 0;
    }
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html' || node.type === 'footnoteReference') {
      return 0;
    }
    const childInLink = inLink || node.type === 'link' || node.type === 'linkReference';
    if ('children' in node) for (const child of node.children as Nodes[]) linked += collect(child, childInLink);
    return linked;
  }

  function paragraphBlock(node: Nodes, kind: BlockKind): void {
    const span = range(node);
    if (!span) return;
    const before = visible.length;
    const linked = collect(node, false);
    let shown = 0;
    for (let i = before; i < visible.length; i++) shown += visible[i].end - visible[i].start;
    const children = 'children' in node ? (node.children as Nodes[]) : [];
    const emphasised =
      children.length === 1 && (children[0].type === 'strong' || children[0].type === 'emphasis');
    const singleLine = text.indexOf('\n', span.start) < 0 || text.indexOf('\n', span.start) >= span.end;
    blocks.push({
      kind,
      start: span.start,
      end: span.end,
      singleLine,
      emphasised,
      navigation: shown > 0 && linked / shown > 0.5,
    });
  }

  function walk(node: Nodes, kind: BlockKind): void {
    switch (node.type) {
      case 'heading': {
        const span = range(node);
        collect(node, false);
        if (span) blocks.push({ kind: 'heading', start: span.start, end: span.end, depth: node.depth });
        return;
      }
      case 'paragraph':
        paragraphBlock(node, kind);
        return;
      case 'list':
      case 'listItem':
        for (const child of node.children) walk(child, 'listItem');
        return;
      case 'blockquote':
        for (const child of node.children) walk(child, 'blockquote');
        return;
      case 'footnoteDefinition':
        for (const child of node.children) walk(child, 'meta');
        return;
      case 'table':
        for (const row of node.children) for (const cell of row.children) paragraphBlock(cell, 'tableCell');
        return;
      case 'code':
      case 'html':
      case 'yaml':
      case 'toml' as string: {
        const span = range(node);
        if (span) blocks.push({ kind: node.type === 'code' ? 'code' : node.type === 'html' ? 'html' : 'meta', ...span });
        return;
      }
      default:
        if ('children' in node) for (const child of (node as Parents).children as Nodes[]) walk(child, kind);
    }
  }

  walk(tree, 'paragraph');
  if (!definitions) return { blocks, masked: mask(text, visible) };
  const inside = (span: Span) => span.start < text.length;
  return { blocks: blocks.filter(inside), masked: mask(text, visible.filter(inside)) };
}

/** A line that opens raw text in which blank lines do not end the block: a fence, or an HTML block of kinds 1–5. */
const RAW_OPEN = /^ {0,3}(?:(`{3,})(?!.*`)|(~{3,})|<(script|pre|style|textarea)(?=[\s>]|$)|<(!--)|<(\?)|<(![A-Za-z])|<(!\[CDATA\[))/i;
const RAW_CLOSE: Record<string, RegExp> = {
  script: /<\/script>/i,
  pre: /<\/pre>/i,
  style: /<\/style>/i,
  textarea: /<\/textarea>/i,
  '!--': /-->/,
  '?': /\?>/,
  '![CDATA[': /\]\]>/,
};
/** A line that may continue the block above it across a blank line: indented, or a list item. */
const CONTINUES = /^(?:[ \t]|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

/**
 * Where markdown can be cut into pieces that parse alone as they parse in one
 * piece: before a line at the left margin that follows a blank line, unless the
 * line may continue a list, or the blank line is inside front matter, a fenced
 * code block or an HTML block that blank lines do not end. Reading piece by
 * piece is what lets an edit re-read one piece instead of the whole document.
 *
 * @returns The offset of each piece's first character, starting with 0.
 */
export function markdownPieces(text: string): number[] {
  const starts = [0];
  let at = 0;
  let blank = false;
  /** While inside raw text: the test for the line that closes it. */
  let closes: ((line: string) => boolean) | null = null;
  const front = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (front) {
    const end = new RegExp(`\\n${front[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`).exec(text);
    if (end) at = end.index + end[0].length;
  }
  while (at < text.length) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    const line = text.slice(at, next);
    if (closes) {
      if (closes(line)) closes = null;
    } else if (isBlank(line)) {
      blank = true;
    } else {
      if (blank && at > 0 && !CONTINUES.test(line)) starts.push(at);
      blank = false;
      closes = opening(line);
    }
    at = next + 1;
  }
  return starts;
}

/** The test for the line that closes the raw block `line` opens, or null if it opens none (or closes it itself). */
function opening(line: string): ((line: string) => boolean) | null {
  const m = RAW_OPEN.exec(line);
  if (!m) return null;
  const fence = m[1] ?? m[2];
  if (fence) {
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?$`);
    return (l) => close.test(l);
  }
  if (m[6]) return endsWith(line, />/, m.index + m[0].length);
  const kind = (m[3] ?? m[4] ?? m[5] ?? m[7]).toLowerCase();
  const close = RAW_CLOSE[kind === '![cdata[' ? '![CDATA[' : kind];
  return endsWith(line, close, m.index + m[0].length);
}

/** A closing test, or null when the opening line already holds the close. */
function endsWith(line: string, close: RegExp, from: number): ((line: string) => boolean) | null {
  if (close.test(line.slice(from))) return null;
  return (l) => close.test(l);
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function trimTicks(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && text.charCodeAt(start) === 96) start++;
  while (end > start && text.charCodeAt(end - 1) === 96) end--;
  return { start, end };
}

/** A copy of `text` with everything outside `visible` turned to spaces, line breaks kept. */
export function mask(text: string, visible: Span[]): string {
  visible.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const span of visible) {
    if (span.start < at) continue;
    if (span.start > at) parts.push(blank(text.slice(at, span.start)));
    parts.push(text.slice(span.start, span.end));
    at = span.end;
  }
  if (at < text.length) parts.push(blank(text.slice(at)));
  return parts.join('');
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}
