import type { EntityType } from '../model/model';
import type { Context } from './context';
import { evidenceOf } from './evidence';
import { spanKey } from './keys';
import type { FixedNames } from './mentions';
import { rule } from './lexicon';
import { given, tokenSpan } from './members';
import { keyAt } from '../parse/tokens';

/**
 * A speaker's label that names a post or a role and then the speaker in brackets, before a colon,
 * opening a line — how parliamentary records introduce a minister or the chair ("The Minister for
 * Ports (Jane Roe):", "Madam Deputy Speaker (Dame Ann Roe):") and how press-conference transcripts
 * name the moderator and each journalist ("MODERATOR (JAN ROE, DIRECTOR OF MEDIA):", "JOURNALIST (EVA
 * LUND, HARBOUR RADIO):").
 *
 * - entity:post-speaker — the name in brackets is a person when the label holds a title
 *   (titles.json) or a role word (words.json speakerRoles), and the bracket reads as a name (named):
 *   a remit or a body in brackets ("Cabinet Member (Adult Social Care):") is not one. One word alone in the brackets
 *   ("JOURNALIST (LUND):") is a surname only where another such bracket gives it after a given name.
 * - entity:speaker-outlet — the words after the name's comma, when they open with no title, are the
 *   body the speaker asks for (a journalist's outlet); a post, holding a title or a post's word
 *   ("CHIEF PRESS OFFICER", "DIRECTOR OF MEDIA"; titles.json), is left alone.
 *
 * Linear: each line is tried once, by one bounded regular expression.
 */
export function findPostSpeakers(context: Context): FixedNames {
  const { text, tokens, lex } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  if (!/\)[ \t*_]*:/u.test(text)) return out;
  const titled = (key: string) => lex.titles.has(key) || lex.titleCues.has(key) || lex.speakerRoles.has(key);
  const labels: RegExpMatchArray[] = [];
  const surnames = new Set<string>();
  for (const m of text.matchAll(POST_SPEAKER)) {
    context.work.steps++;
    if (!m[1].split(/[ \t]+/u).some((w) => titled(w.toLowerCase()))) continue;
    const words = m[2].split(/[ \t]+/u);
    if (titled(words[words.length - 1].toLowerCase()) || !named(lex, words)) continue;
    labels.push(m);
    if (words.length > 1) surnames.add(words[words.length - 1].toLowerCase());
  }
  const add = ([start, end]: [number, number], type: EntityType, id: string, words: string) => {
    const span = tokenSpan(tokens, start, end);
    if (!span) return;
    let [first, last] = span;
    if (type === 'person') while (first < last && (lex.titles.has(keyAt(tokens, first)) || lex.honorifics.has(keyAt(tokens, first)))) first++;
    const key = spanKey(tokens, first, last);
    const evidence = evidenceOf(rule(lex, id), type, words);
    out.proposals.push(
      type === 'person'
        ? { first, last, key, kind: 'person', evidence, referent: undefined, given: given(tokens, first, last), surname: keyAt(tokens, last) }
        : { first, last, key, kind: 'headed', evidence, referent: undefined, given: undefined, surname: undefined },
    );
    out.fixed.push({ first, last, key });
  };
  for (const m of labels) {
    const name = m.indices?.[2];
    if (!name) continue;
    if (/[ \t]/u.test(m[2]) || surnames.has(m[2].toLowerCase())) add(name, 'person', 'entity:post-speaker', m[1]);
    const after = m.indices?.[3];
    if (after && m[3] && !m[3].split(/[ \t]+/u).some((w) => titled(w.toLowerCase()) || lex.posts.has(w.toLowerCase()))) add(after, 'organization', 'entity:speaker-outlet', m[1]);
  }
  return out;
}

/**
 * The bracket reads as a person's name, not a remit or a body ("Director (Public Health):", "Chair (Audit
 * Committee):"): its first word after any title is a given name (firstNames.json), or none of its words is a
 * common word or the head of a body (words.json commonWords, heads.json: "Policy", "Health", "Services").
 */
function named(lex: Context['lex'], words: readonly string[]): boolean {
  const keys = words.map((w) => w.toLowerCase().replace(/['’]s$/u, ''));
  let i = 0;
  while (i < keys.length - 1 && (lex.titles.has(keys[i]) || lex.honorifics.has(keys[i]))) i++;
  if (lex.firstNames.has(keys[i])) return true;
  return !keys.slice(i).some((k) => lex.commonWords.has(k) || lex.heads.has(k));
}

/** A capitalised word, or a small word inside a post ("Minister for the Armed Forces"). */
const POST_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|for|of|the|and|on)`;
/**
 * A label of one to nine words opening a line (marks allowed), a bracket holding one to four
 * capitalised words (a name), optionally a comma and capitalised words, the bracket closed, a colon.
 */
const POST_SPEAKER = new RegExp(
  String.raw`(?:^|\n)[ \t*_>]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+${POST_WORD}){0,8})[ \t]+\(((?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]*)(?:,[ \t]+(\p{Lu}[\p{L}'’&.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’&.-]*|of|the|and|for)){0,6}))?\)[ \t*_]*:`,
  'dgu',
);
