import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { frontMatterEnd } from './markdown-cuts';
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
/** The parser for a text with no front matter: the front-matter reader, given an opening fence it never sees closed, leaves the list after it ('---', then '1. We …') as paragraphs, '1.' and all. */
const bare = unified().use(remarkParse).use(tablesAndFootnotes);

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
  const parser = frontMatterEnd(text) === null && /^(?:---|\+\+\+)/.test(text) ? bare : processor;
  return parser.runSync(parser.parse(text)) as Root;
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
