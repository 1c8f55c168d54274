import type { Cue, Entity, Figure, Span } from '../model/model';
import type { ClaimRules, FigureRule } from '../lexicon/claim-rules';
import { partitionPoint } from '../model/lookup';
import units from '../lexicon/data/figures-units.json';
import { allSettings } from './settings';
import { fittedEach } from './fit';

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

/** The figures and entities of each sentence. */
export interface Evidence {
  /** Figures by sentence, in document order, with their indices in the document's figures. */
  readonly figures: readonly (readonly Figure[])[];
  readonly figureIndices: readonly (readonly number[])[];
  /** Ids of the entities mentioned, by sentence, in the order of their first mention there. */
  readonly entityIds: readonly (readonly string[])[];
  /** The mention of each place among them. */
  readonly places: readonly (readonly Span[])[];
}

function push<T>(lists: (T[] | readonly never[])[], i: number, value: T): void {
  const list = lists[i];
  if (list === NONE) lists[i] = [value];
  else (list as T[]).push(value);
}

/**
 * Sorts out figures and entity mentions by sentence: a binary search per
 * mention, and one look per mention to keep an entity once per sentence
 * (`work.steps` counts the looks).
 */
export function evidenceBySentence(
  sentences: readonly Span[],
  figures: readonly Figure[],
  figureSentence: readonly number[],
  entities: readonly Entity[],
  work: { steps: number },
): Evidence {
  const n = sentences.length;
  const figuresOf: (Figure[] | readonly never[])[] = new Array(n).fill(NONE);
  const figureIndices: (number[] | readonly never[])[] = new Array(n).fill(NONE);
  figures.forEach((figure, i) => {
    const s = figureSentence[i];
    if (s >= 0 && s < n) {
      push(figuresOf, s, figure);
      push(figureIndices, s, i);
    }
  });

  const mentioned: ({ start: number; entity: Entity; mention: Span }[] | readonly never[])[] = new Array(n).fill(NONE);
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const s = partitionPoint(n, (i) => sentences[i].end <= mention.start);
      if (s < n && sentences[s].start <= mention.start) push(mentioned, s, { start: mention.start, entity, mention });
    }
  }
  const entityIds: (string[] | readonly never[])[] = new Array(n).fill(NONE);
  const places: (Span[] | readonly never[])[] = new Array(n).fill(NONE);
  // The last sentence each entity was kept in: one look per mention, however many entities a sentence names.
  const keptIn = new Map<string, number>();
  for (let s = 0; s < n; s++) {
    const list = mentioned[s] as { start: number; entity: Entity; mention: Span }[];
    sortedBy(list, startOf);
    for (const { entity, mention } of list) {
      work.steps++;
      if (keptIn.get(entity.id) === s) continue;
      keptIn.set(entity.id, s);
      push(entityIds, s, entity.id);
      if (entity.type === 'place') push(places, s, mention);
    }
  }
  return { figures: fittedEach(figuresOf), figureIndices: fittedEach(figureIndices), entityIds: fittedEach(entityIds), places: fittedEach(places) };
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

/** Only a comma (and 'in') between two places: the second may say where the first lies. */
const WHERE = /^\s*,\s*(?:in\s+)?$/;
/** What lies between the items of a list of places: a comma, 'and' or 'or'. */
const LIST = /^\s*(?:,|,?\s+(?:and|or))\s*$/;

/**
 * The places of a sentence with each address read as one place: a place
 * written after another with only a comma between them ("Boise City,
 * Oklahoma"; "in Sines, in Portugal") is where the first lies, unless a list
 * goes on after it ("Kenya, Uganda and Jordan").
 */
export function addressesOf(places: readonly Span[], text: string): readonly Span[] {
  if (places.length < 2 || !text) return places;
  const out: Span[] = [places[0]];
  for (let i = 1; i < places.length; i++) {
    const before = places[i - 1];
    const after = places[i + 1];
    const where = WHERE.test(text.slice(before.end, places[i].start));
    const list = after !== undefined && LIST.test(text.slice(places[i].end, after.start));
    if (!where || list) out.push(places[i]);
  }
  return out;
}

/** A bracket closing a speaker's label: maybe one more bracket (the party), then the colon ("(Preston) (Lab):"). */
const LABEL_END = /^\)\s*(?:\([^()\n]{1,40}\)\s*)?:/;

/**
 * The places of a sentence without the members' seats in it: a place written
 * right after one of `after` ("the hon. Member for Preston"), or alone in the
 * brackets of a speaker's label ("Kirsty Mellor (Preston) (Lab):"), says who
 * speaks or is spoken to, not what the sentence is about.
 */
export function outsideSeats(places: readonly Span[], text: string, after: readonly string[]): readonly Span[] {
  if (!places.length || !text) return places;
  const seat = (p: Span) => {
    if (text[p.start - 1] === '(' && LABEL_END.test(text.slice(p.end, p.end + 48))) return true;
    const before = text.slice(Math.max(0, p.start - 40), p.start).toLowerCase().replace(/\s+/g, ' ');
    return after.some((w) => before.endsWith(`${w.toLowerCase()} `));
  };
  return places.some(seat) ? places.filter((p) => !seat(p)) : places;
}
