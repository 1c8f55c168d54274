import type { HypotheticalData } from './role-data';
/**
 * Role cue phrases as regexes (the compile of lexicon/data/roles.json in
 * roles.ts uses them): phrases matched at word boundaries, at a sentence's
 * start or anywhere, with the lookbehinds some lists need, and the opening
 * words that let one scan of a sentence find where a phrase may start.
 */

/** A lookahead that fails where a time word (the data's `timeWords`) or a number follows: "since 1998", "since March". */
export function notTime(words: readonly string[]): string {
  return `(?!\\s+(?:(?:the\\s+)?\\d|${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![a-z]))`;
}

/** A phrase as a regex: its spaces match any run of white space, so a cue holds across a hard line wrap. */
export function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** The phrases of `list` as one alternation (escaped, white space as any run of it). */
export function alternatives(list: readonly string[]): string {
  return list.map(escape).join('|');
}

/** What may follow a phrase of a cue list: words that cancel it right after it, and phrases that hold only with at most `words` words after them to the sentence's end. */
export interface PhraseAfter {
  readonly notBefore?: readonly string[];
  readonly ending?: { readonly phrases: readonly string[]; readonly words: number };
}

/** One regex for a list of phrases: at the start of the sentence or anywhere, at word boundaries. */
export function phrasePattern(phrases: readonly string[], at: 'start' | 'anywhere', notBeforeTime: ReadonlySet<string> = new Set(), time = '', notAfter: readonly string[] = [], notInRelative: readonly string[] = [], after: PhraseAfter = {}): RegExp {
  // Words right after a phrase that make it part of a noun ('in our opinion poll'); phrases that hold only when the sentence ends within a few words of them.
  const notBefore = after.notBefore?.length ? `(?!\\s+(?:${after.notBefore.map(escape).join('|')})(?![a-z0-9]))` : '';
  const ending = after.ending ? `(?=(?:\\s+[^\\s]+){0,${after.ending.words}}\\s*$)` : '';
  const alternation = phrases.length
    ? [...phrases].sort((a, b) => b.length - a.length).map((p) => escape(p) + (notBeforeTime.has(p) ? time : '') + (after.ending?.phrases.includes(p) ? `(?![a-z0-9])${ending}` : '') + notBefore).join('|')
    : '(?!)';
  if (at === 'anywhere' && (notAfter.length || notInRelative.length)) {
    const words = (list: readonly string[]) => `(?<![a-z0-9])(?:${list.map(escape).join('|')})`;
    let before = notAfter.length ? `(?<!${words(notAfter)}\\s+)` : '';
    if (notInRelative.length) before += `(?<!${words(notInRelative)}(?:\\s+[a-z'-]+){0,6}\\s+)`;
    // The same match as the lookbehinds then the phrase, but the lookbehinds (up to seven words back) are tried only where a phrase starts, not before every word.
    const phrase = `(?:${alternation})(?![a-z0-9])`;
    return new RegExp(`(?<![a-z0-9])(?=${phrase})${before}${phrase}`);
  }
  // Sentences are lower-cased and cues are ASCII: ASCII word boundaries suffice. A word joined by a hyphen
  // to the next ('Build-up of forces', 'Follow-on orders') is a compound, not the opening phrase.
  return at === 'start'
    ? new RegExp(`^(?:${alternation})(?![a-z0-9]|-[a-z])`)
    : new RegExp(`(?<![a-z0-9])(?:${alternation})(?![a-z0-9])`);
}

/**
 * The leading run of a-z and 0-9 of each phrase, or null when one opens with
 * another character. A phrase found after no a-z or 0-9 starts where such a run
 * starts, and the run there is exactly its own: the character after it in the
 * phrase (a space, a dot, a hyphen) or the pattern's end allows no a-z or 0-9.
 */
export function openingWords(phrases: readonly string[]): ReadonlySet<string> | null {
  const words = new Set<string>();
  for (const phrase of phrases) {
    const run = /^[a-z0-9]+/.exec(phrase);
    if (!run) return null;
    words.add(run[0]);
  }
  return words;
}

/**
 * A sentence that defines a term: it opens with a name and its short form in brackets ('Large power
 * transformers (LPTs)'), an optional apposition, then one of `copulas` and one of `articles` ('are the
 * units …'). The name and the short form are bounded (80 and 40 characters): the work per sentence stays linear.
 */
export function definitionPattern(d: { readonly copulas: readonly string[]; readonly articles: readonly string[] }): RegExp {
  return new RegExp(`^[^,;:.()]{1,80}\\([^()]{1,40}\\)(?:,[^,()]{1,80},)?\\s+(?:${alternatives(d.copulas)})\\s+(?:${alternatives(d.articles)})\\b`, 'i');
}

/**
 * A sentence that says what a quoted term means, the drafting of definitions in agreements, bills and rules
 * ('"Agreed Area" means …', 'In this assessment, "gray-zone coercion" means …', 'The term "vessel" refers to …'):
 * an optional scope before a comma, an optional 'the term', the term in quotation marks, then one of `verbs`.
 * The scope and the term are bounded (40 and 60 characters) and hold no quotation mark: the work per sentence stays linear.
 * The sentence's leading marks are removed before it is read, so the opening quotation mark is optional.
 */
export function termMeaningPattern(t: { readonly nouns: readonly string[]; readonly verbs: readonly string[] }): RegExp {
  return new RegExp(`^(?:[^,;:.()"“”]{1,40},\\s+)?(?:the\\s+(?:${alternatives(t.nouns)})\\s+)?["“]?[^"“”]{1,60}["”]\\s+(?:${alternatives(t.verbs)})\\b`, 'i');
}

/** A sentence (lower-cased) that opens with an indefinite case and says what it would do, before any full stop, colon or semicolon and any word of `notBefore` (the shape hypothetical). */
export function hypotheticalPattern(h: HypotheticalData): RegExp {
  const not = h.notBefore?.length ? `(?!(?<![a-z0-9])(?:${alternatives(h.notBefore)})(?![a-z0-9]))` : '';
  return new RegExp(`^(?:${alternatives(h.openers)})\\s(?:${not}(?:[^.;:]|\\.(?=\\d)))*?\\b(?:${alternatives(h.modals)})\\b`);
}

/** A sentence (lower-cased) that tells of the past: see RoleData's `narration`. */
export function narrationPattern(t: {
  readonly auxiliaries: readonly string[]; readonly irregular: readonly string[]; readonly anchors: readonly string[]; readonly notPast: readonly string[];
  readonly minStem: number; readonly suffix: string; readonly ongoing: readonly string[]; readonly ongoingSuffix: string;
}): RegExp {
  return new RegExp(
    `(?<![a-z0-9])(?:${alternatives([...t.auxiliaries, ...t.irregular, ...t.anchors])}|(?!(?:${alternatives(t.notPast)})(?![a-z0-9]))[a-z]{${t.minStem},}${escape(t.suffix)}|(?:${alternatives(t.ongoing)})\\s+[a-z]+${escape(t.ongoingSuffix)})(?![a-z0-9])`,
  );
}

/**
 * A cue list's pattern for its phrases found anywhere, narrowed to those whose leading run of a-z and 0-9 is
 * one word and made sticky, made when a word is first asked for. Where that run is the word, no other phrase
 * can match, and the narrowed phrases keep their order: at that place it matches as the whole pattern does,
 * without trying every phrase of the list (claims/roles.ts firstAt).
 */
export function narrowedBy(phrases: readonly string[], made: (phrases: readonly string[]) => RegExp): (word: string) => RegExp {
  const byWord = new Map<string, RegExp>();
  return (word) => {
    let sticky = byWord.get(word);
    if (!sticky) byWord.set(word, (sticky = new RegExp(made(phrases.filter((p) => /^[a-z0-9]+/.exec(p)?.[0] === word)).source, 'y')));
    return sticky;
  };
}

/** A rule's opening words and where they are held (the role rules of roles.ts, as far as this needs). */
interface Opened {
  readonly pattern: RegExp | null;
  readonly at?: 'start' | 'anywhere';
  readonly opening: { readonly words: ReadonlySet<string>; member: Uint8Array } | null;
}

/**
 * Numbers the words the rules' cue phrases open with, and marks each rule's own in its `opening.member` (1 at
 * the number of each), so a sentence's words are looked up once, not once per rule; `whole` when some cue found
 * anywhere has no opening word (its pattern runs over the whole sentence).
 */
export function numberOpenings(rules: readonly Opened[]): { words: ReadonlyMap<string, number>; names: readonly string[]; longest: number; whole: boolean } {
  const words = new Map<string, number>();
  let longest = 0;
  let whole = false;
  for (const rule of rules) {
    if (rule.pattern && !rule.opening && (rule.at ?? 'anywhere') === 'anywhere') whole = true;
    for (const word of rule.opening?.words ?? []) {
      if (!words.has(word)) words.set(word, words.size);
      longest = Math.max(longest, word.length);
    }
  }
  for (const { opening } of rules) {
    if (!opening) continue;
    opening.member = new Uint8Array(words.size);
    for (const word of opening.words) opening.member[words.get(word)!] = 1;
  }
  return { words, names: [...words.keys()], longest, whole };
}
