import type { Analysis, Claim } from '../core/model/model';
import { entityTypeLabel, figureKindLabel, figureWhen, formatFigureValue } from '../vscode/present/format';
import { claimLabel, type ReadingSource } from './reading';
import { categoryCounts, countsLine } from './summary';
import type { PageNote } from './page';

/**
 * The annotated brief as markdown, to paste: the outline with each section's
 * category mix, its theses and conclusions and the evidence under them with
 * their tags, the figures table and the entity index.
 */

/** Roles that carry a section's argument, and the ones listed under them. */
const ASSERTING = new Set(['thesis', 'conclusion', 'question']);
const SUPPORTING = new Set(['reason', 'evidence', 'contrast', 'concession']);

/** Text for a markdown line: whitespace collapsed, characters that would start markup escaped. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function sentence(source: ReadingSource, claim: Claim): string {
  return inline(source.visible.slice(claim.start, claim.end));
}

export function renderMarkdownBrief(source: ReadingSource, title: string, notes: readonly PageNote[] = []): string {
  const { analysis } = source;
  const out: string[] = [`# ${inline(title)}`, '', '*An annotated reading by Policy Lens.*', ''];
  out.push(`${analysis.claims.length} claims: ${countsLine(categoryCounts(analysis.claims))}.`, '');
  for (const warning of analysis.warnings) out.push(`> ${inline(warning)}`, '');
  const bySection = new Map<number | null, Claim[]>();
  for (const claim of analysis.claims) {
    const list = bySection.get(claim.section) ?? [];
    list.push(claim);
    bySection.set(claim.section, list);
  }
  const sectionIds: (number | null)[] = [null, ...analysis.sections.map((_, i) => i)];
  for (const s of sectionIds) {
    const claims = bySection.get(s) ?? [];
    const section = s === null ? null : analysis.sections[s];
    if (s === null && claims.length === 0) continue;
    out.push(`${'#'.repeat(Math.min(6, (section?.level ?? 1) + 1))} ${inline(section?.title ?? '(before the first section)')}`, '');
    if (claims.length === 0) continue;
    out.push(`*${countsLine(categoryCounts(claims))}*`, '');
    const asserting = claims.filter((c) => ASSERTING.has(c.role));
    const supporting = claims.filter((c) => SUPPORTING.has(c.role));
    for (const claim of asserting) out.push(`- **${claimLabel(claim)}:** ${sentence(source, claim)}`);
    for (const claim of supporting) out.push(`  - *${claimLabel(claim)}:* ${sentence(source, claim)}`);
    if (asserting.length + supporting.length > 0) out.push('');
  }
  if (notes.length > 0) {
    out.push('## Notes', '');
    for (const note of notes) out.push(`- > ${inline(source.visible.slice(note.start, note.end))}`, `  ${inline(note.text)}`);
    out.push('');
  }
  out.push(...figureTable(analysis), ...entityIndex(analysis));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function figureTable(analysis: Analysis): string[] {
  if (analysis.figures.length === 0) return [];
  const rows = analysis.figures.map((f) => {
    const cells = [figureKindLabel(f.kind), formatFigureValue(f) ?? inline(analysis.text.slice(f.start, f.end)), figureWhen(f) ?? '', f.about ?? ''];
    return `| ${cells.map(inline).join(' | ')} |`;
  });
  return ['## Figures', '', '| Kind | Value | When | What it measures |', '| --- | --- | --- | --- |', ...rows, ''];
}

function entityIndex(analysis: Analysis): string[] {
  if (analysis.entities.length === 0) return [];
  const out = ['## Entities', ''];
  const types = [...new Set(analysis.entities.map((e) => e.type))];
  for (const type of types) {
    out.push(`**${entityTypeLabel(type, true)}:** ${analysis.entities
      .filter((e) => e.type === type)
      .map((e) => `${inline(e.name)} (${e.mentions.length})`)
      .join(', ')}`, '');
  }
  return out;
}
