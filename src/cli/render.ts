import type { Analysis, Category, Reason } from '../core/model/model';
import { CATEGORIES } from '../core/model/model';
import { readable } from '../core/model/contract';
import { shownText } from '../core/model/shown';
import { lineStarts, positionOf } from '../core/model/positions';
import { policyRuleSays, type PolicyReading } from '../core/model/policy';
import { describeReasons } from '../core/lexicon/rules';

/** Options for {@link renderReading}. */
export interface RenderOptions {
  /** File name shown in the header. */
  readonly name: string;
  /** ANSI colours (default false). */
  readonly color?: boolean | null;
  /** Columns to fit claim lines into (default 100; Infinity prints claims whole). */
  readonly width?: number | null;
  /** Whether it reads as a policy document, for the header. */
  readonly policy?: PolicyReading | null;
  /** Under each claim, entity and figure, the rules that decided it, in words (default false). */
  readonly why?: boolean;
}

/** The columns of the terminal standard output is, or 100 when it is not one. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  return stream.isTTY && stream.columns && stream.columns > 40 ? stream.columns : 100;
}

/** The header's line on whether the document reads as a policy document, and the strongest reasons. */
export function policyLine(policy: PolicyReading): string {
  const score = `score ${policy.policyScore.toFixed(2)}`;
  // The reasons on the side it came down on.
  const because = policy.why
    .filter((r) => r.rule === 'policy:front-matter' || r.weight > 0 === policy.policyDocument)
    .slice(0, 3)
    .map((r) => policyRuleSays(r.rule))
    .filter(Boolean)
    .join('; ');
  return `${policy.policyDocument ? 'a policy document' : 'not a policy document'} (${score}${because ? `: ${because}` : ''})`;
}

const TAGS: Record<Category, string> = { geopolitical: 'GEO', military: 'MIL', economic: 'ECO' };
const COLOURS: Record<Category, number> = { geopolitical: 34, military: 31, economic: 32 };

function clip(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, Math.max(0, width - 1))}…`;
}

/** The reading for a terminal: outline with each claim's tag and role, then entities and figures. */
export function renderReading(analysis: Analysis, options: RenderOptions): string {
  let all = '';
  writeReading(analysis, options, (chunk) => (all += chunk));
  return all;
}

/**
 * {@link renderReading} written to `write` in pieces of about 64K characters as
 * the lines are made, so the reading of a large document is never held whole
 * (for 20 MB of text it is about 40 million characters).
 */
export function writeReading(analysis: Analysis, options: RenderOptions, write: (chunk: string) => void): void {
  let buffer = '';
  const out = {
    push(...lines: string[]) {
      for (const line of lines) buffer += `${line}\n`;
      if (buffer.length >= 1 << 16) {
        write(buffer);
        buffer = '';
      }
    },
  };
  readingLines(analysis, options, out);
  if (buffer) write(buffer);
}

function readingLines(analysis: Analysis, options: RenderOptions, out: { push(...lines: string[]): void }): void {
  const { text } = analysis;
  const width = options.width ?? 100;
  const paint = (code: number, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const starts = lineStarts(text);
  const lineOf = (offset: number) => positionOf(starts, offset).line + 1;
  /** The part's line, then (with `why`) its reasons on a dim line of their own, if it has any. */
  const push = (line: string, why: readonly Reason[]) => {
    out.push(line);
    if (options.why && why.length > 0) out.push(paint(2, `        why: ${clip(describeReasons(why), Math.max(20, width - 13))}`));
  };

  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const claim of analysis.claims) if (claim.primary) counts[claim.primary]++;
  const format = analysis.format === 'markdown' ? 'markdown' : 'plain text';
  out.push(
    paint(1, `Policy Lens · ${options.name} · ${format}`),
    `${analysis.claims.length} claims · ${CATEGORIES.map((c) => `${counts[c]} ${c}`).join(' · ')}`,
  );
  if (options.policy) out.push(policyLine(options.policy));
  out.push('');

  const bySection = new Map<number | null, number[]>();
  analysis.claims.forEach((claim, i) => {
    const list = bySection.get(claim.section);
    if (list) list.push(i);
    else bySection.set(claim.section, [i]);
  });
  const claimLine = (i: number) => {
    const claim = analysis.claims[i];
    const tag = claim.primary ? paint(COLOURS[claim.primary], TAGS[claim.primary]) : '---';
    const second = claim.secondary ? `+${TAGS[claim.secondary].toLowerCase()}` : '    ';
    const head = `  ${String(lineOf(claim.start)).padStart(4)}  ${tag} ${second} ${claim.role.padEnd(10)} `;
    return head + clip(shownText(text, analysis.masked, claim), Math.max(20, width - 28));
  };
  for (const i of bySection.get(null) ?? []) push(claimLine(i), analysis.claims[i].why);
  analysis.sections.forEach((section, s) => {
    const indent = '  '.repeat(Math.max(0, section.level - 1));
    const mix = CATEGORIES.map((c) => TAGS[c]).join('/');
    const own = bySection.get(s) ?? [];
    const tally = CATEGORIES.map((c) => own.filter((i) => analysis.claims[i].primary === c).length).join('/');
    out.push(paint(1, `${indent}§ ${section.title}`) + paint(2, `  (line ${lineOf(section.heading.start)}, ${mix} ${tally})`));
    for (const i of own) push(claimLine(i), analysis.claims[i].why);
  });

  out.push('', paint(1, `Entities (${analysis.entities.length})`));
  for (const entity of analysis.entities) {
    const aka = entity.aliases.length ? ` — also ${entity.aliases.join(', ')}` : '';
    const lines = [...new Set(entity.mentions.map((m) => lineOf(m.start)))].slice(0, 8).join(', ');
    push(`  ${entity.type.padEnd(17)} ${entity.name} ×${entity.mentions.length}${aka}  ${paint(2, `(lines ${lines})`)}`, entity.why);
  }

  out.push('', paint(1, `Figures (${analysis.figures.length})`));
  for (const figure of analysis.figures) {
    const value = figure.value === null ? '?' : figure.high !== null ? `${figure.value}–${figure.high}` : String(figure.value);
    const unit = figure.unit ? ` ${figure.unit}` : '';
    const year = figure.year ? ` · ${figure.period ? `${figure.period} ` : ''}${figure.year}` : '';
    const about = figure.about ? ` · ${figure.about}` : '';
    push(
      `  ${figure.kind.padEnd(8)} ${clip(readable(text.slice(figure.start, figure.end)), 28).padEnd(28)} ${value}${unit}${year}${about}  ${paint(2, `(line ${lineOf(figure.start)})`)}`,
      figure.why,
    );
  }
}
