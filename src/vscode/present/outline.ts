import type { Analysis, Category } from '../../core/model';
import { firstWords } from './format';
import { visibleCategory } from './settings';

/** A row of the Argument view: a section or a claim, by index into the model. */
export interface ArgumentNode {
  readonly kind: 'section' | 'claim';
  readonly index: number;
  /** Unique within one outline ("s3", "c17"); used as the tree item id. */
  readonly id: string;
}

/** Which claims the outline shows. */
export interface OutlineOptions {
  /** Only claims whose primary or secondary category this is; null for all. */
  readonly filter: Category | null;
  /** Categories shown (the setting); a claim's icon is its visible category. */
  readonly categories: readonly Category[];
}

/**
 * The Argument view's tree, built once per model and filter: sections (nested as
 * the headings nest) holding their claims, in text order. Claims before the first
 * section are roots. With a filter, sections with no matching claim below them are
 * left out. Nodes are created once, so the same object is returned for a claim
 * every time (what `TreeView.reveal` needs).
 */
export class ArgumentOutline {
  readonly roots: readonly ArgumentNode[];
  readonly #children = new Map<string, ArgumentNode[]>();
  readonly #parents = new Map<string, ArgumentNode>();
  readonly #claims = new Map<number, ArgumentNode>();
  readonly #counts: number[];

  constructor(analysis: Analysis, options: OutlineOptions) {
    const { sections, claims } = analysis;
    const filter = options.filter;
    const roots: ArgumentNode[] = [];
    const sectionNodes = sections.map((_, index): ArgumentNode => ({ kind: 'section', index, id: `s${index}` }));
    // Claims per section, counted up the nesting (sections come after their parent).
    const counts = sections.map(() => 0);
    const add = (node: ArgumentNode, parent: number | null) => {
      if (parent === null) return void roots.push(node);
      const siblings = this.#children.get(`s${parent}`);
      if (siblings) siblings.push(node);
      else this.#children.set(`s${parent}`, [node]);
      this.#parents.set(node.id, sectionNodes[parent]);
    };
    claims.forEach((claim, index) => {
      if (filter && claim.primary !== filter && claim.secondary !== filter) return;
      const node: ArgumentNode = { kind: 'claim', index, id: `c${index}` };
      this.#claims.set(index, node);
      add(node, claim.section);
      if (claim.section !== null) counts[claim.section]++;
    });
    for (let i = sections.length - 1; i >= 0; i--) {
      const parent = sections[i].parent;
      if (parent !== null) counts[parent] += counts[i];
    }
    sections.forEach((section, index) => {
      if (!filter || counts[index] > 0) add(sectionNodes[index], section.parent);
    });
    const start = (node: ArgumentNode) => (node.kind === 'section' ? sections : claims)[node.index].start;
    const byStart = (a: ArgumentNode, b: ArgumentNode) => start(a) - start(b) || (a.kind === 'section' ? -1 : 1);
    roots.sort(byStart);
    for (const children of this.#children.values()) children.sort(byStart);
    this.roots = roots;
    this.#counts = counts;
  }

  /** Children of a node, or the roots for `undefined`. */
  children(node?: ArgumentNode): readonly ArgumentNode[] {
    return node ? (this.#children.get(node.id) ?? []) : this.roots;
  }

  /** The enclosing section node, or undefined for a root. */
  parent(node: ArgumentNode): ArgumentNode | undefined {
    return this.#parents.get(node.id);
  }

  /** The node of claim `index`, or undefined when the filter hides it. */
  claimNode(index: number): ArgumentNode | undefined {
    return this.#claims.get(index);
  }

  /** Number of claims shown under section `index`, subsections included. */
  claimCount(index: number): number {
    return this.#counts[index] ?? 0;
  }
}

/** A claim row's label: the first words of its sentence. */
export function claimLabel(analysis: Analysis, index: number): string {
  const claim = analysis.claims[index];
  return firstWords(analysis.text.slice(claim.start, claim.end));
}

/** The category a claim row shows (icon and tooltip). */
export function claimCategory(analysis: Analysis, index: number, categories: readonly Category[]): Category | null {
  return visibleCategory(analysis.claims[index], categories);
}
