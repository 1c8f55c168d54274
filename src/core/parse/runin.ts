import headings from '../lexicon/data/headings.json';
import { endsSentence, isSentenceMark } from './ends';

/**
 * Headings marked by bold type only (lexicon/data/headings.json), as fact
 * sheets and press releases write them: a bold run-in head opening a paragraph
 * ("**Supply chains.** The plan…") and a paragraph that is one bold line in
 * sentence case ("**What the agency will do next**"). Each check reads one
 * paragraph's source once.
 */

interface Row {
  readonly id: string;
  readonly maxWords: number;
  readonly restWords?: number;
}

const row = (id: string): Row => {
  const found = (headings.rules as readonly Row[]).find((r) => r.id === id);
  if (!found) throw new Error(`headings.json has no row ${id}`);
  return found;
};
const RUN_IN = row('heading:run-in');
const BOLD_LINE = row('heading:bold-line');

/** A run-in head: where its title ends (before its closing stop or colon) and where the paragraph's prose starts, from the source's start. */
export interface RunIn {
  readonly titleEnd: number;
  readonly bodyStart: number;
  readonly rule: string;
}

const OPENING = /^(\*\*|__)(?=\p{Lu}|\d)([^*_\n]{1,160}?)(\*\*|__)/u;

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

/**
 * The run-in head opening the paragraph `source` (markdown), or null. The bold
 * phrase ends in a full stop or a colon, inside the bold or right after it, and
 * holds no other sentence end; prose of at least `restWords` words follows and
 * ends a sentence (a "**Date:** 5 May 2025" line is metadata, not a section).
 */
export function runInHead(source: string): RunIn | null {
  const open = OPENING.exec(source);
  if (!open || open[1] !== open[3]) return null;
  const inner = open[2].trimEnd();
  let after = open[0].length;
  let titleEnd: number;
  const last = inner.charAt(inner.length - 1);
  if (last === '.' || last === ':') titleEnd = open[1].length + inner.length - 1;
  else if (source.charAt(after) === '.' || source.charAt(after) === ':') {
    titleEnd = open[1].length + inner.length;
    after++;
  } else return null;
  const title = source.slice(open[1].length, titleEnd);
  if (wordCount(title) > RUN_IN.maxWords || [...title].some((c) => isSentenceMark(c.charCodeAt(0)))) return null;
  if (!/^[ \t]+\S/.test(source.slice(after))) return null;
  const rest = source.slice(after).trim();
  if (wordCount(rest) < (RUN_IN.restWords ?? 1) || !endsSentence(rest)) return null;
  let bodyStart = after;
  while (/\s/.test(source.charAt(bodyStart))) bodyStart++;
  return { titleEnd, bodyStart, rule: RUN_IN.id };
}

/**
 * True when `shown` (a paragraph that is one bold run, on one line) reads as a
 * heading whatever its capitals: at most `maxWords` words, opening with a
 * capital or a digit, no sentence end at its end or inside it.
 */
export function boldLineHead(source: string, shown: string): boolean {
  const line = shown.trim();
  if (!/^(\*\*|__)/.test(source.trimStart()) || !/^[\p{Lu}\d]/u.test(line)) return false;
  if (wordCount(line) > BOLD_LINE.maxWords || endsSentence(line)) return false;
  return ![...line.slice(0, -1)].some((c) => isSentenceMark(c.charCodeAt(0)));
}
