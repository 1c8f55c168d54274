import type { EntityType } from '../model/model';
import { isConnector, isNameShape, type Context, type Proposal } from './context';
import { copyEvidence, credit, owned } from './evidence';
import type { RuleRow } from './compile';
import { rule } from './lexicon';
import { personEvidence } from './person-evidence';
import { matchAround, type Match } from '../parse/match';
import { CAP, keyAt, textAt } from '../parse/tokens';

/**
 * Context that types a name nobody listed: "in Astrakhan" (a place), "the Yeltsin
 * era" (a person), "Lukashenko, who" (a person), "the only CIS country" (an
 * organisation), "an initiative known as Golden Dome", "the Galileo navigation
 * system" (programmes), and names listed alongside a typed one ("Moscow’s share
 * ...; Tyumen’s, 18.6%"). Each cue adds weight; the document-level merge adds up
 * the weights of every mention.
 */

/**
 * Adds context evidence to the proposals that have no evidence of their own, and
 * to those a weak head typed ("the group Defense Systems"): the pattern rows of
 * entity-rules.json (the kinds of name each applies to are in its pattern; a
 * listed building is of kind "building"), then the cues that relate one name to
 * another (an office before its holder, names listed together).
 */
export function addCues(context: Context, proposals: Proposal[]): void {
  const { tokens, layout, lex } = context;
  holders(context, proposals);
  for (const p of proposals) {
    context.work.steps++;
    // A listed building is its own kind of name for the patterns: "located at the Pentagon" puts something in it.
    const kind = p.kind === 'gazetteer' && lex.gazetteer.get(p.key)?.facility ? 'building' : p.kind;
    for (const m of matchAround(lex.patterns, tokens, layout, p.first, p.last, kind)) patternCue(context, p, m);
  }
  alongside(context, proposals);
}

/** Credits the rule of a pattern match: its type (or the type its word gives), its weight (times the weight its word gives). */
function patternCue(context: Context, p: Proposal, m: Match<RuleRow>): void {
  const found = rule(context.lex, m.rule.id);
  // A rule whose row asks for a person's own evidence ("needs": "person"; entity:led-by) reads no name without it.
  if (m.rule.needs === 'person' && !personEvidence(context, p.first, p.last)) return;
  let type: EntityType = 'other';
  if (found.type === 'matched') {
    if (typeof m.value !== 'string' || (m.rule.types && !m.rule.types.includes(m.value))) return;
    type = m.value as EntityType;
  }
  credit(owned(p), found, type, m.words, typeof m.value === 'number' ? m.value * found.weight : found.weight);
}

/**
 * Names listed together tend to be of one kind: an unknown name right after a
 * typed one ("Latvia and Lithuania", "Shenzhen and Hainan") and every unknown name
 * after it in the same list ("Oslo, Tromsø, Hammerfest and Vardø"), or in the same
 * possessive frame after a semicolon ("Moscow’s share ... 33%; Tyumen’s, 18.6%");
 * and an unknown name listed right before names a plural lower-case head completes
 * ("the Paracel and Spratly islands": entity:shared-head).
 */
function alongside(context: Context, proposals: readonly Proposal[]): void {
  const { tokens, layout } = context;
  // The last proposal with a strong type in the run of proposals of the current unit, and the last
  // name of the list it opens: one step per proposal.
  let strong = -1;
  let listed = -1;
  for (let i = 0; i < proposals.length; i++) {
    const p = proposals[i];
    context.work.steps++;
    if (i > 0 && layout.unit[p.first] !== layout.unit[proposals[i - 1].first]) strong = listed = -1;
    let joined = false;
    if (strong >= 0 && p.kind === 'unknown' && strength(p) < 1) {
      const q = proposals[strong];
      const type = strongType(q)!;
      if (listedAfter(context, proposals[listed], p) && (joinedBy(context, proposals[listed], p) || listGoesOn(context, p))) {
        cue(context, p, 'entity:listed-alongside', q.key, type);
        joined = true;
      } else if (tokens.possessive[p.last] && tokens.possessive[q.last] && /;/.test(layout.punct[p.first])) cue(context, p, 'entity:possessive-frame', q.key, type);
    }
    if (strongType(p)) strong = listed = i;
    else if (joined) listed = i;
    else listed = strong;
    if (i + 1 < proposals.length) sharedHead(context, p, proposals[i + 1]);
  }
}

/** entity:shared-head — `p`, an unknown name, listed right before `q`, a name a plural lower-case head completes, takes the head's type. */
function sharedHead(context: Context, p: Proposal, q: Proposal): void {
  if (p.kind !== 'unknown' || strength(p) >= 1 || !listedAfter(context, p, q)) return;
  const head = q.evidence.reasons.find((r) => r.rule === 'entity:lower-head' && r.about !== 'other' && r.words?.endsWith('s'));
  if (head?.words) cue(context, p, 'entity:shared-head', head.words, head.about);
}

/** True when only commas, semicolons, "and", "or" stand between `q` and `p`, and at least one of them. */
function listedAfter(context: Context, q: Proposal, p: Proposal): boolean {
  const { tokens, layout } = context;
  let separated = false;
  for (let k = q.last + 1; k <= p.first; k++) {
    context.work.steps++;
    if (/[^,;]/.test(layout.punct[k])) return false;
    if (layout.punct[k] !== '') separated = true;
    if (k < p.first) {
      if (keyAt(tokens, k) !== 'and' && keyAt(tokens, k) !== 'or') return false;
      separated = true;
    }
  }
  return separated;
}

/** True when "and" or "or" stands between `q` and `p` ("Latvia and Lithuania", "Cork, Limerick and Galway"). */
function joinedBy(context: Context, q: Proposal, p: Proposal): boolean {
  for (let k = q.last + 1; k < p.first; k++) if (/^(?:and|or)$/.test(keyAt(context.tokens, k))) return true;
  return false;
}

/**
 * entity:listed-alongside — a comma alone makes a list where the list goes on after `p` (a comma and another
 * name, or "and"/"or": "Oslo, Tromsø and Vardø") or where `p` ends its clause ("at its plant in Telford,
 * Shropshire."). "In Canada, Philippine personnel train" puts a setting before the subject, and "the minister
 * of Ukraine, Olena Tkach, said" names a holder: no list.
 */
function listGoesOn(context: Context, p: Proposal): boolean {
  const { tokens, layout } = context;
  const next = p.last + 1;
  if (next >= tokens.count || layout.unit[next] !== layout.unit[p.first] || /[^,\s]/.test(layout.punct[next])) return true;
  return /^(?:and|or)$/.test(keyAt(tokens, next)) || (layout.punct[next] !== '' && isNameShape(tokens, next));
}

/** The most words an office's name is read back over from the comma before its holder ("Minister for Foreign Affairs of Ukraine"). */
const OFFICE_REACH = 12;

/**
 * The title opening an office's name that ends right before token `comma` (in one sentence): a title, then only
 * capitalised words, connectors and an acronym in brackets ("Secretary General of the Alliance (NATO)"); else -1.
 */
function officeBefore(context: Context, comma: number): number {
  const { tokens, layout, lex } = context;
  for (let k = comma - 1; k >= 0 && comma - k <= OFFICE_REACH && layout.unit[k] === layout.unit[comma]; k--) {
    if (lex.titles.has(keyAt(tokens, k)) && tokens.shape[k] === CAP) return k;
    if (!isNameShape(tokens, k) && !isConnector(context, k)) return -1;
    if (k < comma - 1 && /[^\s()]/.test(layout.punct[k + 1])) return -1;
  }
  return -1;
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
    if (p.kind !== 'unknown' || words < 2 || words > 3 || !/^\)?,$/.test(layout.punct[p.first])) continue;
    const titled = layout.punct[p.first] === ',' && q.last === p.first - 1 && q.kind === 'headed' && lex.titles.has(keyAt(tokens, q.first)) && layout.unit[q.first] === layout.unit[p.first];
    // entity:office-holder — also after an office whose complement names a country or a body ("… of Ukraine, Olena Tkach").
    const title = titled ? q.first : officeBefore(context, p.first);
    if (title < 0) continue;
    let shaped = true;
    for (let k = p.first; k <= p.last; k++) shaped &&= tokens.shape[k] === CAP && !lex.commonWords.has(keyAt(tokens, k));
    if (!shaped) continue;
    const given: string[] = [];
    for (let k = p.first; k < p.last; k++) given.push(keyAt(tokens, k));
    const evidence = copyEvidence(p.evidence);
    credit(evidence, rule(lex, 'entity:office-holder'), 'person', textAt(tokens, title));
    proposals[i] = { ...p, kind: 'person', evidence, given, surname: keyAt(tokens, p.last) };
  }
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
  credit(owned(p), found, type, words, weight === undefined ? undefined : weight * found.weight);
}
