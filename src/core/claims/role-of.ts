import type { Cue, Figure, FigureKind, Reason, Role } from '../model/model';
import { DESCRIPTIVE_BIT, type RoleLexicon, type RoleRule } from '../lexicon/roles';
import type { RoleChoice } from '../lexicon/role-features';
import type { Shared } from '../model/shared';
import type { RoleHit, RoleWords } from './roles';

/**
 * A claim's role. With a combiner (learned weights, role-weights.json) the
 * features that hold for the sentence — every role rule whose condition holds,
 * its own flags, figures, position and the role before it — are weighed, and
 * the best scoring role decides; without one, or where no weighed feature
 * holds, the role rules (roles.json) are tried in order and the first that
 * holds decides.
 */

/** A sentence's role, the cue that decided it (if any) and the reasons. */
export interface RoleReading {
  readonly role: Role;
  readonly cue: Cue | null;
  readonly reasons: readonly Reason[];
}

/** Where a sentence stands, and what it holds, besides its own words. */
export interface RoleScene {
  readonly text: string;
  /** Where the sentence starts in `text`. */
  readonly at: number;
  readonly figures: readonly Figure[];
  /** A mask of `POSITION_BITS` (and `DESCRIPTIVE_BIT`). */
  readonly position: number;
  /** How many entities it names. */
  readonly entities: number;
  /** The role of the sentence before it in its paragraph, or null for the first. */
  readonly previous: Role | null;
}

/** A figure's role cue term by its kind: one string each, not one made per claim. */
const FIGURE_TERMS: Readonly<Record<FigureKind, string>> = {
  percent: 'figure:percent', money: 'figure:money', quantity: 'figure:quantity', count: 'figure:count', ratio: 'figure:ratio', date: 'figure:date',
};
const NO_REASONS: readonly Reason[] = Object.freeze([]);
const STATEMENT: RoleReading = { role: 'statement', cue: null, reasons: NO_REASONS };

/** The role of a sentence with role words `words` in `scene`. */
export function roleOf(words: RoleWords, scene: RoleScene, roles: RoleLexicon, reasons: Shared): RoleReading {
  if (roles.combiner) {
    const choice = roles.combiner.decide(roleFeatures(words, scene, roles), scene.at);
    if (choice) return chosen(choice, words, scene, roles, reasons);
  }
  const { rules } = roles;
  for (let r = 0; r < rules.length; r++) {
    const holding = holds(rules[r], hitOf(words, r), words, scene, roles);
    if (holding !== false) return decided(rules[r], hitOf(words, r), holding, scene, reasons);
  }
  return STATEMENT;
}

/** The cue phrase of rule `r` the sentence holds, if any. */
function hitOf(words: RoleWords, r: number): RoleHit | null {
  // An index loop: called for every rule of every sentence, an iterator here made most of a reading's garbage.
  const { hits } = words;
  for (let i = 0; i < hits.length; i++) if (hits[i].rule === r) return hits[i];
  return null;
}

/**
 * Whether `rule` holds for the sentence: false if not; its measured figure
 * (or date) where it needs one; true otherwise.
 */
function holds(rule: RoleRule, hit: RoleHit | null, words: RoleWords, scene: RoleScene, roles: RoleLexicon): Figure | boolean {
  const { position, figures } = scene;
  if (rule.pattern && !hit) return false;
  if (rule.question && !words.question) return false;
  if (rule.positions && !(rule.positions & position)) return false;
  if ((rule.allPositions & position) !== rule.allPositions || (rule.notPositions & position)) return false;
  if (rule.register && (rule.register === 'descriptive') !== ((position & DESCRIPTIVE_BIT) !== 0)) return false;
  if (rule.concrete !== undefined && rule.concrete !== (scene.entities > 0 || figures.length > 0)) return false;
  if (rule.named !== undefined && rule.named !== scene.entities > 0) return false;
  if (rule.shape === 'lower-case-start' && !words.lowerStart) return false;
  if (rule.shape === 'colon-end' && !words.colonEnd) return false;
  if (rule.shape === 'announces-items' && !words.announces) return false;
  if (rule.shape === 'enumerated' && !words.enumerated) return false;
  if (rule.shape === 'quotes' && !words.quotes) return false;
  if (rule.shape === 'hypothetical' && !words.hypothetical) return false;
  if (rule.shape === 'present-general' && !words.presentGeneral) return false;
  if (rule.shape === 'commands' && !words.commands) return false;
  if (rule.shape === 'narrated' && words.presentGeneral) return false;
  if (rule.shape === 'defines' && !words.defines) return false;
  if (rule.shape === 'term-means' && !words.termMeans) return false;
  if (rule.notFigure && figures.length > 0 && hasKindOf(figures, rule.notFigure)) return false;
  if (rule.notFigureInClause && hit && measuredInClause(scene, scene.at + hit.start + hit.term.length)) return false;
  if (!rule.figure) return true;
  // A rule may need both a cue and a figure ('will probably' and a date): each must hold.
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i];
    if (f.kind === 'date' ? rule.figure === 'date' && !inRelative(roles, scene.text, scene.at, f.start) : rule.figure === 'measured') return f;
  }
  return false;
}

/** Whether a figure of `figures` is of a kind in `kinds`: an index loop, as `holds` runs for every rule of every sentence (a closure each call was a fifth of a reading's garbage). */
function hasKindOf(figures: RoleScene['figures'], kinds: readonly string[]): boolean {
  for (let i = 0; i < figures.length; i++) if (kinds.includes(figures[i].kind)) return true;
  return false;
}

/** The features that hold for a sentence: indices into `roles.features` (see there). */
export function roleFeatures(words: RoleWords, scene: RoleScene, roles: RoleLexicon): number[] {
  const { rules, signals } = roles;
  const out: number[] = [];
  for (let r = 0; r < rules.length; r++) if (holds(rules[r], hitOf(words, r), words, scene, roles) !== false) out.push(r);
  const ruleOrder = out.length ? rules[out[0]].role : 'statement';
  if (out.length) out.push(rules.length + out[0]);
  signals.forEach((s, i) => {
    const on = s.always
      || (s.flag !== undefined && words[s.flag])
      || (s.positions !== 0 && (scene.position & s.positions) !== 0)
      || (s.register === 'descriptive' && (scene.position & DESCRIPTIVE_BIT) !== 0)
      || (s.figure !== undefined && scene.figures.some((f) => f.kind === s.figure))
      || (s.concrete === true && scene.entities > 0)
      || (s.previous !== undefined && scene.previous === s.previous)
      || (s.ruleOrder !== undefined && ruleOrder === s.ruleOrder);
    if (on) out.push(2 * rules.length + i);
  });
  return out;
}

/** The reading of a combiner's choice: its deciding features as reasons, its cue from the strongest deciding rule that found one. */
function chosen(choice: RoleChoice, words: RoleWords, scene: RoleScene, roles: RoleLexicon, reasons: Shared): RoleReading {
  let cue: Cue | null = null;
  for (const { feature } of choice.decided) {
    if (cue || feature >= 2 * roles.rules.length) continue;
    const r = feature % roles.rules.length;
    const rule = roles.rules[r];
    const hit = hitOf(words, r);
    const holding = holds(rule, hit, words, scene, roles);
    if (hit || typeof holding === 'object') cue = decided(rule, hit, holding, scene, reasons).cue;
  }
  const list = choice.decided.map((d) => reasons.of(roles.features[d.feature], Math.round(d.weight * 100) / 100, 'role'));
  return { role: choice.role, cue, reasons: list.length ? list : NO_REASONS };
}

/**
 * Whether the figure at `start` stands in a relative clause (", which was
 * created in the mid-1990s"): a date there dates what the clause describes,
 * not the event the sentence tells.
 */
/** Whether a measured figure (not a date) starts in the clause that runs from `from` to the next comma, semicolon or colon (not one inside a number: '1,200'). */
function measuredInClause(scene: RoleScene, from: number): boolean {
  const brk = /[,;:](?!\d)/g;
  brk.lastIndex = from;
  const end = brk.exec(scene.text)?.index ?? scene.text.length;
  return scene.figures.some((f) => f.kind !== 'date' && f.start >= from && f.start < end);
}

function inRelative(roles: RoleLexicon, text: string, at: number, start: number): boolean {
  if (!roles.relative) return false;
  // Back to the nearest clause mark, at most CLAUSE_REACH characters: the work per figure stays bounded.
  const floor = Math.max(at, start - CLAUSE_REACH);
  let i = start - 1;
  while (i >= floor && !CLAUSE_MARKS.includes(text[i])) i--;
  return i >= floor && text[i] === ',' && roles.relative.test(text.slice(i, start));
}

const CLAUSE_MARKS = ',;:()';
const CLAUSE_REACH = 300;

/** The reading rule `rule` gives: its cue phrase, or else its measured figure, as the cue. */
function decided(rule: RoleRule, hit: RoleHit | null, holding: Figure | boolean, scene: RoleScene, reasons: Shared): RoleReading {
  const { at, text } = scene;
  if (hit) return reading(rule, { start: at + hit.start, end: at + hit.start + hit.term.length, category: null, term: hit.term, weight: rule.weight }, reasons, hit.term);
  if (typeof holding === 'object') {
    const cue = { start: holding.start, end: holding.end, category: null, term: FIGURE_TERMS[holding.kind], weight: rule.weight };
    return reading(rule, cue, reasons, text.slice(holding.start, holding.end));
  }
  return reading(rule, null, reasons);
}

function reading(rule: RoleRule, cue: Cue | null, reasons: Shared, words?: string): RoleReading {
  return { role: rule.role, cue, reasons: [reasons.of(rule.id, rule.weight, 'role', words)] };
}
