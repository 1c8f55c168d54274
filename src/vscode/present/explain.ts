import type { Analysis, Span } from '../../core/model/model';
import { categoryLabel, formatNumber, spanText } from './format';

/** One row of the "why this category" list: a cue of the claim. */
export interface CueItem {
  /** The lexicon term or rule that matched, e.g. "troops" or "figure:money". */
  readonly label: string;
  /** "military · +1.5", or "role · +1" for a role cue. */
  readonly description: string;
  /** The words in the text, when they differ from the term. */
  readonly detail?: string;
  /** Where the cue is, in model offsets. */
  readonly span: Span;
}

/** What `policyLens.explainClaim` shows for a claim. */
export interface Explanation {
  /** "Economic · evidence (also military): 4 cues". */
  readonly title: string;
  /** The cues in text order. */
  readonly items: readonly CueItem[];
}

/** The cues that decided claim `index`, as rows to pick from. */
export function explainClaim(analysis: Analysis, index: number): Explanation {
  const claim = analysis.claims[index];
  const items = claim.cues.map((cue): CueItem => {
    const words = spanText(analysis.text, cue);
    const weight = `${cue.weight >= 0 ? '+' : ''}${formatNumber(cue.weight)}`;
    const item = { label: cue.term, description: `${cue.category ?? 'role'} · ${weight}`, span: { start: cue.start, end: cue.end } };
    return words && words.toLowerCase() !== cue.term ? { ...item, detail: `“${words}”` } : item;
  });
  const secondary = claim.secondary ? ` (also ${claim.secondary})` : '';
  const cues = items.length === 1 ? '1 cue' : `${items.length} cues`;
  return { title: `${categoryLabel(claim.primary)} · ${claim.role}${secondary}: ${cues}`, items };
}
