import { CATEGORIES, type Category, type Claim } from '../../core/model/model';

/** How CodeLens annotates claims. */
export type CodeLensMode = 'claim' | 'paragraph' | 'off';

/** How a claim that asserts with nothing supporting it is shown. */
export type UnsupportedMode = 'off' | 'icon' | 'diagnostic';

/** The `policyLens.*` settings, checked and with defaults filled in. */
export interface Settings {
  /** Language ids annotated. Default `["markdown", "plaintext"]`. */
  readonly languages: readonly string[];
  /** Where CodeLens goes. Default `"paragraph"`. */
  readonly codeLensMode: CodeLensMode;
  /** Categories shown, in display order. Default all three. */
  readonly categories: readonly Category[];
  /** Above this size in bytes only the outline is shown. Default 2,000,000. */
  readonly maxDocumentSize: number;
  /** Category marks in the gutter. Default false. */
  readonly gutter: boolean;
  /** Claims without support: not shown, an icon in the Argument view, or an Information diagnostic. Default `"icon"`. */
  readonly unsupported: UnsupportedMode;
  /** A claim's own hover card where no entity or figure is under the cursor. Default true. */
  readonly claimHover: boolean;
}

/**
 * URI schemes of the workbench's own text boxes, which are text documents to an
 * extension but no document of the reader's: the box a comment is typed in, the
 * source control message, the Output panel. Never annotated, whatever their language.
 */
export const NOT_DOCUMENT_SCHEMES: readonly string[] = ['comment', 'vscode-scm', 'output'];

/** True when a document of this URI scheme and language id is one Policy Lens annotates. */
export function annotatesDocument(settings: Pick<Settings, 'languages'>, scheme: string, languageId: string): boolean {
  return !NOT_DOCUMENT_SCHEMES.includes(scheme) && settings.languages.includes(languageId);
}

export const DEFAULT_SETTINGS: Settings = {
  languages: ['markdown', 'plaintext'],
  codeLensMode: 'paragraph',
  categories: CATEGORIES,
  maxDocumentSize: 2_000_000,
  gutter: false,
  unsupported: 'icon',
  claimHover: true,
};

/** Raw values as read from the configuration: anything a user may have typed. */
export interface RawSettings {
  readonly languages?: unknown;
  readonly codeLensMode?: unknown;
  readonly categories?: unknown;
  readonly maxDocumentSize?: unknown;
  readonly gutter?: unknown;
  readonly unsupported?: unknown;
  readonly claimHover?: unknown;
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
  const u = raw.unsupported;
  const unsupported: UnsupportedMode = u === 'off' || u === 'icon' || u === 'diagnostic' ? u : DEFAULT_SETTINGS.unsupported;
  const claimHover = typeof raw.claimHover === 'boolean' ? raw.claimHover : DEFAULT_SETTINGS.claimHover;
  return { languages, codeLensMode, categories, maxDocumentSize, gutter, unsupported, claimHover };
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
