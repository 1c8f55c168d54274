import { CATEGORIES, type Category, type Claim } from '../../core/model/model';

/** How CodeLens annotates claims. */
export type CodeLensMode = 'claim' | 'paragraph' | 'off';

/** The `policyLens.*` settings, checked and with defaults filled in. */
export interface Settings {
  /** Language ids annotated. Default `["markdown", "plaintext"]`. */
  readonly languages: readonly string[];
  /** Where CodeLens goes. Default `"claim"`. */
  readonly codeLensMode: CodeLensMode;
  /** Categories shown, in display order. Default all three. */
  readonly categories: readonly Category[];
  /** Above this size in bytes only the outline is shown. Default 2,000,000. */
  readonly maxDocumentSize: number;
  /** Category marks in the gutter. Default false. */
  readonly gutter: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  languages: ['markdown', 'plaintext'],
  codeLensMode: 'claim',
  categories: CATEGORIES,
  maxDocumentSize: 2_000_000,
  gutter: false,
};

/** Raw values as read from the configuration: anything a user may have typed. */
export interface RawSettings {
  readonly languages?: unknown;
  readonly codeLensMode?: unknown;
  readonly categories?: unknown;
  readonly maxDocumentSize?: unknown;
  readonly gutter?: unknown;
}

/** Settings from raw values; a value of the wrong shape falls back to its default. */
export function normaliseSettings(raw: RawSettings): Settings {
  const languages = Array.isArray(raw.languages)
    ? raw.languages.filter((id): id is string => typeof id === 'string' && id.length > 0)
    : DEFAULT_SETTINGS.languages;
  const mode = raw.codeLensMode;
  const codeLensMode: CodeLensMode =
    mode === 'claim' || mode === 'paragraph' || mode === 'off' ? mode : DEFAULT_SETTINGS.codeLensMode;
  const categories = Array.isArray(raw.categories)
    ? CATEGORIES.filter((category) => (raw.categories as unknown[]).includes(category))
    : DEFAULT_SETTINGS.categories;
  const size = raw.maxDocumentSize;
  const maxDocumentSize =
    typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : DEFAULT_SETTINGS.maxDocumentSize;
  const gutter = typeof raw.gutter === 'boolean' ? raw.gutter : DEFAULT_SETTINGS.gutter;
  return { languages, codeLensMode, categories, maxDocumentSize, gutter };
}

/**
 * The category a claim is shown under: its primary one if that category is shown,
 * else its secondary one if shown, else null (shown as unclassified).
 */
export function visibleCategory(claim: Claim, shown: readonly Category[]): Category | null {
  if (claim.primary && shown.includes(claim.primary)) return claim.primary;
  if (claim.secondary && shown.includes(claim.secondary)) return claim.secondary;
  return null;
}
