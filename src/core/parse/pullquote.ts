import { furnitureRow } from './furniture-rows';
import type { Span } from '../model/model';

/**
 * `notice:pull-quote` (lexicon/data/furniture.json): a quotation set off from
 * the text ('> "We are short of welders …"') whose every sentence the text says
 * elsewhere word for word: a magazine's pull quote, printed twice. A quotation
 * said once is evidence and stays. The document's words are flattened once; at
 * most `most` set-off quotations are looked up, each in one pass.
 */

const ROW = furnitureRow('notice:pull-quote', 'most');
export const PULL_QUOTE = ROW.id;

/** Words as a reader compares them: quotes and markup gone, lower case, one space between. */
const flatten = (s: string) =>
  s
    .replace(/[“”"‘’'*_>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Looks up set-off quotations in the words of one document. */
export class PullQuotes {
  readonly #masked: string;
  /** Flattened at the first quotation asked about: most documents set none off. */
  #flat: string | null = null;
  #asked = 0;

  constructor(masked: string) {
    this.#masked = masked;
  }

  /** True when every sentence of the quotation `shown` at `span` stands elsewhere in the text too. */
  repeats(shown: string, span: Span): boolean {
    if (span.end <= span.start || this.#asked >= ROW!.most!) return false;
    this.#asked++;
    const sentences = (flatten(shown).match(/[^.!?]+[.!?]?/g) ?? []).map((s) => s.trim()).filter((s) => s.split(' ').length >= (ROW!.least ?? 4));
    if (sentences.length === 0) return false;
    const flat = (this.#flat ??= flatten(this.#masked));
    return sentences.every((s) => {
      const first = flat.indexOf(s);
      return first >= 0 && flat.indexOf(s, first + 1) >= 0;
    });
  }
}
