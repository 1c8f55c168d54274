import type { Category, Cue, Reason } from '../model/model';
import { CATEGORIES } from '../model/model';
import type { Tokens } from '../parse/tokens';
import type { ClaimRules } from '../lexicon/claim-rules';
import type { Shared } from '../model/shared';
import words from '../lexicon/data/words.json';
import { roundScores } from './frames';
import { sortedBy } from './evidence';

/**
 * How the document itself uses a word no lexicon knows: a word it writes in
 * many sentences, most of them clearly about one category ("equity" all
 * through a report on development finance, "transformers" all through
 * testimony on the grid), is that category's word in this document. A
 * sentence with no category word of its own that holds such words is read as
 * about what they are about, at the rule's small `weight` each (claims.json
 * "keptCompany"): the opposite of claim:word-out-of-company.
 */

type Scores = Record<Category, number>;

/** The words the document uses in one category's company, by a folded key, with that category. */
export type CompanyWords = ReadonlyMap<string, Category>;

/** Function words and ordinary words of any text ("years", "build"): never a document's own word. */
const ORDINARY = new Set<string>([...words.function, ...words.common]);

/** A word's key as counted: lower case, a plural -s folded ("stocks" is "stock"); null for a word too short or an ordinary word. */
export function companyKey(key: string, shortest: number): string | null {
  if (key.length < shortest || ORDINARY.has(key) || !/^[a-z][a-z-]*$/.test(key)) return null;
  return key.endsWith('s') && !key.endsWith('ss') ? key.slice(0, -1) : key;
}

/** The category a sentence's own words clearly lean to (at least `strong`, twice the next), or null. */
function leaning(own: Readonly<Scores>, strong: number): Category | null {
  // The top category and the runner-up in one pass (ties keep CATEGORIES' order): no list made per sentence.
  let top: Category = CATEGORIES[0];
  let second = -Infinity;
  for (let i = 1; i < CATEGORIES.length; i++) {
    const category = CATEGORIES[i];
    if (own[category] > own[top]) {
      second = own[top];
      top = category;
    } else if (own[category] > second) second = own[category];
  }
  return own[top] >= strong && own[top] >= 2 * second ? top : null;
}

/**
 * The words of the document, by sentence (`firsts` and `ends`: each
 * sentence's first token and the one after its last), that keep one
 * category's company: in at least `minimum`
 * sentences, at least `share` of them leaning to the category and twice as many
 * as to any other. A word that is itself a category cue anywhere, or that the
 * document never writes in lower case (a name), is left out.
 */
export function wordsInCompany(
  tokens: Tokens,
  firsts: Int32Array,
  ends: Int32Array,
  scoresOf: (s: number) => Readonly<Scores>,
  cues: readonly (readonly Cue[])[],
  rules: ClaimRules,
): CompanyWords {
  const rule = rules.keptCompany;
  const out = new Map<string, Category>();
  if (!rule) return out;
  const counts = new Map<string, { n: number; leaning: number; by: Scores; sentence: number }>();
  const cueKeys = new Set<string>();
  // Keys the document writes in lower case somewhere: a word only ever capitalised is a name, read as a name, not as a topic.
  const lower = new Set<string>();
  // Each distinct word's key, worked out once (undefined: not yet; null: never counted).
  const keyOf: (string | null | undefined)[] = new Array(tokens.words.length);
  for (let s = 0; s < firsts.length; s++) {
    const first = firsts[s];
    const last = ends[s];
    const lean = leaning(scoresOf(s), rule.strong);
    // The sentence's category cues by start, swept with its tokens (both in order): linear in the sentence.
    const spansOfCues = cueSpans(cues[s]);
    let next = 0;
    let reach = -1;
    for (let t = first; t < last; t++) {
      const id = tokens.id[t];
      let key = keyOf[id];
      if (key === undefined) key = keyOf[id] = companyKey(tokens.keys[id], rule.shortest);
      if (key === null) continue;
      // A token inside a category cue is that cue's word.
      const at = tokens.start[t];
      while (next < spansOfCues.length && spansOfCues[next][0] <= at) reach = Math.max(reach, spansOfCues[next++][1]);
      if (at < reach) cueKeys.add(key);
      const code = tokens.words[id].charCodeAt(0);
      if (code >= 97 && code <= 122) lower.add(key);
      let count = counts.get(key);
      if (!count) counts.set(key, (count = { n: 0, leaning: 0, by: { geopolitical: 0, military: 0, economic: 0 }, sentence: -1 }));
      // Counted once a sentence.
      if (count.sentence === s) continue;
      count.sentence = s;
      count.n++;
      if (lean) count.by[lean]++, count.leaning++;
    }
  }
  for (const [key, { n, leaning: leans, by }] of counts) {
    if (n < rule.minimum || cueKeys.has(key) || !lower.has(key)) continue;
    // With `leaning`, the share is of the sentences that lean at all, at least that many: the others say nothing of the word.
    if (rule.leaning && leans < rule.leaning) continue;
    const top = leaning(by, rule.share * (rule.leaning ? leans : n));
    if (top) out.set(key, top);
  }
  return out;
}

const spanStart = (span: readonly [number, number]): number => span[0];
const NO_SPANS: readonly (readonly [number, number])[] = [];

/** The start and end of a sentence's category cues, by start (the shared empty list when it has none). */
function cueSpans(cues: readonly Cue[]): readonly (readonly [number, number])[] {
  let any = false;
  for (let i = 0; i < cues.length && !any; i++) any = cues[i].category !== null;
  if (!any) return NO_SPANS;
  const spans: (readonly [number, number])[] = [];
  for (let i = 0; i < cues.length; i++) if (cues[i].category) spans.push([cues[i].start, cues[i].end]);
  return sortedBy(spans, spanStart);
}

/**
 * A sentence with no category word of its own (`own` all zero) that holds words
 * the document keeps in one category's company: each such word adds the rule's
 * `weight` to its category, named as a reason. Null where it has words of its
 * own or none of the document's words.
 */
export function inCompany(
  tokens: Tokens,
  first: number,
  last: number,
  own: Readonly<Scores>,
  kept: CompanyWords,
  rules: ClaimRules,
  reasons: Shared,
): { scores: Scores; reasons: Reason[] } | null {
  const rule = rules.keptCompany;
  if (!rule || kept.size === 0 || own.geopolitical + own.military + own.economic !== 0) return null;
  const scores: Scores = { ...own };
  const found = new Map<string, string>();
  for (let t = first; t < last; t++) {
    const key = companyKey(tokens.keys[tokens.id[t]], rule.shortest);
    const category = key === null ? undefined : kept.get(key);
    if (!category || found.has(key!)) continue;
    found.set(key!, tokens.words[tokens.id[t]]);
    if (found.size <= rule.most) scores[category] += rule.weight;
  }
  if (found.size === 0) return null;
  return { scores: roundScores(scores), reasons: [reasons.of(rule.id, rule.weight, 'category', [...found.values()].slice(0, rule.most).join(', '))] };
}
