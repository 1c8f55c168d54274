/**
 * One reading whatever the format: a markdown document and its PDF-extracted
 * text (`pdf-text.ts`) read alike. Claims are matched by their words (letters
 * and digits, lower case); agreement is the share of the markdown's claims
 * found in the text with the same category, of its entities found by name and
 * type, and of its figures found by kind and value.
 */
import { analyse } from '../src/core/analyse';
import type { Analysis } from '../src/core/model/model';
import { shownText } from '../src/core/model/shown';
import { pdfText } from './pdf-text';

export interface Agreement {
  readonly claims: [number, number];
  readonly categories: [number, number];
  readonly entities: [number, number];
  readonly figures: [number, number];
  /** Markdown claims not found in the text, for --verbose. */
  readonly missing: string[];
}

const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function claimsOf(a: Analysis): Map<string, string | null> {
  const m = new Map<string, string | null>();
  for (const c of a.claims) m.set(words(shownText(a.text, a.masked, c)), c.primary);
  return m;
}

function share<T>(from: readonly T[], to: ReadonlySet<T>): [number, number] {
  return [from.filter((x) => to.has(x)).length, from.length];
}

/** Reads `markdown` and its PDF-text rendering, and measures how far they agree. */
export function formatAgreement(markdown: string): Agreement {
  const md = analyse(markdown, { format: 'markdown' });
  const text = analyse(pdfText(md), { format: 'plain' });
  const mdClaims = claimsOf(md);
  const textClaims = claimsOf(text);
  let found = 0;
  let same = 0;
  const missing: string[] = [];
  for (const [key, category] of mdClaims) {
    if (!textClaims.has(key)) {
      missing.push(key.slice(0, 80));
      continue;
    }
    found++;
    if (textClaims.get(key) === category) same++;
  }
  const entity = (a: Analysis) => a.entities.map((e) => `${e.type}:${words(e.name)}`);
  const figure = (a: Analysis) => a.figures.map((f) => `${f.kind}:${f.value}`);
  return {
    claims: [found, mdClaims.size],
    categories: [same, mdClaims.size],
    entities: share([...new Set(entity(md))], new Set(entity(text))),
    figures: share([...new Set(figure(md))], new Set(figure(text))),
    missing,
  };
}
