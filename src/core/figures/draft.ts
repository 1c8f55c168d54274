import { NO_REASONS, type Figure, type FigureKind, type Reason, type Span } from '../model/model';
import type { FigureLexicon, RuleReasons } from './lexicon';

/** The figure record the recognisers build, and the small helpers they share. */

/**
 * A figure as recognised, before its year and description are read: `year` and
 * `period` are so far a date's own ("February 2000"), null for other kinds.
 */
export interface Draft extends Span, Pick<Figure, 'kind' | 'value' | 'high' | 'unit' | 'year' | 'period'> {
  /** True for a date that names one year, which other figures may take as theirs. */
  readonly anchor: boolean;
  /** The counted noun phrase of a quantity or count, when the text gives one. */
  readonly noun: Span | null;
  /** The figure this one continues ("37" after "79 out of 89 regions"); it shares its `about`. */
  readonly follows: Draft | null;
  /** The rules that decided its kind and unit. */
  readonly why: readonly Reason[];
}

/** The sentence being read and what is already known around it. */
export interface Scope {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Figures found so far in this sentence, in order. */
  readonly figures: readonly Draft[];
  /** Currency of the last amount of money earlier in the paragraph, if any. */
  readonly currency: string | null;
  /** The words and patterns the reader decides by. */
  readonly lex: FigureLexicon;
  /** True when the document writes decimals with a comma ("6,8 %"); see `decimalComma`. */
  readonly decimalComma: boolean;
}

/** What reading at one position gives: a figure, or where to resume. */
export type Reading = { readonly figure: Draft; readonly next: number } | { readonly figure: null; readonly next: number };

/** Runs a sticky regex at `pos`; the match must end by `limit`. */
export function at(re: RegExp, text: string, pos: number, limit: number): RegExpExecArray | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m !== null && re.lastIndex <= limit ? m : null;
}

/** True for a letter of any script. */
export function isLetter(ch: string): boolean {
  return /\p{L}/u.test(ch);
}

/** True for a letter or digit of any script, or "_". */
export function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}_]/u.test(ch);
}

/** A draft; fields not given are empty. */
export function make(
  kind: FigureKind,
  start: number,
  end: number,
  value: number | null,
  unit: string | null,
  more: Partial<Omit<Draft, 'kind' | 'start' | 'end' | 'value' | 'unit'>> = {},
): Draft {
  return {
    kind, start, end, value, unit,
    high: more.high ?? null,
    year: more.year ?? null,
    period: more.period ?? null,
    anchor: more.anchor ?? false,
    noun: more.noun ?? null,
    follows: more.follows ?? null,
    why: more.why ?? NO_REASONS,
  };
}

/** One rule's reason about one part of a decision, with the words it matched when they help a reader. */
export function reason(lex: FigureLexicon, rule: string, about: 'kind' | 'unit' | 'year' | 'about', words?: string): Reason {
  const shared = reasonsOf(lex, rule)[about];
  return words === undefined ? shared : { rule, weight: shared.weight, about, words };
}

function reasonsOf(lex: FigureLexicon, rule: string): RuleReasons {
  const shared = lex.reasons.get(rule);
  if (shared === undefined) throw new Error(`No rule "${rule}" in figures-rules.json`);
  return shared;
}

/**
 * The reasons for a figure's kind and its unit: `rule` decided the kind (and the
 * unit, unless `unitRule` did), on the words `words`.
 */
export function because(lex: FigureLexicon, rule: string, words?: string, unitRule?: string): readonly Reason[] {
  const shared = reasonsOf(lex, rule);
  if (words === undefined && unitRule === undefined) return shared.both;
  // Lists are made once per rule and words (a bounded number: a long document reuses them, and they never grow without end).
  const cache = unitRule === undefined ? shared.onWords : shared.withUnit;
  const key = unitRule ?? words!;
  let list = cache.get(key);
  if (list === undefined) {
    list = Object.freeze([reason(lex, rule, 'kind', words), unitRule === undefined ? reason(lex, rule, 'unit', words) : reason(lex, unitRule, 'unit')]);
    if (cache.size < MAX_CACHED) cache.set(key, list);
  }
  return list;
}

/** Lists of reasons kept per rule. */
const MAX_CACHED = 512;

/** No figure here: resume at `next`. */
export function skip(next: number): Reading {
  return { figure: null, next };
}

/**
 * No figure here, by a named rule of figures-rules.json ("figure:not-…"): the
 * rule must exist, so every such decision has a row that says it and a fixture.
 */
export function notFigure(lex: FigureLexicon, rule: string, next: number): Reading {
  reasonsOf(lex, rule);
  return skip(next);
}

/** A figure: resume after it. */
export function found(figure: Draft): Reading {
  return { figure, next: figure.end };
}

/** A matched phrase lower-cased with single spaces ("Hong  Kong" → "hong kong"). */
export function lowerFirst(s: string): string {
  return s.replace(/\s+/g, ' ').toLowerCase();
}

/** True for a span of dates, or one end of a span written with its months: the sentence's figures hold over it. */
export function isSpan(d: Draft): boolean {
  return d.kind === 'date' && ((d.year === null && d.high !== null) || d.why[0]?.rule === 'figure:date-span-end');
}
