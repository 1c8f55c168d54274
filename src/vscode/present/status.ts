import type { Analysis, Category } from '../../core/model/model';
import { formatNumber } from './format';

/**
 * The status bar text of an annotated document: "80 claims · 40 geopolitical ·
 * 14 military · 26 economic", counting claims by primary category, shown
 * categories only (in display order, zero counts included).
 */
export function statusText(analysis: Analysis, shown: readonly Category[]): string {
  const counts = new Map<Category, number>();
  for (const claim of analysis.claims) {
    if (claim.primary) counts.set(claim.primary, (counts.get(claim.primary) ?? 0) + 1);
  }
  const total = analysis.claims.length;
  const parts = [`${formatNumber(total)} claim${total === 1 ? '' : 's'}`];
  for (const category of shown) parts.push(`${formatNumber(counts.get(category) ?? 0)} ${category}`);
  return parts.join(' · ');
}

/** The status bar tooltip: what else the model holds, and what a click does. */
export function statusTooltip(analysis: Analysis): string {
  const n = (count: number, one: string, many: string) => `${formatNumber(count)} ${count === 1 ? one : many}`;
  return (
    `Policy Lens: ${n(analysis.sections.length, 'section', 'sections')}, ` +
    `${n(analysis.entities.length, 'entity', 'entities')}, ${n(analysis.figures.length, 'figure', 'figures')}. ` +
    'Click to show the argument.'
  );
}

/** The message shown once for a document above `policyLens.maxDocumentSize`. */
export function tooLargeMessage(name: string, bytes: number, limit: number): string {
  const mb = (value: number) => `${formatNumber(Math.round(value / 1e5) / 10)} MB`;
  return (
    `Policy Lens: ${name} is ${mb(bytes)}, above policyLens.maxDocumentSize (${mb(limit)}), ` +
    'so only its outline (sections) is shown: no hovers, CodeLens, entities or figures.'
  );
}
