import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared folder beside the project (other authors' documents and the gold). */
export const SHARED = resolve(process.cwd(), '..', 'shared');

/** Reads a file from ../shared. */
export function shared(path: string): string {
  return readFileSync(resolve(SHARED, path), 'utf8');
}

/**
 * Splits a `$$`-marked string: returns the text without the markers and the
 * ranges between each pair, so a test names the characters it expects.
 */
export function marked(source: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  source.split('$$').forEach((part, i) => {
    if (i % 2 === 1) spans.push({ start: text.length, end: text.length + part.length });
    text += part;
  });
  return { text, spans };
}
