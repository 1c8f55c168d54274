import type { Cue, Entity, Figure, Span } from '../model/model';
import type { ClaimRules, FigureRule } from '../lexicon/claim-rules';
import { partitionPoint } from '../model/lookup';
import units from '../lexicon/data/figures-units.json';
import { allSettings } from './settings';
import { addressesOf, outsideSeats } from './places';

/**
 * What a claim holds besides its words: the figures and the entities mentioned
 * in it, and the category cues they give (a sum of money, a count of troops,
 * places named together), by the evidence rules of claims.json.
 */

/**
 * Nouns that make a figure a count of forces or arms: the figure reader's list
 * of armed and security forces and their units, and its weapons and platforms
 * (one list for both readers, in figures-units.json).
 */
const FORCE_UNITS: ReadonlySet<string> = new Set([...units.forces, ...units.equipment]);

const NONE: readonly never[] = Object.freeze([]);

/**
 * The figures and entities of each sentence, in columns (issue #14): where each
 * sentence's begin in flat typed lists, one more entry than sentences. Lists
 * a sentence a piece were 32 bytes a sentence in slots alone, and one figure's
 * two lists about 100 more; a sentence's lists are made when its claim asks.
 */
export class Evidence {
  readonly #figures: readonly Figure[];
  readonly #entities: readonly Entity[];
  /** The figures' indices, sentence after sentence (document order within one), and where each sentence's begin. */
  readonly #figureFirsts: Int32Array;
  readonly #figureIndex: Int32Array;
  /** The entities mentioned, by index, in the order of their first mention in the sentence. */
  readonly #entityFirsts: Int32Array;
  readonly #entityIndex: Int32Array;
  /** The mention of each place among them: its entity's index and the mention's index in its list. */
  readonly #placeFirsts: Int32Array;
  readonly #placeEntity: Int32Array;
  readonly #placeMention: Int32Array;

  constructor(figures: readonly Figure[], entities: readonly Entity[], columns: readonly Int32Array[]) {
    this.#figures = figures;
    this.#entities = entities;
    [this.#figureFirsts, this.#figureIndex, this.#entityFirsts, this.#entityIndex, this.#placeFirsts, this.#placeEntity, this.#placeMention] = columns;
  }

  /** How many figures sentence `s` holds. */
  figureCount(s: number): number {
    return this.#figureFirsts[s + 1] - this.#figureFirsts[s];
  }

  /** The figures of sentence `s`, in document order (made now; the shared empty list when it has none). */
  figuresOf(s: number): readonly Figure[] {
    const first = this.#figureFirsts[s];
    const out: Figure[] | readonly never[] = this.figureCount(s) ? new Array(this.figureCount(s)) : NONE;
    for (let i = 0; i < out.length; i++) (out as Figure[])[i] = this.#figures[this.#figureIndex[first + i]];
    return out;
  }

  /** The indices of the figures of sentence `s` in the document's figures (a view of the column). */
  figureIndicesOf(s: number): Int32Array {
    return this.#figureIndex.subarray(this.#figureFirsts[s], this.#figureFirsts[s + 1]);
  }

  /** Ids of the entities mentioned in sentence `s`, in the order of their first mention there (made now at its exact length). */
  entityIdsOf(s: number): readonly string[] {
    const first = this.#entityFirsts[s];
    const count = this.#entityFirsts[s + 1] - first;
    if (!count) return NONE;
    const out: string[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = this.#entities[this.#entityIndex[first + i]].id;
    return out;
  }

  /** How many entities sentence `s` mentions. */
  entityCount(s: number): number {
    return this.#entityFirsts[s + 1] - this.#entityFirsts[s];
  }

  /** The mention of each place among the entities of sentence `s` (made now). */
  placesOf(s: number): readonly Span[] {
    const first = this.#placeFirsts[s];
    const count = this.#placeFirsts[s + 1] - first;
    if (!count) return NONE;
    const out: Span[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = this.#entities[this.#placeEntity[first + i]].mentions[this.#placeMention[first + i]];
    return out;
  }

  /** How many places sentence `s` names. */
  placeCount(s: number): number {
    return this.#placeFirsts[s + 1] - this.#placeFirsts[s];
  }
}

/** Where each group begins once `counts` (by group, shifted by one) are summed: counts become firsts, in place. */
function firstsOf(counts: Int32Array): Int32Array {
  for (let i = 1; i < counts.length; i++) counts[i] += counts[i - 1];
  return counts;
}

/**
 * Sorts out figures and entity mentions by sentence: a binary search per
 * mention, and one look per mention to keep an entity once per sentence
 * (`work.steps` counts the looks).
 */
export function evidenceBySentence(
  sentences: { readonly length: number; readonly start: Int32Array; readonly end: Int32Array },
  figures: readonly Figure[],
  figureSentence: ArrayLike<number>,
  entities: readonly Entity[],
  work: { steps: number },
): Evidence {
  const n = sentences.length;
  const within = (s: number) => s >= 0 && s < n;
  // Counted, then placed in order: each sentence's figures in document order.
  const figureFirsts = new Int32Array(n + 1);
  for (let i = 0; i < figures.length; i++) if (within(figureSentence[i])) figureFirsts[figureSentence[i] + 1]++;
  firstsOf(figureFirsts);
  const figureIndex = new Int32Array(figureFirsts[n]);
  const figureNext = figureFirsts.slice(0, n);
  for (let i = 0; i < figures.length; i++) if (within(figureSentence[i])) figureIndex[figureNext[figureSentence[i]]++] = i;

  // Each mention's sentence (-1 outside the body), then the mentions grouped by sentence in the order they were met.
  let total = 0;
  for (const entity of entities) total += entity.mentions.length;
  const sentenceOf = new Int32Array(total);
  const mentionFirsts = new Int32Array(n + 1);
  let m = 0;
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const s = partitionPoint(n, (i) => sentences.end[i] <= mention.start);
      sentenceOf[m++] = s < n && sentences.start[s] <= mention.start ? s : -1;
      if (sentenceOf[m - 1] >= 0) mentionFirsts[s + 1]++;
    }
  }
  firstsOf(mentionFirsts);
  const mentionNext = mentionFirsts.slice(0, n);
  const mentionEntity = new Int32Array(mentionFirsts[n]);
  const mentionIndex = new Int32Array(mentionFirsts[n]);
  m = 0;
  for (let e = 0; e < entities.length; e++) {
    for (let k = 0; k < entities[e].mentions.length; k++) {
      const s = sentenceOf[m++];
      if (s < 0) continue;
      mentionEntity[mentionNext[s]] = e;
      mentionIndex[mentionNext[s]++] = k;
    }
  }
  const entityFirsts = new Int32Array(n + 1);
  const entityIndex = new Int32Array(mentionFirsts[n]);
  const placeFirsts = new Int32Array(n + 1);
  const placeEntity = new Int32Array(mentionFirsts[n]);
  const placeMention = new Int32Array(mentionFirsts[n]);
  // The last sentence each entity was kept in: one look per mention, however many entities a sentence names.
  const keptIn = new Map<string, number>();
  // One list of a sentence's mentions (their places in the columns), sorted by start and emptied per sentence.
  const order: number[] = [];
  const startAt = (i: number) => entities[mentionEntity[i]].mentions[mentionIndex[i]].start;
  for (let s = 0; s < n; s++) {
    order.length = 0;
    for (let i = mentionFirsts[s]; i < mentionFirsts[s + 1]; i++) order.push(i);
    sortedBy(order, startAt);
    entityFirsts[s + 1] = entityFirsts[s];
    placeFirsts[s + 1] = placeFirsts[s];
    for (const i of order) {
      work.steps++;
      const entity = entities[mentionEntity[i]];
      if (keptIn.get(entity.id) === s) continue;
      keptIn.set(entity.id, s);
      entityIndex[entityFirsts[s + 1]++] = mentionEntity[i];
      if (entity.type !== 'place') continue;
      placeEntity[placeFirsts[s + 1]] = mentionEntity[i];
      placeMention[placeFirsts[s + 1]++] = mentionIndex[i];
    }
  }
  const fit = (column: Int32Array, firsts: Int32Array) => column.slice(0, firsts[n]);
  const columns = [figureFirsts, figureIndex, entityFirsts, fit(entityIndex, entityFirsts), placeFirsts, fit(placeEntity, placeFirsts), fit(placeMention, placeFirsts)];
  return new Evidence(figures, entities, columns);
}

/**
 * `list` in order of `key`, sorted in place and stably (the order of
 * `Array.prototype.sort`): left as it is when in order, a short list by
 * insertion (no work copy, as the engine's sort makes one per call).
 */
export function sortedBy<T>(list: T[], key: (item: T) => number): T[] {
  let i = 1;
  while (i < list.length && key(list[i]) >= key(list[i - 1])) i++;
  if (i >= list.length) return list;
  if (list.length > 32) return list.sort((a, b) => key(a) - key(b));
  for (; i < list.length; i++) {
    const item = list[i];
    const k = key(item);
    let j = i - 1;
    while (j >= 0 && key(list[j]) > k) list[j + 1] = list[j--];
    list[j + 1] = item;
  }
  return list;
}

/** A span's start, the key spans are sorted by. */
export const startOf = (span: { readonly start: number }): number => span.start;

/**
 * Whether a figure's own words (`words`, lower-case) meet a figure rule's
 * qualifiers: one of `with` where it has any ("34 container ships"), none of
 * `unless` ("three research icebreakers" is no count of forces).
 */
function qualified(row: FigureRule, words: string): boolean {
  return (!row.with || holdsWordStart(words, row.with)) && !(row.unless && holdsWordStart(words, row.unless));
}

const LETTER = /\p{L}/u;

/** Whether one of `list` starts a word of `words`. */
function holdsWordStart(words: string, list: readonly string[]): boolean {
  for (const w of list) {
    for (let at = words.indexOf(w); at >= 0; at = words.indexOf(w, at + 1)) if (at === 0 || !LETTER.test(words[at - 1])) return true;
  }
  return false;
}

/**
 * Cues from the figures and places in a sentence (`text` the document): each
 * rule at most once, at the first thing that meets it. Places that are all
 * settings (settings.ts) give none: `setting` is told of them.
 */
export function evidenceCues(figures: readonly Figure[], places: readonly Span[], rules: ClaimRules, text = '', setting?: (places: readonly Span[]) => void): Cue[] {
  const cues: Cue[] = [];
  const seen = new Set<string>();
  const add = (row: { term: string; category: Cue['category']; weight: number }, span: Span) => {
    if (seen.has(row.term)) return;
    seen.add(row.term);
    cues.push({ start: span.start, end: span.end, category: row.category, term: row.term, weight: row.weight });
  };
  // The words of the last figure that wrote each unit out: "34 container ships … against 98" counts container ships twice.
  const wroteUnit = new Map<string, string>();
  for (const figure of figures) {
    let words = text.slice(figure.start, figure.end).toLowerCase();
    if (figure.unit && words.includes(figure.unit)) wroteUnit.set(figure.unit, words);
    else if (figure.unit) words = wroteUnit.get(figure.unit) ?? words;
    const row = rules.figures.find(
      (r) => r.kinds.includes(figure.kind) && (!r.forces || (!!figure.unit && FORCE_UNITS.has(figure.unit))) && qualified(r, words),
    );
    if (row) add(row, figure);
  }
  for (const row of rules.places) {
    const counted = row.seats ? outsideSeats(places, text, row.seats) : places;
    const named = row.addresses ? addressesOf(counted, text) : counted;
    if (named.length < row.minimum) continue;
    if (allSettings(named, text, rules.placeSetting)) setting?.(named);
    else add(row, named[row.minimum - 1]);
  }
  return cues;
}
