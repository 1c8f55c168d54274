import type { Entity, Mention } from '../model/model';
import type { Lexicon } from './lexicon';

/**
 * entity:operative-verb — the operative verbs of a council's conclusions or a resolution, written in capitals
 * as that genre writes them ("The Council RECALLS that …", "It INVITES Member States to …", "1. REAFFIRMS its
 * commitment", "RECALLING the …" opening a preamble line): a word in capitals known by its shape alone
 * ('entity:acronym'; or typed by a description read off its object, 'entity:described-as', "ACKNOWLEDGES the
 * persistent gap"), every mention of which stands where a sentence's verb does — at a line's start (after a
 * list marker or a bullet, the line before ending a clause), after a comma, or after its subject (a
 * capitalised noun, a pronoun, a joining word or an -ly adverb; never a lower-case content word, "told OPSS
 * that", nor a determiner or a preposition), any whitespace between — and before its object or its clause
 * ("that", "to", "upon", a determiner, a capitalised object, or the next word of the verb in capitals,
 * "CALLS ON"). Read only where the document writes three such words or more: one acronym before "that"
 * ("told KFOR that") is no convention.
 *
 * @returns The ids of the entities that are operative verbs (none when the document has too few of them).
 */
export function operativeVerbs(text: string, lex: Lexicon, entities: readonly Entity[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const e of entities) {
    if (!CAPS_WORD.test(e.name) || !e.why.every((r) => SHAPE_RULES.has(r.rule)) || (e.type !== 'other' && !e.why.some((r) => r.rule === 'entity:described-as'))) continue;
    if (e.mentions.every((m) => asVerb(text, lex, m))) ids.add(e.id);
  }
  return ids.size >= LEAST ? ids : EMPTY;
}

/** Three distinct words in capitals used as verbs make the genre's convention. */
const LEAST = 3;
const EMPTY: ReadonlySet<string> = new Set();
const CAPS_WORD = /^\p{Lu}{3,}$/u;
/** The rules that may have argued for a verb in capitals: its shape, or a description its object was read as. */
const SHAPE_RULES = new Set(['entity:acronym', 'entity:described-as']);
/** A line's start, after a bullet or a list marker ("1.", "(a)", "ii)"), the line before ending a clause or blank. */
const LINE_START = /(?:^|[.,;:][ \t]*\n|\n[ \t]*\n)[ \t]*(?:(?:[-*\u2022]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])[ \t]+)?$/u;
/**
 * With no subject before it (a line's start, a comma), only a word shaped as a verb's third person or
 * participle: "-S" or "-ING", five letters or more, a vowel among them ("CALLS", "RECALLING"; not "OPSS",
 * "NHS", an action list's "- FCDO to draft").
 */
const VERB_SHAPE = /^(?=\p{Lu}{5})(?=[^AEIOU]*[AEIOU])\p{Lu}+(?:S|ING)$/u;
/** The word or the comma right before the mention, any whitespace between. */
const BEFORE = /(?:(,)|(\p{L}+))\s+$/u;
/** The word right after the mention, any whitespace between. */
const AFTER = /^\s+(\p{L}+)/u;
/** The words that join a verb to its object or its clause ("DECIDES to establish", "CALLS upon all parties"). */
const JOINS = new Set(['that', 'to', 'upon', 'for', 'with', 'on']);
/**
 * The lower-case words that may stand right before a verb: a subject pronoun, a word joining a second verb to
 * the same subject, or an adverb of the clause ("therefore CONSIDERS"; any other ending in "-ly").
 */
const SUBJECTS = new Set(['it', 'they', 'we', 'he', 'she', 'and', 'but', 'or', 'also', 'therefore', 'thus', 'hence', 'further', 'again', 'accordingly']);

/** The mention stands between a subject and an object, as a verb does. */
function asVerb(text: string, lex: Lexicon, m: Mention): boolean {
  const after = AFTER.exec(text.slice(m.end, m.end + 30));
  if (!after) return false;
  const next = after[1];
  if (!JOINS.has(next) && !lex.determiners.has(next) && !lex.definite.has(next) && !/^\p{Lu}/u.test(next)) return false;
  const window = text.slice(Math.max(0, m.start - 40), m.start);
  const verbShaped = VERB_SHAPE.test(text.slice(m.start, m.end));
  if (verbShaped && LINE_START.test(m.start > 40 ? window.replace(/^[^\n]*$/u, 'x') : window)) return true;
  const before = BEFORE.exec(window);
  if (!before) return false;
  if (before[1]) return verbShaped;
  return subjectBefore(lex, before[2]);
}

/** A capitalised noun (the subject, "The Council"), a word of SUBJECTS, or an -ly adverb; never a lower-case content word. */
function subjectBefore(lex: Lexicon, word: string): boolean {
  const lower = word.toLowerCase();
  if (SUBJECTS.has(lower)) return true;
  if (lower.endsWith('ly') && !lower.endsWith('ply') && lower.length > 4) return true;
  return /^\p{Lu}/u.test(word) && !lex.functionWords.has(lower);
}
