/**
 * Numbers as people write them: numerals ("150,000", "2.5", "31.9billion") and
 * English number words ("Seventy-nine", "one third", "two and a half", "a dozen",
 * "half billion"). A small parser of our own: the npm word parsers are large and
 * read "one third" as "1 3".
 */
import { FIGURE_LEXICON, type FigureLexicon } from './lexicon';

/** What {@link parseNumberWords} read. */
export interface WordNumber {
  /** The number; for "half billion" 5e8, for "two-thirds" 0.666…. */
  readonly value: number;
  /** How many of the given tokens make up the number. */
  readonly length: number;
  /** True when it is a fraction ("one third", "two-thirds") rather than a count. */
  readonly fraction: boolean;
}

/**
 * Reads the longest number at the start of `tokens` (lower-case words, hyphens
 * already split off): "seventy nine", "one thousand", "two and a half million",
 * "a dozen", "half billion", "one third". Returns null when the first token does
 * not start a number. Never reads across two numbers ("one and two" is "one").
 */
export function parseNumberWords(tokens: readonly string[], lex: FigureLexicon = FIGURE_LEXICON): WordNumber | null {
  const { ones: ONES, tens: TENS, scales: SCALES, denominators: DENOMINATORS } = lex.numbers;
  let total = 0; // closed groups (thousands, millions, …)
  let group: number | null = null; // the group being built, below 1000 (or a fraction)
  let used = 0; // tokens consumed into the number
  let lastScale = Infinity; // scales must fall: "two million three thousand"
  let last: 'ones' | 'tens' | 'hundred' | 'scale' | 'half' | 'a' | 'fraction' | null = null;
  let fraction = false;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if ((t === 'a' || t === 'an') && last === 'half' && tokens[i + 1] !== undefined && tokens[i + 1] in SCALES) {
      i++; // "half a million"
      continue;
    }
    if ((t === 'a' || t === 'an') && last === null) {
      // "a dozen", "a half", "a million": the article is the numeral one.
      const next = tokens[i + 1];
      if (next === undefined || !(next === 'hundred' || next === 'dozen' || next in SCALES || next in DENOMINATORS)) break;
      group = 1;
      last = 'a';
      i++;
      continue;
    }
    if (t in ONES || t in TENS) {
      const v = t in ONES ? ONES[t] : TENS[t];
      if (last === 'tens' && t in ONES && v > 0 && v < 10) group = (group ?? 0) + v;
      else if (last === 'hundred' || last === 'scale' || last === null) group = (last === 'hundred' ? group! : 0) + v;
      else break; // "one two": two numbers
      last = t in ONES ? 'ones' : 'tens';
      used = ++i;
      continue;
    }
    if (t === 'hundred') {
      if (group !== null && group >= 100) break;
      group = (group ?? 1) * 100;
      last = 'hundred';
      used = ++i;
      continue;
    }
    if (t === 'dozen') {
      group = (group ?? 1) * 12;
      last = 'ones';
      used = ++i;
      continue;
    }
    if (t in SCALES) {
      const exp = SCALES[t];
      if (exp >= lastScale) break;
      total += scaleUp(group ?? 1, exp);
      group = null;
      lastScale = exp;
      last = 'scale';
      used = ++i;
      continue;
    }
    if (t in DENOMINATORS) {
      const d = DENOMINATORS[t];
      if (d === 2 && (last === null || last === 'a')) {
        // "half billion", "a half": a half of what follows, or one half.
        group = 0.5;
        last = 'half';
        used = ++i;
        continue;
      }
      if ((last === 'ones' || last === 'a') && group !== null && group < 10) {
        // "one third", "two-thirds", "a quarter"
        group = group / d;
        fraction = true;
        last = 'fraction';
        used = ++i;
        continue;
      }
      break;
    }
    if (t === 'and') {
      // "two and a half", "one hundred and five"; any other "and" joins two numbers.
      const a = tokens[i + 1];
      const b = tokens[i + 2];
      if ((last === 'ones' || last === 'tens') && (a === 'a' || a === 'one') && b !== undefined && b in DENOMINATORS && group !== null) {
        group += 1 / DENOMINATORS[b];
        last = 'half';
        used = i += 3;
        continue;
      }
      if (last === 'hundred' && a !== undefined && (a in ONES || a in TENS)) {
        i++;
        continue;
      }
      break;
    }
    break;
  }
  if (used === 0) return null;
  // A fraction followed by a scale ("half billion") is a count; alone it is a share.
  const value = total + (group ?? 0);
  return { value: tidy(value), length: used, fraction: fraction && last === 'fraction' };
}

/** `n × 10^exp` without binary noise (2.2 × 10^9 is 2200000000, not …0.0000005). */
export function scaleUp(n: number, exp: number): number {
  return exp === 0 ? n : tidy(Number(`${n}e${exp}`));
}

/** Rounds away floating-point noise from sums of fractions. */
function tidy(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(12));
}

/** Reads a numeral: "150,000" → 150000, "2.5" → 2.5. NaN when it is not one. */
export function parseNumeral(s: string, decimalComma = false): number {
  const bare = s.replace(/[ \u00a0\u2009\u202f\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
  // A document that writes decimals with a comma ("6,8"): dots group thousands.
  if (decimalComma) return Number(bare.replace(/\./g, '').replace(',', '.'));
  // Continental: dots group thousands, a comma marks the decimals ("1.234,5").
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(bare) && (bare.includes(',') || bare.split('.').length > 2)) {
    return Number(bare.replace(/\./g, '').replace(',', '.'));
  }
  return Number(bare.replace(/,/g, ''));
}
