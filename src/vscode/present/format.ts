import type { Category, EntityType, Figure, FigureKind, Role, Span } from '../../core/model/model';

/**
 * Words and numbers as a reader sees them: figure values, labels, snippets of
 * text. Everything here is a pure function of its arguments.
 */

/** "economic" → "Economic". */
export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Category label, e.g. "Geopolitical". */
export function categoryLabel(category: Category | null): string {
  return category ? capitalise(category) : 'Unclassified';
}

/** Role label, as written in lenses and tree rows ("evidence"). */
export function roleLabel(role: Role): string {
  return role;
}

const ENTITY_TYPE_LABELS: Readonly<Record<EntityType, readonly [string, string]>> = {
  person: ['Person', 'People'],
  place: ['Place', 'Places'],
  organization: ['Organization', 'Organizations'],
  treaty_or_program: ['Treaty or programme', 'Treaties and programmes'],
  other: ['Other', 'Other'],
};

/** "Person", or "People" when `plural`. */
export function entityTypeLabel(type: EntityType, plural = false): string {
  return ENTITY_TYPE_LABELS[type][plural ? 1 : 0];
}

const FIGURE_KIND_LABELS: Readonly<Record<FigureKind, readonly [string, string]>> = {
  percent: ['Percentage', 'Percentages'],
  money: ['Money', 'Money'],
  quantity: ['Quantity', 'Quantities'],
  count: ['Count', 'Counts'],
  ratio: ['Ratio', 'Ratios'],
  date: ['Date', 'Dates'],
};

/** "Percentage", or "Percentages" when `plural`. */
export function figureKindLabel(kind: FigureKind, plural = false): string {
  return FIGURE_KIND_LABELS[kind][plural ? 1 : 0];
}

/** A number with thousands separators and at most two decimals: 150000 → "150,000". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Math.round(value * 100) / 100;
  const [whole, fraction] = Math.abs(rounded).toFixed(2).replace(/\.?0+$/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (rounded < 0 ? '-' : '') + grouped + (fraction ? `.${fraction}` : '');
}

const SCALES: readonly (readonly [number, string])[] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** A large amount in words: 5e8 → "500 million", 1.25e9 → "1.25 billion", 12000 → "12,000". */
export function formatAmount(value: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(value) >= scale) return `${formatNumber(value / scale)} ${word}`;
  }
  return formatNumber(value);
}

const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  USD: 'US$',
  EUR: '€',
  GBP: '£',
  JPY: 'JP¥',
  CNY: 'CN¥',
};

/** A currency prefix: "US$" for USD, the ISO code itself for the rest ("RUB"). */
export function currencyPrefix(code: string): string {
  return CURRENCY_PREFIXES[code.toUpperCase()] ?? code;
}

/** "a" or "a–b" when a range, through `format`. */
function range(figure: Figure, format: (value: number) => string): string {
  const low = format(figure.value ?? 0);
  return figure.high === null || figure.high === figure.value ? low : `${low}–${format(figure.high)}`;
}

/**
 * A figure's normalised value with its unit, as a reader would write it:
 * "36.3 %", "US$ 500 million", "150,000–170,000 men", "2–2.5 times", "1998".
 * Null when the figure has no value (the surface text is all there is).
 */
export function formatFigureValue(figure: Figure): string | null {
  if (figure.value === null) return null;
  const unit = figure.unit;
  switch (figure.kind) {
    case 'percent':
      return `${range(figure, formatNumber)} %`;
    case 'money':
      return `${unit ? `${currencyPrefix(unit)} ` : ''}${range(figure, formatAmount)}`;
    case 'date':
      return range(figure, (year) => String(Math.trunc(year)));
    case 'ratio':
      return `${range(figure, formatNumber)} ${unit ?? 'times'}`;
    case 'quantity':
    case 'count':
      return unit ? `${range(figure, formatAmount)} ${unit}` : range(figure, formatAmount);
  }
}

/** When a figure applies: "1998", "first quarter 1998", "February", or null. */
export function figureWhen(figure: Figure): string | null {
  const year = figure.kind === 'date' ? null : figure.year;
  if (figure.period && year !== null) return `${figure.period} ${year}`;
  if (figure.period) return figure.period;
  return year === null ? null : String(year);
}

/** A one-line description of a figure: "36.3 % · 1998". */
export function figureDescription(figure: Figure): string {
  return [formatFigureValue(figure), figureWhen(figure)].filter((part) => part !== null).join(' · ');
}

/** Whitespace (line breaks from hard-wrapped text included) collapsed to single spaces. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of a span, whitespace collapsed. */
export function spanText(text: string, span: Span): string {
  return collapse(text.slice(span.start, span.end));
}

/** At most `max` characters, cut at a word boundary, with "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The first `words` words of a text, with "…" when cut: a tree row's label. */
export function firstWords(text: string, words = 8, max = 60): string {
  const all = collapse(text).split(' ');
  const head = all.slice(0, words).join(' ');
  if (head.length > max) return truncate(head, max);
  return all.length > words ? `${head}…` : head;
}

/** Text escaped for markdown, so a sentence renders as written (no emphasis, no links). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** The text before a span, the span, and the text after, as {@link snippetParts} cuts them. */
export interface SnippetParts {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/**
 * The text around a span, at most `radius` characters either side, cut at word
 * boundaries and kept inside `bounds` (a sentence, say), with "…" where cut, and
 * whitespace collapsed.
 */
export function snippetParts(text: string, span: Span, radius: number, bounds: Span = { start: 0, end: text.length }): SnippetParts {
  let start = Math.max(bounds.start, span.start - radius);
  let end = Math.min(bounds.end, span.end + radius);
  if (start > bounds.start) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < span.start) start = space + 1;
  }
  if (end < bounds.end) {
    const space = text.lastIndexOf(' ', end);
    if (space >= span.end) end = space;
  }
  // Collapse each part alone, keeping one space where whitespace separated them.
  const squeeze = (part: string) => part.replace(/\s+/g, ' ');
  const before = (start > bounds.start ? '…' : '') + squeeze(text.slice(start, span.start)).trimStart();
  const after = squeeze(text.slice(span.end, end)).trimEnd() + (end < bounds.end ? '…' : '');
  return { before, match: collapse(text.slice(span.start, span.end)), after };
}

/** {@link snippetParts} as one string. */
export function snippet(text: string, span: Span, radius: number, bounds?: Span): string {
  const { before, match, after } = snippetParts(text, span, radius, bounds);
  return before + match + after;
}
