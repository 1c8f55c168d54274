import type { Analysis, Reason, Span } from '../src/core/model/model';
import type { Rated } from './calibration';

/** The confidence from which a claim's category counts as sure. */
export const SURE = 0.7;

/** A hand annotation, as in ../shared/eval/*.gold.json. */
export interface Gold {
  readonly doc: string;
  readonly sections: readonly string[];
  readonly sentences: readonly { text: string; primary: string; acceptable: readonly string[] }[];
  readonly entities: readonly { canonical: string; type: string; mentions: readonly string[] }[];
  readonly figures: readonly { text: string; kind: string; year: number | null }[];
}

export interface Tally {
  right: number;
  total: number;
}

/** What a decision decided: the rules of a part's `why` about it are judged by it. */
export type Decision = 'claim category' | 'claim role' | 'entity type' | 'figure kind' | 'figure year';

/** One decision the annotation judged: right or wrong, and the reasons of the part that made it. */
export interface Judged {
  readonly decision: Decision;
  readonly right: boolean;
  readonly why: readonly Reason[];
}

/** The measures of one analysis against one annotation, with what was missed. */
export interface GoldScore {
  readonly claims: Tally;
  /** Claims whose confidence reaches 0.7 (`total`), and how many of them are right. */
  readonly sure: Tally;
  readonly entities: Tally & { merged: number };
  readonly figures: Tally & { year: number };
  readonly sections: Tally;
  readonly misses: string[];
  /** Every decision of a found part, judged: what `--rules` tallies. */
  readonly judged: Judged[];
  /** Each found claim's confidence and whether its category is right: what `--calibration` tables. */
  readonly rated: Rated[];
}

/** Offsets of markdown syntax a reader doesn't see: link brackets and targets, emphasis marks. */
function hiddenMarkup(text: string): Uint8Array {
  const hidden = new Uint8Array(text.length);
  const hide = (from: number, to: number) => hidden.fill(1, from, to);
  for (const m of text.matchAll(/\[([^\]\n]*)\]\(([^)\s]*)\)/g)) {
    const at = m.index!;
    hide(at, at + 1);
    hide(at + 1 + m[1].length, at + m[0].length);
  }
  for (const m of text.matchAll(/\*\*|__|(?<![\p{L}\d])_(?=\S)|(?<=\S)_(?![\p{L}\d])/gu)) hide(m.index!, m.index! + m[0].length);
  return hidden;
}

/** Visible text with whitespace runs collapsed, and a map back to the original offsets. */
export function normalised(text: string): { flat: string; origin: number[] } {
  const hidden = hiddenMarkup(text);
  const chars: string[] = [];
  const origin: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    if (hidden[i]) continue;
    const c = text[i];
    if (/\s/.test(c)) {
      space = chars.length > 0;
      continue;
    }
    if (space) {
      chars.push(' ');
      origin.push(i);
      space = false;
    }
    chars.push(c);
    origin.push(i);
  }
  origin.push(text.length);
  return { flat: chars.join(''), origin };
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
export const bare = (s: string) => squash(s).replace(/['’]s$/u, '').toLowerCase();
/** Titles a gold mention may carry that a recogniser rightly leaves out of the name. */
const TITLE = /^(president|prime minister|secretary|minister|senator|representative|general|gen\.|admiral|chairman|chair|governor|ambassador|commissioner|dr\.?|mr\.?|mrs\.?|ms\.?) /;
/** A form and the same form without a leading title ("President Trump" → "trump"). */
export const variants = (form: string) => [bare(form), bare(form).replace(TITLE, '')];

export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * True when the occurrence of `n` at `at` in `flat` cuts a number: a digit, or a digit and a decimal point, a
 * thousands comma, a dash or a slash, right before a needle that starts with a digit ("8" in "2028", "29" in
 * "2028-29"), or a digit, or a point or comma and a digit, right after one that ends with a digit.
 */
function cutsNumber(flat: string, at: number, n: string): boolean {
  const digit = (i: number) => i >= 0 && i < flat.length && /\d/.test(flat.charAt(i));
  if (/^\d/.test(n) && (digit(at - 1) || (/[.,\-–/]/.test(flat.charAt(at - 1)) && digit(at - 2)))) return true;
  const after = at + n.length;
  return /\d$/.test(n) && (digit(after) || (/[.,]/.test(flat.charAt(after)) && digit(after + 1)));
}

/**
 * Finds each needle in order of the text, each occurrence used once; `accept` may pass over an occurrence.
 * With `whole`, an occurrence that cuts a number is never one (a figure's text is a whole number).
 */
function locator(text: string, whole = false) {
  const { flat, origin } = normalised(text);
  const used = new Set<number>();
  return (needle: string, accept: (span: Span) => boolean = () => true): Span | undefined => {
    const n = squash(needle);
    let first: Span | undefined;
    for (let at = flat.indexOf(n); at >= 0; at = flat.indexOf(n, at + 1)) {
      if (used.has(at) || (whole && cutsNumber(flat, at, n))) continue;
      const span = { start: origin[at], end: origin[at + n.length - 1] + 1 };
      first ??= span;
      if (accept(span)) {
        used.add(at);
        return span;
      }
    }
    return first;
  };
}

/** Each annotated sentence, in order, with the claim that overlaps it most (or undefined). */
export function claimsOf(analysis: Analysis, sentences: readonly { text: string }[]) {
  const findSentence = locator(analysis.text);
  return sentences.map((sentence) => {
    const span = findSentence(sentence.text);
    let best = -1;
    let most = 0;
    if (span) {
      analysis.claims.forEach((claim, i) => {
        const o = overlap(claim, span);
        if (o > most) [best, most] = [i, o];
      });
    }
    return best >= 0 ? analysis.claims[best] : undefined;
  });
}

/** Scores an analysis against a hand annotation with the guideline's measures. */
export function scoreGold(analysis: Analysis, gold: Gold): GoldScore {
  const misses: string[] = [];
  const judged: Judged[] = [];
  const { text } = analysis;

  // Claims: each gold sentence takes the claim that overlaps it most.
  const claims = { right: 0, total: gold.sentences.length };
  const sure = { right: 0, total: 0 };
  const rated: Rated[] = [];
  claimsOf(analysis, gold.sentences).forEach((claim, i) => {
    const sentence = gold.sentences[i];
    const primary = claim ? claim.primary : null;
    // An unclassified claim is right where the annotation accepts "none"; a sentence not read as a claim never is.
    const right = claim !== undefined && sentence.acceptable.includes(primary ?? 'none');
    if (right) claims.right++;
    if (claim && (claim.confidence ?? 0) >= SURE) {
      sure.total++;
      if (right) sure.right++;
    }
    if (!right) misses.push(`claim ${primary ?? 'none'} ≠ ${sentence.acceptable.join('|')}: ${squash(sentence.text).slice(0, 90)}`);
    if (claim) judged.push({ decision: 'claim category', right, why: claim.why });
    if (claim) rated.push({ confidence: claim.confidence ?? 0, right });
  });

  // Entities: found when one predicted entity of the right type carries the name or a form of it.
  const entities = { right: 0, total: gold.entities.length, merged: 0 };
  // A mention may leave a title out ("President Aleksandr Lukashenko" named by "Aleksandr Lukashenko").
  const names = (form: string) => (e: Analysis['entities'][number]) =>
    e.mentions.some((m) => {
      const said = bare(text.slice(m.start, m.end));
      return said === form || said === form.replace(TITLE, '') || (said.includes(' ') && form.endsWith(` ${said}`));
    });
  for (const entity of gold.entities) {
    const forms = new Set([entity.canonical, ...entity.mentions].flatMap(variants));
    const match = analysis.entities.find(
      (e) => e.type === entity.type && [e.name, ...e.aliases].some((n) => forms.has(bare(n))),
    );
    if (match) {
      entities.right++;
      judged.push({ decision: 'entity type', right: true, why: match.why });
    } else {
      const typed = analysis.entities.find((e) => [e.name, ...e.aliases].some((n) => forms.has(bare(n))));
      misses.push(`entity ${entity.canonical} (${entity.type})${typed ? ` typed ${typed.type}` : ' not found'}`);
      if (typed) judged.push({ decision: 'entity type', right: false, why: typed.why });
    }
    // Merged: every gold surface form appears among the mentions of one entity.
    const holders = new Set<string>();
    for (const form of entity.mentions) {
      const holder = analysis.entities.find(names(bare(form)));
      if (holder) holders.add(holder.id);
      else holders.add(`missing:${form}`);
    }
    if (holders.size === 1 && ![...holders][0].startsWith('missing:')) entities.merged++;
    else if (entity.mentions.length > 1) misses.push(`entity ${entity.canonical} split over ${[...holders].join(', ')}`);
  }

  // Figures: the predicted figure overlapping the gold text's place in the document.
  const findFigure = locator(text, true);
  const figures = { right: 0, total: gold.figures.length, year: 0 };
  const taken = new Set<number>();
  // All the gold figures are placed together, longest text first: "5" does not take the place of "5 working days"
  // listed after it; each is then scored in the annotation's order.
  const placed = new Map<number, number>();
  const longestFirst = gold.figures.map((_, g) => g).sort((a, b) => squash(gold.figures[b].text).length - squash(gold.figures[a].text).length || a - b);
  for (const g of longestFirst) {
    // The gold names a figure by its text: any occurrence the analyser found counts, each once.
    const found = (span: Span) => analysis.figures.some((f, i) => !taken.has(i) && overlap(f, span) > 0);
    const span = findFigure(gold.figures[g].text, found);
    const index = span ? analysis.figures.findIndex((f, i) => !taken.has(i) && overlap(f, span) > 0) : -1;
    if (index >= 0) taken.add(index);
    placed.set(g, index);
  }
  for (const [g, figure] of gold.figures.entries()) {
    const index = placed.get(g)!;
    const match = index >= 0 ? analysis.figures[index] : undefined;
    if (match && match.kind === figure.kind) figures.right++;
    else misses.push(`figure "${figure.text}" ${match ? `kind ${match.kind} ≠ ${figure.kind}` : 'not found'}`);
    if (match && match.year === figure.year) figures.year++;
    else if (match) misses.push(`figure "${figure.text}" year ${match.year} ≠ ${figure.year}`);
    if (match) {
      judged.push({ decision: 'figure kind', right: match.kind === figure.kind, why: match.why });
      judged.push({ decision: 'figure year', right: match.year === figure.year, why: match.why });
    }
  }

  const titles = new Set(analysis.sections.map((s) => squash(s.title).toLowerCase()));
  const sections = { right: 0, total: gold.sections.length };
  for (const title of gold.sections) {
    if (titles.has(squash(title).toLowerCase())) sections.right++;
    else misses.push(`section "${title}" not found`);
  }
  return { claims, sure, entities, figures, sections, misses, judged, rated };
}
