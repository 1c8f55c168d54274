import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared folder beside the project (other authors' documents and the gold). */
export const SHARED = resolve(process.cwd(), '..', 'shared');

/** Reads a file from ../shared. */
export function shared(path: string): string {
  return readFileSync(resolve(SHARED, path), 'utf8');
}

/** Every markdown sample: the shared CRS reports, the brief and the development documents (not the held-out ones). */
export function markdownSamples(): { name: string; text: string }[] {
  const dirs = [resolve(SHARED, 'samples/crs'), resolve(process.cwd(), 'samples'), resolve(process.cwd(), 'samples/development')];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })),
  );
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
