import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { findFigures, type FoundFigure } from '../../src/core/figures';
import { FIGURE_LEXICON, type FigureLexicon } from '../../src/core/figures/lexicon';
import { splitSentences } from '../../src/core/parse/sentences';
import type { TextUnit } from '../../src/core/parse/units';

/** Paragraphs split on blank lines, sentences by the core splitter. */
export function unitsOf(text: string): TextUnit[] {
  const units: TextUnit[] = [];
  const paragraph = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
  let block = 0;
  for (let m = paragraph.exec(text); m; m = paragraph.exec(text), block++) {
    for (const s of splitSentences(text, m.index, m.index + m[0].length)) units.push({ ...s, block, body: true });
  }
  return units;
}

/** A figure with its text as written, runs of whitespace as one space. */
export type Seen = FoundFigure & { readonly text: string };

/** The figures of a text read by `lex`, each with its text. */
export function figuresIn(text: string, lex: FigureLexicon = FIGURE_LEXICON, units = unitsOf(text)): Seen[] {
  return findFigures(text, units, lex).map((f) => ({ ...f, text: text.slice(f.start, f.end).replace(/\s+/g, ' ') }));
}

/** A document's figures as `analyse` reads them: text as written, year, kind and the rules of their `why`. */
export function readDocument(text: string, format: 'markdown' | 'plain' = 'markdown') {
  return analyse(text, { format }).figures.map((f) => ({ text: text.slice(f.start, f.end).replace(/\s+/g, ' '), year: f.year, kind: f.kind, rules: f.why.map((r) => r.rule) }));
}

/** The figure of a document written `surface`; fails with the figures it has when there is none. */
export function documentFigure(text: string, surface: string, format: 'markdown' | 'plain' = 'markdown') {
  const all = readDocument(text, format);
  const f = all.find((g) => g.text === surface);
  assert.ok(f, `no figure "${surface}" in ${JSON.stringify(all.map((g) => g.text))}`);
  return f;
}

export const figures = (text: string, units = unitsOf(text)): Seen[] => figuresIn(text, undefined, units);

export function one(text: string, surface: string): Seen {
  const found = figures(text).filter((f) => f.text === surface);
  assert.equal(found.length, 1, `expected one figure "${surface}" in: ${figures(text).map((f) => f.text).join(' | ')}`);
  return found[0];
}

/** A fixture folder's documents read by `analyse`: each figure's text, year and the rules of its year; and one figure by how it starts. */
export function fixtureFigures(folder: string) {
  const root = join(process.cwd(), 'test', 'fixtures', folder);
  const read = (name: string) => {
    const text = readFileSync(join(root, name), 'utf8');
    const found = analyse(text, { format: name.endsWith('.md') ? 'markdown' : 'plain' }).figures;
    return found.map((f) => ({ text: text.slice(f.start, f.end), year: f.year, rules: f.why.filter((r) => r.about === 'year').map((r) => r.rule) }));
  };
  const figure = (figures: ReturnType<typeof read>, text: string) => {
    const f = figures.find((g) => g.text.startsWith(text));
    assert.ok(f, `${text} in ${JSON.stringify(figures.map((g) => g.text))}`);
    return f;
  };
  return { read, figure };
}
