import type { Entity } from '../model/model';
import { unitColumns, unitSpans, type TextUnit, type Units } from '../parse/units';
import { findDefinitions } from './acronyms';
import { findChunks } from './chunks';
import { findCitations } from './citations';
import type { Context, Work } from './context';
import { addCues } from './cues';
import { readLayout } from './layout';
import { lexicon, type Lexicon } from './lexicon';
import { buildEntities } from './mentions';
import { groupForms } from './groups';
import { collectForms } from './merge';
import { linkAcronyms, slashAliases, spellOut } from './defined';
import { segmentChunk } from './segment';
import { ACRONYM, CAP, keyAt, LOWER, rereadSpans, tokenise, tokeniseWith, type TokenMemo, type Tokens } from '../parse/tokens';
import { addLegislation } from './legislation';
import { addFormedNames } from './formed';
import { typeFromColumns } from './columns';
import { findQuotedNames } from './quoted';
import { findReferenceNames } from './reference-names';
import { findYearNames } from './years';
import { findAddressLines, findByLines } from './bylines';
import { findReferenceAuthors } from './reference-authors';
import { findStreetAddresses } from './streets';
import { findMembers, findSpeakers } from './members';
import { findPostSpeakers } from './post-speakers';
import { findRoleFields } from './role-fields';
import { findBracketedTitles, findNumberedTitles } from './bracketed';
import { refineEntities } from './precision';
import { typeFromLists } from './listed';
import { typeByActing } from './acting';
import { typeFromNotices, withNoticeNames, type NoticeSpan } from './notices';
import { surnameFirst } from './surname-first';
import { placeFields } from './place-fields';
import { capsLines, markCapsLines, openCapsLines, titleCased } from './capslines';

/** What a caller may change: the compiled lexicon (the built-in one unless given), and a counter of work to fill. */
export interface EntityOptions {
  readonly lexicon?: Lexicon;
  readonly work?: Work;
  /** The document's tokens, when the caller has read them already: one token stream for every analyser. */
  readonly tokens?: Tokens;
  /** The text of the notices the reading set aside (blanked in `text`): an acronym they define still types a name. */
  readonly notices?: readonly string[];
  /** The masked text before notices were blanked, and where the notices are (entity:in-notice reads the names some give). */
  readonly shown?: string;
  readonly noticeSpans?: readonly NoticeSpan[];
  /**
   * Whether lines written all in capitals are read as titles write them (entity:caps-line): in text
   * without markup, the default; markdown marks its headings, and its capitals are style.
   */
  readonly capsLines?: boolean;
  /**
   * Whether a gap of spaces inside a line parts two columns (entity:column-gap): in text without markup, the
   * default; in markdown the markup blanked out of the text leaves such gaps inside a name ("The**GPS** Enterprise").
   */
  readonly columns?: boolean;
}

/**
 * Named entities of a document: people, places, organisations, treaties and
 * programmes, and other names whose kind the text does not tell.
 *
 * How a name is found, in order of strength: a gazetteer (countries and capitals
 * from countries-list, regions, cities, international organisations, buildings
 * typed by their context); a head word ("Foreign Ministry", "Baltic Sea Fleet",
 * "Treaty on Creating the Union", "Implementation Program"); a title or a given
 * name before a surname, or a title alone naming an office ("Secretary of
 * Commerce"); a provision cited by number ("Section 232 of the Trade Expansion
 * Act"); a lower-case phrase quoted before a programme head ("a “maximum
 * pressure” campaign"); a name with the year it aims at ("Healthy Peru 2030");
 * an acronym defined in parentheses; and, for a capitalised name nobody listed,
 * its context ("in Astrakhan", "the Yeltsin era", "the Galileo navigation
 * system"). Then the whole document is read at once: the same string is the
 * same entity everywhere, a surname alone joins the person named in full,
 * spelling variants of a given name merge ("Aleksandr" and "Alexander"), and
 * the type of an entity is decided by the evidence of all its mentions.
 *
 * Mentions cover the name only: a title before a person is left out ("President
 * Aleksandr Lukashenko" mentions "Aleksandr Lukashenko"), as is a possessive
 * ending ("Lukashenko" in "Lukashenko’s"). A capital at the start of a sentence
 * (a unit) is no evidence of a name; headings and other text outside units are
 * searched only for names found in the units. Linear in the length of the text.
 *
 * Every piece of evidence is a named rule, a row of
 * src/core/lexicon/data/entity-rules.json (the patterns among them run in
 * src/core/parse/match.ts): each entity's `why` lists the rules that argued for
 * its type, summed over its mentions, strongest first, with the words they
 * matched, then the rules that merged its forms.
 *
 * @param text The document, markup blanked to spaces at the same offsets.
 * @param units Its sentences in order; with none, the whole text is read as one.
 * @param options The compiled lexicon to read with (the built-in one unless given), a counter of work,
 *   and the document's tokens when the caller has read them already (one token stream for every analyser).
 * @returns Entities ordered by first mention, each with its mentions in order.
 */
export function findEntities(original: string, listed: readonly TextUnit[] | Units, memo?: TokenMemo, options: EntityOptions = {}): Entity[] {
  const units = unitColumns(listed);
  const lex = options.lexicon ?? lexicon();
  const work = options.work ?? { steps: 0 };
  // Contact, author and hearing lines are set aside from the reading, but their names are read (entity:in-notice).
  const noticed = withNoticeNames(lex, original, options.shown, options.noticeSpans);
  // Lines written all in capitals are read as titles write them (entity:caps-line).
  const caps = options.capsLines === false ? [] : capsLines(noticed.text);
  const text = titleCased(noticed.text, caps, lex.titles);
  // The caller's words are the text's but for the notices given back: only those are read anew (their names are read once).
  const given = caps.length > 0 || !options.tokens ? undefined : noticed.given.length === 0 ? options.tokens : rereadSpans(options.tokens, text, noticed.given) ?? undefined;
  const tokens = given ?? (memo ? tokeniseWith(text, memo) : tokenise(text));
  const layout = readLayout(text, tokens, units, lex.functionWords, lex.sourceLabels, options.columns !== false);
  openCapsLines(noticed.lines, tokens, layout);
  openCapsLines(noticed.prose, tokens, layout);
  openCapsLines(caps, tokens, layout);
  const { lowerSeen, capCount } = countWords(text, tokens);
  const { prefixAcronyms, midCaps } = readCapitals(tokens, layout);
  const context: Context = { text, tokens, layout, lex, lowerSeen, capCount, headAcronyms: new Map(), prefixAcronyms, midCaps, work };

  // A table's source line is read for the laws it cites as a sentence is ("Source: …; P.L. 117-128").
  const read = units.length ? withSources(units, layout.sources) : [{ start: 0, end: text.length }];
  const entities = addFormedNames(lex, text, read, addLegislation(lex, text, read, namesOf(context)));
  const typed = typeFromColumns(lex, text, units, typeFromNotices(lex, typeFromLists(text, lex, typeByActing(text, lex, refineEntities(text, lex, lowerSeen, entities))), options.notices));
  const marked = markCapsLines(lex, noticed.prose, markCapsLines(lex, noticed.lines, markCapsLines(lex, caps, typed), 'entity:in-notice'), 'entity:in-notice', true);
  // A list of designated persons writes each surname first, in capitals (entity:surname-first).
  // A form's field labelled as a place holds one (entity:place-field).
  return [...placeFields(lex, text, surnameFirst(lex, original, marked))];
}

/**
 * The entities named in the runs of capitalised words and by the other
 * readers of names. A function of its own so the runs, forms and groups it
 * reads through (about 20× the text of a list of defined names) are let go
 * before the entities are refined and typed (issue #14).
 */
function namesOf(context: Context): Entity[] {
  const chunks = findChunks(context);
  const { forms, antecedents, fixed } = formsOf(context, chunks);
  const groups = groupForms(context, forms, antecedents, slashAliases(context, antecedents));
  return buildEntities(context, chunks, groups, fixed);
}

/**
 * The forms of names proposed in `chunks` (and by definitions, citations,
 * quotes, years and by-lines), with their cues and acronyms. A function of its
 * own so the proposals (one per mention, each with its evidence: about 20 MB per
 * 5 MB of text) are let go before the entities are built.
 */
function formsOf(context: Context, chunks: ReturnType<typeof findChunks>) {
  const definitions = findDefinitions(context);
  for (const d of definitions) if (d.head) context.headAcronyms.set(keyAt(context.tokens, d.acronym), d.head);
  const { proposals, defined, covered, fixed, blocked } = spellOut(context, definitions);
  for (const chunk of chunks) if (chunk.find > 0) segmentChunk(context, chunk, defined, covered, proposals);
  for (const found of [findCitations(context), findQuotedNames(context), findReferenceNames(context), findYearNames(context, proposals, covered), findByLines(context), findReferenceAuthors(context), findAddressLines(context), findStreetAddresses(context), findMembers(context), findSpeakers(context), findPostSpeakers(context), findRoleFields(context), findBracketedTitles(context), findNumberedTitles(context)]) {
    proposals.push(...found.proposals);
    fixed.push(...found.fixed);
  }
  proposals.sort((a, b) => a.first - b.first || b.last - a.last);
  addCues(context, proposals);
  const antecedents = linkAcronyms(context, definitions, proposals, blocked);
  return { forms: collectForms(context, proposals, blocked), antecedents, fixed };
}

/**
 * Which words the document writes in lower case, and how often each capitalised word occurs. A word
 * written in lower case only inside an e-mail or a web address ("press@roe.senate.gov") is not seen
 * so: an address is no evidence that "Roe" or "Senate" is an ordinary word.
 */
function countWords(text: string, tokens: Tokens): { lowerSeen: Set<string>; capCount: Map<string, number> } {
  const lowerSeen = new Set<string>();
  const capCount = new Map<string, number>();
  // By distinct word, not by word: a few thousand steps for a long document.
  for (let id = 0; id < tokens.words.length; id++) {
    const shape = tokens.shapes[id];
    const key = tokens.keys[id];
    if (shape === LOWER) lowerSeen.add(key);
    else if (shape === CAP || shape === ACRONYM) capCount.set(key, (capCount.get(key) ?? 0) + tokens.counts[id]);
  }
  const inAddress = new Map<string, number>();
  for (const address of addresses(text)) for (const piece of address.toLowerCase().split(/[^\p{L}\p{N}-]+/u)) if (piece) inAddress.set(piece, (inAddress.get(piece) ?? 0) + 1);
  if (inAddress.size === 0) return { lowerSeen, capCount };
  const lowerCount = new Map<string, number>();
  for (let id = 0; id < tokens.words.length; id++) {
    const key = tokens.keys[id];
    if (tokens.shapes[id] === LOWER && inAddress.has(key)) lowerCount.set(key, (lowerCount.get(key) ?? 0) + tokens.counts[id]);
  }
  for (const [key, n] of inAddress) if (lowerCount.get(key) === n) lowerSeen.delete(key);
  return { lowerSeen, capCount };
}

/**
 * The e-mail and web addresses written out in `text`. Linear: a web address opens with a fixed
 * prefix; an e-mail address is found from its "@" (its domain by a pattern anchored there, its
 * local part by a walk back that stops at the previous "@" or space).
 */
function addresses(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WEB)) out.push(m[0]);
  let from = 0;
  for (const m of text.matchAll(DOMAIN)) {
    let start = m.index;
    while (start > from && LOCAL.test(text[start - 1])) start--;
    if (start < m.index) out.push(text.slice(start, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  return out;
}

/** A web address: a fixed opening, then anything but a space or a bracket. */
const WEB = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/gu;
/** An e-mail address's "@" and domain ("@roe.senate.gov"). */
const DOMAIN = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** A character of an e-mail address's local part. */
const LOCAL = /[\p{L}\p{N}._%+-]/u;

/**
 * How the document writes its capitals: the acronyms every occurrence of which stands right before a
 * capitalised word in one sentence ("HMCS Ottawa", "CDP Reti"), and the capitalised words it writes
 * somewhere inside a sentence or as the first of a longer name, not only alone at a sentence's start.
 */
function readCapitals(tokens: Tokens, layout: ReturnType<typeof readLayout>): { prefixAcronyms: Set<string>; midCaps: Set<string> } {
  const before = new Set<string>();
  const alone = new Set<string>();
  const midCaps = new Set<string>();
  for (let i = 0; i < tokens.count; i++) {
    // Inside a sentence, or opening a longer name ("Zhou Lihua, a professor, disagrees. Zhou argues …").
    const inName = i + 1 < tokens.count && tokens.shape[i + 1] === CAP && layout.punct[i + 1] === '' && !layout.broken[i + 1];
    if (tokens.shape[i] === CAP && layout.unit[i] >= 0 && (!layout.opens[i] || inName)) midCaps.add(keyAt(tokens, i));
    if (tokens.shape[i] !== ACRONYM) continue;
    const key = keyAt(tokens, i);
    const next = i + 1;
    const named = next < tokens.count && tokens.shape[next] === CAP && layout.punct[next] === '' && !layout.broken[next] && layout.unit[i] >= 0;
    (named ? before : alone).add(key);
  }
  for (const key of alone) before.delete(key);
  return { prefixAcronyms: before, midCaps };
}

/**
 * What the entity rule `id` (of an entity's `why`) says in words a reader
 * understands, for a hover card: "after a word such as 'in' or 'near'".
 */
export function entityRuleSays(id: string, lex: Lexicon = lexicon()): string | undefined {
  return lex.rules.get(id)?.says;
}

/** The units and the source lines among them, in text order (both are in order already). */
function withSources(units: Units, sources: readonly { start: number; end: number }[]): Iterable<{ start: number; end: number }> {
  if (sources.length === 0) return unitSpans(units);
  const out: { start: number; end: number }[] = [];
  let s = 0;
  for (const u of unitSpans(units)) {
    while (s < sources.length && sources[s].start < u.start) out.push(sources[s++]);
    out.push(u);
  }
  while (s < sources.length) out.push(sources[s++]);
  return out;
}
