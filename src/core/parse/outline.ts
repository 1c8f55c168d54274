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
        const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*\r?$/.exec(content);
        if (heading && heading[2]) {
          const start = at + content.indexOf(heading[2]);
          headings.push({ title: heading[2].trim(), level: heading[1].length, start, end: start + heading[2].length, line: at });
        }
      }
      at = next + 1;
    }
  } else {
    for (const block of splitUnmarked(text, 0, text.length)) {
      if (block.kind === 'heading') {
        headings.push({ title: text.slice(block.start, block.end).replace(/\s+/g, ' '), level: 1, start: block.start, end: block.end, line: block.start });
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
