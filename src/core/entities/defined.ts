import type { EntityType } from '../model/model';
import { runStart, type Definition } from './acronyms';
import { compoundType, headType, isConnector, rankAt, type Context, type Proposal } from './context';
import { evidenceOf, noEvidence } from './evidence';
import { spanKey } from './keys';
import { rule } from './lexicon';
import { FIND_ALL } from './layout';
import type { Fixed } from './mentions';
import { gazetteerAt } from './pieces';
import { CAP, CODE, keyAt } from '../parse/tokens';

/**
 * A name spelled out before its acronym ("Golden Dome for America (GDA)",
 * "Chief of Space Operations (CSO)"), typed by its words: a title opening it or
 * ending it makes it an office, an organisation ("U.S. Trade Representative"); a
 * head word gives its type (the first head when a complement follows it, else the
 * last head of the words no "and" or comma coordinates: "Nuclear Command, Control,
 * and Communications" is headed by none), and otherwise context decides.
 */
export function defineName(context: Context, first: number, last: number): Proposal {
  const { tokens, lex, layout } = context;
  let type: EntityType | undefined;
  const opening = keyAt(tokens, first);
  if (lex.connectedFirst.has(opening) && first < last && isConnector(context, first + 1)) type = lex.heads.get(opening);
  // Otherwise the last head before any complement ("Golden Dome for America" has none).
  let end = last;
  for (let k = first + 1; k <= last; k++) {
    if (isConnector(context, k) && lex.complement.has(keyAt(tokens, k))) {
      end = k - 1;
      break;
    }
  }
  if (lex.titles.has(opening) || (tokens.shape[end] === CAP && lex.titles.has(keyAt(tokens, end)))) type = 'organization';
  for (let k = end; k >= first && !type; k--) {
    if (tokens.shape[k] === CAP) type = compoundType(context, k) ?? lex.heads.get(keyAt(tokens, k));
    if (keyAt(tokens, k) === 'and' || layout.punct[k] === ',') break;
  }
  // entity:spelled-out-kind — with no head, a last word that says what kind of thing it is ("Unit", "Operator", "Policy").
  const kind = type || tokens.shape[last] !== CAP ? undefined : lex.typeNouns.get(keyAt(tokens, last));
  if (kind && kind !== 'person') type = kind;
  // An organisation named with what it runs ("Adani Ports and Special Economic Zone"): its own head, before "and", says what it is.
  let owner = false;
  for (let k = first + 1; k < end && type === 'place'; k++) {
    if (keyAt(tokens, k) === 'and' && tokens.shape[k - 1] === CAP && lex.heads.get(keyAt(tokens, k - 1)) === 'organization') [type, owner] = ['organization', true];
  }
  const within = type === 'organization' && tokens.shape[first] === CAP && spanKey(tokens, first, last).includes(' in ');
  const id = owner ? 'entity:organisation-and-place' : within ? 'entity:spelled-out-in' : kind === type && kind ? 'entity:spelled-out-kind' : 'entity:spelled-out-head';
  const evidence = type ? evidenceOf(rule(lex, id), type) : evidenceOf(rule(lex, 'entity:spelled-out'), 'other');
  return { first, last, key: spanKey(tokens, first, last), kind: type ? 'headed' : 'defined', evidence };
}

/** Names spelled out before their acronyms, read before the rules read the runs they sit in. */
export interface SpelledOut {
  /** The proposals of the spelled-out names. */
  readonly proposals: Proposal[];
  /** First word of each spelled-out name → its last word. */
  readonly defined: Map<number, number>;
  /** 1 for every word inside a spelled-out name. */
  readonly covered: Uint8Array;
  /** The spelled-out names as mentions (they may cross a comma: "One Belt, One Road"). */
  readonly fixed: Fixed[];
  /** Keys of acronyms of things ("ASAT"): no entity. */
  readonly blocked: Set<string>;
}

/**
 * Proposes the names that acronyms spell out, and blocks the acronyms of things.
 * A name that goes on past its acronym to a head ("Satellite Communications
 * (SATCOM) Projects") is proposed whole, across the parenthesis.
 */
export function spellOut(context: Context, definitions: readonly Definition[]): SpelledOut {
  const { tokens, layout } = context;
  const out: SpelledOut = { proposals: [], defined: new Map(), covered: new Uint8Array(tokens.count), fixed: [], blocked: new Set() };
  // The last word of the names fixed so far: a name read across a parenthesis never starts inside one ("A (X) Treaty (Y) Union").
  let reached = -1;
  for (const d of definitions) {
    if (d.concept) out.blocked.add(keyAt(tokens, d.acronym));
    if (d.concept || d.head || layout.unit[d.acronym] < 0 || (d.from < 0 && tokens.shape[d.before] !== CAP)) continue;
    // An ordinal right before the spelled-out words numbers the name ("the 15th Five-Year Plan (FYP)").
    const from = headBefore(context, d.from > 0 && rankAt(tokens, d.from - 1, context.lex) === 'ordinal' && !layout.broken[d.from] ? d.from - 1 : d.from);
    const first = from >= 0 ? from : runStart(context, d.before);
    // A gazetteer name needs no spelling out: it is read as such ("People's Republic of China (PRC)").
    if (gazetteerAt(context, first, d.before)?.last === d.before) continue;
    let spelled: Proposal | undefined;
    if (from >= 0) {
      spelled = defineName(context, from, d.before);
      out.proposals.push(spelled);
      out.defined.set(from, d.before);
      out.covered.fill(1, from, d.before + 1);
    }
    const head = headAfter(context, d.acronym);
    if (head >= 0 && first > reached) {
      const whole = defineName(context, first, head);
      out.proposals.push(whole);
      out.covered.fill(1, d.acronym + 1, head + 1);
      out.fixed.push({ first, last: head, key: whole.key });
      reached = head;
    } else if (spelled && from > reached) {
      out.fixed.push({ first: from, last: d.before, key: spelled.key });
      reached = d.before;
    }
  }
  return out;
}

/**
 * entity:spelled-out-head — an acronym may leave out the head of a body and its "of", "on" or "for"
 * ("Bureau of Global Health Security (GHS)", "Senate Committee on Ports and Harbours (PH)"): the name
 * spelled out from `from` keeps them, with the capitalised words right before the head (no possessive).
 */
function headBefore(context: Context, from: number): number {
  const { tokens, layout } = context;
  if (from < 2 || !OMITTED.has(keyAt(tokens, from - 1)) || !isConnector(context, from - 1) || layout.broken[from] || layout.broken[from - 1]) return from;
  if (tokens.shape[from - 2] !== CAP || tokens.possessive[from - 2] || headType(context, from - 2) !== 'organization') return from;
  let first = from - 2;
  while (first > 0 && !layout.broken[first] && tokens.shape[first - 1] === CAP && !tokens.possessive[first - 1] && !context.lex.functionWords.has(keyAt(tokens, first - 1))) first--;
  return first;
}

/** The small words between a body's head and the words an acronym abbreviates. */
const OMITTED = new Set(['of', 'on', 'for']);

/**
 * The last word of capitalised words right after the parenthesis closing the
 * acronym at `acronym` when they end with a head ("(SATCOM) Projects"), or -1.
 * A word in lower case there ends the name with its acronym: after "and" comes
 * another name ("Harbour Research Laboratory (HRL) and Kestrel National Laboratories").
 */
function headAfter(context: Context, acronym: number): number {
  const { tokens, layout } = context;
  let k = acronym + 1;
  if (k >= tokens.count || !/^[)\]]$/.test(layout.punct[k]) || layout.unit[k] !== layout.unit[acronym] || tokens.shape[k] !== CAP) return -1;
  while (k + 1 < tokens.count && tokens.shape[k + 1] === CAP && !layout.broken[k + 1]) k++;
  return tokens.shape[k] === CAP && headType(context, k) ? k : -1;
}

/**
 * Links each acronym to the name it abbreviates: the spelled-out name, or the
 * name proposed just before the parenthesis; when the rules proposed none there
 * ("Nordic Defence Cooperation (NORDEFCO)"), the capitalised words before it, since
 * an acronym defined for them says they are one name (added to `proposals`).
 * Unblocks an acronym that some name introduces. Returns acronym key → name key.
 */
export function linkAcronyms(
  context: Context,
  definitions: readonly Definition[],
  proposals: Proposal[],
  blocked: Set<string>,
): Map<string, string> {
  const { tokens, layout } = context;
  const antecedents = new Map<string, string>();
  // The longest proposal ending at each word (proposals are sorted by first word).
  const byLast = new Map<number, Proposal>();
  for (const p of proposals) if (p.kind !== 'acronym' && p.kind !== 'numbered' && !byLast.has(p.last)) byLast.set(p.last, p);
  for (const d of definitions) {
    // An acronym of a head ("SFB") abbreviates no one name.
    if (d.concept || d.head || layout.find[d.acronym] !== FIND_ALL) continue;
    let name = byLast.get(d.before);
    if (!name && d.from < 0 && tokens.shape[d.before] === CAP) {
      name = defineName(context, runStart(context, d.before), d.before);
      proposals.push(name);
    }
    if (!name) continue;
    antecedents.set(keyAt(tokens, d.acronym), name.key);
    // An acronym with a digit ("NC3") is read as no name by itself: its definition makes it one.
    if (tokens.shape[d.acronym] === CODE) {
      const key = keyAt(tokens, d.acronym);
      proposals.push({ first: d.acronym, last: d.acronym, key, kind: 'acronym', evidence: noEvidence(), referent: undefined, given: undefined, surname: undefined });
    }
  }
  for (const key of antecedents.keys()) blocked.delete(key);
  return antecedents;
}

/**
 * Names written as one by a slash between their acronyms ("OBOR/BRI" for "One
 * Belt, One Road (OBOR)" and "Belt and Road Initiative (BRI)"): pairs of name
 * keys to merge. Only names with the same distinctive words (no connector, head,
 * number word or place): "DOD/DOE" joins two departments, not one.
 */
export function slashAliases(context: Context, antecedents: ReadonlyMap<string, string>): [string, string][] {
  const { tokens, layout } = context;
  const pairs: [string, string][] = [];
  if (antecedents.size < 2) return pairs;
  for (let i = 1; i < tokens.count; i++) {
    if (layout.punct[i] !== '/' || layout.unit[i] !== layout.unit[i - 1]) continue;
    const a = antecedents.get(keyAt(tokens, i - 1));
    const b = antecedents.get(keyAt(tokens, i));
    if (a === undefined || b === undefined || a === b) continue;
    const wordsA = distinctive(context, a);
    const wordsB = distinctive(context, b);
    const [small, large] = wordsA.size <= wordsB.size ? [wordsA, wordsB] : [wordsB, wordsA];
    if (small.size > 0 && small.size === large.size && [...small].every((w) => large.has(w))) pairs.push([a, b]);
  }
  return pairs;
}

/** The words of a name key that tell it from others: no connector, head, number word or place. */
function distinctive(context: Context, key: string): Set<string> {
  const { lex } = context;
  const words = new Set<string>();
  for (const w of key.split(' ')) {
    if (!lex.connectors.has(w) && !lex.heads.has(w) && !lex.numberWords.has(w) && !lex.gazetteer.has(w) && !lex.national.has(w)) words.add(w);
  }
  return words;
}
