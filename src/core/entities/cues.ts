import type { EntityType } from '../model/model';
import type { Context, Proposal } from './context';
import { copyEvidence, credit } from './evidence';
import { rule } from './lexicon';
import { ACRONYM, CAP, keyAt, LOWER, textAt } from '../parse/tokens';

/** Emphasis marks markdown leaves around words ("** (NSSL) **"). */
const EMPHASIS = /[*_]/g;

/**
 * Context that types a name nobody listed: "in Astrakhan" (a place), "the Yeltsin
 * era" (a person), "Lukashenko, who" (a person), "the only CIS country" (an
 * organisation), "an initiative known as Golden Dome", "the Galileo navigation
 * system" (programmes), and names listed alongside a typed one ("Moscow’s share
 * ...; Tyumen’s, 18.6%"). Each cue adds weight; the document-level merge adds up
 * the weights of every mention.
 */

type Weights = Readonly<Record<string, number>>;

/**
 * Adds context evidence to the proposals that have no evidence of their own, and
 * to those a weak head typed ("the group Defense Systems").
 */
export function addCues(context: Context, proposals: Proposal[]): void {
  holders(context, proposals);
  for (const p of proposals) {
    if (p.kind === 'unknown' || p.kind === 'acronym' || p.kind === 'defined') around(context, p);
    if (p.kind !== 'person' && p.kind !== 'gazetteer') apposition(context, p);
    else if (p.kind === 'gazetteer') inside(context, p);
  }
  alongside(context, proposals);
}

/**
 * "located at the Pentagon", "talks in the Kremlin": a building named as where
 * something is, is a place; otherwise it stands for who works in it ("the
 * Pentagon said"), an organisation.
 */
function inside(context: Context, p: Proposal): void {
  const { tokens, layout, lex } = context;
  if (!lex.gazetteer.get(p.key)?.facility) return;
  let k = p.first - 1;
  if (k >= 0 && !layout.broken[p.first] && keyAt(tokens, k) === 'the') k--;
  if (k >= 0 && !layout.broken[k + 1] && tokens.shape[k] === LOWER && lex.cues.facilityIn.includes(keyAt(tokens, k))) cue(context, p, 'entity:building-in', keyAt(tokens, k));
}

/**
 * "the company Gazprom", "a financial group (“Defense Systems”)": a noun saying
 * what kind of thing the name is, right before it, with only a bracket or quotes
 * between. Not a person's noun: "official" and "general" are adjectives too.
 */
function apposition(context: Context, p: Proposal): void {
  const { tokens, layout, lex } = context;
  const k = p.first - 1;
  if (k < 0 || layout.unit[k] !== layout.unit[p.first] || tokens.shape[k] !== LOWER || tokens.possessive[k]) return;
  if (/[^(["“‘'*_]/.test(layout.punct[p.first])) return;
  const type = lex.typeNouns.get(keyAt(tokens, k));
  if (type && type !== 'person') cue(context, p, 'entity:type-noun-before', keyAt(tokens, k), type);
}

function around(context: Context, p: Proposal): void {
  const { tokens, layout, lex } = context;
  const cues = lex.cues;
  // The lower-case words right before and after the name, if nothing separates them.
  const before = p.first > 0 && !layout.broken[p.first] && tokens.shape[p.first - 1] === LOWER ? keyAt(tokens, p.first - 1) : undefined;
  const after = p.last + 1 < tokens.count && !layout.broken[p.last + 1] && tokens.shape[p.last + 1] === LOWER ? keyAt(tokens, p.last + 1) : undefined;
  const oneWord = p.first === p.last;
  const the = before === 'the';
  if (before) {
    const place = (cues.placeBefore as Weights)[before];
    if (place) cue(context, p, 'entity:place-before', before, 'place', place);
    if (lex.titleCues.has(before)) cue(context, p, 'entity:title-word-before', before);
    if (the && p.first > 1 && !layout.broken[p.first - 1] && tokens.shape[p.first - 2] === LOWER) {
      const preposition = (cues.placeBefore as Weights)[keyAt(tokens, p.first - 2)];
      if (preposition) cue(context, p, 'entity:place-before-the', `${keyAt(tokens, p.first - 2)} the`, 'place', preposition);
    }
    // "the economies of Xinjiang", "the capital of Tuva".
    if (before === 'of' && p.first > 1 && !layout.broken[p.first - 1] && cues.placeOf.includes(keyAt(tokens, p.first - 2))) cue(context, p, 'entity:place-of', `${keyAt(tokens, p.first - 2)} of`);
    // "operated by Fingrid": the agent of running or owning something is an organisation.
    if (before === 'by' && cues.orgBy.includes(lowerAt(context, p.first - 2))) cue(context, p, 'entity:agent-by', `${keyAt(tokens, p.first - 2)} by`);
    // "a Russian port such as Ust-Luga", "firms such as Elering": the noun before "such as" says what it is.
    if (before === 'as' && lowerAt(context, p.first - 2) === 'such') {
      const noun = lowerAt(context, p.first - 3);
      const type = typeNoun(context, noun);
      if (type && type !== 'person') cue(context, p, 'entity:such-as', `${noun} such as`, type);
    }
  }
  if (after) {
    // "the Yeltsin era", "the late Yeltsin period": a person's time.
    const theBefore = the || (p.first > 1 && keyAt(tokens, p.first - 2) === 'the' && !layout.broken[p.first - 1]);
    if (oneWord && theBefore && cues.personEra.includes(after) && p.kind !== 'acronym') cue(context, p, 'entity:person-era', after);
    const said = (cues.personAfter as Weights)[after];
    if (said && p.kind !== 'acronym') cue(context, p, 'entity:person-after', after, 'person', said);
    if (cues.orgAfter.includes(after)) cue(context, p, p.kind === 'acronym' ? 'entity:org-after-acronym' : 'entity:org-after', after);
    if (tokens.possessive[p.last] && cues.placePossessed.includes(after)) cue(context, p, 'entity:place-possessed', after);
  }
  const described = describedAs(context, p);
  if (described) cue(context, p, 'entity:described-as', described.noun, described.type);
  if (before && (cues.programmeBefore as Weights)[before]) cue(context, p, 'entity:programme-before', before, 'treaty_or_program', (cues.programmeBefore as Weights)[before]);
  // "the NSSL program", "National Security Space Launch (NSSL) program": a lower-case head after an acronym.
  if (p.kind === 'acronym' || p.kind === 'defined') {
    let k = p.last + 1;
    // Past the acronym in parentheses after a spelled-out name.
    if (p.kind === 'defined' && k + 1 < tokens.count && tokens.shape[k] === ACRONYM && /^[([]$/.test(layout.punct[k].replace(EMPHASIS, ''))) k++;
    const closing = k < tokens.count ? layout.punct[k].replace(EMPHASIS, '') : '';
    if (k < tokens.count && tokens.shape[k] === LOWER && (closing === '' || closing === ')' || closing === ']')) {
      const head = lex.lowerHeads.get(keyAt(tokens, k));
      if (head) cue(context, p, 'entity:head-after-acronym', keyAt(tokens, k), head);
    }
  }
  engineered(context, p);
  // "Lukashenko, who": a person (not "the Communists, who").
  if (p.last + 1 < tokens.count && keyAt(tokens, p.last + 1) === 'who' && layout.punct[p.last + 1] === ',' && !the) cue(context, p, 'entity:person-who', 'who');
  naming(context, p);
}

/**
 * "the Galileo navigation system", "an Aegis missile defense system": the head of
 * an engineered system after a word of technology, with at most one more word
 * between ("Galileo low-orbit navigation system"), makes the name a programme. A
 * head right after the name is read by the runs ("the Air Defense system"), and an
 * owner's name is no system's ("Raytheon’s missile systems").
 */
function engineered(context: Context, p: Proposal): void {
  const { tokens, layout, lex } = context;
  if (tokens.possessive[p.last]) return;
  for (let k = p.last + 1; k < tokens.count && k <= p.last + 3; k++) {
    const key = keyAt(tokens, k);
    if (layout.broken[k] || tokens.shape[k] !== LOWER || lex.functionWords.has(key)) return;
    if (lex.engineeredHeads.has(key)) {
      if (k > p.last + 1 && lex.technologies.has(keyAt(tokens, k - 1))) cue(context, p, 'entity:engineered-system', `${keyAt(tokens, k - 1)} ${key}`);
      return;
    }
  }
}

/** "an initiative known as Golden Dome", "a missile shield called Golden Dome for America". */
function naming(context: Context, p: Proposal): void {
  const { tokens, layout, lex } = context;
  const cues = lex.cues;
  let k = p.first - 1;
  if (k < 0 || layout.unit[k] !== layout.unit[p.first]) return;
  const word = keyAt(tokens, k);
  let phrase = -1;
  if (cues.naming.includes(word)) phrase = k;
  else if (word === 'as' && k > 0 && keyAt(tokens, k - 1) === 'known') phrase = k - 1;
  // Only quotes may stand between the naming verb and the name.
  if (phrase < 0 || /[^"“‘']/.test(layout.punct[p.first])) return;
  for (let j = phrase - 1; j >= 0 && j >= phrase - 8 && layout.unit[j] === layout.unit[p.first]; j--) {
    const type = lex.typeNouns.get(keyAt(tokens, j));
    if (type) {
      cue(context, p, 'entity:named-as', `${keyAt(tokens, j)} ${word === 'as' ? 'known as' : word}`, type);
      return;
    }
  }
}

/**
 * Names listed together tend to be of one kind: an unknown name right after a
 * typed one ("Latvia and Lithuania", "Shenzhen and Hainan"), or in the same
 * possessive frame after a semicolon ("Moscow’s share ... 33%; Tyumen’s, 18.6%").
 */
function alongside(context: Context, proposals: readonly Proposal[]): void {
  const { tokens, layout } = context;
  for (let i = 1; i < proposals.length; i++) {
    const p = proposals[i];
    if (p.kind !== 'unknown' || strength(p) >= 1) continue;
    const unit = layout.unit[p.first];
    for (let j = i - 1; j >= 0; j--) {
      const q = proposals[j];
      if (layout.unit[q.first] !== unit) break;
      const type = strongType(q);
      if (!type) continue;
      // Listed: only commas, semicolons, "and", "or" between, and at least one of them.
      let listed = true;
      let separated = false;
      for (let k = q.last + 1; k <= p.first && listed; k++) {
        if (/[^,;]/.test(layout.punct[k])) listed = false;
        if (layout.punct[k] !== '') separated = true;
        if (k < p.first) {
          if (keyAt(tokens, k) !== 'and' && keyAt(tokens, k) !== 'or') listed = false;
          separated = true;
        }
      }
      listed &&= separated;
      if (listed) cue(context, p, 'entity:listed-alongside', q.key, type);
      else if (tokens.possessive[p.last] && tokens.possessive[q.last] && /;/.test(layout.punct[p.first])) cue(context, p, 'entity:possessive-frame', q.key, type);
      break;
    }
  }
}

/**
 * "Estonia's Minister of Economic Affairs, Kadri Tamm, said": a name of two or
 * three words right after an office and a comma is the person who holds it, a
 * given name and a surname ("Tamm" later is the same person), not the next item
 * of a list.
 */
function holders(context: Context, proposals: Proposal[]): void {
  const { tokens, layout, lex } = context;
  for (let i = 1; i < proposals.length; i++) {
    const p = proposals[i];
    const q = proposals[i - 1];
    const words = p.last - p.first + 1;
    if (p.kind !== 'unknown' || words < 2 || words > 3 || q.last !== p.first - 1 || layout.punct[p.first] !== ',') continue;
    if (q.kind !== 'headed' || !lex.titles.has(keyAt(tokens, q.first)) || layout.unit[q.first] !== layout.unit[p.first]) continue;
    let shaped = true;
    for (let k = p.first; k <= p.last; k++) shaped &&= tokens.shape[k] === CAP && !lex.commonWords.has(keyAt(tokens, k));
    if (!shaped) continue;
    const given: string[] = [];
    for (let k = p.first; k < p.last; k++) given.push(keyAt(tokens, k));
    const evidence = copyEvidence(p.evidence);
    credit(evidence, rule(lex, 'entity:office-holder'), 'person', textAt(tokens, q.first));
    proposals[i] = { ...p, kind: 'person', evidence, given, surname: keyAt(tokens, p.last) };
  }
}

/** Words an apposition may hold before its type noun: "an enhanced vigilance activity", "the Finnish grid operator". */
const APPOSITION_WORDS = 4;

/**
 * The type an apposition right after the name gives it: "Fingrid, the Finnish
 * grid operator", "Baltic Sentry, an enhanced vigilance activity": a comma, an
 * article, a few words and a type noun. Not a person's noun ("Tamm, a minister"
 * is read by the person rules).
 */
function describedAs(context: Context, p: Proposal): { type: EntityType; noun: string } | undefined {
  const { tokens, layout, lex } = context;
  const a = p.last + 1;
  if (a >= tokens.count || layout.punct[a] !== ',' || layout.unit[a] !== layout.unit[p.last]) return undefined;
  const article = tokens.shape[a] === LOWER ? keyAt(tokens, a) : '';
  if (article !== 'a' && article !== 'an' && article !== 'the') return undefined;
  for (let k = a + 1; k <= a + APPOSITION_WORDS && k < tokens.count && layout.punct[k] === ''; k++) {
    if (tokens.shape[k] !== LOWER) {
      if (lex.national.has(keyAt(tokens, k)) || lex.regional.has(keyAt(tokens, k))) continue;
      return undefined;
    }
    const type = typeNoun(context, keyAt(tokens, k));
    if (type) return type === 'person' ? undefined : { type, noun: keyAt(tokens, k) };
  }
  return undefined;
}

/** The key of word `k` when it is a lower-case word of the same unit, unbroken up to the next; else ''. */
function lowerAt(context: Context, k: number): string {
  const { tokens, layout } = context;
  return k >= 0 && !layout.broken[k + 1] && tokens.shape[k] === LOWER ? keyAt(tokens, k) : '';
}

/** The type a type noun gives, singular or plural ("port", "ports", "companies"). */
function typeNoun(context: Context, word: string): EntityType | undefined {
  const nouns = context.lex.typeNouns;
  if (!word) return undefined;
  return nouns.get(word) ?? (word.endsWith('ies') ? nouns.get(`${word.slice(0, -3)}y`) : undefined) ?? (word.endsWith('s') ? nouns.get(word.slice(0, -1)) : undefined);
}

/** Sum of the evidence for a type other than "other". */
function strength(p: Proposal): number {
  const e = p.evidence;
  return e.person + e.place + e.organization + e.treaty_or_program;
}

/** The type a proposal has by its form (a gazetteer, a head, a person's name) or by a clear cue, if any. */
function strongType(p: Proposal): EntityType | undefined {
  let best: EntityType | undefined;
  for (const type of ['person', 'place', 'organization', 'treaty_or_program'] as const) {
    if (p.evidence[type] > 0 && (!best || p.evidence[type] > p.evidence[best])) best = type;
  }
  const byForm = p.kind === 'gazetteer' || p.kind === 'headed' || p.kind === 'person';
  return best && (byForm || p.evidence[best] >= 1.5) ? best : undefined;
}

/** Adds the evidence of the rule `id` to `p`: for `type` when the rule's type is "matched", `weight` when a list gives it. */
function cue(context: Context, p: Proposal, id: string, words: string, type: EntityType = 'other', weight?: number): void {
  const found = rule(context.lex, id);
  credit(p.evidence, found, type, words, weight === undefined ? undefined : weight * found.weight);
}
