import type { EntityType, Reason } from '../model/model';
import type { Context, Proposal, ProposalKind } from './context';
import { addReason, credit, isShared, noEvidence, owned, summarise, type Evidence } from './evidence';
import { rule, type Lexicon } from './lexicon';
import type { Shared } from '../model/shared';

/**
 * The document-level merge: every form (normalised name) read anywhere becomes
 * part of one group, a group being one referent. Forms join a group when a
 * gazetteer says they name one thing, when an acronym is defined for a name, when
 * a surname or a spelling variant of a given name matches a person named in
 * full, when a name is a longer one without its place prefix ("Space Force"
 * in "U.S. Space Force") or its complement ("Golden Dome" of "Golden Dome for
 * America"), and when an office is named in the other order ("Commerce Secretary"
 * for "Secretary of Commerce"). Each group is then typed by all the evidence of all its forms.
 */

/** One normalised name and what was read about it. */
export interface Form {
  readonly key: string;
  readonly words: readonly string[];
  /** A form read by one rule alone shares that rule's tally: credited through `owned`. */
  evidence: Evidence;
  kinds: Kinds;
  referent?: string;
  given?: readonly string[];
  surname?: string;
  /** First offset where it was proposed. */
  readonly at: number;
}

/** A referent: its forms, its type, and why: the rules that typed it, strongest first, then those that merged its forms. */
export interface Group {
  readonly forms: readonly Form[];
  readonly type: EntityType;
  readonly why: readonly Reason[];
}

const KIND_BITS: Readonly<Record<ProposalKind, number>> = { gazetteer: 1, person: 2, headed: 4, acronym: 8, unknown: 16, defined: 32, numbered: 64, alone: 128 };

/** The kinds of proposal that read a form, as flags in one number: a `Set` per form held about 230 bytes, an object of its own 32. */
export type Kinds = number;

/** True when a proposal of `kind` read the form whose kinds are `kinds`. */
export function hasKind(kinds: Kinds, kind: ProposalKind): boolean {
  return (kinds & KIND_BITS[kind]) !== 0;
}

/** How many kinds of proposal read a form. */
export function kindCount(kinds: Kinds): number {
  let n = 0;
  for (let bits = kinds; bits !== 0; bits &= bits - 1) n++;
  return n;
}

/** The types evidence can add up to; "other" is what is left. */
export const TYPED = ['person', 'place', 'organization', 'treaty_or_program'] as const;

/**
 * Collects forms from proposals, blocked acronyms left out. Each proposal is
 * let go as its form takes it (the list is emptied): a proposal and its
 * evidence are about as much again as the form's (issue #14).
 */
export function collectForms(context: Context, proposals: Proposal[], blocked: ReadonlySet<string>): Map<string, Form> {
  const forms = new Map<string, Form>();
  const taken = proposals as (Proposal | undefined)[];
  for (let i = 0; i < taken.length; i++) {
    const p = taken[i]!;
    taken[i] = undefined;
    if (blocked.has(p.key) && p.kind === 'acronym') continue;
    let form = forms.get(p.key);
    // A form first read by one rule alone shares its tally, as its sum would be ("other" is never below none).
    const whole = !form && isShared(p.evidence) && p.evidence.other >= 0;
    if (!form) {
      form = { key: p.key, words: p.key.split(' '), evidence: whole ? p.evidence : noEvidence(), kinds: 0, at: context.tokens.start[p.first] };
      forms.set(p.key, form);
    }
    if (!whole) {
      const e = owned(form);
      // "Other" says only that nothing better was read: it does not add up over mentions.
      for (let k = 0; k < TYPED.length; k++) e[TYPED[k]] += p.evidence[TYPED[k]];
      e.other = Math.max(e.other, p.evidence.other);
      for (let r = 0; r < p.evidence.reasons.length; r++) addReason(e, p.evidence.reasons[r]);
    }
    form.kinds |= KIND_BITS[p.kind];
    if (p.referent) form.referent ??= p.referent;
    if (p.surname !== undefined && (form.surname === undefined || (p.given?.length ?? 0) > (form.given?.length ?? 0))) {
      form.surname = p.surname;
      form.given = p.given;
    }
  }
  proposals.length = 0;
  lendPlaceHeads(context, forms);
  lendStateBodies(context, forms);
  lendProgrammes(context, forms);
  return forms;
}

/**
 * A name made of a programme's name and a weak head is that programme's: "the
 * Golden Dome Fund" where "Golden Dome" (or "Golden Dome for America") is a
 * programme, against any evidence the name is an organisation's.
 */
function lendProgrammes(context: Context, forms: ReadonlyMap<string, Form>): void {
  // Programmes by their words before a complement too: "Golden Dome" of "Golden Dome for America".
  const stems = new Map<string, Form>();
  for (const form of forms.values()) {
    const cut = complementAt(context.lex, form.words, 1);
    if (cut > 0) stems.set(form.words.slice(0, cut).join(' '), form);
  }
  for (const form of forms.values()) {
    const n = form.words.length;
    if (n < 2 || !context.lex.weakHeads.has(form.words[n - 1])) continue;
    const key = form.words.slice(0, n - 1).join(' ');
    const shorter = forms.get(key) ?? stems.get(key);
    if (shorter && leading(shorter.evidence) === 'treaty_or_program') {
      // However often the weak head typed it: the programme's name says more.
      const e = owned(form);
      const lent = rule(context.lex, 'entity:programme-lent');
      credit(e, lent, 'treaty_or_program', shorter.key, Math.max(lent.weight, e.organization + e.place + 1 - e.treaty_or_program));
    }
  }
}

/** The type with the most evidence, or undefined when there is none. */
function leading(evidence: Evidence): (typeof TYPED)[number] | undefined {
  let best: (typeof TYPED)[number] | undefined;
  for (const type of TYPED) if (evidence[type] > 0 && (!best || evidence[type] > evidence[best])) best = type;
  return best;
}

/** True when a word heads a place's name, capitalised or not ("Reservoir", "basin"). */
export function placeHead(context: Context, word: string): boolean {
  return context.lex.heads.get(word) === 'place' || context.lex.lowerHeads.get(word) === 'place';
}

/**
 * A name read elsewhere with a place head after it is a place: "the Amu Darya"
 * of "the Amu Darya basin", "Toktogul" of "Toktogul Reservoir". Only place heads
 * lend their type this way; "Missile Defense" of "Missile Defense Agency" is no
 * organisation by itself.
 */
function lendPlaceHeads(context: Context, forms: ReadonlyMap<string, Form>): void {
  for (const form of forms.values()) {
    const n = form.words.length;
    if (n < 2 || !placeHead(context, form.words[n - 1])) continue;
    const shorter = forms.get(form.words.slice(0, n - 1).join(' '));
    if (shorter) credit(owned(shorter), rule(context.lex, 'entity:place-head-elsewhere'), 'place', form.words[n - 1]);
  }
}

/**
 * entity:state-body-of — one word no list knows, read elsewhere as a name of its
 * own, that a state body's head and "of" take as their complement ("the Government
 * of Dravonia", "the Central Bank of Dravonia": words.json stateBodies) is the
 * state, a place. A word read as a head, a person or a listed name is left alone
 * ("the President of the Council").
 */
function lendStateBodies(context: Context, forms: ReadonlyMap<string, Form>): void {
  for (const form of forms.values()) {
    const n = form.words.length;
    if (n < 3 || form.words[n - 2] !== 'of' || !context.lex.stateBodies.has(form.words.slice(0, n - 2).join(' '))) continue;
    const state = forms.get(form.words[n - 1]);
    if (state && state.kinds === KIND_BITS.unknown) credit(owned(state), rule(context.lex, 'entity:state-body-of'), 'place', form.words.slice(0, n - 1).join(' '));
  }
}

/** Joins forms `a` and `b` into one referent, by the rule `id`. */
export type Union = (a: number, b: number, id: string) => void;

/** Adds `i` to the list under `key`. */
export function pushTo(lists: Map<string, number[]>, key: string, i: number): void {
  const list = lists.get(key);
  if (list) list.push(i);
  else lists.set(key, [i]);
}

/** Where the complement of a name's words begins ("of" in "bank of china"), from word `from` on; -1 if none. */
export function complementAt(lex: Lexicon, words: readonly string[], from: number): number {
  for (let j = from; j < words.length; j++) if (lex.complement.has(words[j])) return j;
  return -1;
}

/** The type with the most evidence over all forms; a gazetteer's type when there is one. */
export function typeOf(forms: readonly Form[]): EntityType {
  const total = noEvidence();
  for (const f of forms) {
    if (f.referent) return f.evidence.place >= f.evidence.organization ? 'place' : 'organization';
    for (const type of TYPED) total[type] += f.evidence[type];
    total.other = Math.max(total.other, f.evidence.other);
  }
  if (forms.some((f) => f.surname !== undefined && hasKind(f.kinds, 'person'))) return 'person';
  let best: EntityType = 'other';
  for (const type of TYPED) {
    if (total[type] > total[best] && total[type] > 0) best = type;
  }
  return best;
}

/**
 * Why a group is of `type`: the rules that argued for it, summed per rule, then the rules that merged its forms.
 * Equal reasons and equal lists are kept once in `shared`: an entity keeps this list, and most entities of a
 * long list of names have the same one (about 200 bytes an entity each held its own).
 */
export function groupWhy(forms: readonly Form[], type: EntityType, merges: readonly string[], shared: Shared): readonly Reason[] {
  const why = summarise(reasonsOf(forms), type);
  for (let k = 0; k < why.length; k++) why[k] = shared.reason(why[k]);
  // Joined at its length: one grown by push holds room for 16 more.
  return shared.list(merges.length ? why.concat(merges.map(mergedBy)) : why);
}

/** The reasons of merges (a rule's id, weight 1, about nothing the reason table tells apart): one per rule. */
const MERGED = new Map<string, Reason>();

function mergedBy(id: string): Reason {
  let reason = MERGED.get(id);
  if (!reason) MERGED.set(id, (reason = Object.freeze({ rule: id, weight: 1 })));
  return reason;
}

function* reasonsOf(forms: readonly Form[]) {
  for (const f of forms) yield* f.evidence.reasons;
}
