import type { Analysis, Entity, EntityType, FigureKind } from '../../core/model/model';

/**
 * The Entities and Figures views' trees, built once per model: rows grouped by
 * entity type or figure kind. Like the Argument outline, each node is created once
 * and has an id unique in its tree.
 */

const ENTITY_TYPES: readonly EntityType[] = ['person', 'place', 'organization', 'treaty_or_program', 'other'];
const FIGURE_KINDS: readonly FigureKind[] = ['percent', 'money', 'quantity', 'count', 'ratio', 'date'];

/** A row of the Entities view. */
export type EntityNode =
  | { readonly kind: 'type'; readonly type: EntityType; readonly count: number; readonly id: string }
  | { readonly kind: 'entity'; readonly entity: Entity; readonly id: string }
  | { readonly kind: 'mention'; readonly entity: Entity; readonly mention: number; readonly id: string };

/**
 * Entities grouped by type (people, places, organizations, treaties, other; empty
 * groups left out), most mentioned first, then by name; each expands to its mentions.
 */
export class EntityTree {
  readonly roots: readonly EntityNode[];
  readonly #entities = new Map<string, EntityNode[]>();
  readonly #mentions = new Map<string, EntityNode[]>();
  readonly #parents = new Map<string, EntityNode>();

  constructor(analysis: Analysis) {
    const roots: EntityNode[] = [];
    for (const type of ENTITY_TYPES) {
      const members = analysis.entities
        .filter((entity) => entity.type === type)
        .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
      if (members.length === 0) continue;
      const group: EntityNode = { kind: 'type', type, count: members.length, id: `t:${type}` };
      roots.push(group);
      const rows = members.map((entity): EntityNode => ({ kind: 'entity', entity, id: `e:${entity.id}` }));
      for (const row of rows) this.#parents.set(row.id, group);
      this.#entities.set(group.id, rows);
    }
    this.roots = roots;
  }

  children(node?: EntityNode): readonly EntityNode[] {
    if (!node) return this.roots;
    if (node.kind === 'type') return this.#entities.get(node.id) ?? [];
    if (node.kind === 'mention') return [];
    let rows = this.#mentions.get(node.id);
    if (!rows) {
      rows = node.entity.mentions.map((_, mention): EntityNode => ({
        kind: 'mention',
        entity: node.entity,
        mention,
        id: `m:${node.entity.id}:${mention}`,
      }));
      for (const row of rows) this.#parents.set(row.id, node);
      this.#mentions.set(node.id, rows);
    }
    return rows;
  }

  parent(node: EntityNode): EntityNode | undefined {
    if (node.kind === 'mention' && !this.#parents.has(node.id)) {
      // Mention rows are made on first expansion; find the entity row to make them.
      const entityRow = this.#entityRow(node.entity.id);
      if (entityRow) this.children(entityRow);
    }
    return this.#parents.get(node.id);
  }

  /** The row of entity `id`, if the tree has it. */
  entityNode(id: string): EntityNode | undefined {
    return this.#entityRow(id);
  }

  #entityRow(id: string): EntityNode | undefined {
    for (const rows of this.#entities.values()) {
      const row = rows.find((r) => r.kind === 'entity' && r.entity.id === id);
      if (row) return row;
    }
    return undefined;
  }
}

/** A row of the Figures view. */
export type FigureNode =
  | { readonly kind: 'group'; readonly figureKind: FigureKind; readonly count: number; readonly id: string }
  | { readonly kind: 'figure'; readonly index: number; readonly id: string };

/** Figures grouped by kind (percentages, money, quantities, counts, ratios, dates), in text order. */
export class FigureTree {
  readonly roots: readonly FigureNode[];
  readonly #children = new Map<string, FigureNode[]>();
  readonly #parents = new Map<string, FigureNode>();

  constructor(analysis: Analysis) {
    const roots: FigureNode[] = [];
    for (const figureKind of FIGURE_KINDS) {
      const rows: FigureNode[] = [];
      analysis.figures.forEach((figure, index) => {
        if (figure.kind === figureKind) rows.push({ kind: 'figure', index, id: `f${index}` });
      });
      if (rows.length === 0) continue;
      const group: FigureNode = { kind: 'group', figureKind, count: rows.length, id: `k:${figureKind}` };
      roots.push(group);
      this.#children.set(group.id, rows);
      for (const row of rows) this.#parents.set(row.id, group);
    }
    this.roots = roots;
  }

  children(node?: FigureNode): readonly FigureNode[] {
    return node ? (this.#children.get(node.id) ?? []) : this.roots;
  }

  parent(node: FigureNode): FigureNode | undefined {
    return this.#parents.get(node.id);
  }
}
