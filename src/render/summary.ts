import type { Analysis, Category, Claim } from '../core/model/model';
import { CATEGORIES } from '../core/model/model';
import { categoryLabel, entityTypeLabel, figureKindLabel, figureWhen, formatFigureValue } from '../vscode/present/format';
import { escapeText } from './html';
import { categoryClass } from './reading';

/**
 * The parts of the brief around the reading: the summary (claims per category,
 * the category mix of each section as a small inline SVG), the entity index and
 * the figures table. Plain HTML: they read the same with scripts off and on paper.
 */

/** Claims per category (and unclassified) over `claims`. */
export function categoryCounts(claims: readonly Claim[]): Record<Category | 'none', number> {
  const counts: Record<Category | 'none', number> = { geopolitical: 0, military: 0, economic: 0, none: 0 };
  for (const claim of claims) counts[claim.primary ?? 'none']++;
  return counts;
}

const BAR_WIDTH = 160;

/** A bar of the category mix: one rect per category, widths in proportion. */
function mixBar(counts: Record<Category | 'none', number>): string {
  const total = CATEGORIES.reduce((sum, c) => sum + counts[c], counts.none);
  if (total === 0) return '';
  let x = 0;
  let rects = '';
  for (const key of [...CATEGORIES, 'none'] as const) {
    const width = (counts[key] / total) * BAR_WIDTH;
    if (width > 0) rects += `<rect class="${categoryClass(key === 'none' ? null : key)}" x="${x.toFixed(1)}" y="0" width="${width.toFixed(1)}" height="10"><title>${escapeText(`${categoryLabel(key === 'none' ? null : key)}: ${counts[key]}`)}</title></rect>`;
    x += width;
  }
  return `<svg class="pl-mix" width="${BAR_WIDTH}" height="10" viewBox="0 0 ${BAR_WIDTH} 10" role="img" aria-label="category mix">${rects}</svg>`;
}

/** "Geopolitical 12 · Military 3 · Economic 9 · unclassified 4". */
export function countsLine(counts: Record<Category | 'none', number>): string {
  return [...CATEGORIES.map((c) => `${categoryLabel(c)} ${counts[c]}`), `unclassified ${counts.none}`].join(' · ');
}

export function renderSummary(analysis: Analysis): string {
  const counts = categoryCounts(analysis.claims);
  const legend = `<p class="pl-legend">${CATEGORIES.map((c) => `<span class="${categoryClass(c)}">${categoryLabel(c)}</span>`).join('')}<span class="pl-none">Unclassified</span></p>`;
  const bySection = new Map<number | null, Claim[]>();
  for (const claim of analysis.claims) {
    const list = bySection.get(claim.section);
    if (list) list.push(claim);
    else bySection.set(claim.section, [claim]);
  }
  let rows = '';
  for (const [section, claims] of bySection) {
    const title = section === null ? '(before the first section)' : analysis.sections[section].title;
    const link = section === null ? escapeText(title) : `<a href="#pl-s${section}">${escapeText(title)}</a>`;
    rows += `<tr><td>${link}</td><td>${mixBar(categoryCounts(claims))}</td><td>${escapeText(countsLine(categoryCounts(claims)))}</td></tr>\n`;
  }
  return `<section class="pl-summary"><h2>Summary</h2><p>${analysis.claims.length} claims: ${escapeText(countsLine(counts))}. ${analysis.entities.length} entities, ${analysis.figures.length} figures.</p>${legend}<table class="pl-figures"><thead><tr><th>Section</th><th>Mix</th><th>Claims</th></tr></thead><tbody>${rows}</tbody></table></section>\n`;
}

export function renderEntityIndex(analysis: Analysis): string {
  const byType = new Map<string, string[]>();
  analysis.entities.forEach((entity) => {
    const label = entityTypeLabel(entity.type, true);
    const first = entity.mentions[0];
    const name = first ? `<a href="#pl-m${first.start}">${escapeText(entity.name)}</a>` : escapeText(entity.name);
    const aliases = entity.aliases.length ? ` <span class="pl-meta">(also ${escapeText(entity.aliases.join(', '))})</span>` : '';
    const item = `<li>${name}${aliases} — ${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}</li>`;
    const list = byType.get(label);
    if (list) list.push(item);
    else byType.set(label, [item]);
  });
  let html = '<section class="pl-index"><h2>Entities</h2>\n';
  if (byType.size === 0) html += '<p class="pl-meta">No entities found.</p>\n';
  for (const [label, items] of byType) html += `<h3>${escapeText(label)}</h3><ul>${items.join('')}</ul>\n`;
  return `${html}</section>\n`;
}

export function renderFigureTable(analysis: Analysis): string {
  if (analysis.figures.length === 0) return '<section class="pl-figure-table"><h2>Figures</h2><p class="pl-meta">No figures found.</p></section>\n';
  const rows = analysis.figures
    .map((figure, f) => {
      const cells = [figureKindLabel(figure.kind), formatFigureValue(figure) ?? '', figure.unit ?? '', figureWhen(figure) ?? '', figure.about ?? ''];
      const where = figure.claim === null ? `<a href="#pl-f${f}">here</a>` : `<a href="#pl-c${figure.claim}">sentence</a>`;
      return `<tr data-figure-row="${f}">${cells.map((c) => `<td>${escapeText(c)}</td>`).join('')}<td>${where}</td></tr>`;
    })
    .join('\n');
  return `<section class="pl-figure-table"><h2>Figures</h2><table class="pl-figures"><thead><tr><th>Kind</th><th>Value</th><th>Unit</th><th>When</th><th>What it measures</th><th>Where</th></tr></thead><tbody>\n${rows}\n</tbody></table></section>\n`;
}
