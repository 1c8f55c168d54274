/**
 * Hostile input families (issue #14): documents made to find a step that
 * grows faster than the text. Each family makes a document of about `n`
 * characters; `growth` reads it at two sizes and compares the work as a ratio.
 * Used by the unit test (a loose bound) and `npm run bench` (the table).
 * Every text here is generated: no sample document is copied.
 */
import { analyse } from '../src/core/analyse';
import { detectFormat } from '../src/core/parse/structure';
import { readLexiconText } from '../src/vscode/lexiconText';
import { GUARDS } from '../src/core/parse/guards';

/** How a family is read: the full reading, the outline only, the format guess, or a reader's lexicon file. */
export type Step = 'markdown' | 'plain' | 'outline' | 'detect' | 'lexicon';

export interface Family {
  readonly id: string;
  /** What the document looks like, for a reader of the table. */
  readonly says: string;
  readonly step: Step;
  /** A document of about `n` characters. */
  readonly make: (n: number) => string;
  /** The file and function whose fix this family waits for (printed, not asserted). */
  readonly pending?: string;
  /** The unit test reads this family at this many times its usual sizes: its work per item is too small to time below. */
  readonly scale?: number;
}

/** `unit(i)` repeated until the text holds `n` characters, joined by `sep`. */
function fill(n: number, unit: (i: number) => string, sep = ''): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < n; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length + sep.length;
  }
  return parts.join(sep);
}

/** A made-up name from a number: syllables, so every name differs. */
function name(i: number): string {
  const syllables = ['ba', 'tor', 'ke', 'lin', 'mar', 'os', 've', 'dun', 'sa', 'ril'];
  const word = (k: number, len: number) => {
    let s = '';
    for (let j = 0; j < len; j++, k = Math.floor(k / 10)) s += syllables[k % 10];
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  return `${word(i, 3)} ${word(i * 7 + 3, 3)}`;
}

/** A family emoji: three code points joined by zero-width joiners (8 code units). */
const FAMILY_EMOJI = '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}';
/** The most emphasis marks and closing brackets a paragraph may hold and still be parsed as markdown. */
const MARKS_LIMIT = GUARDS.find((g) => g.id === 'inline-marks')?.limit ?? 0;
const SENTENCE = 'The ministry said exports of grain rose by 4% in 2021 while the army stayed in its barracks.';

export const FAMILIES: readonly Family[] = [
  // From the issue's table.
  {
    id: 'footnotes-cited',
    says: 'a footnote cited in each paragraph, definitions at the end',
    step: 'markdown',
    make: (n) => {
      const k = Math.max(1, Math.round(n / 120));
      const body = Array.from({ length: k }, (_, i) => `Spending on ports rose by ${i % 90}% in 2020.[^${i}]`).join('\n\n');
      return `${body}\n\n${Array.from({ length: k }, (_, i) => `[^${i}]: CRS, report ${i}`).join('\n')}\n`;
    },
  },
  {
    id: 'reference-links',
    says: 'a reference link in each paragraph, definitions at the end',
    step: 'markdown',
    make: (n) => {
      const k = Math.max(1, Math.round(n / 130));
      const body = Array.from({ length: k }, (_, i) => `The ministry cited [source ${i}][s${i}] on trade.`).join('\n\n');
      return `${body}\n\n${Array.from({ length: k }, (_, i) => `[s${i}]: https://example.org/r/${i}`).join('\n')}\n`;
    },
  },
  { id: 'names-per-line', says: 'made-up names, one per line', step: 'plain', make: (n) => fill(n, name, '\n') },
  { id: 'names-commas', says: 'made-up names joined by commas', step: 'plain', make: (n) => `${fill(n, name, ', ')}.` },
  {
    id: 'quoted-definitions',
    says: 'many short quoted definitions in one sentence',
    step: 'plain',
    make: (n) => `${fill(n, (i) => `the treaty (the "Accord${i}")`, ' ')}.`,
  },
  { id: 'heading-trailing-hashes', says: 'a heading ending in many " #"', step: 'markdown', make: (n) => `# Title${' #'.repeat(n / 2)}x\n\nText.` },
  { id: 'brackets-unknown-format', says: '"[" repeated in a file named neither .md nor .txt', step: 'detect', make: (n) => '['.repeat(n) },
  { id: 'deep-blockquote', says: 'deeply nested ">"', step: 'markdown', make: (n) => `${'>'.repeat(n - 5)} text` },
  { id: 'deep-blockquote-lines', says: 'each line one ">" deeper', step: 'markdown', make: (n) => fill(n, (i) => `${'> '.repeat(i % 400)}a`, '\n') },
  { id: 'emphasis-run', says: 'a long run of "*_"', step: 'markdown', make: (n) => `a ${'*_'.repeat(n / 2)} b` },
  { id: 'link-openers', says: 'many "[a](b" never closed', step: 'markdown', make: (n) => '[a](b'.repeat(n / 5) },
  { id: 'deep-list', says: 'each list item indented two more spaces', step: 'markdown', make: (n) => fill(n, (i) => `${'  '.repeat(i % 300)}- item`, '\n') },
  { id: 'outline-heading-spaces', says: 'outline only: a heading with a long run of spaces', step: 'outline', make: (n) => `# a${' '.repeat(n)}b\n` },
  // Markdown, our own.
  { id: 'bracket-openers', says: '"[" repeated in markdown', step: 'markdown', make: (n) => `a ${'['.repeat(n)}` },
  { id: 'emphasis-stars', says: 'a long run of "*" inside a paragraph', step: 'markdown', make: (n) => `a${'*'.repeat(n)}a` },
  { id: 'emphasis-words', says: 'alternating "*a" and "_b" openers', step: 'markdown', make: (n) => fill(n, (i) => (i % 2 ? '*a ' : '_b ')) },
  { id: 'backtick-runs', says: 'code-span openers of growing length', step: 'markdown', make: (n) => fill(n, (i) => `${'`'.repeat(1 + (i % 50))}a `) },
  { id: 'html-comment-open', says: 'many "<!--" never closed', step: 'markdown', make: (n) => fill(n, () => 'a <!-- b ') },
  { id: 'autolink-openers', says: 'many "<a" openers', step: 'markdown', make: (n) => fill(n, () => '<a ') },
  { id: 'image-openers', says: 'many "![a" openers', step: 'markdown', make: (n) => fill(n, () => '![a ') },
  { id: 'link-destinations', says: 'many "[a](<" openers', step: 'markdown', make: (n) => fill(n, () => '[a](<b ') },
  { id: 'table-wide', says: 'a table with thousands of columns', step: 'markdown', make: (n) => { const c = Math.round(n / 8); return `|${' a |'.repeat(c)}\n|${'---|'.repeat(c)}\n`; } },
  { id: 'table-long', says: 'a table of many rows', step: 'markdown', make: (n) => `| a | b |\n|---|---|\n${fill(n, (i) => `| ${i} | trade rose 4% |`, '\n')}` },
  { id: 'fence-unclosed', says: 'a code fence never closed', step: 'markdown', make: (n) => `\`\`\`\n${fill(n, () => 'code line', '\n\n')}` },
  { id: 'front-matter-unclosed', says: 'front matter never closed', step: 'markdown', make: (n) => `---\n${fill(n, (i) => `key${i}: v`, '\n\n')}` },
  { id: 'deep-headings', says: 'many level-3 headings, no level 1 or 2, each with text', step: 'markdown', make: (n) => fill(n, (i) => `### Part ${i}\n\nThe army grew.`, '\n\n') },
  { id: 'headings-repeated', says: 'the same heading repeated', step: 'markdown', make: (n) => fill(n, () => '## Background\n\nTrade fell.', '\n\n') },
  { id: 'contents-labels', says: "many 'Contents' labels over entries never repeated", step: 'plain', make: (n) => fill(n, (i) => `Contents\nPart ${i} alpha\nPart ${i} beta`, '\n\n') },
  { id: 'setext-headings', says: 'setext headings ("===" underlines)', step: 'markdown', make: (n) => fill(n, (i) => `Part ${i}\n===\n\nTrade fell.`, '\n\n') },
  { id: 'footnote-refs-undefined', says: 'footnote references with no definition', step: 'markdown', make: (n) => fill(n, (i) => `Trade fell.[^u${i}]`, ' ') },
  { id: 'key-value-lines', says: 'many "**Key:**" lines', step: 'markdown', make: (n) => fill(n, (i) => `**Field ${i}:** value`, '\n\n') },
  { id: 'escapes', says: 'a long run of backslash escapes', step: 'markdown', make: (n) => `a ${'\\*'.repeat(n / 2)}` },
  { id: 'inline-html', says: 'many inline HTML tags', step: 'markdown', make: (n) => fill(n, () => '<b>trade</b> ') },
  { id: 'emphasis-pairs', says: 'one paragraph of many "*b*" emphases', step: 'markdown', make: (n) => fill(n, () => 'a *b* ') },
  { id: 'bracket-citations', says: 'one paragraph of many "[12]" brackets that are not links', step: 'markdown', make: (n) => fill(n, (i) => `see [${i % 90}], `) },
  { id: 'closing-brackets', says: 'one paragraph of many "]" with no "["', step: 'markdown', make: (n) => fill(n, () => 'a ] ') },
  { id: 'marks-at-limit', says: 'paragraphs each with as many "*" and "]" as the guard lets through', step: 'markdown', make: (n) => fill(n, () => 'a [b] *c* '.repeat(MARKS_LIMIT / 3), '\n\n') },
  { id: 'flat-list', says: 'one list of many items', step: 'markdown', make: (n) => fill(n, (i) => `- Item ${i} grew by 3%.`, '\n') },
  // Plain text and the analysers (parse, figures, entities, claims).
  { id: 'one-huge-sentence', says: 'one sentence with no full stop', step: 'plain', make: (n) => fill(n, () => 'the ministry and the army ', '') },
  { id: 'capitalised-run', says: 'a long run of capitalised words', step: 'plain', make: (n) => fill(n, (i) => name(i).split(' ')[0], ' ') },
  { id: 'long-number', says: 'one number of many digits', step: 'plain', make: (n) => `Trade was ${'9'.repeat(n)} dollars.` },
  { id: 'digit-groups', says: 'one number of many comma groups', step: 'plain', make: (n) => `Trade was 1${',000'.repeat(n / 4)} dollars.` },
  { id: 'punctuation-run', says: 'a long run of "!?"', step: 'plain', make: (n) => `Trade fell${'!?'.repeat(n / 2)} Then rose.` },
  { id: 'dots-run', says: 'a long run of "."', step: 'plain', make: (n) => `Trade fell${'.'.repeat(n)} Then rose.` },
  { id: 'long-word', says: 'one word with no space', step: 'plain', make: (n) => `Trade ${'a'.repeat(n)} fell.` },
  { id: 'hyphen-chain', says: 'words joined by hyphens', step: 'plain', make: (n) => `The ${fill(n, () => 'ab', '-')} plan.` },
  { id: 'acronym-definitions', says: 'many "Name (ACR)" definitions', step: 'plain', make: (n) => fill(n, (i) => `${name(i)} (${String.fromCharCode(65 + (i % 26), 65 + ((i / 26) | 0) % 26, 65 + ((i / 676) | 0) % 26)}) met.`, ' ') },
  { id: 'year-list', says: 'a list of years in one sentence', step: 'plain', scale: 4, make: (n) => `Trade grew in ${fill(n, (i) => String(1900 + (i % 120)), ', ')}.` },
  { id: 'percent-list', says: 'a list of percentages in one sentence', step: 'plain', make: (n) => `Rates were ${fill(n, (i) => `${i % 100}%`, ', ')}.` },
  { id: 'money-ranges', says: 'chained money ranges', step: 'plain', make: (n) => `Costs were ${fill(n, (i) => `$${i % 100}`, '-')} billion.` },
  { id: 'parentheses-nested', says: 'deeply nested parentheses', step: 'plain', make: (n) => `Trade ${'('.repeat(n / 2)}fell${')'.repeat(n / 2)}.` },
  { id: 'quotes-run', says: 'a long run of quotation marks', step: 'plain', make: (n) => `He said ${'"'.repeat(n)} then left.` },
  { id: 'spaces-run', says: 'a line of many spaces between words', step: 'plain', make: (n) => `Trade${' '.repeat(n)}fell.` },
  { id: 'blank-lines', says: 'many blank lines', step: 'plain', make: (n) => `Trade fell.${'\n'.repeat(n)}Then rose.` },
  { id: 'title-lines', says: 'many short title-like lines', step: 'plain', make: (n) => fill(n, (i) => `Part ${name(i)}`, '\n') },
  {
    id: 'invisible-chars',
    says: 'soft hyphens and zero-width spaces between letters',
    step: 'plain',
    make: (n) => fill(n, () => 'Bela\u00adrus\u200b '),
  },
  {
    id: 'emoji-run',
    says: 'a long run of emoji',
    step: 'plain',
    make: (n) => `Trade ${FAMILY_EMOJI.repeat(n / 8)} fell.`,
  },
  { id: 'emoji-between-names', says: 'made-up names joined by emoji, no spaces', step: 'plain', make: (n) => `${fill(n, name, FAMILY_EMOJI)}.` },
  { id: 'invisible-runs', says: 'long runs of zero-width characters between letters', step: 'plain', make: (n) => fill(n, (i) => `Po${'\u200b\u2060\u00ad'.repeat(i % 200)}land `) },
  { id: 'category-words', says: 'a sentence made of category terms', step: 'plain', make: (n) => `${fill(n, () => 'trade tariff army sanctions alliance', ' ')}.` },
  {
    id: 'title-block-running-heads',
    says: 'heading-like lines and no prose, a running page head every ten (a title block as long as the document)',
    step: 'plain',
    make: (n) => {
      const w = ['Harbour', 'Bridge', 'Ports', 'Grain', 'Ferry', 'Quay', 'Depot', 'Fleet', 'Customs', 'Pilot'];
      // Each line its own: the digits of its number spelt as words (no line repeats, so none is running furniture).
      const line = (i: number) => `${[...String(i).padStart(5, '0')].map((d) => w[Number(d)]).join(' ')} Matters`;
      return fill(n, (i) => (i % 10 === 0 ? `\fAnnual Review of Ports | Chapter ${Math.floor(i / 10) % 3}: ${w[(i * 3) % 10]} ${w[(i / 10) % 10]}` : line(i)), '\n\n');
    },
  },
  {
    id: 'figures-after-one-date',
    says: 'one date, then a sentence of thousands of figures after a join (each figure asks what stands between it and the date)',
    step: 'plain',
    make: (n) => `The depot was folded into the agency in 2013 and now accounts for ${fill(n, (i) => `${7 + 3 * i} tonnes at site ${i}`, ', ')}.`,
  },
  {
    id: 'sentences-one-line',
    says: 'short sentences ending in a number, all on one line (each capital after "2021. " asked where its line starts)',
    step: 'plain',
    scale: 8,
    make: (n) => fill(n, (i) => `Trade rose by ${i % 90}% in ${1990 + (i % 30)}.`, ' '),
  },
  { id: 'essay-repeated', says: 'an ordinary sentence repeated (the control)', step: 'plain', make: (n) => fill(n, () => SENTENCE, ' ') },
  // The reader's lexicon file.
  { id: 'lexicon-long-term', says: 'a lexicon term of n characters', step: 'lexicon', make: (n) => `{ "economic": { "${'a '.repeat(n / 2)}*x": 1 } }` },
  { id: 'lexicon-invalid-terms', says: 'many invalid lexicon terms', step: 'lexicon', make: (n) => `{ "economic": {\n${fill(n, (i) => `  "*bad${i}": 1`, ',\n')}\n} }` },
];

/** Reads `text` as family step `step` does; returns something so the work cannot be skipped. */
export function readAs(step: Step, text: string): number {
  switch (step) {
    case 'detect':
      return detectFormat(text, 'notes.dat').length;
    case 'outline':
      return analyse(text, { format: 'markdown', outlineOnly: true }).sections.length;
    case 'lexicon':
      return readLexiconText(text).problems.length;
    default:
      return analyse(text, { format: step }).claims.length;
  }
}

/**
 * The least CPU time of `runs` readings, in ms: this process's CPU time, not the
 * clock, so that other processes on a busy machine do not count; the minimum is
 * the measure least touched by what remains (a collection, a cold cache).
 */
export function fastest(run: () => unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    run();
    const spent = process.cpuUsage(before);
    best = Math.min(best, (spent.user + spent.system) / 1000);
  }
  return best;
}

export interface Growth {
  readonly small: number;
  readonly large: number;
  readonly smallMs: number;
  readonly largeMs: number;
  /** log(time ratio) / log(size ratio): 1 is linear, 2 quadratic. */
  readonly exponent: number;
  /** CPU seconds per megabyte of text at the larger size. */
  readonly secondsPerMb: number;
}

/** Reads `family` at sizes `n` and `factor × n`, `runs` times each, in one run. */
export function growth(family: Family, n: number, factor: number, runs: number): Growth {
  const small = family.make(n);
  const large = family.make(n * factor);
  readAs(family.step, small); // warm-up
  const g = ratio(() => readAs(family.step, small), () => readAs(family.step, large), large.length / small.length, runs);
  return { small: small.length, large: large.length, ...g, secondsPerMb: g.largeMs / 1000 / (large.length / 1e6) };
}

/**
 * Two readings of sizes `factor` apart, timed by {@link fastest}: their CPU times
 * and the growth exponent, log(time ratio) / log(size ratio). A floor of 1 ms
 * keeps a reading too fast to time from reading as growth.
 */
export function ratio(small: () => unknown, large: () => unknown, factor: number, runs: number): { smallMs: number; largeMs: number; exponent: number } {
  const smallMs = Math.max(1, fastest(small, runs));
  const largeMs = Math.max(1, fastest(large, runs));
  return { smallMs, largeMs, exponent: Math.log(largeMs / smallMs) / Math.log(factor) };
}
