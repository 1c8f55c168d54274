/**
 * Link and footnote definitions, resolved once for the document. Markdown is
 * parsed piece by piece (see `markdownPieces`); a reference in one piece to a
 * label defined in another reads as it does in the whole document only if the
 * piece is parsed with a stub of that definition after it. Each piece gets the
 * stubs of the labels it names, never all of them: the stubs parsed in all
 * grow with the references, not with pieces × definitions.
 */

/** Longest label CommonMark allows (characters between the brackets). */
const MAX_LABEL = 999;

/** A label as markdown matches it: case folded, runs of white space as one space, trimmed. */
export function normalLabel(label: string): string {
  return label.replace(/[ \t\r\n]+/g, ' ').trim().toLowerCase().toUpperCase();
}

/**
 * Every label the document defines (`[label]: …` or `[^label]: …` at the
 * start of a line), by its normal form, with the label as first written.
 */
export function definedLabels(text: string): Map<string, string> {
  const labels = new Map<string, string>();
  // One alternative per character (a plain one or an escape), at most 999: no span is read twice.
  for (const m of text.matchAll(/^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:/gm)) {
    const key = normalLabel(m[1]);
    if (!labels.has(key)) labels.set(key, m[1]);
  }
  return labels;
}

/**
 * Stub definitions (`[label]: #`) for the defined labels that `piece` names in
 * brackets, in the order it names them; empty when it names none. A label holds
 * no unescaped bracket, so every label is an innermost bracketed run: one pass
 * finds them all.
 */
export function stubsFor(piece: string, defined: ReadonlyMap<string, string>): string {
  if (defined.size === 0) return '';
  const stubs = new Set<string>();
  let open = -1;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 91 /* [ */) open = i + 1;
    else if (c === 93 /* ] */ && open >= 0) {
      if (i - open <= MAX_LABEL && i > open) {
        const label = defined.get(normalLabel(piece.slice(open, i)));
        if (label !== undefined) stubs.add(`[${label}]: #`);
      }
      open = -1;
    }
  }
  return [...stubs].join('\n');
}
