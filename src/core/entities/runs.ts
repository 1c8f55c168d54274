import { headType, innerComplement, isConnector, type Context } from './context';
import { lowerHeadAfter, ordinary } from './run-words';
import { unknownRun } from './unknown';
import { pluralsBeforeHead } from './chunks';
import { adjective } from './plurals';
import { postNominal, propose, proposeListed, single, type Mode, type Piece, type Segmenter } from './pieces';
import { ACRONYM, CAP, CODE, INITIAL, keyAt, LETTER, NUMBER, textAt } from '../parse/tokens';
import { bodyHead, listInside } from './headed';
import { personEvidence } from './person-evidence';

/**
 * A run with no head word: gazetteer names, people (a given name, then a
 * surname), acronyms, and what is left: unknown names, typed later by context
 * (unknown.ts). And a name its head word types (proposeHeaded).
 */

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
      // entity:post-nominal — letters after a name in the same run ("Jane Roe CB") style the person, and name nothing.
      // So do letters after a body's name that is a person's party or house ("a Labour Party MP").
      const styled = p.first > 0 && tokens.shape[p.first - 1] === CAP && !layout.broken[p.first] && postNominal(s, p);
      // entity:post-nominal-person — the two to four words they style are the person, whatever the given name.
      if (styled && styledName(s, run, p)) {
        const given = run.slice(0, -1).filter((q) => !isConnector(s.context, q.first)).map((q) => keyAt(tokens, q.first));
        const last = run[run.length - 1].last;
        propose(s, run[0].first, last, 'person', 'person', 'entity:post-nominal-person', { given, surname: keyAt(tokens, last) }, textAt(tokens, p.first));
        run = [];
        continue;
      }
      flush();
      if (styled) continue;
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

/**
 * True when `run`, right before the post-nominal letters `p`, is a name they may style ("Callum Roe MP"):
 * two to four single capitalised words (particles inside), none an ordinary word, a head, a nationality,
 * a title or a word the document writes in lower case, and nothing between the last of them and the letters.
 */
function styledName(s: Segmenter, run: readonly Piece[], p: Piece): boolean {
  const { tokens, lex, layout, lowerSeen } = s.context;
  if (run.length < 2 || run.length > 4 || run[run.length - 1].last !== p.first - 1 || layout.broken[p.first]) return false;
  if (qualifiedLetters(s, run, p)) return false;
  return run.every((q, n) => {
    const key = keyAt(tokens, q.first);
    if (isConnector(s.context, q.first)) return n > 0 && n < run.length - 1 && lex.particles.has(key);
    return single(q) && tokens.shape[q.first] === CAP && !ordinary(s.context, q.first) && !lex.heads.has(key) && !lex.national.has(key) && !lowerSeen.has(key);
  });
}

/**
 * True when the letters `p` after `run` are not a person's: a determiner before the run makes it a modifier of the
 * letters ("the <seat> MP", "a <party> MP", "several <list> MBE awards"); a capitalised name right after the letters
 * is the one they qualify ("<party> MP <name>"); letters that as often mean something else (words.json sharedLetters:
 * "MS", "PC", "QC") style the run only with the person's own evidence (personEvidence: a given name, a title, …).
 */
function qualifiedLetters(s: Segmenter, run: readonly Piece[], p: Piece): boolean {
  const { tokens, lex, layout } = s.context;
  const first = run[0].first;
  if (first > 0 && !layout.broken[first] && lex.determiners.has(keyAt(tokens, first - 1))) return true;
  const next = p.last + 1;
  if (next < tokens.count && !layout.broken[next] && tokens.start[next] - tokens.after[p.last] === 1 && tokens.shape[next] === CAP && !lex.functionWords.has(keyAt(tokens, next))) return true;
  return lex.sharedLetters.has(keyAt(tokens, p.first)) && !personEvidence(s.context, first, run[run.length - 1].last);
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
