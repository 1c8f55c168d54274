import type { Category, Cue, Reason } from '../model/model';
import { findFrameWords, type AloneWordsRule, type ClaimRules, type TimePhraseRule } from '../lexicon/claim-rules';
import type { Shared } from '../model/shared';
import { heldInNames, roundScores } from './frames';
import { escape, frameGate, wordAlternatives } from '../lexicon/claim-patterns';

/**
 * Words whose category depends on the rest of the sentence. A word that says
 * who acts or where ("the Government", "Parliament", "the region") is not
 * what a sentence is about: where a sentence's only category words are such
 * words (claims.json "aloneWords"), they count `factor` of their weight.
 * And a word read in one category may belong to another beside certain words
 * (claims.json "shifts": a fleet or ships beside ports, cargo and ferries are
 * merchant shipping, not forces): it then counts `factor` of its weight for the
 * other category instead. Both read the sentence's cues; `at` is its offset.
 */

type Scores = Record<Category, number>;

/**
 * The scores once words that do not decide alone count less, where they are a
 * sentence's only category words (of any row of "aloneWords"), with a reason
 * per row; null where they are not.
 */
export function actorsAlone(sentence: string, at: number, cues: readonly Cue[], own: Readonly<Scores>, rules: ClaimRules, reasons: Shared): { scores: Scores; reasons: Reason[] } | null {
  const of = cues.filter((c) => c.category);
  if (of.length === 0 || !of.every((c) => rules.aloneTerms.has(c.term))) return null;
  const scores = { ...own };
  const words = new Map<AloneWordsRule, string[]>();
  for (const cue of of) {
    const rule = rules.aloneTerms.get(cue.term)!;
    scores[cue.category!] -= (1 - rule.factor) * cue.weight;
    const list = words.get(rule);
    const word = sentence.slice(cue.start - at, cue.end - at);
    if (list) list.push(word);
    else words.set(rule, [word]);
  }
  return { scores: roundScores(scores), reasons: [...words].map(([rule, list]) => reasons.of(rule.id, rule.weight, 'category', list.join(', '))) };
}

/** The scores once words beside the words of a shift count for its other category, with the reasons; null where no shift holds. */
export function shiftWords(sentence: string, at: number, cues: readonly Cue[], own: Readonly<Scores>, rules: ClaimRules, reasons: Shared): { scores: Scores; reasons: Reason[] } | null {
  let scores: Scores | null = null;
  const found: Reason[] = [];
  const done = new Set<Cue>(); // Each word shifts once, by the first shift that holds.
  for (const { row, near, needs } of rules.compiledShifts) {
    const moved = cues.filter((c) => c.category === row.from && row.terms.includes(c.term) && !done.has(c));
    // `alone`: the sentence's other words of `from` (what an earlier shift or a name left of them) keep the shift out.
    if (moved.length === 0 || (row.alone && (scores ?? own)[row.from] - moved.reduce((sum, c) => sum + c.weight, 0) > 0.001)) continue;
    const beside = findFrameWords(near, sentence);
    if (beside === null || (needs && findFrameWords(needs, sentence) === null)) continue;
    scores ??= { ...own };
    for (const cue of moved) {
      done.add(cue);
      scores[row.from] -= cue.weight;
      scores[row.to] += row.factor * cue.weight;
    }
    const words = moved.map((c) => sentence.slice(c.start - at, c.end - at));
    found.push(reasons.of(row.id, row.weight, 'category', `${words.join(', ')} beside '${beside.replace(/\s+/g, ' ')}'`));
  }
  return scores ? { scores: roundScores(scores), reasons: found } : null;
}

/**
 * A word of a category used as a figure of speech ("voters place a premium on
 * honesty", "the alliance underwrites European security", claims.json
 * "figurative"): its cues inside the phrase count the row's `factor` of their
 * weight; the sentence's other words decide. Null where no such phrase holds one.
 */
export function figurativeWords(sentence: string, at: number, cues: readonly Cue[], own: Readonly<Scores>, rules: ClaimRules, reasons: Shared): { scores: Scores; reasons: Reason[] } | null {
  let scores: Scores | null = null;
  const found: Reason[] = [];
  const rows = rules.compiledFigurative;
  // Which rows' phrases the sentence may hold (claim-patterns.ts), read once when a row's cue is first found: null, run every pattern.
  let possible: Uint8Array | null | undefined;
  for (let k = 0; k < rows.length; k++) {
    const { row, phrase } = rows[k];
    // Only a sentence holding a cue of the row's terms can have one inside the phrase: the others never run its pattern.
    if (!cues.some((c) => c.category && row.terms.includes(c.term))) continue;
    if (possible === undefined) possible = frameGate(rows).possible(sentence);
    if (possible && possible[k] === 0) continue;
    const words = findFrameWords(phrase, sentence);
    if (words === null || (phrase.unless && findFrameWords({ pattern: phrase.unless }, sentence) !== null)) continue;
    const start = at + sentence.indexOf(words);
    const inside = cues.filter((c) => c.category && row.terms.includes(c.term) && c.start >= start && c.end <= start + words.length);
    if (inside.length === 0) continue;
    scores ??= { ...own };
    for (const cue of inside) scores[cue.category!] -= (1 - row.factor) * cue.weight;
    found.push(reasons.of(row.id, row.weight, 'category', words.replace(/\s+/g, ' ')));
  }
  return scores ? { scores: roundScores(scores), reasons: found } : null;
}

/** A time phrase rule's patterns: the phrase (one of its `words`, a determiner and a word at most, then one of its `events`), and an event word alone. */
const timePatterns = new WeakMap<TimePhraseRule, { phrase: RegExp; event: RegExp }>();
function timePattern(rule: TimePhraseRule): { phrase: RegExp; event: RegExp } {
  let patterns = timePatterns.get(rule);
  if (!patterns) {
    const openers = rule.words.map((w) => escape(w)).join('|');
    const events = wordAlternatives(rule.events).join('|');
    patterns = {
      phrase: new RegExp(`(?<![\\p{L}\\p{N}])(?:${openers})\\s+(?:(?:the|a|an|its|this|that|last)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${events})(?![\\p{L}\\p{N}])`, 'giu'),
      event: new RegExp(`^(?:${events})$`, 'iu'),
    };
    timePatterns.set(rule, patterns);
  }
  return patterns;
}

/**
 * An event named only to say when ("since the invasion", "after the war"): the
 * category words of the phrase count the rule's `factor` of their weight
 * (claims.json "timePhrase"); null where the sentence has no such phrase with a category word.
 */
export function eventsAsTime(sentence: string, at: number, cues: readonly Cue[], own: Readonly<Scores>, rules: ClaimRules, reasons: Shared): { scores: Scores; reasons: Reason[] } | null {
  const rule = rules.timePhrase;
  if (!rule) return null;
  const { phrase, event } = timePattern(rule);
  // Only a sentence with a category word that is an event can hold one in a time phrase: most sentences are not searched.
  if (!cues.some((c) => c.category && event.test(sentence.slice(c.start - at, c.end - at)))) return null;
  const held = heldInNames(sentence, at, cues, own, phrase, rule.factor);
  return held ? { scores: held.scores, reasons: [reasons.of(rule.id, rule.weight, 'category', held.names)] } : null;
}
