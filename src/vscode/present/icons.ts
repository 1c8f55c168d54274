import type { Category, EntityType, FigureKind } from '../../core/model/model';

/**
 * Codicon ids and theme color ids for rows and marks. The colors are contributed
 * in package.json (`contributes.colors`), so a theme or the user can change them.
 */

/** A codicon id with an optional theme color id. */
export interface IconSpec {
  readonly id: string;
  readonly color?: string;
}

const CATEGORY_ICONS: Readonly<Record<Category, string>> = {
  geopolitical: 'globe',
  military: 'shield',
  economic: 'graph',
};

/** Theme color id of a category, e.g. "policyLens.economic". */
export function categoryColor(category: Category): string {
  return `policyLens.${category}`;
}

/** The icon of a claim of `category`; a plain circle for an unclassified claim. */
export function categoryIcon(category: Category | null): IconSpec {
  return category ? { id: CATEGORY_ICONS[category], color: categoryColor(category) } : { id: 'circle-outline' };
}

/** The icon of a section row: the one the markdown outline uses for headings. */
export const SECTION_ICON: IconSpec = { id: 'symbol-string' };

const ENTITY_ICONS: Readonly<Record<EntityType, string>> = {
  person: 'person',
  place: 'location',
  organization: 'organization',
  treaty_or_program: 'law',
  other: 'symbol-misc',
};

export function entityIcon(type: EntityType): IconSpec {
  return { id: ENTITY_ICONS[type] };
}

const FIGURE_ICONS: Readonly<Record<FigureKind, string>> = {
  percent: 'symbol-operator',
  money: 'credit-card',
  quantity: 'symbol-number',
  count: 'list-ordered',
  ratio: 'arrow-swap',
  date: 'calendar',
};

export function figureIcon(kind: FigureKind): IconSpec {
  return { id: FIGURE_ICONS[kind] };
}
