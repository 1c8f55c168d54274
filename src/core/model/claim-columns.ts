import { NO_ARGUMENT, NO_LINKS, type Category, type CategoryScores, type Claim, type Cue, type Reason, type Role } from './model';
import type { ClaimLinks } from './links';
import { sharedLinks, Verdicts, type Verdict } from './verdicts';

/**
 * A reading's claim cues and figure indices held in columns: each cue's start
 * and end and the number of its kind (category, term and weight, kept once
 * however many cues share them), each claim's figures' indices, and where each
 * claim's begin. A claim-dense document makes a few cues a sentence: as
 * objects they cost about 100 bytes a cue (the object, its boxed weight, its
 * slot in a list of its own) and a list a claim, and a claim's figures a list
 * of their own (about 56 bytes for one); here 12 bytes a cue, 4 a figure and 8
 * a claim. A claim's cues and figures are made when asked for (the JSON, a
 * lens explained), fresh each time, and left to the collector.
 */
export class ClaimColumns {
  /** The reading's verdicts, each kept once (let go of their table once the claims are linked). */
  readonly verdicts = new Verdicts();
  #starts: Int32Array = new Int32Array(16);
  #ends: Int32Array = new Int32Array(16);
  #kinds: Int32Array = new Int32Array(16);
  #count = 0;
  /** Where each claim's cues begin, then where the last one's end (one more entry than claims). */
  #firsts: Int32Array = new Int32Array(16);
  #claims = 0;
  readonly #categories: (Category | null)[] = [];
  readonly #terms: string[] = [];
  readonly #weights: number[] = [];
  /** The kinds of each term seen: their numbers. */
  readonly #kindsOf = new Map<string, number[]>();
  /** The figures' indices, claim after claim, and where each claim's begin (as `#firsts`). */
  #figures: Int32Array = new Int32Array(16);
  #figureFirsts: Int32Array = new Int32Array(16);

  /** Holds `cues` (in text order) and `figures` (indices into the reading's figures) as the next claim's; the claim's number. */
  add(cues: readonly Cue[], figures: ArrayLike<number>): number {
    const claim = this.#claims++;
    if (this.#claims + 1 > this.#firsts.length) {
      this.#firsts = grown(this.#firsts, this.#claims + 1);
      this.#figureFirsts = grown(this.#figureFirsts, this.#claims + 1);
    }
    const had = this.#figureFirsts[claim];
    if (had + figures.length > this.#figures.length) this.#figures = grown(this.#figures, had + figures.length);
    this.#figures.set(figures, had);
    this.#figureFirsts[claim + 1] = had + figures.length;
    if (this.#count + cues.length > this.#starts.length) {
      const need = this.#count + cues.length;
      this.#starts = grown(this.#starts, need);
      this.#ends = grown(this.#ends, need);
      this.#kinds = grown(this.#kinds, need);
    }
    for (const cue of cues) {
      const at = this.#count++;
      this.#starts[at] = cue.start;
      this.#ends[at] = cue.end;
      this.#kinds[at] = this.#kind(cue.category, cue.term, cue.weight);
    }
    this.#firsts[claim + 1] = this.#count;
    return claim;
  }

  /** How many cues claim `claim` has. */
  count(claim: number): number {
    return this.#firsts[claim + 1] - this.#firsts[claim];
  }

  /** Claim `claim`'s figures' indices, made now (the shared empty list when it has none). */
  figures(claim: number): readonly number[] {
    const first = this.#figureFirsts[claim];
    const end = this.#figureFirsts[claim + 1];
    return end > first ? Array.from(this.#figures.subarray(first, end)) : NO_LINKS;
  }

  /** Claim `claim`'s cues, made now. */
  cues(claim: number): Cue[] {
    const first = this.#firsts[claim];
    const list: Cue[] = new Array(this.#firsts[claim + 1] - first);
    for (let k = 0; k < list.length; k++) {
      const kind = this.#kinds[first + k];
      list[k] = { start: this.#starts[first + k], end: this.#ends[first + k], category: this.#categories[kind], term: this.#terms[kind], weight: this.#weights[kind] };
    }
    return list;
  }

  /** Lets go of the room kept for more cues and claims: called once the reading's claims are all added. */
  fit(): void {
    this.#starts = this.#starts.slice(0, this.#count);
    this.#ends = this.#ends.slice(0, this.#count);
    this.#kinds = this.#kinds.slice(0, this.#count);
    this.#firsts = this.#firsts.slice(0, this.#claims + 1);
    this.#figures = this.#figures.slice(0, this.#figureFirsts[this.#claims]);
    this.#figureFirsts = this.#figureFirsts.slice(0, this.#claims + 1);
  }

  #kind(category: Category | null, term: string, weight: number): number {
    let kinds = this.#kindsOf.get(term);
    if (!kinds) this.#kindsOf.set(term, (kinds = []));
    for (const k of kinds) if (this.#categories[k] === category && Object.is(this.#weights[k], weight)) return k;
    const k = this.#terms.length;
    this.#categories.push(category);
    this.#terms.push(term);
    this.#weights.push(weight);
    kinds.push(k);
    return k;
  }
}

function grown(column: Int32Array, need: number): Int32Array {
  const out = new Int32Array(Math.max(need, column.length * 2));
  out.set(column);
  return out;
}

/** The fields of a claim other than its cues (which {@link ClaimColumns} holds). */
export type ClaimFields = { -readonly [K in Exclude<keyof Claim, 'cues'>]: Claim[K] };
/** What the claim reader decides for a claim (its links come after). */
export type ClaimDecided = Omit<ClaimFields, 'figures' | 'supports' | 'supportedBy' | 'qualifiedBy' | 'unsupported'>;

/**
 * A claim as the reader makes it: its place and entities in fields of its own;
 * what the reader decided of it (reasons, scores, categories, confidence,
 * role) in a {@link Verdict} it shares with the claims that decided the same;
 * its links in one object, shared by all claims with none; its cues and
 * figures in the reading's {@link ClaimColumns}, made when asked for. Every
 * part is an own enumerable property in the order a claim has always had
 * them, those held elsewhere read through a getter shared by every claim (no
 * room in the claim, one hidden class for all), so a spread copy,
 * `JSON.stringify` and a deep comparison see a plain claim (160 bytes a claim
 * with every part a field, 96 now).
 */
export class ReadClaim implements Claim {
  declare readonly start: number;
  declare readonly end: number;
  declare readonly section: number | null;
  declare readonly block: number;
  declare readonly why: readonly Reason[];
  declare readonly categories: CategoryScores;
  declare readonly primary: Category | null;
  declare readonly secondary: Category | null;
  declare readonly confidence?: number;
  declare readonly role: Role;
  declare readonly cues: readonly Cue[];
  declare readonly figures: readonly number[];
  declare readonly entities: readonly string[];
  declare readonly supports: readonly number[];
  declare readonly supportedBy: readonly number[];
  declare readonly qualifiedBy: readonly number[];
  declare readonly unsupported: boolean;
  readonly #columns: ClaimColumns;
  readonly #at: number;
  #verdict: Verdict;
  // The argument's links are read over all claims, after (src/core/argument): none yet.
  #links: ClaimLinks = NO_ARGUMENT;

  /** Its parts defined one by one (one hidden class), in the order a claim has always had them. */
  constructor(f: ClaimDecided, columns: ClaimColumns, at: number) {
    this.#columns = columns;
    this.#at = at;
    this.#verdict = columns.verdicts.of({ why: f.why, categories: f.categories, primary: f.primary, secondary: f.secondary, confidence: f.confidence, role: f.role });
    (this as ClaimFields).start = f.start;
    (this as ClaimFields).end = f.end;
    (this as ClaimFields).section = f.section;
    (this as ClaimFields).block = f.block;
    for (const [name, descriptor] of VERDICT) Object.defineProperty(this, name, descriptor);
    Object.defineProperty(this, 'cues', CUES);
    Object.defineProperty(this, 'figures', FIGURES);
    (this as ClaimFields).entities = f.entities;
    for (const [name, descriptor] of LINKS) Object.defineProperty(this, name, descriptor);
  }

  /** Sets the claim's argument: its reasons with those of its links, and its links (src/core/argument). */
  link(why: readonly Reason[], links: ClaimLinks): void {
    if (why !== this.#verdict.why) this.#verdict = this.#columns.verdicts.of({ ...this.#verdict, why });
    this.#links = sharedLinks(links);
  }

  /** Lets go of the table of verdicts of `claim`'s reading, once its claims are all linked. */
  static settle(claim: ReadClaim): void {
    claim.#columns.verdicts.settle();
  }

  /** What the reader decided of `claim`. */
  static verdictOf(claim: ReadClaim): Verdict {
    return claim.#verdict;
  }

  /** The links of `claim`. */
  static linksOf(claim: ReadClaim): ClaimLinks {
    return claim.#links;
  }

  /** The cues of `claim`, made from the columns at each call. */
  static cuesOf(claim: ReadClaim): readonly Cue[] {
    return claim.#columns.count(claim.#at) ? claim.#columns.cues(claim.#at) : NO_CUES;
  }

  /** The figures of `claim`, made from the columns at each call. */
  static figuresOf(claim: ReadClaim): readonly number[] {
    return claim.#columns.figures(claim.#at);
  }
}

/** A getter read from a part held apart, one descriptor for every claim. */
function getter<K extends string>(name: K, read: (claim: ReadClaim) => unknown): [K, PropertyDescriptor] {
  return [name, { get: function (this: ReadClaim) { return read(this); }, enumerable: true }];
}

const VERDICT_FIELDS = ['why', 'categories', 'primary', 'secondary', 'confidence', 'role'] as const;
/** Every read claim's verdict parts, in their order. */
const VERDICT = VERDICT_FIELDS.map((name) => getter(name, (claim) => ReadClaim.verdictOf(claim)[name]));
const LINK_FIELDS = ['supports', 'supportedBy', 'qualifiedBy', 'unsupported'] as const;
/** Every read claim's links, in their order. */
const LINKS = LINK_FIELDS.map((name) => getter(name, (claim) => ReadClaim.linksOf(claim)[name]));

/** Every read claim's `figures`: one getter, as `cues`. */
const FIGURES: PropertyDescriptor = {
  get(this: ReadClaim) {
    return ReadClaim.figuresOf(this);
  },
  enumerable: true,
};

/** Every read claim's `cues`: one getter, so all claims keep one hidden class. */
const CUES: PropertyDescriptor = {
  get(this: ReadClaim) {
    return ReadClaim.cuesOf(this);
  },
  enumerable: true,
};

/** No cues: one shared empty list. */
export const NO_CUES: readonly Cue[] = Object.freeze([]);
