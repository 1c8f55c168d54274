import { isConnector, type Context } from './context';
import { adjective, describesSet, namesItself, nationalFeatures } from './plurals';
import { propose, type Piece, type Segmenter } from './pieces';
import { CAP, keyAt, LOWER, textAt } from '../parse/tokens';
import { lowerHeadAfter, ordinary } from './run-words';

/**
 * What is left of a run with no head word once gazetteer names, people and
 * acronyms are read (runs.ts): an unknown name, trimmed of the words that are
 * no names, then proposed as "other" for context to type — or as a grouping
 * ("the Five Eyes"), a company ("Hanwha Aerospace"), a name with a capital
 * inside ("ArcelorMittal"), or a name before a lower-case head ("the Elbe estuary").
 */

/** Two words run together: lower case, then a capital and lower case again ("ForceUpdated", not "BeiDou"). */
const GLUED = /\p{Ll}{3}\p{Lu}\p{Ll}/u;
/** A word whose last letter alone is a capital after small letters ("TenneT", "SpaceX"). */
const FINAL_CAPITAL = /^\p{Lu}\p{L}*\p{Ll}{2}\p{Lu}$/u;

/** True when the word before `first` is a lower-case noun saying what a name is ("the firm", "the start-up"). */
function typeNounBefore(context: Context, first: number): boolean {
  const { tokens, lex, layout } = context;
  return first > 0 && tokens.shape[first - 1] === LOWER && layout.punct[first] === '' && lex.typeNouns.has(keyAt(tokens, first - 1));
}

/** An unknown run: trimmed of words that are not names, then proposed as "other" for context to type. */
export function unknownRun(s: Segmenter, input: readonly Piece[]): void {
  const { context } = s;
  const { tokens, lex, layout, lowerSeen, capCount } = context;
  let from = 0;
  let to = input.length;
  // Nationality adjectives open no name ("Russian Communist"); at a sentence start neither do ordinary words.
  while (from < to) {
    const i = input[from].first;
    const opening = layout.opens[i] === 1 && (ordinary(context, i) || lowerSeen.has(keyAt(tokens, i)));
    if (!adjective(context, i) && !opening) break;
    const key = keyAt(tokens, i);
    if (to - from === 1 && ((lex.regional.has(key) && !lex.directions.has(key)) || nationalFeatures(context, i)) && lowerHeadAfter(s, i) === 'place') break;
    // A regional word before one other word names it with that word ("Baltic Sentry", "Atlantic Resolve").
    if (to - from === 2 && !opening && lex.regional.has(key) && !lex.national.has(key) && !lex.directions.has(key)) break;
    from++;
  }
  while (to > from && isConnector(context, input[to - 1].first)) to--;
  if (from >= to) return;
  const first = input[from].first;
  const last = input[to - 1].last;
  // entity:plural-head-without-the — an adjective before a plural head names a set only after "the" ("the Baltic
  // states", "the three Baltic states"); "European states", "allied Nordic states" describe, they name nothing.
  // Proper names before one are names all the same ("at Bikini and Enewetak atolls").
  const head = lowerHeadAfter(s, last);
  const described = head && to - from === 1 && describesSet(context, first);
  const extension = described ? undefined : head;
  if (to - from === 1) {
    const key = keyAt(tokens, first);
    const regional = (lex.regional.has(key) || nationalFeatures(context, first)) && extension === 'place';
    if (!regional && (ordinary(context, first) || adjective(context, first) || lex.heads.has(key) || lowerSeen.has(key) || key.length < 2)) return;
    // At a sentence start a word is a name only if written so again, and not shaped like an ordinary word,
    // or written with a capital inside ("ArcelorMittal").
    if (layout.opens[first] && ((capCount.get(key) ?? 0) < 2 || !context.midCaps.has(key) || lex.ordinaryEnding.test(key)) && !innerCapital(context, first)) return;
  }
  // Outside sentences (tables, boxes, captions) an unknown name must be written so twice.
  if (layout.unit[first] < 0 && (capCount.get(keyAt(tokens, first)) ?? 0) < 2) return;
  if (extension && s.chunk.last === last) {
    // A place's own name before a feature word is the name ("the Elbe estuary"), not a work's ("the Gotland cable");
    // an adjective needs its noun ("the Korean peninsula"). So is a programme's that names itself (entity:descriptor-after-name).
    const selfNamed = namesItself(context, first, last, extension);
    const own = (lex.features.has(keyAt(tokens, last + 1)) || selfNamed) && !(to - from === 1 && adjective(context, first));
    propose(s, first, own ? last : last + 1, 'unknown', extension, selfNamed && own ? 'entity:descriptor-after-name' : 'entity:lower-head', {}, textAt(tokens, last + 1));
    return;
  }
  let allOrdinary = true;
  for (let k = from; k < to; k++) {
    const i = input[k].first;
    // Words glued by a lost space ("ForceUpdated", scraped pages) are no names unless written so again.
    // A noun saying what it is right before ("the start-up ClearSpace") makes it a name all the same.
    if (GLUED.test(textAt(tokens, i)) && (capCount.get(keyAt(tokens, i)) ?? 0) < 2 && !innerCapital(context, i) && !typeNounBefore(context, first)) return;
    if (!ordinary(context, i) && !isConnector(context, i)) allOrdinary = false;
  }
  // Ordinary words capitalised ("Defense Primer", "Space Training") label things; they name nothing,
  // except a number word capitalised inside a sentence before a plural: a grouping ("the Five Eyes").
  if (to - from === 2 && grouping(context, first, last)) {
    propose(s, first, last, 'unknown', 'organization', 'entity:numbered-group');
    return;
  }
  if (to - from > 1 && allOrdinary) return;
  // A proper name before a word of trade ("Hanwha Aerospace", "Viva Energy") names a company (entity:company-word).
  if (to - from > 1 && lex.companyWords.has(keyAt(tokens, last)) && !ordinary(context, first) && !lowerSeen.has(keyAt(tokens, first))) {
    propose(s, first, last, 'unknown', 'organization', 'entity:company-word', {}, textAt(tokens, last));
    return;
  }
  if (to - from === 1 && innerCapital(context, first)) propose(s, first, last, 'unknown', 'organization', 'entity:inner-capital');
  else propose(s, first, last, 'unknown', 'other', 'entity:unknown-name');
}

/**
 * True when words `first..last` are a number word and a plural, capitalised after "the" inside a
 * sentence ("the Five Eyes", "the Big Four" is not: its number is last): a grouping's name
 * (entity:numbered-group), where a count is written in lower case ("five eyes").
 */
export function grouping(context: Context, first: number, last: number): boolean {
  const { tokens, lex, layout } = context;
  if (last !== first + 1 || layout.opens[first] || first === 0 || keyAt(tokens, first - 1) !== 'the') return false;
  return lex.numberWords.has(keyAt(tokens, first)) && tokens.shape[last] === CAP && keyAt(tokens, last).endsWith('s') && !lex.heads.has(keyAt(tokens, last));
}

/**
 * True when word `i` is one name written with a capital inside ("ArcelorMittal", "GlobalFoundries")
 * rather than two words whose space was lost ("ForceUpdated"): the part from the inner capital is
 * no ordinary word and is written nowhere else in the document on its own (entity:inner-capital).
 */
function innerCapital(context: Context, i: number): boolean {
  const { tokens, lex, lowerSeen, capCount } = context;
  const word = textAt(tokens, i);
  // A capital closing the word after small letters ("TenneT", "SpaceX") is no lost space: no word is one capital.
  if (FINAL_CAPITAL.test(word)) return true;
  const m = GLUED.exec(word);
  if (!m) return false;
  const rest = word.slice(m.index + 3).toLowerCase();
  return !lex.commonWords.has(rest) && !lowerSeen.has(rest) && !capCount.has(rest);
}
