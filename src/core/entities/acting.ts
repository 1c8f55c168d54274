import type { Entity, EntityType, Mention } from '../model/model';
import { rule, type Lexicon } from './lexicon';

/**
 * entity:acts-as-body, entity:runs-as-programme — a head both bodies and programmes bear
 * (cues.json sharedHeads: "Fund", "Reserve", "Partnership") types a name by a guess; what the
 * name does in its sentences says which it is. A body speaks or decides ("the Fund said"), has
 * posts or a policy ("the Fund's director", "the editor of the Review"), or is described as a body
 * ("…, an interagency body"); a programme is funded or authorised ("fund a Grain Reserve"), run
 * under ("under the Fund"), or described as a programme ("…, a joint programme"). The words read
 * are a few on either side of each mention (its acronym's mentions too): linear in the mentions.
 * The side with more such evidence decides, when it is not the type the head gave.
 */
export function typeByActing(text: string, lex: Lexicon, entities: readonly Entity[]): Entity[] {
  const shared = lex.cues.sharedHeads;
  const heads = new Set(shared.heads);
  return entities.map((e) => {
    if ((e.type !== 'organization' && e.type !== 'treaty_or_program') || !sharedHead(e.name, heads)) return e;
    let body = 0;
    let programme = 0;
    const words: Record<'organization' | 'treaty_or_program', string[]> = { organization: [], treaty_or_program: [] };
    for (const m of e.mentions) {
      const said = readAround(text, m, lex);
      if (said === undefined) continue;
      if (said.about === 'organization') body++;
      else programme++;
      words[said.about].push(said.words);
    }
    const to: EntityType | undefined = body > programme ? 'organization' : programme > body ? 'treaty_or_program' : undefined;
    if (!to || to === e.type) return e;
    const r = rule(lex, to === 'organization' ? 'entity:acts-as-body' : 'entity:runs-as-programme');
    const n = Math.max(body, programme);
    return { ...e, type: to, why: [{ rule: r.id, weight: r.weight * n, about: to, words: [...new Set(words[to])].slice(0, 3).join(', ') }, ...e.why] };
  });
}

/** True when the name's head is shared: its last word, its first, or one before "of", "for" or "to" ("Fund to Fight …"). */
function sharedHead(name: string, heads: ReadonlySet<string>): boolean {
  const words = name.toLowerCase().split(/[\s,]+/);
  return words.some((w, i) => heads.has(w) && (i === 0 || i === words.length - 1 || CONNECTORS.has(words[i + 1])));
}

const CONNECTORS = new Set(['of', 'for', 'to']);

/** What the words around one mention say it is, and those words; undefined when they say nothing. */
function readAround(text: string, m: Mention, lex: Lexicon): { about: 'organization' | 'treaty_or_program'; words: string } | undefined {
  const shared = lex.cues.sharedHeads;
  const after = text.slice(m.end, m.end + 80);
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // Described after a comma, past an acronym in brackets: "…, an interagency body", "…, a joint programme".
  const described = DESCRIBED.exec(after);
  for (const noun of described ? described[1].toLowerCase().split(/\s+/) : []) {
    const type = lex.typeNouns.get(noun);
    if (type === 'organization' || type === 'treaty_or_program') return { about: type, words: noun };
  }
  // Speaks or decides: "the Fund said", "the Review spoke to her".
  const acts = ACTS.exec(after);
  if (acts && shared.bodyActs.includes(acts[1].toLowerCase())) return { about: 'organization', words: acts[1] };
  // Its posts and policies: "the Fund's director", "the Fund's co-financing policy".
  const owns = OWNS.exec(after);
  const post = owns?.[1].toLowerCase().split(/[\s-]+/).find((w) => shared.bodyPosts.includes(w));
  if (post) return { about: 'organization', words: `'s ${post}` };
  // A post of it: "senior editor of the Review", "an economist at the Initiative".
  const of = POST.exec(before);
  if (of && shared.bodyPosts.includes(of[1].toLowerCase())) return { about: 'organization', words: `${of[1]} ${of[2]}` };
  // Funded, authorised or run under: "fund a Strategic Grain Reserve", "under the Fund".
  const object = OBJECT.exec(before);
  if (object && shared.programmeObjects.includes(object[1].toLowerCase())) return { about: 'treaty_or_program', words: object[1] };
  return undefined;
}

/** ", a|an|the" and up to four lower-case words, the first type noun among them saying what it is; after an acronym in brackets or not. */
const DESCRIBED = /^(?:\s*\([^()\n]{1,15}\))?,\s+(?:a|an|the)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)/u;
/** A verb right after the name (an acronym in brackets or "has" between). */
const ACTS = /^(?:\s*\([^()\n]{1,15}\))?\s+(?:(?:has|have|also)\s+)?([a-z]+)\b/u;
/** A possessive and the three words after it, among which a post or a policy. */
const OWNS = /^['’]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)/u;
/** A post, "of" or "at", and "the" right before the name. */
const POST = /\b([a-z]+)\s+(of|at)\s+the\s+$/u;
/** A verb or "under", and an article right before the name. */
const OBJECT = /\b([a-z]+)\s+(?:a|an|the)\s+$/u;
