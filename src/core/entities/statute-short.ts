import type { Entity, Mention } from '../model/model';
import { keyOf } from '../parse/chars';
import { rule, type Lexicon } from './lexicon';

/**
 * entity:statute-year-short — "the 2018 Act", "the 2022 Act": British drafting and
 * debate name a statute by its year and head once its full title has been given
 * ("Sanctions and Anti-Money Laundering Act 2018"). "<year> <Head>" after "the" is a
 * mention of the one statute of the document whose title ends in that head and year
 * (or "<Head> of <year>"); with two such statutes, or none, nothing joins. Names read
 * inside the short form give up their mentions there. Linear in the text and the entities.
 */
export function joinStatuteYears(text: string, lex: Lexicon, entities: readonly Entity[]): Entity[] {
  const statutes = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type !== 'treaty_or_program') continue;
    const m = TITLE_YEAR.exec(e.name);
    if (!m || lex.heads.get(keyOf(m[1])) !== 'treaty_or_program') continue;
    const key = `${m[2]} ${keyOf(m[1])}`;
    statutes.set(key, [...(statutes.get(key) ?? []), e]);
  }
  if (statutes.size === 0) return [...entities];
  const added = new Map<string, Mention[]>();
  for (const m of text.matchAll(SHORT)) {
    const found = statutes.get(`${m[2]} ${keyOf(m[3])}`);
    if (!found || found.length !== 1) continue;
    const start = (m.index ?? 0) + m[1].length;
    const list = added.get(found[0].id) ?? [];
    list.push({ start, end: start + m[2].length + 1 + m[3].length, entity: found[0].id });
    added.set(found[0].id, list);
  }
  if (added.size === 0) return [...entities];
  const spans = [...added.values()].flat();
  const inside = (m: Mention) => spans.some((s) => m.start >= s.start && m.end <= s.end);
  const r = rule(lex, 'entity:statute-year-short');
  return entities.flatMap((e) => {
    const more = added.get(e.id);
    const kept = e.mentions.filter((m) => !inside(m) || more?.some((s) => s.start === m.start && s.end === m.end));
    if (!more) return kept.length === 0 ? [] : kept.length === e.mentions.length ? [e] : [{ ...e, mentions: kept }];
    const fresh = more.filter((s) => !kept.some((m) => m.start === s.start && m.end === s.end));
    const mentions = [...kept, ...fresh].sort((a, b) => a.start - b.start);
    const words = text.slice(more[0].start, more[0].end);
    return [{ ...e, mentions, why: [...e.why, { rule: r.id, weight: r.weight, about: e.type, words }] }];
  });
}

/** A title ending in its head and year: "… Act 2018", "… Regulations 2019", "… Act of 2018". */
const TITLE_YEAR = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+(?:of\s+)?((?:1[89]|20)\d\d)$/u;
/**
 * "the 2018 Act" (a capital T too): the article, then the year and a capitalised head that ends the name: a
 * complement after it names another instrument ("the 2019 Act of Accession").
 */
const SHORT = /(\b[Tt]he\s+)((?:1[89]|20)\d\d) (\p{Lu}\p{Ll}+)\b(?!\s+(?:of|on|for)\s)/gu;
