import type { Analysis, Category, Claim, Role } from '../../core/model/model';
import { shownText } from '../../core/model/shown';
import { firstWords } from './format';
import { visibleCategory } from './settings';

/**
 * A row of the Argument view, by index into the model: a section, a claim (in the
 * one place it lives in the tree), a claim shown again under a second claim it
 * supports (`link`), or the collapsed group of a section's statements.
 */
export interface ArgumentNode {
  readonly kind: 'section' | 'claim' | 'link' | 'statements';
  /** The section (for `section`, `statements`: the section index, or the number of sections for the opening) or the claim. */
  readonly index: number;
  /** For `link`: the claim it is shown under. */
  readonly under?: number;
  /** Unique within one outline ("s3", "c17", "l4:17", "t3"); used as the tree item id. */
  readonly id: string;
}

/** What the view is narrowed to: one category, the claims without support, or nothing. */
export type OutlineFilter = Category | 'unsupported' | null;

/** Which claims the outline shows. */
export interface OutlineOptions {
  /** Only claims of this category (primary or secondary), or only unsupported ones; null for all. */
  readonly filter: OutlineFilter;
  /** Categories shown (the setting); a claim's icon is its visible category. */
  readonly categories: readonly Category[];
}

/** Roles that head the argument of a section: what the rest supports or qualifies. */
const HEADS: ReadonlySet<Role> = new Set<Role>(['thesis', 'conclusion']);

/**
 * The Argument view's tree. Unfiltered, a section holds its theses and
 * conclusions, each holding the claims that support it (reasons, evidence, and
 * below a reason its own evidence) and the contrasts and concessions that
 * qualify it; claims tied to no head stand at the section's level, and its
 * statements sit in a collapsed group of their own. A claim lives in one place
 * (under the first head it supports); under any other it supports it is shown
 * again as a `link`. Filtered, a section lists the matching claims flat.
 * Claims before the first section are roots. A section's rows are made when it is
 * first opened, so a model of 24,000 claims costs a counting pass, not a node
 * per claim; nodes are made once, the same object each time (`TreeView.reveal`).
 */
export class ArgumentOutline {
  readonly roots: readonly ArgumentNode[];
  readonly #analysis: Analysis;
  readonly #filter: OutlineFilter;
  readonly #sectionNodes: readonly ArgumentNode[];
  /** Claim indices grouped by section (the last group: before any section), and where each group starts. */
  readonly #bySection: Int32Array;
  readonly #groupStart: Int32Array;
  readonly #subsections: readonly number[][];
  readonly #counts: readonly number[];
  readonly #children = new Map<string, readonly ArgumentNode[]>();
  readonly #nodes = new Map<string, ArgumentNode>();
  /** Per claim whose group was arranged: the node it lives under (undefined: the section's level). */
  readonly #home = new Map<number, ArgumentNode | undefined>();

  constructor(analysis: Analysis, options: OutlineOptions) {
    const { sections, claims } = analysis;
    this.#analysis = analysis;
    this.#filter = options.filter;
    this.#sectionNodes = sections.map((_, index) => this.#node('section', index));
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
    this.roots = this.#sectionRows(rootSections, sections.length);
  }

  /** Children of a node, or the roots for `undefined`. */
  children(node?: ArgumentNode): readonly ArgumentNode[] {
    if (!node) return this.roots;
    if (node.kind === 'link') return [];
    let rows = this.#children.get(node.id);
    if (rows) return rows;
    if (node.kind === 'section') rows = this.#sectionRows(this.#subsections[node.index], node.index);
    else {
      this.#arrange(node.kind === 'statements' ? node.index : this.#groupOf(node.index));
      rows = this.#children.get(node.id) ?? [];
    }
    this.#children.set(node.id, rows);
    return rows;
  }

  /** The node a node sits under, or undefined for a root. */
  parent(node: ArgumentNode): ArgumentNode | undefined {
    const { sections } = this.#analysis;
    if (node.kind === 'link') return this.claimNode(node.under!);
    if (node.kind === 'claim') {
      const group = this.#groupOf(node.index);
      this.#arrange(group);
      const home = this.#home.get(node.index);
      if (home) return home;
    }
    const section = node.kind === 'section' ? sections[node.index].parent : node.kind === 'claim' ? this.#groupOf(node.index) : node.index;
    return section === null || section >= sections.length ? undefined : this.#sectionNodes[section];
  }

  /** The node of claim `index`, or undefined when the filter hides it. */
  claimNode(index: number): ArgumentNode | undefined {
    if (index < 0 || index >= this.#analysis.claims.length || !this.#shows(index)) return undefined;
    return this.#node('claim', index);
  }

  /** Number of claims shown under section `index`, subsections included. */
  claimCount(index: number): number {
    return this.#counts[index] ?? 0;
  }

  #node(kind: ArgumentNode['kind'], index: number, under?: number): ArgumentNode {
    const id = kind === 'link' ? `l${under}:${index}` : `${kind === 'section' ? 's' : kind === 'claim' ? 'c' : 't'}${index}`;
    let node = this.#nodes.get(id);
    if (!node) this.#nodes.set(id, (node = under === undefined ? { kind, index, id } : { kind, index, under, id }));
    return node;
  }

  #groupOf(claim: number): number {
    return this.#analysis.claims[claim].section ?? this.#analysis.sections.length;
  }

  #shows(claim: number): boolean {
    const filter = this.#filter;
    const c = this.#analysis.claims[claim];
    if (filter === 'unsupported') return c.unsupported === true;
    return !filter || c.primary === filter || c.secondary === filter;
  }

  /** The claims of one group (a section's own, or those before any section), in text order. */
  #group(group: number): number[] {
    const out: number[] = [];
    for (let k = this.#groupStart[group]; k < this.#groupStart[group + 1]; k++) out.push(this.#bySection[k]);
    return out;
  }

  /** The rows under one section (or at the root): its subsections with claims to show, and its own rows, in text order. */
  #sectionRows(subsections: readonly number[], group: number): ArgumentNode[] {
    const { sections, claims } = this.#analysis;
    const rows: ArgumentNode[] = [];
    for (const s of subsections) if (!this.#filter || this.#counts[s] > 0) rows.push(this.#sectionNodes[s]);
    rows.push(...this.#arrange(group));
    const start = (node: ArgumentNode): number =>
      node.kind === 'section' ? sections[node.index].start : node.kind === 'statements' ? claims[this.#bySection[this.#groupStart[node.index + 1] - 1]].start : claims[node.index].start;
    // The statements group closes the section's own claims (before a subsection that follows them).
    const rank = (node: ArgumentNode) => (node.kind === 'section' ? 0 : node.kind === 'statements' ? 2 : 1);
    return rows.sort((a, b) => start(a) - start(b) || rank(a) - rank(b));
  }

  /**
   * Places the claims of one group, once: the rows at the group's level, with the
   * children of each head, reason and statements group recorded as it goes.
   */
  #arrange(group: number): ArgumentNode[] {
    const key = `g${group}`;
    const done = this.#children.get(key);
    if (done) return [...done];
    const claims = this.#analysis.claims;
    const own = this.#group(group).filter((c) => this.#shows(c));
    const level: ArgumentNode[] = [];
    if (this.#filter) {
      for (const c of own) (level.push(this.claimNode(c)!), this.#home.set(c, undefined));
      this.#children.set(key, level);
      return [...level];
    }
    const inGroup = new Set(own);
    const under = new Map<number, number[]>();
    const home = (c: number, parent: number | undefined) => {
      this.#home.set(c, parent === undefined ? undefined : this.claimNode(parent));
      if (parent !== undefined) push(under, parent, c);
    };
    // What each claim leans on in its section: what it supports, and the heads it qualifies.
    const targets = new Map<number, number[]>();
    for (const c of own) {
      const t = (claims[c].supports ?? []).filter((s) => s !== c && inGroup.has(s));
      if (t.length > 0) targets.set(c, t);
    }
    for (const h of own) {
      if (!HEADS.has(claims[h].role)) continue;
      for (const q of claims[h].qualifiedBy ?? []) if (q !== h && inGroup.has(q)) push(targets, q, h);
    }
    const placed = new Set<number>();
    for (const c of own) if (HEADS.has(claims[c].role)) (placed.add(c), home(c, undefined));
    // What leans on a head goes under it; then an argued claim leaning on nothing stands at the
    // section's level; then what leans on a claim placed so far (not a head) goes under that one.
    const attach = (onHead: boolean) => {
      const ready = new Set(placed);
      for (const c of own) {
        const first = placed.has(c) ? undefined : targets.get(c)?.find((t) => ready.has(t) && HEADS.has(claims[t].role) === onHead);
        if (first !== undefined) (placed.add(c), home(c, first));
      }
    };
    attach(true);
    for (const c of own) if (!placed.has(c) && claims[c].role !== 'statement' && !targets.has(c)) (placed.add(c), home(c, undefined));
    attach(false);
    const statements: ArgumentNode[] = [];
    const group_ = this.#node('statements', group);
    for (const c of own) {
      if (placed.has(c)) continue;
      if (claims[c].role === 'statement') (statements.push(this.claimNode(c)!), this.#home.set(c, group_));
      else home(c, undefined);
    }
    for (const c of own) {
      const parent = this.#home.get(c);
      if (parent === undefined) level.push(this.claimNode(c)!);
      // Shown again under every other claim of the section it leans on.
      const extra = (targets.get(c) ?? []).filter((t) => !(parent?.kind === 'claim' && t === parent.index) && placed.has(t));
      for (const t of extra) push(under, t, c);
    }
    for (const [parent, list] of under) {
      const sorted = [...new Set(list)].sort((a, b) => claims[a].start - claims[b].start);
      this.#children.set(`c${parent}`, sorted.map((c) => (this.#home.get(c) === this.claimNode(parent) ? this.claimNode(c)! : this.#node('link', c, parent))));
    }
    if (statements.length > 0) {
      this.#children.set(group_.id, statements);
      level.push(group_);
    }
    this.#children.set(key, level);
    return [...level];
  }
}

/** Adds `value` to the list at `key` (in place: a list grows in linear time). */
function push(lists: Map<number, number[]>, key: number, value: number): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
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

/** True when a claim asserts and nothing in its section supports it. */
export function isUnsupported(claim: Claim): boolean {
  return claim.unsupported === true;
}
