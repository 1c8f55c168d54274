import { isReaders } from '../../core/annotations/corrections';
import type { Analysis, Category, Span } from '../../core/model/model';
import { categoryLabel } from './format';
import { claimLabel } from './outline';
import { visibleCategory } from './settings';
import { READER_MARK } from './lenses';

/** A claim as a row to pick: what it is, where, and how it starts. */
export interface ClaimItem {
  readonly label: string;
  readonly description: string;
  readonly detail: string;
  readonly claim: number;
  readonly span: Span;
}

/** The claims a paragraph lens speaks for, as rows: "Economic · thesis ✎", "line 31", its first words. */
export function claimItems(analysis: Analysis, indices: readonly number[], shown: readonly Category[], lineOf: (offset: number) => number): ClaimItem[] {
  return indices.map((i) => {
    const claim = analysis.claims[i];
    const mark = isReaders(claim) ? ` ${READER_MARK}` : '';
    return {
      label: `${categoryLabel(visibleCategory(claim, shown))} · ${claim.role}${mark}`,
      description: `line ${lineOf(claim.start)}`,
      detail: claimLabel(analysis, i),
      claim: i,
      span: { start: claim.start, end: claim.end },
    };
  });
}
