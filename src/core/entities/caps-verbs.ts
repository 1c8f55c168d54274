import type { Entity, Mention } from '../model/model';
import type { Lexicon } from './lexicon';

/**
 * entity:operative-verb — the operative verbs of a council's conclusions or a resolution, written in capitals
 * as that genre writes them ("The Council RECALLS that …", "It INVITES Member States to …"): a word in
 * capitals known by its shape alone ('entity:acronym'), every mention of which stands where a sentence's
 * verb does — after its subject (a pronoun, a capitalised noun, a joining word or an adverb, never a
 * determiner or a preposition) and before its object or its clause ("that", a determiner, a capitalised
 * object, or the next word of the verb in capitals, "CALLS ON"). Read only where the document writes three
 * such words or more: one acronym before "that" ("told KFOR that") is no convention.
 *
 * @returns The ids of the entities that are operative verbs (none when the document has too few of them).
 */
export function operativeVerbs(text: string, lex: Lexicon, entities: readonly Entity[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'other' || !CAPS_WORD.test(e.name) || !e.why.every((r) => r.rule === 'entity:acronym')) continue;
    if (e.mentions.every((m) => asVerb(text, lex, m))) ids.add(e.id);
  }
  return ids.size >= LEAST ? ids : EMPTY;
}

/** Three distinct words in capitals used as verbs make the genre's convention. */
const LEAST = 3;
const EMPTY: ReadonlySet<string> = new Set();
const CAPS_WORD = /^\p{Lu}{3,}$/u;
/** The word right before the mention, one space between, inside the line. */
const BEFORE = /(\p{L}+)[ \t]$/u;
/** The word right after the mention, one space between. */
const AFTER = /^[ \t](\p{L}+)/u;
/**
 * The function words that may stand right before a verb: a subject pronoun, a word joining a second verb to
 * the same subject, or an adverb of the clause ("therefore CONSIDERS"; any other ending in "-ly").
 */
const SUBJECTS = new Set(['it', 'they', 'we', 'he', 'she', 'and', 'but', 'or', 'also', 'therefore', 'thus', 'hence', 'further', 'again', 'accordingly']);

/** The mention stands between a subject and an object, as a verb does. */
function asVerb(text: string, lex: Lexicon, m: Mention): boolean {
  const before = BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  const after = AFTER.exec(text.slice(m.end, m.end + 30));
  if (!before || !after) return false;
  const prev = before[1].toLowerCase();
  if (lex.functionWords.has(prev) && !SUBJECTS.has(prev) && !prev.endsWith('ly')) return false;
  const next = after[1];
  return next === 'that' || lex.determiners.has(next) || lex.definite.has(next) || /^\p{Lu}/u.test(next);
}
