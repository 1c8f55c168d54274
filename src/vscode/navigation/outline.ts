import type { Analysis, Span } from '../../core/model/model';

/**
 * What the editor's own navigation shows of a reading: the recovered sections as
 * nested symbols, folding ranges, and entity symbols for the workspace. Pure (no
 * `vscode`): the providers convert offsets and lines.
 */

/** A section as a symbol: its whole range, its heading, and its subsections. */
export interface SectionSymbol {
  readonly title: string;
  readonly section: number;
  /** From its heading to its end. */
  readonly range: Span;
  /** Its heading (its opening, for the untitled introduction). */
  readonly selection: Span;
  readonly children: SectionSymbol[];
}

/** The sections nested as their headings nest; the untitled opening only when it holds text. */
export function sectionSymbols(analysis: Analysis): SectionSymbol[] {
  const roots: SectionSymbol[] = [];
  const made: (SectionSymbol | undefined)[] = [];
  analysis.sections.forEach((section, index) => {
    const untitled = section.heading.end === section.heading.start;
    if (untitled && !analysis.text.slice(section.start, section.end).trim()) return;
    const symbol: SectionSymbol = {
      title: section.title,
      section: index,
      range: { start: section.heading.start, end: Math.max(section.end, section.heading.end) },
      selection: untitled ? { start: section.start, end: section.start } : section.heading,
      children: [],
    };
    made[index] = symbol;
    const parent = section.parent === null ? undefined : made[section.parent];
    (parent ? parent.children : roots).push(symbol);
  });
  return roots;
}

/** The titles of a markdown text's `#` headings (outside code fences), as VS Code's own outline lists them. */
export function hashHeadings(text: string): string[] {
  const titles: string[] = [];
  let fence: string | null = null;
  for (const line of text.split('\n')) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker[0] === fence[0])) {
      fence = fence === null ? marker : null;
      continue;
    }
    if (fence !== null) continue;
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) titles.push(heading[1]);
  }
  return titles;
}

/**
 * True when Policy Lens should give the outline: always for plain text; for
 * markdown only when the recovered sections differ from its `#` headings
 * (bold or bare-line headings, site navigation left out), since VS Code
 * already outlines those.
 */
export function outlineDiffers(analysis: Analysis): boolean {
  if (analysis.format === 'plain') return true;
  const normal = (s: string) => s.replace(/[*_`[\]]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  const recovered = analysis.sections.filter((s) => s.heading.end > s.heading.start).map((s) => normal(s.title));
  const hashes = hashHeadings(analysis.text).map(normal);
  return recovered.length !== hashes.length || recovered.some((title, i) => title !== hashes[i]);
}

/** A folding range by zero-based lines, inclusive. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
  readonly kind: 'section' | 'paragraph';
}

/**
 * Folds for the recovered sections (heading line to the last non-blank line
 * before the next section) and, in plain text, for paragraphs of several lines.
 */
export function foldingLines(analysis: Analysis, lineOf: (offset: number) => number): LineRange[] {
  const { text } = analysis;
  const lastLine = (end: number) => {
    let e = end;
    while (e > 0 && /\s/.test(text[e - 1])) e--;
    return lineOf(Math.max(0, e - 1));
  };
  const ranges: LineRange[] = [];
  for (const section of analysis.sections) {
    if (section.heading.end === section.heading.start) continue;
    const start = lineOf(section.heading.start);
    const end = lastLine(section.end);
    if (end > start) ranges.push({ start, end, kind: 'section' });
  }
  if (analysis.format === 'plain') {
    for (const block of analysis.blocks) {
      if (block.kind !== 'paragraph') continue;
      const start = lineOf(block.start);
      const end = lastLine(block.end);
      if (end > start) ranges.push({ start, end, kind: 'paragraph' });
    }
  }
  return ranges;
}

/** True when every character of `query` appears in `name` in order, ignoring case (as Go to Symbol matches). */
export function matchesQuery(name: string, query: string): boolean {
  const n = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase()) {
    if (ch === ' ') continue;
    at = n.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
