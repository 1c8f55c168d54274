import type { Reason } from '../model/model';
import cueTexts from './data/cue-texts.json';
import guards from './data/guards.json';
import entityRules from './data/entity-rules.json';
import figureRules from './data/figures-rules.json';
import policyData from './data/policy.json';
import furniture from './data/furniture.json';
import headings from './data/headings.json';
import layout from './data/layout.json';
import { CLAIM_ROWS } from './claim-rules';
import { firstId, ROLE_DATA } from './roles';
import { ROLE_FEATURE_DATA } from './role-features';
import { SUPPORT_DATA } from './support';

/**
 * The registry of rule texts: what each rule id means in a reader's words, read
 * from the `says` phrase of its row in the lexicon data
 * (`{ "id": "entity:place-after-port-of", "weight": 2, "says": "named after 'the port of'" }`).
 * Hover cards, the "explain claim" list and the command line describe a
 * decision's reasons with it. A rule with no row reads as its id in words.
 */

/** A data row with a reader's phrase (rule rows carry more fields: weight, pattern…). */
export interface RuleText {
  readonly id: string;
  readonly says?: string;
}

/**
 * Rows from one data file. Rows whose id has no domain (`entity:`, `figure:`,
 * `claim:`, `role:`) take the source's `domain`.
 */
export interface RuleSource {
  readonly domain?: string;
  readonly rows: readonly RuleText[];
}

/**
 * Every data file with rule rows. A data file of rules joins by one line here;
 * when two rows share an id the first one listed wins (and `duplicates` names it).
 */
export const RULE_SOURCES: readonly RuleSource[] = [
  { rows: cueTexts.rules },
  { domain: 'guard', rows: [...guards.guards, ...guards.batches] },
  { domain: 'policy', rows: policyData.rules },
  { domain: 'entity', rows: entityRules.rules },
  { domain: 'figure', rows: [...figureRules.rules, ...figureRules.limits] },
  { domain: 'claim', rows: CLAIM_ROWS },
  { domain: 'role', rows: ROLE_DATA.rules },
  { domain: 'role', rows: ROLE_FEATURE_DATA.features },
  { domain: 'role', rows: [ROLE_DATA.announce?.spans, ROLE_DATA.announce?.shares].flatMap((row) => (row ? [row] : [])) },
  // A rule deciding first in the rule order, as a feature of the learned role weights.
  { domain: 'role', rows: ROLE_DATA.rules.map((r) => ({ id: firstId(r), says: `first of the role rules to hold: ${r.says}` })) },
  { domain: 'support', rows: [...SUPPORT_DATA.links, SUPPORT_DATA.unsupported] },
  { domain: 'notice', rows: furniture.rules },
  { domain: 'heading', rows: headings.rules },
  { domain: 'paragraph', rows: headings.paragraphs },
  { domain: 'layout', rows: [layout.captionCited, layout.columnGap, layout.speakerTurn] },
];

/** The phrases of rule rows, by full id. */
export class RuleTexts {
  readonly #says = new Map<string, string>();
  /** Ids given more than once, with different phrases. */
  readonly duplicates: string[] = [];

  constructor(sources: readonly RuleSource[]) {
    for (const source of sources) {
      for (const row of source.rows) {
        if (typeof row.says !== 'string' || !row.says.trim()) continue;
        const id = row.id.includes(':') || !source.domain ? row.id : `${source.domain}:${row.id}`;
        const known = this.#says.get(id);
        if (known === undefined) this.#says.set(id, row.says.trim());
        else if (known !== row.says.trim()) this.duplicates.push(id);
      }
    }
  }

  /** The phrase of rule `id`, if a row gives one. */
  says(id: string): string | undefined {
    return this.#says.get(id);
  }
}

/** The built-in rule texts. */
export const RULE_TEXTS = new RuleTexts(RULE_SOURCES);

/** A rule id in words, for a rule with no row: "entity:place-after-port-of" → "place after port of". */
export function humaniseRule(id: string): string {
  const bare = id.slice(id.indexOf(':') + 1);
  return bare.split(/[-_:\s]+/).filter(Boolean).join(' ');
}

/**
 * A reason in a reader's words: its rule's phrase, with `{words}` in it replaced
 * by the words the rule matched; for a rule with no row, its id in words and the
 * words matched in quotes ("place after port of 'the port of'").
 */
export function describeReason(reason: Reason, texts: RuleTexts = RULE_TEXTS): string {
  const says = texts.says(reason.rule);
  const words = reason.words?.replace(/\s+/g, ' ').trim();
  if (says === undefined) return words ? `${humaniseRule(reason.rule)} '${words}'` : humaniseRule(reason.rule);
  if (!says.includes('{words}')) return says;
  // A phrase that quotes the matched words, when none were recorded, drops the quote.
  return words ? says.replaceAll('{words}', words) : says.replace(/\s*'?\{words\}'?/g, '').trim();
}

/**
 * The rule id a claim cue's term stands for: a lexicon word is no rule
 * (undefined); "figure:money" is the rule "claim:figure-money".
 */
export function cueRule(term: string): string | undefined {
  return term.includes(':') ? `claim:${term.replace(/:/g, '-')}` : undefined;
}

/** A weight as a reader reads it: "+2", "+1.5", "-0.25". */
export function signedWeight(weight: number): string {
  return `${weight >= 0 ? '+' : ''}${Number(weight.toFixed(2))}`;
}

/**
 * Reasons in a reader's words, joined: "in the list of countries (+3); named
 * after 'the port of' (+2)". Weights are shown when `weighed`; past `max`
 * reasons the rest are counted ("; and 2 more").
 */
export function describeReasons(reasons: readonly Reason[], options: { texts?: RuleTexts; weighed?: boolean; max?: number } = {}): string {
  const { texts = RULE_TEXTS, weighed = reasons.some((r) => r.weight !== 1), max = Infinity } = options;
  const named = reasons.slice(0, max).map((r) => describeReason(r, texts) + (weighed ? ` (${signedWeight(r.weight)})` : ''));
  const more = reasons.length - max;
  return named.join('; ') + (more > 0 ? `; and ${more} more` : '');
}
