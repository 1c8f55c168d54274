import { POSITION_BITS, type RoleLexicon } from '../lexicon/roles';
import type { RoleReading } from './role-of';

/**
 * Tracks, sentence by sentence in document order, whether a sentence follows a
 * recommendation (a rule of the lexicon's `recommends`): right after it in the
 * same paragraph, with only reasons between, or in the paragraph right after
 * one made only of theses that ends with a recommendation (a numbered
 * recommendation, and the paragraph under it that justifies it, reasons and
 * evidence alike), in the same section: not after an item continuing a
 * lead-in, nor in a paragraph that makes a recommendation of its own.
 */
export class Recommendations {
  private block = -1;
  private section: number | null = null;
  /** A recommendation came before in the current paragraph. */
  private inParagraph = false;
  /** The current paragraph is the one under a paragraph of theses ending with a recommendation: all of it justifies it. */
  private carried = false;
  /** Every sentence of the current paragraph so far is a thesis, and the last a recommendation. */
  private onlyTheses = true;
  private endsRecommending = false;
  /** The current paragraph is an item continuing a lead-in (it opens in lower case). */
  private continuing = false;

  /**
   * `ownRecommendation`: whether a paragraph (by block) holds a cue of a recommending rule of its own;
   * `continuesLeadIn`: whether it is an item that opens in lower case, continuing a lead-in.
   */
  constructor(
    private readonly roles: RoleLexicon,
    private readonly ownRecommendation: (block: number) => boolean = () => false,
    private readonly continuesLeadIn: (block: number) => boolean = () => false,
  ) {}

  /** The `afterRecommendation` bit for the next sentence, in `block` of `section`, at `position`. */
  before(block: number, section: number | null, position: number): number {
    if (block !== this.block) {
      // An item continuing a lead-in ('… options:' then 'funding the …') is not a numbered recommendation, and a paragraph that puts forward one of its own opens a new point.
      const carries = this.onlyTheses && this.endsRecommending && section === this.section && this.block >= 0 && !this.continuing && !this.ownRecommendation(block);
      this.continuing = this.continuesLeadIn(block);
      this.block = block;
      this.section = section;
      this.inParagraph = this.carried = carries;
      this.onlyTheses = true;
      this.endsRecommending = false;
    }
    return this.inParagraph && !(position & POSITION_BITS.firstInSection) ? POSITION_BITS.afterRecommendation : 0;
  }

  /** Records the reading of the sentence just read. */
  after(reading: RoleReading): void {
    const recommends = reading.role === 'thesis' && reading.reasons.some((r) => this.roles.recommends.has(r.rule));
    // The run of reasons right after it (and of evidence, in the paragraph under it): a sentence of another role ends it.
    if (recommends) this.inParagraph = true;
    else if (reading.role !== 'reason' && !(this.carried && reading.role === 'evidence')) this.inParagraph = false;
    this.onlyTheses &&= reading.role === 'thesis';
    this.endsRecommending = recommends;
  }
}

/**
 * The tracker for `sentences` (by their paragraph's block, of `blocks`), read with the role words
 * `words` of each: which paragraphs hold a cue of a recommending rule and which open in lower case,
 * marked one byte a paragraph (sets of paragraph numbers held an entry for every paragraph of a long
 * list of short items while the claims were made).
 */
export function recommendationsOf(
  roles: RoleLexicon,
  blocks: number,
  sentences: { readonly length: number; readonly block: Int32Array },
  words: readonly { readonly hits: readonly { readonly rule: number }[]; readonly lowerStart: boolean }[],
): Recommendations {
  const recommending = new Uint8Array(blocks);
  const continuing = new Uint8Array(blocks);
  for (let s = 0; s < sentences.length; s++) {
    if (words[s].hits.some((h) => roles.recommends.has(roles.rules[h.rule].id))) recommending[sentences.block[s]] = 1;
    if (words[s].lowerStart) continuing[sentences.block[s]] = 1;
  }
  return new Recommendations(roles, (block) => recommending[block] === 1, (block) => continuing[block] === 1);
}
