import { headType, innerComplement, isConnector, type Context } from './context';
import { pluralsBeforeHead } from './chunks';
import { adjective, describesSet, namesItself, nationalFeatures } from './plurals';
import { propose, proposeListed, single, type Mode, type Piece, type Segmenter } from './pieces';
import { ACRONYM, CAP, CODE, INITIAL, keyAt, LETTER, LOWER, NUMBER, textAt } from '../parse/tokens';
import { bodyHead, listInside } from './headed';

/**
 * A run with no head word: gazetteer names, people (a given name, then a
 * surname), acronyms, and what is left: unknown names, typed later by context.
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

/** Reads pieces with no head word into proposals. */
export function readRun(s: Segmenter, ps: readonly Piece[], mode: Mode): void {
  const { tokens, lex, layout } = s.context;
  let run: Piece[] = [];
  const flush = () => {
    if (run.length && mode === 'all') unknownRun(s, run);
    run = [];
  };
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k];
    if (p.entry) {
      if (namedForCountry(s, run, p)) propose(s, run[0].first, p.last, 'unknown', 'organization', 'entity:named-for-country', {}, textAt(tokens, p.first));
      else {
        flush();
        proposeListed(s, p);
      }
      run = [];
      continue;
    }
    if (p.defined) {
      flush(); // proposed on its own, with its acronym
      continue;
    }
    const key = keyAt(tokens, p.first);
    const shape = tokens.shape[p.first];
    if (isConnector(s.context, p.first)) {
      if (lex.particles.has(key) && run.length) run.push(p);
      else flush();
      continue;
    }
    if (shape === ACRONYM) {
      flush();
      // entity:acronym-prefix — an acronym the document never writes alone, opening the last one or two words of a
      // run, is part of that name ("HMCS Ottawa", "CDP Reti"), not an acronym beside a place.
      const tail = ps.length - 1 - k;
      if (mode === 'all' && tail >= 1 && tail <= 2 && s.context.prefixAcronyms.has(key) && !lex.conceptAcronyms.has(key) && ps.slice(k + 1).every((q) => properWord(s.context, q))) {
        propose(s, p.first, ps[ps.length - 1].last, 'unknown', 'other', 'entity:acronym-prefix');
        return;
      }
      const outside = layout.unit[p.first] < 0 && (s.context.capCount.get(key) ?? 0) < 2;
      if (!lex.conceptAcronyms.has(key) && !outside && mode === 'all') propose(s, p.first, p.last, 'acronym', 'other', 'entity:acronym');
      continue;
    }
    if (shape === CODE || shape === NUMBER || shape === LETTER) {
      flush();
      continue;
    }
    // entity:middle-initial — a word no list knows is a given name all the same before an initial and a surname ("Latrice M. Okafor").
    const initialled = !lex.firstNames.has(key) && middleInitial(s.context, ps, k);
    if (shape === CAP && (lex.firstNames.has(key) || initialled) && !(layout.opens[p.first] && lex.commonWords.has(key))) {
      const end = surnameAfter(s.context, ps, k);
      if (end > k) {
        flush();
        const first = p.first;
        const last = ps[end].last;
        const given: string[] = [];
        for (let i = first; i < last; i++) if (!isConnector(s.context, i)) given.push(keyAt(tokens, i));
        const rule = initialled ? 'entity:middle-initial' : 'entity:given-name';
        propose(s, first, last, 'person', 'person', rule, { given, surname: keyAt(tokens, last) }, textAt(tokens, initialled ? ps[k + 1].first : first));
        k = end;
        continue;
      }
    }
    run.push(p);
  }
  flush();
}

/** One capitalised word that is no ordinary word and is never written in lower case in the document ("Ottawa", "Reti"). */
function properWord(context: Context, q: Piece): boolean {
  const { tokens, lowerSeen } = context;
  return q.first === q.last && tokens.shape[q.first] === CAP && !q.defined && !ordinary(context, q.first) && !lowerSeen.has(keyAt(tokens, q.first));
}

/** Index of the piece holding the surname after a given name at `k`, or -1. */
function surnameAfter(context: Context, ps: readonly Piece[], k: number): number {
  const { tokens, lex } = context;
  let end = -1;
  for (let q = k + 1; q < ps.length && q - k <= 4; q++) {
    const p = ps[q];
    const key = keyAt(tokens, p.first);
    if (single(p) && tokens.shape[p.first] === INITIAL) continue;
    if (single(p) && isConnector(context, p.first) && lex.particles.has(key)) continue;
    // A one-word gazetteer name can be a surname ("George Washington").
    const word = (single(p) || (p.entry && p.first === p.last)) && tokens.shape[p.first] === CAP;
    if (!word || lex.heads.has(key) || lex.national.has(key)) break;
    end = q;
    if (p.entry) break;
  }
  return end;
}

/** True when piece `k` opens a person's name with a middle initial: a proper word, one initial, a proper surname. */
function middleInitial(context: Context, ps: readonly Piece[], k: number): boolean {
  const { tokens, lex } = context;
  if (k + 2 >= ps.length || !properWord(context, ps[k]) || !single(ps[k + 1]) || tokens.shape[ps[k + 1].first] !== INITIAL) return false;
  const surname = ps[k + 2];
  return properWord(context, surname) && !lex.heads.has(keyAt(tokens, surname.first)) && !context.layout.broken[surname.first];
}

/** An ordinary word: common, a date, a number word, a title. */
function ordinary(context: Context, i: number): boolean {
  const { lex } = context;
  const key = keyAt(context.tokens, i);
  return lex.commonWords.has(key) || lex.calendar.has(key) || lex.numberWords.has(key) || lex.titles.has(key);
}

/** An unknown run: trimmed of words that are not names, then proposed as "other" for context to type. */
function unknownRun(s: Segmenter, input: readonly Piece[]): void {
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

/** The type of a lower-case head word right after token `last` ("the Baltic states"), if any. */
function lowerHeadAfter(s: Segmenter, last: number): 'place' | 'organization' | 'treaty_or_program' | undefined {
  const { tokens, layout, lex } = s.context;
  const next = last + 1;
  if (next >= tokens.count || tokens.shape[next] !== LOWER || layout.broken[next] || tokens.possessive[last]) return undefined;
  const key = keyAt(tokens, next); // a feature in the plural too ("the Danish straits", "the Vakhsh and Panj rivers")
  const type = lex.lowerHeads.get(key) ?? (key.endsWith('s') && lex.features.has(key) ? 'place' : undefined);
  return type === 'place' || type === 'organization' || type === 'treaty_or_program' ? type : undefined;
}

/**
 * Proposes words `first..last` as a name of the type its head `decider` gives, with the weight of that head;
 * a place's name right before "programme" or "initiative" names the programme ("the Interreg North Sea Region programme").
 */
export function proposeHeaded(s: Segmenter, first: number, last: number, decider: Piece): void {
  const { tokens, lex } = s.context;
  const type = headType(s.context, decider.last)!;
  if (type === 'place' && lowerHeadAfter(s, last) === 'treaty_or_program') {
    propose(s, first, last, 'headed', 'treaty_or_program', 'entity:programme-after-place', {}, textAt(tokens, last + 1));
    return;
  }
  const weak = tokens.shape[decider.last] === CAP && lex.weakHeads.has(keyAt(tokens, decider.last));
  if (weak && properBefore(s, first, decider.last)) {
    propose(s, first, last, 'headed', 'organization', 'entity:company-weak-head', {}, textAt(tokens, decider.last));
    return;
  }
  // A complement going on after "in" ("Council for Trade in Goods"), plural possessives inside ("Cadets' Associations").
  let [inner, plurals] = [false, false];
  for (let k = first; k < last && !inner; k++) inner = lex.innerConnectors.has(keyAt(tokens, k)) && innerComplement(tokens, lex, k);
  for (let k = first; k < last && !plurals; k++) plurals = tokens.possessive[k] === 1 && pluralsBeforeHead(s.context, k);
  const body = decider.last < last && bodyHead(s, decider) && lex.bodyComplement.has(keyAt(tokens, decider.last + 1));
  const list = listInside(s, first, last);
  const id = weak ? 'entity:weak-head' : inner ? 'entity:complement-in' : plurals ? 'entity:plural-possessive' : body ? 'entity:body-complement' : list ? 'entity:complement-list' : 'entity:head';
  // entity:weak-head — a programme ("Ukraine Recovery Fund"), unless the name says what a body is for ("Fund for Saving …").
  const shared = weak && !(decider.last < last && keyAt(tokens, decider.last + 1) === 'for') ? 'treaty_or_program' : type;
  propose(s, first, last, 'headed', shared, id, {}, textAt(tokens, decider.last));
}

/**
 * True when the weak head at `head` is one that names a company (heads.json weakCompany) and the word
 * before it, within the name, is a proper name: an acronym or a word no list knows and the document
 * never writes in lower case ("BAE Systems", "Keller Systems"; not "Missile Warning Systems").
 */
function properBefore(s: Segmenter, first: number, head: number): boolean {
  const { tokens, lex, lowerSeen } = s.context;
  if (head <= first || !lex.weakCompany.has(keyAt(tokens, head))) return false;
  const key = keyAt(tokens, head - 1);
  if (tokens.shape[head - 1] === ACRONYM) return !lex.conceptAcronyms.has(key);
  return tokens.shape[head - 1] === CAP && !ordinary(s.context, head - 1) && !lowerSeen.has(key) && !lex.heads.has(key) && !adjective(s.context, head - 1);
}

/** An institution's name opening a sentence ("Parliament should act") where the document never writes it in lower case. */
export function openingInstitution(s: Segmenter, i: number): boolean {
  const { tokens, lex, layout, lowerSeen } = s.context;
  const key = keyAt(tokens, i);
  return layout.opens[i] === 1 && lex.standalone.has(key) && !lowerSeen.has(key) && layout.unit[i] >= 0;
}

/**
 * Nouns written with capitals right before a country's name, within a sentence, name a body of that
 * country ("Geoscience Australia", "Export Finance Australia", "Statistics Canada"); adjectives,
 * directions and ordinary words opening a sentence do not ("Western Australia", "Continental Europe").
 */
function namedForCountry(s: Segmenter, run: readonly Piece[], p: Piece): boolean {
  const { tokens, lex, layout } = s.context;
  if (run.length === 0 || run.length > 3 || p.entry!.type !== 'place' || p.first !== p.last || layout.broken[p.first] || layout.unit[p.first] < 0) return false;
  if (run[run.length - 1].last !== p.first - 1 || tokens.possessive[p.first - 1]) return false;
  return run.every(({ first, last }) => {
    const key = keyAt(tokens, first);
    const opening = layout.opens[first] === 1 && (ordinary(s.context, first) || s.context.lowerSeen.has(key));
    return first === last && tokens.shape[first] === CAP && !opening && !adjective(s.context, first) && !lex.directions.has(key) &&
      !lex.functionWords.has(key) && !lex.adjectiveEnding.test(key) && !lex.titles.has(key) && !lex.firstNames.has(key);
  });
}
