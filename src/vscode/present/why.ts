import { describeReasons, type RuleTexts } from '../../core/lexicon/rules';
import type { Entity, EntityType, Figure, FigureKind, Reason, Role } from '../../core/model/model';
import { capitalise } from './format';

/**
 * Why a part was read as it was, in a reader's words: the rules in its `why`,
 * grouped by what they decided (an entity's type, a figure's kind and year),
 * each described by its rule's phrase (`core/lexicon/rules.ts`). Nothing when a
 * part has no reasons.
 */

/** Most reasons named for one decision; the rest are counted. */
const MAX_REASONS = 4;

const A_TYPE: Readonly<Record<EntityType, string>> = {
  person: 'a person',
  place: 'a place',
  organization: 'an organization',
  treaty_or_program: 'a treaty or programme',
  other: 'a name of another kind',
};

const A_KIND: Readonly<Record<FigureKind, string>> = {
  percent: 'a percentage',
  money: 'a sum of money',
  quantity: 'a quantity',
  count: 'a count',
  ratio: 'a ratio',
  date: 'a date',
};

const A_ROLE: Readonly<Record<Role, string>> = {
  question: 'a question',
  thesis: 'a thesis',
  reason: 'a reason',
  evidence: 'evidence',
  contrast: 'a contrast',
  concession: 'a concession',
  conclusion: 'a conclusion',
  statement: 'a statement',
};

/** "a place", "an organization". */
export function aType(type: EntityType): string {
  return A_TYPE[type];
}

/** "a percentage", "a sum of money". */
export function aKind(kind: FigureKind): string {
  return A_KIND[kind];
}

/** "a thesis", "evidence". */
export function aRole(role: Role): string {
  return A_ROLE[role];
}

/**
 * Reasons as sentences, one per decision, the main decision first:
 * "A place: in the list of countries (+3); named after 'the port of' (+2)."
 * `headOf` names a decision from the reasons' `about` (undefined: the main one).
 * Weights are shown unless every reason weighs 1 (rules that decide alone).
 */
export function whySentences(
  why: readonly Reason[],
  headOf: (about: string | undefined) => string,
  texts?: RuleTexts,
): string | undefined {
  if (why.length === 0) return undefined;
  const weighed = why.some((r) => r.weight !== 1);
  const groups = new Map<string, Reason[]>([[headOf(undefined), []]]);
  for (const reason of why) {
    const head = headOf(reason.about);
    const group = groups.get(head);
    if (group) group.push(reason);
    else groups.set(head, [reason]);
  }
  const sentences: string[] = [];
  for (const [head, reasons] of groups) {
    if (reasons.length === 0) continue;
    sentences.push(`${capitalise(head)}: ${describeReasons(reasons, { texts, weighed, max: MAX_REASONS })}.`);
  }
  return sentences.join(' ');
}

/** Why an entity has its type (and, when recorded, why its forms were merged). */
export function entityWhy(entity: Entity, texts?: RuleTexts): string | undefined {
  return whySentences(
    entity.why,
    (about) => (about === undefined || about === 'type' ? aType(entity.type) : about === 'merge' ? 'one entity' : about),
    texts,
  );
}

/** Why a figure has its kind, and its unit and year when the reasons say. */
export function figureWhy(figure: Figure, texts?: RuleTexts): string | undefined {
  return whySentences(
    figure.why,
    (about) => {
      if (about === undefined || about === 'kind') return aKind(figure.kind);
      if (about === 'year') return figure.year === null ? 'no year' : `year ${figure.year}`;
      if (about === 'unit') return figure.unit === null ? 'no unit' : `unit ${figure.unit}`;
      return about;
    },
    texts,
  );
}
