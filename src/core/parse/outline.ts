import type { DocumentFormat, Section } from '../model/model';
import { splitUnmarked } from './lines';

/**
 * The outline alone, in one linear pass and without the markdown parser: for
 * documents above the size limit, where a reader still gets the sections in
 * the Argument view. Markdown: ATX headings (`#` to `######`) outside fenced
 * code. Plain text: the heading lines the layout recovery finds.
 */
export function readOutline(text: string, format: DocumentFormat): Section[] {
  const headings: { title: string; level: number; start: number; end: number; line: number }[] = [];
  if (format === 'markdown') {
    let fence: string | null = null;
    for (let line = 0, at = 0; at <= text.length; line++) {
      let next = text.indexOf('\n', at);
      if (next < 0) next = text.length;
      const content = text.slice(at, next);
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(content);
      if (marker) {
        if (fence === null) fence = marker[1][0];
        else if (marker[1][0] === fence) fence = null;
      } else if (fence === null) {
        const heading = atxHeading(content);
        if (heading) headings.push({ ...heading, start: at + heading.start, end: at + heading.end, line: at });
      }
      at = next + 1;
    }
  } else {
    for (const block of splitUnmarked(text, 0, text.length)) {
      if (block.kind === 'heading') {
        headings.push({ title: headingTitle(text.slice(block.start, block.end)), level: 1, start: block.start, end: block.end, line: block.start });
      }
    }
  }
  const sections: Section[] = [];
  const open: number[] = [];
  for (const h of headings) {
    while (open.length && sections[open[open.length - 1]].level >= h.level) {
      const i = open.pop()!;
      sections[i] = { ...sections[i], end: h.line };
    }
    open.push(sections.length);
    sections.push({
      title: h.title,
      level: h.level,
      start: h.line,
      end: text.length,
      heading: { start: h.start, end: h.end },
      parent: open.length > 1 ? open[open.length - 2] : null,
    });
  }
  return sections;
}

/** Most characters a heading's title keeps; a longer one ends in "…" (a title is a line, not a page). */
export const MAX_TITLE = 300;

/** A heading's text as a title: runs of white space as one space, `#` marks and spaces trimmed, at most {@link MAX_TITLE} long. */
export function headingTitle(source: string): string {
  let start = 0;
  let end = source.length;
  // Loops, not an anchored pattern: a pattern for trailing marks is tried at every
  // position of a long run of marks and reads the run again each time.
  while (start < end && isMark(source.charCodeAt(start))) start++;
  while (end > start && isMark(source.charCodeAt(end - 1))) end--;
  const title = source.slice(start, Math.min(end, start + MAX_TITLE * 4)).replace(/\s+/g, ' ');
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1)}…` : title;
}

function isMark(code: number): boolean {
  return code === 35 /* # */ || /\s/.test(String.fromCharCode(code));
}

/**
 * An ATX heading line (`## Title ##`): its level, title and the title's range
 * in the line, or null. The closing marks are cut by a backward loop, so a
 * line of any length is read once.
 */
function atxHeading(line: string): { title: string; level: number; start: number; end: number } | null {
  const open = /^ {0,3}(#{1,6})[ \t]+/.exec(line);
  if (!open) return null;
  let end = line.length;
  if (line.charCodeAt(end - 1) === 13) end--;
  while (end > open[0].length && isClosing(line.charCodeAt(end - 1))) end--;
  const title = line.slice(open[0].length, end);
  // As the line pattern read it: a title never holds a line break of its own.
  if (title.length === 0 || /[\r\u2028\u2029]/.test(title)) return null;
  return { title: headingTitle(title), level: open[1].length, start: open[0].length, end };
}

function isClosing(code: number): boolean {
  return code === 32 || code === 9 || code === 35;
}
