import { isReaders } from '../../core/annotations/corrections';
import type { Analysis, Claim, Role } from '../../core/model/model';
import { categoryLabel, escapeMarkdown, firstWords } from './format';
import type { HoverInput } from './hover';
import { COMMANDS, commandLink } from './ids';
import { visibleCategory } from './settings';
import { aRole, whySentences } from './why';

/** Most lines linked in one list of a claim's card; the rest are counted. */
const MAX_LINKS = 8;

/** How a claim's card names a group of claims of one role: "1 evidence sentence", "2 reasons". */
const ROLE_NOUNS: Readonly<Record<Role, readonly [string, string]>> = {
  question: ['question', 'questions'],
  thesis: ['thesis', 'theses'],
  reason: ['reason', 'reasons'],
  evidence: ['evidence sentence', 'evidence sentences'],
  contrast: ['contrast', 'contrasts'],
  concession: ['concession', 'concessions'],
  conclusion: ['conclusion', 'conclusions'],
  statement: ['statement', 'statements'],
};

const count = (n: number, [one, many]: readonly [string, string]) => `${n} ${n === 1 ? one : many}`;

/**
 * Claims named as a reader counts them, with their lines as links:
 * "2 figures, 1 evidence sentence, 1 reason — lines 31, 33". Figures are those
 * inside the claims listed.
 */
export function linkedClaims(input: HoverInput, indices: readonly number[], withFigures: boolean): string {
  const { claims } = input.index.analysis;
  const valid = [...new Set(indices)].filter((i) => claims[i]).sort((a, b) => claims[a].start - claims[b].start);
  const roles = new Map<Role, number>();
  let figures = 0;
  for (const i of valid) {
    roles.set(claims[i].role, (roles.get(claims[i].role) ?? 0) + 1);
    figures += claims[i].figures.length;
  }
  const parts = [...roles].map(([role, n]) => count(n, ROLE_NOUNS[role]));
  if (withFigures && figures > 0) parts.unshift(count(figures, ['figure', 'figures']));
  const lines = [...new Map(valid.map((i) => [input.lineOf(claims[i].start), i])).entries()];
  const links = lines.slice(0, MAX_LINKS).map(([line, i]) => `[${line}](${commandLink(COMMANDS.revealRange, [input.uri, claims[i].start, claims[i].end])})`);
  const more = lines.length - MAX_LINKS;
  return `${parts.join(', ')} — ${lines.length === 1 ? 'line' : 'lines'} ${links.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** Why a claim has its role and category, in a reader's words ("A thesis: 'should' in the opening sentence of the section."). */
export function claimWhy(claim: Claim, input: HoverInput): string | undefined {
  const category = visibleCategory(claim, input.categories);
  return whySentences(
    claim.why,
    (about) => (about === undefined || about === 'role' ? aRole(claim.role) : about === 'category' ? categoryLabel(category).toLowerCase() : about),
    input.rules,
  );
}

/** What the reader's layer adds to a claim's card. */
export interface ReaderLayer {
  /** The reader's notes on the claim, in file order. */
  readonly notes: readonly string[];
}

/**
 * The hover card of claim `index`, as markdown: its category and role (marked
 * "set by you" when the reader corrected it), why, what supports it and what
 * qualifies it as line links, what it supports, "nothing supports it" for an
 * unsupported assertion, the reader's note, and links to the cues and to correct it.
 */
export function claimHover(input: HoverInput, index: number, layer: ReaderLayer = { notes: [] }): string {
  const analysis: Analysis = input.index.analysis;
  const claim = analysis.claims[index];
  const category = visibleCategory(claim, input.categories);
  const secondary = claim.secondary && claim.secondary !== category && input.categories.includes(claim.secondary) ? ` (also ${claim.secondary})` : '';
  const lines = [`**${categoryLabel(category)}**${secondary} · ${aRole(claim.role)}${isReaders(claim) ? ' · ✎ *set by you*' : ''}`];
  const why = claimWhy(claim, input);
  if (why) lines.push(`*Why:* ${escapeMarkdown(why)}`);
  if (claim.supportedBy?.length) lines.push(`*Supported by:* ${linkedClaims(input, claim.supportedBy, true)}`);
  else if (claim.unsupported) lines.push('*Nothing in its section supports it.*');
  if (claim.qualifiedBy?.length) lines.push(`*Qualified by:* ${linkedClaims(input, claim.qualifiedBy, false)}`);
  if (claim.supports?.length) lines.push(`*Supports:* ${linkedClaims(input, claim.supports, false)}`);
  if (layer.notes.length > 0) {
    const more = layer.notes.length > 1 ? ` (and ${layer.notes.length - 1} more)` : '';
    lines.push(`*Your note:* “${escapeMarkdown(firstWords(layer.notes[0], 14, 120))}”${more}`);
  }
  const cues = commandLink(COMMANDS.explainClaim, [input.uri, index]);
  const correct = commandLink(COMMANDS.correct, [input.uri, claim.start]);
  lines.push(`[Cues](${cues}) · [Correct…](${correct})`);
  return lines.join('\n\n');
}
