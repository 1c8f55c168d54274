import type { Category, Cue, Reason } from '../model/model';
import type { ClaimRules } from '../lexicon/claim-rules';
import type { Shared } from '../model/shared';
import { roundScores } from './frames';

/**
 * How the document itself uses a word: a weak category word that it writes
 * in many sentences, and in most of them with no other word of that category
 * ("satellites" all through a commentary on space debris, "security" all
 * through a report on investment screening), names what the document is about,
 * not a category. Where such a word is a sentence's only word of its category,
 * it counts the rule's `factor` of its weight (claims.json "company").
 */

type Scores = Record<Category, number>;

/** A lexicon term, not an evidence cue ("figure:money", "entities:places"). */
const isWord = (cue: Cue) => cue.category !== null && !cue.term.includes(':');

/** The terms the document writes out of their category's company, by the rule's measures; empty without the rule. */
export function wordsOutOfCompany(cues: readonly (readonly Cue[])[], rules: ClaimRules): ReadonlySet<string> {
  const rule = rules.company;
  const out = new Set<string>();
  if (!rule) return out;
  // Per term: sentences that hold it, and those of them with another word of its category.
  const seen = new Map<string, { n: number; with: number }>();
  // One map of a sentence's terms for the reading, emptied per sentence.
  const terms = new Map<string, Cue>();
  let sentence: readonly Cue[] = [];
  const count = (cue: Cue, term: string) => {
    const counted = seen.get(term) ?? { n: 0, with: 0 };
    counted.n++;
    for (let o = 0; o < sentence.length; o++) {
      if (sentence[o].category === cue.category && sentence[o].term !== term) {
        counted.with++;
        break;
      }
    }
    seen.set(term, counted);
  };
  for (let s = 0; s < cues.length; s++) {
    sentence = cues[s];
    terms.clear();
    for (let i = 0; i < sentence.length; i++) if (isWord(sentence[i]) && sentence[i].weight <= rule.heaviest) terms.set(sentence[i].term, sentence[i]);
    terms.forEach(count);
  }
  seen.forEach(({ n, with: company }, term) => {
    if (n >= rule.minimum && company < rule.share * n) out.add(term);
  });
  return out;
}

/**
 * A sentence's scores once a word the document uses out of its category's
 * company (`terms`) counts `factor` where it is the sentence's only word of its
 * category; null where none is. `cues` have offsets from `at`.
 */
export function outOfCompany(
  sentence: string,
  at: number,
  cues: readonly Cue[],
  own: Readonly<Scores>,
  terms: ReadonlySet<string>,
  rules: ClaimRules,
  reasons: Shared,
): { scores: Scores; reasons: Reason[] } | null {
  const rule = rules.company;
  if (!rule || terms.size === 0) return null;
  let scores: Scores | null = null;
  const words: string[] = [];
  for (const cue of cues) {
    // A word of who acts or where already counts less alone (claim:actor-words-alone): it is not damped twice.
    if (!terms.has(cue.term) || cue.category === null || rules.aloneTerms.has(cue.term)) continue;
    // Another word of its category in the sentence: it keeps its weight.
    if (cues.some((o) => o !== cue && o.category === cue.category)) continue;
    (scores ??= { ...own })[cue.category] -= (1 - rule.factor) * cue.weight;
    words.push(sentence.slice(cue.start - at, cue.end - at));
  }
  return scores ? { scores: roundScores(scores), reasons: [reasons.of(rule.id, rule.weight, 'category', words.join(', '))] } : null;
}
