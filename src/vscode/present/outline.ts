import { shownText } from '../../core/model/shown';
import type { Analysis, Category } from '../../core/model/model';
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
 * The Argument view's tree: sections (nested as the headings nest) holding their
 * claims, in text order. Claims before the first section are roots. With a
 * filter, sections with no matching claim below them are left out. A section's
 * rows are made when it is first opened, so a model of 24,000 claims costs a
 * counting pass when it arrives, not a node per claim. Nodes are made once, so
 * the same object is returned for a claim every time (what `TreeView.reveal`
 * needs).
 */
export class ArgumentOutline {
  readonly roots: readonly ArgumentNode[];
  readonly #analysis: Analysis;
  readonly #filter: Category | null;
  readonly #sectionNodes: readonly ArgumentNode[];
  /** Claim indices grouped by section (the last group: before any section), and where each group starts. */
  readonly #bySection: Int32Array;
  readonly #groupStart: Int32Array;
  readonly #subsections: readonly number[][];
  readonly #counts: readonly number[];
  readonly #children = new Map<number, readonly ArgumentNode[]>();
  readonly #claims = new Map<number, ArgumentNode>();

  constructor(analysis: Analysis, options: OutlineOptions) {
    const { sections, claims } = analysis;
    this.#analysis = analysis;
    this.#filter = options.filter;
    this.#sectionNodes = sections.map((_, index): ArgumentNode => ({ kind: 'section', index, id: `s${index}` }));
    // A counting sort of the claims by section; claims shown per section, counted up the nesting.
    const groups = sections.length + 1;
    const groupOf = (c: number) => claims[c].section ?? sections.length;
    const groupStart = new Int32Array(groups + 1);
    const counts = sections.map(() => 0);
    for (let c = 0; c < claims.length; c++) {
      groupStart[groupOf(c) + 1]++;
      const section = claims[c].section;
      if (section !== null && this.#shows(c)) counts[section]++;
    }
    for (let g = 0; g < groups; g++) groupStart[g + 1] += groupStart[g];
    const bySection = new Int32Array(claims.length);
    const next = groupStart.slice(0, groups);
    for (let c = 0; c < claims.length; c++) bySection[next[groupOf(c)]++] = c;
    for (let i = sections.length - 1; i >= 0; i--) {
      const parent = sections[i].parent;
      if (parent !== null) counts[parent] += counts[i];
    }
    const subsections: number[][] = sections.map(() => []);
    const rootSections: number[] = [];
    sections.forEach((section, index) => (section.parent === null ? rootSections : subsections[section.parent]).push(index));
    this.#bySection = bySection;
    this.#groupStart = groupStart;
    this.#subsections = subsections;
    this.#counts = counts;
    this.roots = this.#rows(rootSections, sections.length);
  }

  /** Children of a node, or the roots for `undefined`. */
  children(node?: ArgumentNode): readonly ArgumentNode[] {
    if (!node) return this.roots;
    if (node.kind === 'claim') return [];
    let rows = this.#children.get(node.index);
    if (!rows) this.#children.set(node.index, (rows = this.#rows(this.#subsections[node.index], node.index)));
    return rows;
  }

  /** The enclosing section node, or undefined for a root. */
  parent(node: ArgumentNode): ArgumentNode | undefined {
    const { sections, claims } = this.#analysis;
    const parent = node.kind === 'claim' ? claims[node.index].section : sections[node.index].parent;
    return parent === null ? undefined : this.#sectionNodes[parent];
  }

  /** The node of claim `index`, or undefined when the filter hides it. */
  claimNode(index: number): ArgumentNode | undefined {
    if (index < 0 || index >= this.#analysis.claims.length || !this.#shows(index)) return undefined;
    let node = this.#claims.get(index);
    if (!node) this.#claims.set(index, (node = { kind: 'claim', index, id: `c${index}` }));
    return node;
  }

  /** Number of claims shown under section `index`, subsections included. */
  claimCount(index: number): number {
    return this.#counts[index] ?? 0;
  }

  #shows(claim: number): boolean {
    const filter = this.#filter;
    const { primary, secondary } = this.#analysis.claims[claim];
    return !filter || primary === filter || secondary === filter;
  }

  /** The rows under one section (or at the root): its subsections with claims to show, and its own claims, in text order. */
  #rows(subsections: readonly number[], group: number): ArgumentNode[] {
    const { sections, claims } = this.#analysis;
    const rows: ArgumentNode[] = [];
    for (const s of subsections) if (!this.#filter || this.#counts[s] > 0) rows.push(this.#sectionNodes[s]);
    for (let k = this.#groupStart[group]; k < this.#groupStart[group + 1]; k++) {
      const node = this.claimNode(this.#bySection[k]);
      if (node) rows.push(node);
    }
    const start = (node: ArgumentNode) => (node.kind === 'section' ? sections : claims)[node.index].start;
    return rows.sort((a, b) => start(a) - start(b) || (a.kind === 'section' ? -1 : 1));
  }
}

/** A claim row's label: the first words of its sentence. */
export function claimLabel(analysis: Analysis, index: number): string {
  const claim = analysis.claims[index];
  return firstWords(shownText(analysis.text, analysis.masked, claim));
}

/** The category a claim row shows (icon and tooltip). */
export function claimCategory(analysis: Analysis, index: number, categories: readonly Category[]): Category | null {
  return visibleCategory(analysis.claims[index], categories);
}
