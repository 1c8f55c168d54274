import type { EntityType } from '../model/model';
import firstNames from '../lexicon/data/first-names.json';
import titles from '../lexicon/data/titles.json';
import heads from '../lexicon/data/heads.json';
import words from '../lexicon/data/words.json';
import demonyms from '../lexicon/data/demonyms.json';
import places from '../lexicon/data/places.json';
import organizations from '../lexicon/data/organizations.json';
import cues from '../lexicon/data/cues.json';
import entityRules from '../lexicon/data/entity-rules.json';
import legislation from '../lexicon/data/legislation.json';
import { keyOf } from '../parse/chars';
import { compileMatcher, type Matcher } from '../parse/match';
import type { WordList } from '../parse/pattern-rows';
import { bills, buildVariants, compileRules, endingIn, lower, patternLists, typedMap, withPlurals, type RuleRow } from './compile';
import type { Rule } from './evidence';
import { buildGazetteer, type GazetteerEntry } from './gazetteer';

/**
 * The word lists of the recogniser, compiled once into sets and maps. Every key
 * is a normalised form (see {@link keyOf}): lower case, no dots, no diacritics.
 */

/** Everything the recogniser knows before reading a document. */
export interface Lexicon {
  readonly firstNames: ReadonlySet<string>;
  /** First-name key → key of its variant group ("aleksandr" → "alexander"). */
  readonly nameVariants: ReadonlyMap<string, string>;
  readonly titles: ReadonlySet<string>;
  readonly titleCues: ReadonlySet<string>;
  /** Posts staff hold ("fellow", "specialist") and the words that qualify them ("senior", "research"). */
  readonly posts: ReadonlySet<string>;
  readonly postModifiers: ReadonlySet<string>;
  /** Capitalised head words and the type of name they end. */
  readonly heads: ReadonlyMap<string, EntityType>;
  /** Heads that can open a name followed by "of", "on", "for" ("Department of ..."). */
  readonly connectedFirst: ReadonlySet<string>;
  /** Heads that open a name with no connector ("Operation Desert Storm", "Mount Elbrus"). */
  readonly prefixHeads: ReadonlyMap<string, EntityType>;
  /** Lower-case nouns that complete a capitalised name ("the Baltic states"). */
  readonly lowerHeads: ReadonlyMap<string, EntityType>;
  /** Heads that take a number ("Executive Order 14347"). */
  readonly numbered: ReadonlySet<string>;
  /** Heads whose type a type noun before the name overrides ("the company Defense Systems"). */
  readonly weakHeads: ReadonlySet<string>;
  /** Weak heads naming a company after a proper name ("BAE Systems"). */
  readonly weakCompany: ReadonlySet<string>;
  /** Words of trade that end a company's name after a proper name ("Hanwha Aerospace"): heads.json companyWords. */
  readonly companyWords: ReadonlySet<string>;
  /** A company's legal form, which may follow its name after a comma ("… Logistics, Inc."). */
  readonly legalForms: ReadonlySet<string>;
  /** Heads that name an institution alone ("the Navy"). */
  readonly standalone: ReadonlySet<string>;
  /** Singular nouns that make a quoted lower-case phrase a programme's name ("a “maximum pressure” campaign"). */
  readonly quotedHeads: ReadonlySet<string>;
  /** Lower-case heads of an engineered system ("system", "network"), and the words of technology before them ("satellite"). */
  readonly engineeredHeads: ReadonlySet<string>;
  readonly technologies: ReadonlySet<string>;
  /** Nouns that end a name with the year of an edition or a contest ("Energy Outlook 2040", "World Cup 2026"). */
  readonly dated: ReadonlySet<string>;
  /** Parts of a law cited by number ("Section 232 of ...", "Article 5 of ..."). */
  readonly parts: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly commonWords: ReadonlySet<string>;
  readonly calendar: ReadonlySet<string>;
  readonly numberWords: ReadonlySet<string>;
  /** Ordinals written as words ("fifth"): they number the name they open ("the Fifth Fleet"). */
  readonly ordinals: ReadonlySet<string>;
  readonly conceptAcronyms: ReadonlySet<string>;
  readonly national: ReadonlySet<string>;
  readonly regional: ReadonlySet<string>;
  readonly gazetteer: ReadonlyMap<string, GazetteerEntry>;
  /** Keys that begin a longer gazetteer name ("united" of "united states"): a lookup goes on only through them. */
  readonly gazetteerPrefixes: ReadonlySet<string>;
  readonly cues: typeof cues;
  /** Lower-case nouns that say what kind of thing a name is ("the company", "an initiative"), with that type. */
  readonly typeNouns: ReadonlyMap<string, EntityType>;
  /** Words that join the parts of a name ("of", "de"); particles join only a person's or a place's; complements open a head's. */
  readonly connectors: ReadonlySet<string>;
  /** Words that join a head's complement to an ordinary word after it ("Council for Trade in Goods"): words.json innerConnectors. */
  readonly innerConnectors: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly complement: ReadonlySet<string>;
  /** Connectors that open the complement of an office or a document title ("Secretary of", "Outline of"). */
  readonly titleComplement: ReadonlySet<string>;
  /** Connectors that open the complement of any body's head, listed as taking one or not ("Centers for …"). */
  readonly bodyComplement: ReadonlySet<string>;
  readonly directions: ReadonlySet<string>;
  /** Quoted names: words that single out one thing before the quotes, and words a name may hold inside. */
  readonly definite: ReadonlySet<string>;
  readonly joining: ReadonlySet<string>;
  /** Names with a year: words before a target year ("to 2035"), small words inside such a name. */
  readonly targetYear: ReadonlySet<string>;
  readonly insideYearName: ReadonlySet<string>;
  /** Words opening an author line before the name ("By", "Author:"). */
  readonly bylineLabels: ReadonlySet<string>;
  /** The second words of a line's label whose name is a person when a post follows it ('Media contact: Jane Doe, Deputy Spokesperson'): words.json postLabels. */
  readonly postLabels: ReadonlySet<string>;
  /** The last words of a field's label naming the role one person holds ('Rapporteur: Jane Roe'; entity:role-field): words.json roleLabels. */
  readonly roleLabels: ReadonlySet<string>;
  /** Words of a transcript's role label that name no post ('MODERATOR (Jane Doe):'; entity:post-speaker): words.json speakerRoles. */
  readonly speakerRoles: ReadonlySet<string>;
  /** The notices whose names are read though the notice is set aside (entity:in-notice): words.json noticeNames. */
  readonly noticeNames: ReadonlySet<string>;
  /** Of noticeNames, those read aside as prose (a labelled box): a name only they give is dropped only for its capitals (words.json noticeProse). */
  readonly noticeProse: ReadonlySet<string>;
  /** Labels opening a table's source line ("Source:"), read for the laws it cites: words.json sourceLabels. */
  readonly sourceLabels: ReadonlySet<string>;
  /** Heads of a state's bodies before "of" ("Government of …"), whose one unknown word after is a place: words.json stateBodies. */
  readonly stateBodies: ReadonlySet<string>;
  /** The formal styles of a state before "of" ("Republic of …"): words.json stateForms. */
  readonly stateForms: ReadonlySet<string>;
  /** Words opening the title of a speech or a statement, its speaker after "by" ("Remarks by …"): words.json addressTitles. */
  readonly addressTitles: ReadonlySet<string>;
  /** Kinds of vehicle, craft or product a model's name stands before ("Rafale fighters"): words.json machines. */
  readonly machines: ReadonlySet<string>;
  /** Nouns for who acts, heading a table's column of bodies ("Lead applicant"): words.json agentNouns. */
  readonly agentNouns: ReadonlySet<string>;
  /** Heads whose complement may be a title, naming the organisation of its holder ("Office of Inspector General"). */
  readonly titleOffices: ReadonlySet<string>;
  /** Styles before a name in a signature ("Rt Hon"), and letters after it ("MP"). */
  readonly honorifics: ReadonlySet<string>;
  readonly postNominals: ReadonlySet<string>;
  /** Post-nominal letters that as often mean something else ("MS", "PC", "QC"): a person only with evidence. */
  readonly sharedLetters: ReadonlySet<string>;
  /** Determiners ("the", "a", "several"): before a name and its letters, the name modifies the letters. */
  readonly determiners: ReadonlySet<string>;
  /** Endings of ordinary words, of adjectives, of abstract nouns ("-tion"), as patterns on a key. */
  readonly ordinaryEnding: RegExp;
  readonly adjectiveEnding: RegExp;
  /** How demonyms end ("Alaskan", "Marshallese"): words.json endings.demonym. */
  readonly demonymEnding: RegExp;
  /** Endings a demonym adds to its place's name ("Kalveria" + "n"): words.json endings.formedDemonym. */
  readonly formedDemonym: readonly string[];
  readonly abstractNoun: RegExp;
  /** Heads a company's name is often written without ("Group"), and heads of statutes ("Act"). */
  readonly companyHeads: ReadonlySet<string>;
  /** Lower-case place heads after a place's own name ("the Elbe estuary"), not after a work named for one ("the Gotland cable"). */
  readonly features: ReadonlySet<string>;
  /** Two-word heads ("economic corridor") and the type they give, unlike their last word's. */
  readonly compounds: ReadonlyMap<string, EntityType>;
  readonly statutes: ReadonlySet<string>;
  /** Heads of papers named by the year they are issued in ("Strategic Defence Review 2025"). */
  readonly issued: ReadonlySet<string>;
  /** Heads of a military unit's name, as written ("Division" of "1st (United Kingdom) Division"); then of a street's ("Avenue"). */
  readonly unitHeads: readonly string[];
  readonly streets: ReadonlySet<string>;
  /** Bills and laws by number ("H.R. 1903"), and the key each prefix is written under. */
  readonly bills: RegExp;
  readonly billKeys: ReadonlyMap<string, string>;
  /** Acts numbered by year and serial ("Regulation (EU) 2023/956"): legislation.json's acts. */
  readonly acts: RegExp;
  /** The named rules, by id. */
  readonly rules: ReadonlyMap<string, Rule>;
  /** The rules that are patterns over words, ready to run. */
  readonly patterns: Matcher<RuleRow>;
  /** The word lists patterns name, by name. */
  readonly lists: ReadonlyMap<string, WordList>;
}

/**
 * Everything the recogniser's lexicon is compiled from: the data files of
 * src/core/lexicon/data, one field each.
 */
export interface EntityData {
  readonly firstNames: typeof firstNames;
  readonly titles: typeof titles;
  readonly heads: typeof heads;
  readonly words: typeof words;
  readonly demonyms: typeof demonyms;
  readonly places: typeof places;
  readonly organizations: typeof organizations;
  readonly cues: typeof cues;
  readonly legislation: typeof legislation;
  readonly rules: { readonly rules: readonly RuleRow[] };
}

/** The built-in data. */
export const BUILT_IN: EntityData = { firstNames, titles, heads, words, demonyms, places, organizations, cues, legislation, rules: entityRules as unknown as EntityData['rules'] };

/** The rule `id` of the lexicon; a missing row is a clear error, not a silent zero. */
export function rule(lex: Lexicon, id: string): Rule {
  const found = lex.rules.get(id);
  if (!found) throw new Error(`No entity rule "${id}": add its row to src/core/lexicon/data/entity-rules.json.`);
  return found;
}

/** Compiles the recogniser's lexicon from `data` (the built-in data unless given). */
export function compileEntityLexicon(data: EntityData = BUILT_IN): Lexicon {
  const { firstNames, titles, heads, words, demonyms, cues } = data;
  const functionWords = lower(words.function);
  const commonWords = lower([...words.common, ...words.function]);
  const given = lower(firstNames.names);
  const { map: gazetteer, prefixes } = buildGazetteer(data.places, data.organizations, commonWords, given);
  const partial: Omit<Lexicon, 'lists' | 'patterns'> = {
    firstNames: given,
    nameVariants: buildVariants(firstNames),
    titles: lower(titles.titles),
    titleCues: lower(titles.lowercase),
    posts: lower(titles.posts),
    postModifiers: lower(titles.postModifiers),
    heads: typedMap({
      treaty_or_program: heads.treaty_or_program,
      organization: heads.organization,
      place: [...heads.place, ...heads.streets],
      other: heads.event,
    }),
    connectedFirst: lower(heads.connectedFirst),
    prefixHeads: typedMap(heads.prefix as Partial<Record<EntityType, string[]>>),
    lowerHeads: typedMap(heads.lower),
    numbered: lower(heads.numbered),
    weakHeads: lower(heads.weak),
    weakCompany: lower(heads.weakCompany),
    companyWords: lower(heads.companyWords),
    legalForms: new Set([...lower(heads.legalForms), ...heads.legalForms.map(keyOf)]),
    standalone: lower(heads.standalone),
    quotedHeads: lower(heads.quoted),
    engineeredHeads: lower(heads.engineered.heads),
    technologies: lower(heads.engineered.technologies),
    dated: lower(heads.dated),
    parts: lower(heads.parts),
    functionWords,
    commonWords,
    calendar: lower(words.calendar),
    numberWords: lower(words.numbers),
    ordinals: lower(words.ordinals),
    conceptAcronyms: new Set(words.conceptAcronyms.map((a) => keyOf(a))),
    national: lower(demonyms.national),
    regional: lower(demonyms.regional),
    gazetteer,
    gazetteerPrefixes: prefixes,
    cues,
    typeNouns: typedMap(cues.typeNouns as Partial<Record<EntityType, readonly string[]>>),
    connectors: lower([...words.connectors, ...words.particles]),
    innerConnectors: lower(words.innerConnectors),
    particles: lower(words.particles),
    complement: lower(words.complement),
    titleComplement: lower(words.titleComplement),
    bodyComplement: lower(words.bodyComplement),
    directions: lower(words.directions),
    definite: lower(words.definite),
    joining: lower(words.joining),
    targetYear: lower(words.targetYear),
    insideYearName: lower(words.insideYearName),
    bylineLabels: lower(words.bylineLabels),
    postLabels: lower(words.postLabels),
    roleLabels: lower(words.roleLabels),
    speakerRoles: lower(words.speakerRoles),
    noticeNames: lower(words.noticeNames),
    noticeProse: lower(words.noticeProse),
    sourceLabels: lower(words.sourceLabels),
    stateBodies: lower(words.stateBodies),
    stateForms: lower(words.stateForms),
    addressTitles: lower(words.addressTitles),
    agentNouns: lower(words.agentNouns),
    machines: lower(words.machines),
    titleOffices: lower(words.titleOffices),
    honorifics: lower(words.honorifics),
    postNominals: lower(words.postNominals),
    sharedLetters: lower(words.sharedLetters),
    determiners: lower(words.determiners),
    ordinaryEnding: endingIn(words.endings.ordinary),
    adjectiveEnding: endingIn(words.endings.adjective),
    demonymEnding: endingIn(words.endings.demonym),
    formedDemonym: words.endings.formedDemonym.map((w) => w.toLowerCase()),
    abstractNoun: endingIn(words.endings.abstractNoun, '^[a-z]{3,}'),
    companyHeads: lower(heads.company),
    features: lower(withPlurals(heads.features)),
    compounds: typedMap(heads.compounds),
    statutes: lower(heads.statutes),
    issued: lower(heads.issued),
    unitHeads: heads.units,
    streets: lower(heads.streets),
    ...bills(data.legislation),
    rules: compileRules(data.rules.rules),
  };
  const lists = patternLists(partial);
  return { ...partial, lists, patterns: compileMatcher(data.rules.rules.filter((r) => r.pattern || r.patterns), lists) };
}

let compiled: Lexicon | undefined;

/** The built-in lexicon, compiled on first use (a few milliseconds) and kept. */
export function lexicon(): Lexicon {
  compiled ??= compileEntityLexicon();
  return compiled;
}
