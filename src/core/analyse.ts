import type { Analysis, Claim, DocumentFormat, Entity, Figure } from './model';
import type { TextUnit } from './units';
import { BODY_KINDS, detectFormat, readStructure, type Structure } from './structure';
import { splitSentences } from './sentences';
import { findFigures } from './figures';
import { findEntities } from './entities';
import { scoreClaims } from './claims';
import { readOutline } from './outline';
import { lexiconWith, type Lexicon, type LexiconData } from './lexicon';

/** Options for {@link analyse}. Every field may be omitted. */
export interface AnalyseOptions {
  /** How to read the structure: `auto` (the default) decides from the text and the hint. */
  readonly format?: DocumentFormat | 'auto' | null;
  /** Language id or file name ("markdown", "plaintext", "brief.md"), used by `auto`. */
  readonly hint?: string | null;
  /** Category lexicon to score claims with; the built-in one by default. */
  readonly lexicon?: Lexicon | null;
  /**
   * A reader's extra terms (checked with `checkLexicon`), merged over the
   * built-in lexicon when `lexicon` is not given. Plain data, so it crosses to
   * the worker thread.
   */
  readonly extraLexicon?: LexiconData | null;
  /**
   * Only read the outline (sections), in one linear pass without the markdown
   * parser: for documents above the size limit. Blocks, claims, entities and
   * figures are then empty.
   */
  readonly outlineOnly?: boolean | null;
}

/**
 * Reads a policy document into its model. Never throws on odd input: the
 * structure falls back to plain text if markdown parsing fails, and an analyser
 * that fails is skipped and named in `warnings`, leaving a partial model.
 */
export function analyse(input: string, options: AnalyseOptions = {}): Analysis {
  const bomRemoved = input.charCodeAt(0) === 0xfeff;
  const text = bomRemoved ? input.slice(1) : input;
  const warnings: string[] = [];
  const requested = options.format && options.format !== 'auto' ? options.format : detectFormat(text, options.hint);
  if (options.outlineOnly) {
    const format = requested;
    const sections = attempt('Outline', warnings, () => readOutline(text, format), []);
    return { text, format, bomRemoved, sections, blocks: [], claims: [], entities: [], figures: [], warnings };
  }
  let structure: Structure;
  try {
    structure = readStructure(text, requested);
  } catch (error) {
    warnings.push(`Structure: ${message(error)}; read as plain text instead.`);
    structure = readStructure(text, 'plain');
  }
  const { masked, blocks, sections, format } = structure;
  const empty = { text, format, bomRemoved, sections, blocks, claims: [], entities: [], figures: [] };

  const units: TextUnit[] = [];
  blocks.forEach((block, index) => {
    const body = BODY_KINDS.has(block.kind);
    if (!body && block.kind !== 'tableCell') return;
    for (const span of splitSentences(masked, block.start, block.end)) units.push({ ...span, block: index, body });
  });

  const found = attempt('Figures', warnings, () => findFigures(masked, units), []);
  const entities: Entity[] = attempt('Entities', warnings, () => findEntities(masked, units), []);

  // Claims are the body units; a figure points at the claim holding it.
  const claimOfUnit = new Int32Array(units.length).fill(-1);
  const sentences: TextUnit[] = [];
  for (let u = 0; u < units.length; u++) {
    if (!units[u].body) continue;
    claimOfUnit[u] = sentences.length;
    sentences.push(units[u]);
  }
  const figureSentence = found.map((f) => claimOfUnit[f.unitIndex] ?? -1);
  const figures: Figure[] = found.map(({ unitIndex: _unit, ...figure }, i) => ({
    ...figure,
    claim: figureSentence[i] >= 0 ? figureSentence[i] : null,
  }));
  const claims: Claim[] = attempt(
    'Claims',
    warnings,
    () =>
      scoreClaims({
        text: masked,
        sentences,
        blocks,
        sections,
        figures,
        figureSentence,
        entities,
        lexicon: options.lexicon ?? lexiconWith(options.extraLexicon),
      }),
    [],
  );
  return { ...empty, claims, entities, figures, warnings };
}

function attempt<T>(name: string, warnings: string[], run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    warnings.push(`${name}: ${message(error)}; left out of this reading.`);
    return fallback;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
