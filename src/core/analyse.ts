import type { Analysis, DocumentFormat } from './model';

/** Options for {@link analyse}. Every field may be omitted. */
export interface AnalyseOptions {
  /** How to read the structure: `auto` (default) decides from the text. */
  readonly format?: DocumentFormat | 'auto' | null;
  /** Language id or file name hint ("markdown", "plaintext", "x.md"), used by `auto`. */
  readonly hint?: string | null;
}

/**
 * Reads a policy document into its model. Never throws on odd input: an analyser
 * that fails is skipped and named in `warnings`. (Provisional: being written.)
 */
export function analyse(text: string, _options: AnalyseOptions = {}): Analysis {
  const bomRemoved = text.charCodeAt(0) === 0xfeff;
  return {
    text: bomRemoved ? text.slice(1) : text,
    format: 'plain',
    bomRemoved,
    sections: [],
    blocks: [],
    claims: [],
    entities: [],
    figures: [],
    warnings: [],
  };
}
