import type { Category, Cue } from '../model/model';
import { CATEGORIES } from '../model/model';

/**
 * Echoes: what the other sentences of a paragraph share with a sentence. A
 * paragraph whose sentences all say "the stockpile" leans to the category of
 * that one word; its agreement with a sentence that says it too is the same
 * word again, not a second witness (confidence.ts, claim:confidence-paragraph-echo).
 */

type Scores = Record<Category, number>;

/**
 * By sentence, the weight by category of the cues of the other sentences of
 * its paragraph whose term it holds too (only sentences that share one: most
 * share none, and an entry each held 8 bytes a sentence until its claim was made).
 * `cues` are the sentences' cues in document order, `block` each sentence's
 * paragraph; a paragraph's sentences come together. Linear in the cues.
 */
export function paragraphEchoes(cues: readonly (readonly Cue[])[], block: (s: number) => number): Map<number, Scores> {
  const out = new Map<number, Scores>();
  for (let first = 0; first < cues.length; ) {
    let last = first + 1;
    while (last < cues.length && block(last) === block(first)) last++;
    if (last - first > 1) echoesOf(cues, first, last, out);
    first = last;
  }
  return out;
}

/** The echoes of sentences `first` to `last` (exclusive), one paragraph. */
function echoesOf(cues: readonly (readonly Cue[])[], first: number, last: number, out: Map<number, Scores>): void {
  // Each term's weight by category over the paragraph.
  const sums = new Map<string, Scores>();
  for (let s = first; s < last; s++) addWeights(cues[s], sums);
  // The sentence's own weight by term (one map for the paragraph, emptied per sentence), taken out of the
  // paragraph's: what the others say of its words.
  const own = new Map<string, Scores>();
  let echo: Scores | null = null;
  const addOthers = (mine: Scores, term: string) => {
    const all = sums.get(term)!;
    for (let c = 0; c < CATEGORIES.length; c++) {
      const others = all[CATEGORIES[c]] - mine[CATEGORIES[c]];
      if (others > 0) (echo ??= { geopolitical: 0, military: 0, economic: 0 })[CATEGORIES[c]] += others;
    }
  };
  for (let s = first; s < last; s++) {
    own.clear();
    addWeights(cues[s], own);
    echo = null;
    own.forEach(addOthers);
    if (echo) out.set(s, echo);
  }
}

/** Adds each category cue's weight to its term's scores in `sums`; gives `sums` back. */
function addWeights(cues: readonly Cue[], sums: Map<string, Scores>): Map<string, Scores> {
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    if (!cue.category) continue;
    let sum = sums.get(cue.term);
    if (!sum) sums.set(cue.term, (sum = { geopolitical: 0, military: 0, economic: 0 }));
    sum[cue.category] += cue.weight;
  }
  return sums;
}
