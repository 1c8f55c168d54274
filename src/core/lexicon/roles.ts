import { alternatives, definitionPattern, hypotheticalPattern, termMeaningPattern, narrationPattern, notTime, narrowedBy, numberOpenings, openingWords, phrasePattern } from './role-patterns';
import { ROLE_FEATURE_DATA, type RoleFeatureData } from './role-features';
import { POSITION_BITS, ROLE_DATA, type RoleData, type RolePosition } from './role-data';
import type { CombinerOf, RoleLexicon, RoleRule } from './role-lexicon';
import UNITS from './data/figures-units.json';

/**
 * Role rules for claims are data (src/core/lexicon/data/roles.json): lists of cue
 * phrases, and rules tried in order, the first that holds giving a sentence its
 * role. Compiled here once: each (cue list, place) pair becomes one regex. The
 * data's types are in role-data.ts, the compiled types in role-lexicon.ts, the
 * regexes made from phrases in role-patterns.ts; all are handed on from here.
 */

export { DESCRIPTIVE_BIT, POSITION_BITS, ROLE_DATA, type CueList, type RoleData, type RolePosition, type RoleRegister, type RoleRuleRow, type RoleShape } from './role-data';
export type { CombinerOf, RoleLexicon, RoleRule } from './role-lexicon';

/**
 * Compiles role data, with the combiner `combine` makes (none by default); a
 * rule naming a cue list the data lacks is an error that names both.
 */
export function compileRoles(data: RoleData, combine: CombinerOf = () => null, featureData: RoleFeatureData = ROLE_FEATURE_DATA): RoleLexicon {
  const patterns = new Map<string, RegExp>();
  const anywhere = new Set<string>();
  const time = notTime(data.timeWords ?? []);
  const narrowed = new Map<string, (word: string) => RegExp>();
  const rules = data.rules.map((row): RoleRule => {
    let pattern: RegExp | null = null;
    let narrow: ((word: string) => RegExp) | null = null;
    if (row.cue !== undefined) {
      const list = data.cues[row.cue];
      if (!list) throw new Error(`Role rule "${row.id}" names the cue list "${row.cue}", which the role data does not have.`);
      const at = row.at ?? 'anywhere';
      if (at === 'anywhere') for (const phrase of list.anywhere ?? []) anywhere.add(phrase);
      const key = `${row.cue}\u0000${at}`;
      const made = (phrases: readonly string[]) => phrasePattern(phrases, at, new Set(list.notBeforeTime ?? []), time, list.notAfter, list.notInRelative, { notBefore: list.notBefore, ending: list.endingWithin });
      pattern = patterns.get(key) ?? made(list[at] ?? []);
      patterns.set(key, pattern);
      if (at === 'anywhere' && !narrowed.has(key)) narrowed.set(key, narrowedBy(list.anywhere ?? [], made));
      narrow = narrowed.get(key) ?? null;
    }
    let subject: RegExp | null = null;
    if (row.opens !== undefined) {
      const list = data.cues[row.opens];
      if (!list?.start?.length) throw new Error(`Role rule "${row.id}" opens with the cue list "${row.opens}", which the role data does not have with start phrases.`);
      subject = phrasePattern(list.start, 'start');
    }
    const positions = maskOf(row.id, row.position), allPositions = maskOf(row.id, row.positionAll), notPositions = maskOf(row.id, row.notPosition);
    // A rule decides alone (no later rule's cue need be looked for) when its cue is all it asks for: no register either.
    const final = pattern !== null && !subject && !row.question && !row.figure && !row.shape && !row.notFigure && row.concrete === undefined && row.named === undefined && (positions | allPositions | notPositions) === 0 && !row.register;
    const words = pattern && (row.at ?? 'anywhere') === 'anywhere' ? openingWords(data.cues[row.cue!].anywhere ?? []) : null;
    const patternIndex = pattern ? [...patterns.values()].indexOf(pattern) : -1;
    const earlier = row.cue !== undefined ? data.cues[row.cue].notEarlier ?? [] : [];
    const notEarlier = earlier.length ? new RegExp(`(?<![a-z0-9])(?:${alternatives(earlier)})(?![a-z0-9])`) : null;
    const withs = row.cue !== undefined ? data.cues[row.cue].notWith ?? [] : [];
    const notWith = withs.length ? new RegExp(`(?<![a-z0-9])(?:${alternatives(withs)})(?![a-z0-9])`) : null;
    const cancelling = (name: string) => {
      const list = data.cues[name];
      if (!list?.anywhere?.length) throw new Error(`Role rule "${row.id}" is cancelled by the cue list "${name}", which the role data does not have with anywhere phrases.`);
      return phrasePattern(list.anywhere, 'anywhere', new Set(list.notBeforeTime ?? []), time, list.notAfter, list.notInRelative, { notBefore: list.notBefore });
    };
    const cancels = (row.notCues ?? []).map(cancelling), laterCancels = (row.notCuesLater ?? []).map(cancelling);
    const notQuoted = row.cue !== undefined && data.cues[row.cue].notQuoted === true;
    const capitals = row.cue !== undefined && data.cues[row.cue].capitals === true;
    const on = row.cue !== undefined ? data.cues[row.cue].notToldOn : undefined;
    const toldOn = on ? { links: new Set(on.links), verbs: new Set(on.verbs), words: on.words } : null;
    return { ...row, pattern, subject, notEarlier, notWith, cancels, laterCancels, notQuoted, capitals, toldOn, positions, allPositions, notPositions, final, patternIndex, startWords: pattern && row.at === 'start' ? openingWords(data.cues[row.cue!].start ?? []) : null, opening: pattern && words && narrow ? { words, sticky: narrow, member: new Uint8Array(0) } : null };
  });
  const openings = numberOpenings(rules);
  const a = data.announce;
  const announce = a ? compileAnnounce(a) : null;
  const r = data.register;
  for (const name of r?.argues ?? []) if (!data.cues[name]) throw new Error(`The role register names the cue list "${name}", which the role data does not have.`);
  const register = r ? { argues: new Set(rules.flatMap((row, i) => (row.cue !== undefined && r.argues.includes(row.cue) ? [i] : []))), minShare: r.minShare, minSentences: r.minSentences } : null;
  const hypothetical = data.hypothetical ? hypotheticalPattern(data.hypothetical) : null;
  const enumerated = data.ordinals?.length ? new RegExp(`^(?:${alternatives(data.ordinals)})\\s*,`, 'i') : null;
  const relative = data.relativePronouns?.length ? new RegExp(`^,\\s*(?:${alternatives(data.relativePronouns)})\\b`, 'i') : null;
  const turnList = data.turnCue === undefined ? undefined : data.cues[data.turnCue];
  if (data.turnCue !== undefined && !turnList) throw new Error(`The role data's turnCue names the cue list "${data.turnCue}", which it does not have.`);
  const turn = turnList?.start?.length ? phrasePattern(turnList.start, 'start') : null;
  const recommends = new Set(data.recommends ?? []);
  for (const field of ['records', 'notices', 'reasonLeads'] as const) for (const id of data[field] ?? []) if (!rules.some((r) => r.id === id)) throw new Error(`The role data's ${field} names the rule "${id}", which it does not have.`);
  const records = new Set(rules.flatMap((row, i) => (data.records?.includes(row.id) ? [i] : [])));
  const notices = new Set(rules.flatMap((row, i) => (data.notices?.includes(row.id) ? [i] : [])));
  const reasonLeads = new Set(rules.flatMap((row, i) => (data.reasonLeads?.includes(row.id) ? [i] : [])));
  const recordsNot = new Set(data.recordsNot ?? []);
  const c = data.commands;
  const commands = c ? { finite: new RegExp(`(?<![a-z0-9'])(?:${alternatives(c.finite)})(?![a-z0-9])`), pairs: new Set(c.pairs), subjects: new Set(c.subjects), breaks: new RegExp(`[,;:\u2013\u2014]|(?<![a-z0-9])(?:${alternatives(c.breaks)})(?![a-z0-9])`), opener: c.opener } : null;
  const scopes = new Set(data.scopes ?? []);
  const concludes = headingPattern(data.conclusionHeadings);
  const abouts = wholeHeadingPattern(data.aboutHeadings);
  const claimHeading = data.claimHeadings ? claimHeadingTest(data.claimHeadings) : null;
  for (const [field, ids] of [['recommends', recommends], ['scopes', scopes]] as const) for (const id of ids) if (!rules.some((r) => r.id === id)) throw new Error(`The role data's ${field} names the rule "${id}", which it does not have.`);
  const narrates = data.narration ? narrationPattern(data.narration) : null;
  const signals = featureData.features.map((row) => {
    if (row.position !== undefined && !(row.position in POSITION_BITS)) throw new Error(`Role feature "${row.id}" names the position "${row.position}": use ${Object.keys(POSITION_BITS).join(', ')}.`);
    return { ...row, positions: row.position === undefined ? 0 : POSITION_BITS[row.position as RolePosition] };
  });
  const features = [...rules.map((r) => r.id), ...rules.map(firstId), ...signals.map((f) => f.id)];
  return { rules, patternCount: patterns.size, anywhere: phrasePattern([...anywhere], 'anywhere'), openings, announce, register, records, recordsNot, notices, reasonLeads, commands, enumerated, relative, quoteWords: data.quoteWords ?? 0, hypothetical, turn, recommends, scopes, concludes, abouts, claimHeading, narrates, defines: data.definition ? definitionPattern(data.definition) : null, meansTerm: data.termMeaning ? termMeaningPattern(data.termMeaning) : null, features, signals, combiner: combine(features) };
}

/** The announce shape's patterns: a count and its plural, a share's number before it, and the units that measure a span. */
function compileAnnounce(a: NonNullable<RoleData['announce']>): NonNullable<RoleLexicon['announce']> {
  const counts = alternatives(a.counts);
  const share = a.shares?.between.length ? `(?:\\b((?:\\d+|${alternatives([...a.shares.parts, ...a.counts])})\\s+(?:${alternatives(a.shares.between)}))\\s+)?` : '()';
  const spans = new Set((a.spans?.units ?? []).flatMap((name) => {
    const list = (UNITS as unknown as Record<string, unknown>)[name];
    if (!Array.isArray(list)) throw new Error(`The role data's announce spans name the unit list "${name}", which figures-units.json does not have.`);
    return list as string[];
  }));
  return {
    items: new RegExp(`${share}\\b(?:${counts})\\s+((?:[\\p{L}-]+\\s+){0,2}?)([\\p{L}-]+s)\\b`, 'giu'),
    modal: new RegExp(`\\b(?:${alternatives(a.modals)})\\b`, 'i'),
    maxWords: a.maxWords, spans, shareAfter: new Set(a.shares?.after ?? []),
  };
}

/** A section heading that opens (after any number) with one of `words` ('5. Conclusions and recommendations'), or null without words. */
function headingPattern(words: readonly string[] | undefined): RegExp | null {
  return words?.length ? new RegExp(`^[\\d.\\s]*(?:${alternatives(words)})\\b`, 'i') : null;
}

/**
 * A section heading that is one of `words` as a whole (after any number), or two
 * of them joined by 'and' or '&' ('Data and method', 'Sources and methodology');
 * a word ending in '*' opens the heading ('About this*': 'About this advisory').
 * 'Methods of influence' and 'Revisions to the fiscal rule' are about their subject, not the document.
 */
function wholeHeadingPattern(words: readonly string[] | undefined): RegExp | null {
  if (!words?.length) return null;
  const whole = alternatives(words.filter((w) => !w.endsWith('*')));
  const opens = words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  const one = `(?:${whole})`;
  return new RegExp(`^[\\d.\\s]*(?:${one}(?:\\s*(?:,|and|&)\\s*${one})*\\s*[.:]?\\s*$${opens.length ? `|(?:${alternatives(opens)})\\b` : ''})`, 'i');
}

/**
 * Whether a section heading is a claim of its own: after any number, not a question, not opening with
 * one of `notOpeners` ('What', 'Why', 'How': it names a topic; 'Please': it asks), of at least `minWords` words, with a
 * finite verb of the closed class `verbs` ('is', 'may', 'has': 'The krona may depreciate further.',
 * 'The window is closing'), or closed by a full stop after at least `sentenceWords` words (a risk's
 * caption: 'The Republic depends on imported energy.'). 'Sec. 7. Reporting requirements.' is no claim; a heading
 * with a label or a title before a colon is read after it ('Clearing the Orbit: Why Europe Should …' names a topic).
 */
function claimHeadingTest(c: NonNullable<RoleData['claimHeadings']>): (title: string) => boolean {
  const verb = new RegExp(`(?<![\\p{L}'])(?:${alternatives(c.verbs)})(?![\\p{L}])`, 'iu');
  const opener = new RegExp(`^(?:${alternatives(c.notOpeners)})\\b`, 'i');
  return (title) => {
    const t = title.replace(/^(?:(?:Sec(?:tion)?\.?|Part|Chapter)\s+)?(?:\d[\d.]*[.):]?|[IVXL]+[.)]|[A-Z][.)])\s+/, '').replace(/^.*:\s+(?=\S)/, '').trim();
    const words = t.split(/\s+/).length;
    if (t.endsWith('?') || opener.test(t) || words < c.minWords) return false;
    return verb.test(t) || (t.endsWith('.') && words >= c.sentenceWords);
  };
}

/** The positions a section's heading gives its sentences: inConclusion, inAboutSection, underClaimHeading (0 for none, or no section). */
export function headedPositions(roles: RoleLexicon, title: string | undefined): number {
  if (title === undefined) return 0;
  return (roles.concludes?.test(title) ? POSITION_BITS.inConclusion : 0) | (roles.abouts?.test(title) ? POSITION_BITS.inAboutSection : 0) | (roles.claimHeading?.(title) ? POSITION_BITS.underClaimHeading : 0);
}

/** The feature of a rule that decides first in the rule order: `role:first-quotation` for `role:quotation`. */
export const firstId = (rule: { readonly id: string }): string => rule.id.replace(/^role:/, 'role:first-');

/** The built-in role rules. */
export const DEFAULT_ROLES: RoleLexicon = compileRoles(ROLE_DATA);

/** The mask of {@link POSITION_BITS} of the positions `names` of rule `id` (0 for none). */
function maskOf(id: string, names: readonly RolePosition[] | undefined): number {
  let mask = 0;
  for (const p of names ?? []) {
    if (!(p in POSITION_BITS)) throw new Error(`Role rule "${id}" names the position "${p}": use ${Object.keys(POSITION_BITS).join(', ')}.`);
    mask |= POSITION_BITS[p];
  }
  return mask;
}
