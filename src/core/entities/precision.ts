import type { Entity, Mention, Reason } from '../model/model';
import currencies from '../lexicon/data/figures-currencies.json';
import { keyOf } from '../parse/chars';
import { extendNames, joinShortForms } from './extend';
import { joinStatuteYears } from './statute-short';
import { joinStateForms, typeStateBodies } from './stateforms';
import { joinNameParts } from './parts';
import { countedAcronym, dayName, documentCode } from './things';
import { rule } from './lexicon';
import type { Lexicon } from './lexicon';
import { demonymName, numberedPart, openingOnly, runInLabel } from './placed';
import { placesByDemonym } from './demonymic';
import { wrapWidth } from './wrap';
import { machineName, namedWords } from './machines';
import { fieldLabels } from './labels';
import { operativeVerbs } from './caps-verbs';
import { shipClasses } from './classes';

/**
 * The last reading of the entity list, for precision: what a careful reader
 * would not list as a name is taken out, and an acronym that stands for a
 * longer name joins it. Each step is a rule of entity-rules.json ('drop' rows
 * take a name out; 'merge' rows join forms). Linear in the mentions, but for
 * the acronym initials, which compare each undefined acronym with the names of
 * the document once.
 */
export function refineEntities(text: string, lex: Lexicon, lowerSeen: ReadonlySet<string>, entities: readonly Entity[]): Entity[] {
  const width = wrapWidth(text);
  const named = namedWords(entities);
  const labels = fieldLabels(text, entities);
  // entity:operative-verb — "The Council RECALLS that": the verbs a council's conclusions write in capitals.
  const verbs = operativeVerbs(text, lex, entities);
  // entity:demonym-elsewhere, entity:document-demonym — "Kalverian goods" makes "Kalveria" a place, and is no name itself.
  const kept = placesByDemonym(text, lex, shipClasses(text, lex, entities)).flatMap((e) => (labels.has(e.id) || verbs.has(e.id) || isRole(lex, e) || isPost(lex, e) || pluralTitle(lex, e) ? [] : keep(text, lex, lowerSeen, e, width, named)));
  return joinNameParts(lex, joinAcronyms(lex, typeStateBodies(lex, joinStateForms(lex, joinStatuteYears(text, lex, joinShortForms(text, lex, extendNames(text, lex, kept)))))));
}

const CURRENCY_WORDS = new Set(Object.keys(currencies.words));
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u;
const CAPS_WORD = /^\p{Lu}{2,}$/u;
/** Only the evidence of an all-capitals shape ('entity:acronym') argued for it. */
const shapeOnly = (e: Entity) => e.why.every((r) => r.rule === 'entity:acronym');

/** An entity as the reader would list it, or nothing: each test is a 'drop' rule. */
function keep(text: string, lex: Lexicon, lowerSeen: ReadonlySet<string>, entity: Entity, width: number, named: ReadonlySet<string>): Entity[] {
  // entity:no-emoji — a pictograph or a flag is never a name.
  if (EMOJI.test(entity.name)) return [];
  // entity:caps-emphasis — an all-capitals word the document also writes in lower case, or one of a run of them, is emphasis.
  if (entity.type === 'other' && CAPS_WORD.test(entity.name) && shapeOnly(entity)) {
    if (lowerSeen.has(entity.name.toLowerCase())) return [];
    if (entity.mentions.every((m) => inCapsRun(text, m))) return [];
  }
  // entity:common-concept — a capitalised concept ("Missile Warning", "Artificial Intelligence (AI)"), not a name.
  if (entity.type === 'other' && entity.why.every((r) => WEAK.has(r.rule)) && ordinaryWords(lex, lowerSeen, entity.name)) return [];
  // entity:date-phrase — "Released July 22, 2025": capitalised words ending in a month before its day are a date line.
  if (entity.type === 'other' && entity.why.every((r) => WEAK.has(r.rule)) && entity.mentions.every((m) => beforeDay(text, lex, m))) return [];
  // entity:document-code, entity:counted-acronym — "COM(2024) 464" is a paper's code; "a GP", "an LPT" are kinds of thing.
  if (entity.type === 'other' && shapeOnly(entity) && (documentCode(text, entity) || countedAcronym(text, lex, entity))) return [];
  // entity:day-name — "Christmas Eve", "Easter Monday": a word right after a calendar word is part of a day's name.
  if (entity.type === 'other' && entity.why.every((r) => WEAK.has(r.rule)) && dayName(text, lex, entity)) return [];
  // entity:currency-unit — "CFA 180 billion", "the CFA franc": letters before an amount or a currency word are a unit.
  if (entity.type === 'other' && CAPS_WORD.test(entity.name) && shapeOnly(entity) && entity.mentions.every((m) => beforeAmount(text, m))) return [];
  // entity:place-compound — "a joint U.S.-British base": places joined by a hyphen qualify a noun, they name nothing.
  if (entity.type === 'other' && entity.why.every((r) => WEAK.has(r.rule)) && placeCompound(lex, entity.name)) return [];
  // entity:demonym-before-noun — "Alaskan waters", "the Marshallese community": a word shaped like a demonym, always before a noun, qualifies it.
  if ((entity.type === 'other' || entity.type === 'place') && entity.why.every((r) => WEAK.has(r.rule) || PLACE_CUES.has(r.rule)) && demonymBeforeNoun(text, lex, entity)) return [];
  // entity:opening-only — one word known by its capital alone, only ever where every word is capitalised (a line's or a label's first word, a title line).
  if (openingOnly(text, entity, width)) return [];
  // entity:run-in-label — "Remittances Falling: Personal transfers …": the words of a paragraph's run-in head.
  if (runInLabel(text, lex, lowerSeen, entity)) return [];
  // entity:demonym-name — "Latin American", "New Zealanders", "Philippine forces": demonyms name people or qualify a noun.
  if (demonymName(lex, entity, WEAK_OR_PLACE)) return [];
  // entity:machine-name — "two Rafale fighters", "the Kosmos 1408 satellite": a model of vehicle, craft or product, not a body.
  if (machineName(text, lex, entity, WEAK, named)) return [];
  // entity:numbered-part — "Block V", "Pillar I", "Article XVIII": a word before a number labels a part; a Roman numeral is a number.
  if (numberedPart(text, entity, WEAK_OR_PLACE)) return [];
  // entity:currency-qualifier — "(US) dollars", "US$5 million": the letters qualify a currency, they do not name a place.
  // entity:currency-name — "the U.S. dollar", "in Tavan dollars": a place's name right before a currency word names the currency.
  const currency = entity.type === 'place' || (entity.type === 'other' && entity.why.every((r) => WEAK_OR_PLACE.has(r.rule)));
  const mentions = entity.mentions.filter(
    (m) => !qualifiesCurrency(text, m) && !(currency && beforeCurrencyWord(text, m)),
  );
  if (mentions.length === 0) return [];
  return [mentions.length === entity.mentions.length ? entity : { ...entity, mentions }];
}

/**
 * entity:office-role — a job title named without its holder is a role, not an organisation: a capitalised
 * title that ends the name ("Commerce Secretary", "Attorney General") or opens its complement ("Secretary of
 * the Air Force", "Minister for Foreign Affairs"). A person, or a name with a given name in it, is no role; nor is
 * a name whose title only completes another head ("Department of Justice").
 */
function isRole(lex: Lexicon, entity: Entity): boolean {
  if (entity.type === 'person') return false;
  const words = entity.name.split(/\s+/);
  const keys = words.map(keyOf);
  if (keys.some((k) => lex.firstNames.has(k))) return false;
  // A title after "of" or "the" completes another head's name ("Department of Justice", "Office of the President").
  // The office of a title's holder is an organisation ("Office of Inspector General").
  if (keys.length > 2 && lex.titleOffices.has(keys[0]) && lex.connectors.has(keys[1])) return false;
  const title = (k: string, i: number) => /^\p{Lu}/u.test(words[i]) && lex.titles.has(k) && !(i > 0 && lex.connectors.has(keys[i - 1]));
  return keys.some((k, i) => title(k, i) && (i === keys.length - 1 || lex.titleComplement.has(keys[i + 1])));
}

/**
 * entity:plural-title — titles in the plural ("Senators", "two Deputy Governors") name the holders of an office
 * as a group, whatever type a cue gave them: every word is a title, the last one in the plural.
 */
function pluralTitle(lex: Lexicon, entity: Entity): boolean {
  const keys = entity.name.split(/\s+/).map(keyOf);
  const last = keys[keys.length - 1];
  const plural = (last.endsWith('ies') && lex.titles.has(`${last.slice(0, -3)}y`)) || (last.endsWith('s') && lex.titles.has(last.slice(0, -1)));
  return plural && keys.slice(0, -1).every((k) => lex.titles.has(k));
}

/**
 * entity:post-role — a post named without its holder ("a Senior Fellow at the Centre", "Jane Doe, Research
 * Associate", "Specialist in Trade") is a role, whatever type its place gave it: the post's word ends it and
 * every word before it qualifies a post.
 */
function isPost(lex: Lexicon, entity: Entity): boolean {
  const keys = entity.name.split(/\s+/).map(keyOf);
  return lex.posts.has(keys[keys.length - 1]) && keys.slice(0, -1).every((k) => lex.postModifiers.has(k));
}

/** The rules that say only that a name was written capitalised, as an acronym, or spelled out before one. */
const WEAK = new Set(['entity:unknown-name', 'entity:acronym', 'entity:spelled-out', 'entity:acronym-defined']);

/**
 * True when every word of `name` is an ordinary word: one the document writes in lower case (in the singular
 * or the plural), or, for an acronym in parentheses, a concept acronym ("GDP", "AI").
 */
function ordinaryWords(lex: Lexicon, lowerSeen: ReadonlySet<string>, name: string): boolean {
  const words = name.split(/[\s,]+/).filter((w) => w && !lex.connectors.has(w.toLowerCase()));
  return (
    words.length > 0 &&
    words.every((w) => {
      const acronym = /^\((.+)\)$/.exec(w);
      if (acronym) return lex.conceptAcronyms.has(keyOf(acronym[1]));
      const key = keyOf(w);
      return /^\p{Lu}\p{Ll}/u.test(w) && (lowerSeen.has(key) || lowerSeen.has(`${key}s`) || (key.endsWith('s') && lowerSeen.has(key.slice(0, -1))));
    })
  );
}

/** The weak cues of a place: a word such as "in" before it, or a list it stands in. */
const PLACE_CUES = new Set(['entity:place-before', 'entity:place-before-the', 'entity:listed-alongside']);
const WEAK_OR_PLACE: ReadonlySet<string> = new Set([...WEAK, ...PLACE_CUES]);

/**
 * One word ending as demonyms do (words.json endings.demonym: "Alaskan", "Marshallese", "Burkinabè"),
 * every mention of it right before a lower-case word that is no small word and no verb: an adjective, not a name.
 */
function demonymBeforeNoun(text: string, lex: Lexicon, entity: Entity): boolean {
  if (/[\s-]/.test(entity.name) || !lex.demonymEnding.test(entity.name.toLowerCase())) return false;
  return entity.mentions.every((m) => {
    const next = /^[ \t]+(\p{Ll}+)\b/u.exec(text.slice(m.end, m.end + 40));
    // A verb after it ("Tavan said", "Tavan reported") makes it a subject, a name.
    return next !== null && !lex.functionWords.has(next[1]) && !next[1].endsWith('ed') && !lex.lists.get('personAfter')?.has(next[1]);
  });
}

/** The mention ends in a month and a day follows it ("Released July 22"). */
function beforeDay(text: string, lex: Lexicon, m: Mention): boolean {
  const said = text.slice(m.start, m.end);
  return lex.calendar.has(keyOf(said.slice(said.lastIndexOf(' ') + 1))) && /^[ \t]+\d{1,2}\b/.test(text.slice(m.end, m.end + 6));
}

/** The mention stands right before a number or a currency word, singular or plural ("CFA 60 billion", "CFA franc"). */
function beforeAmount(text: string, m: Mention): boolean {
  const next = /^[ \t]+(\d|\p{L}+)/u.exec(text.slice(m.end, m.end + 30));
  const word = next?.[1].toLowerCase() ?? '';
  return next !== null && (word <= '9' || CURRENCY_WORDS.has(word) || CURRENCY_WORDS.has(`${word}s`));
}

/** Two or more parts joined by hyphens or dashes, each a listed place or a national or regional adjective. */
function placeCompound(lex: Lexicon, name: string): boolean {
  const parts = name.split(/[-‐–]/);
  return parts.length > 1 && parts.every((p) => {
    const key = keyOf(p);
    return lex.gazetteer.get(key)?.type === 'place' || lex.national.has(key) || lex.regional.has(key);
  });
}

/** The mention is an all-capitals word next to another all-capitals word ("OPERATIONS CONTINUED"). */
function inCapsRun(text: string, m: Mention): boolean {
  const before = /(?:^|[^\p{L}])\p{Lu}{2,}[ \t]+$/u.test(text.slice(Math.max(0, m.start - 40), m.start));
  const after = /^[ \t]+\p{Lu}{2,}(?:$|[^\p{L}])/u.test(text.slice(m.end, m.end + 40));
  return before || after;
}

/** "(US) dollars", "US$530 million": the mention stands alone in parentheses right before a currency word, or is joined to a currency sign. */
function qualifiesCurrency(text: string, m: Mention): boolean {
  if (CURRENCY_SIGN.test(text.charAt(m.end))) return true;
  if (text[m.start - 1] !== '(' || text[m.end] !== ')') return false;
  const next = /^\)\s+(\p{L}+)/u.exec(text.slice(m.end, m.end + 30));
  return next !== null && CURRENCY_WORDS.has(next[1].toLowerCase());
}

/** The mention stands right before a currency word, one space between ("U.S. dollars"). */
function beforeCurrencyWord(text: string, m: Mention): boolean {
  const next = /^ (\p{Ll}+)\b/u.exec(text.slice(m.end, m.end + 20));
  return next !== null && CURRENCY_WORDS.has(next[1]);
}

/** A sign of a currency a country's letters may be joined to ("US$", "A$", "HK$"). */
const CURRENCY_SIGN = /^[$€£¥₹]$/u;
const CONNECTOR = /^(?:for|of|in|on|and|the|to)$/i;

/** The initials of a name's capitalised words before its first connector ("National Defense Authorization Act for …" → NDAA). */
function initials(name: string): string {
  const words = name.split(/[\s-]+/);
  const head: string[] = [];
  for (const w of words) {
    if (CONNECTOR.test(w) || !/^\p{Lu}/u.test(w)) break;
    head.push(w[0]);
  }
  return head.join('');
}

/**
 * The initials of a name's capitalised words over its connectors ("Department of Homeland Security" → DHS),
 * and with the "of" they pass over as an "O" ("Ministry of Defence" → MOD, "Department of Defense" → DOD).
 */
function initialsOver(name: string): string[] {
  const words = name.split(/[\s-]+/);
  if (!words.some((w) => CONNECTOR.test(w))) return [];
  const capital = words.filter((w) => /^\p{Lu}/u.test(w) && !CONNECTOR.test(w)).map((w) => w[0]);
  const withOf = words.filter((w) => /^\p{Lu}/u.test(w) || w === 'of').map((w) => w[0].toUpperCase());
  return [capital.join(''), withOf.join('')];
}

/**
 * entity:acronym-initials — an acronym nobody defined whose letters are the initials of a longer name of the
 * document joins it, each mention to the nearest such name before it. entity:acronym-inside-name — an acronym
 * defined inside a longer name ("Satellite Communications (SATCOM) Projects") joins that name.
 */
function joinAcronyms(lex: Lexicon, entities: Entity[]): Entity[] {
  const byInitials = new Map<string, Entity[]>();
  for (const e of entities) {
    if (!e.name.includes(' ')) continue;
    for (const key of new Set([initials(e.name), ...initialsOver(e.name)])) if (key.length >= 3) byInitials.set(key, [...(byInitials.get(key) ?? []), e]);
  }
  const added = new Map<string, { mentions: Mention[]; reasons: Reason[]; alias: string }>();
  const gone = new Set<string>();
  const give = (to: Entity, from: Entity, m: Mention, id: string) => {
    const slot = added.get(to.id) ?? { mentions: [], reasons: [], alias: from.name };
    slot.mentions.push({ start: m.start, end: m.end, entity: to.id });
    if (!slot.reasons.some((r) => r.rule === id)) slot.reasons.push({ rule: id, weight: rule(lex, id).weight, about: to.type, words: from.name });
    added.set(to.id, slot);
  };
  for (const e of entities) {
    if (e.type !== 'other' || !CAPS_WORD.test(e.name.replace(/[^\p{L}]/gu, '')) || e.name.includes(' ')) continue;
    const inside = entities.find((o) => o !== e && o.name.includes(`(${e.name})`));
    const candidates = byInitials.get(e.name.replace(/[^\p{L}]/gu, '')) ?? [];
    if (inside) {
      for (const m of e.mentions) if (!inside.mentions.some((om) => m.start >= om.start && m.end <= om.end)) give(inside, e, m, 'entity:acronym-inside-name');
    } else if (candidates.length > 0 && !e.why.some((r) => r.rule === 'entity:acronym-defined')) {
      for (const m of e.mentions) give(nearestBefore(candidates, m.start), e, m, 'entity:acronym-initials');
    } else continue;
    gone.add(e.id);
  }
  if (gone.size === 0) return entities;
  return entities.filter((e) => !gone.has(e.id)).map((e) => {
    const slot = added.get(e.id);
    if (!slot) return e;
    const mentions = [...e.mentions, ...slot.mentions].sort((a, b) => a.start - b.start);
    const aliases = e.aliases.includes(slot.alias) ? e.aliases : [...e.aliases, slot.alias];
    return { ...e, aliases, mentions, why: [...e.why, ...slot.reasons] };
  });
}

/** The candidate named last before `at` (the first one when none is named before it). */
function nearestBefore(candidates: readonly Entity[], at: number): Entity {
  let best = candidates[0];
  let bestAt = -1;
  for (const c of candidates) {
    for (const m of c.mentions) if (m.start < at && m.start > bestAt) [best, bestAt] = [c, m.start];
  }
  return best;
}
