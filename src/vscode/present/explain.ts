import { RULE_TEXTS, cueRule, describeReason, signedWeight as signed, type RuleTexts } from '../../core/lexicon/rules';
import type { Analysis, Claim, Cue, Reason, Span } from '../../core/model/model';
import { categoryLabel, spanText } from './format';
import { aRole } from './why';

/** One row of the "why this category" list: a cue of the claim, or a rule in its `why` that no cue shows. */
export interface CueItem {
  /** What it is in a reader's words: "'troops' (+2)", "a sum of money (+2)", "'should' — a thesis". */
  readonly label: string;
  /** What it argued for: a category ("military"), or "role". */
  readonly description: string;
  /** The words in the text, when they differ from the label. */
  readonly detail?: string;
  /** Where it is, in model offsets (the whole claim for a rule with no words of its own). */
  readonly span: Span;
}

/** What `policyLens.explainClaim` shows for a claim. */
export interface Explanation {
  /** "Economic · evidence (also military): 4 cues", with ", 1 rule" when rules add to the cues. */
  readonly title: string;
  /** The cues in text order, then the other rules of its `why`. */
  readonly items: readonly CueItem[];
}

/** A cue as a row: a lexicon word in quotes, a rule (a figure, named places) by its phrase. */
function cueItem(text: string, claim: Claim, cue: Cue, texts: RuleTexts): CueItem {
  const rule = cueRule(cue.term);
  const said = rule ? describeReason({ rule, weight: cue.weight }, texts) : `'${cue.term}'`;
  const label = cue.category ? `${said} (${signed(cue.weight)})` : `${said} — ${aRole(claim.role)}`;
  const item = { label, description: cue.category ?? 'role', span: { start: cue.start, end: cue.end } };
  const words = spanText(text, cue);
  return words && words.toLowerCase() !== cue.term ? { ...item, detail: `“${words}”` } : item;
}

/** A rule of the claim's `why` as a row. */
function reasonItem(claim: Claim, reason: Reason, texts: RuleTexts): CueItem {
  const said = describeReason(reason, texts);
  const label = reason.about === 'role' ? `${said} — ${aRole(claim.role)}` : `${said} (${signed(reason.weight)})`;
  const item = { label, description: reason.about ?? 'rule', span: { start: claim.start, end: claim.end } };
  return reason.words ? { ...item, detail: `“${reason.words}”` } : item;
}

/** The cues and rules that decided claim `index`, as rows to pick from. */
export function explainClaim(analysis: Analysis, index: number, texts: RuleTexts = RULE_TEXTS): Explanation {
  const claim = analysis.claims[index];
  const items = claim.cues.map((cue) => cueItem(analysis.text, claim, cue, texts));
  // A rule already shown by a cue (the same rule, or the same words) is not listed twice.
  const shown = new Set<string>();
  for (const cue of claim.cues) shown.add(cueRule(cue.term) ?? cue.term);
  const rules = claim.why
    .filter((r) => !shown.has(r.rule) && !(r.words && shown.has(r.words.toLowerCase())))
    .map((r) => reasonItem(claim, r, texts));
  const secondary = claim.secondary ? ` (also ${claim.secondary})` : '';
  const cues = claim.cues.length === 1 ? '1 cue' : `${claim.cues.length} cues`;
  const more = rules.length === 0 ? '' : rules.length === 1 ? ', 1 rule' : `, ${rules.length} rules`;
  return { title: `${categoryLabel(claim.primary)} · ${claim.role}${secondary}: ${cues}${more}`, items: [...items, ...rules] };
}
