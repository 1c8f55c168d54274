import { bpOwns } from './bp-name';
import { parseNumeral } from './numbers';
import type { FigureLexicon } from './lexicon';
import { at, because, found, isLetter, lowerFirst, make, notFigure, skip, type Reading, type Scope } from './draft';
import { DASH, numeralOf, type Num } from './numeral';
import { readCurrencyAfter, readDuration, readEvery, readInWindow, readNoun, readOneIn, readOutOf, readTimes } from './units';
import { LAW_YEAR, NAMED, readYear } from './dates';
import { continuesCount, readBare } from './bare';
import { charAfter, phraseEnding, skipSpaceBack, wordAfter, wordBefore, wordsBefore } from './look';

/**
 * Decides what a number is from the words around it, in this order: a
 * percentage, money, a ratio, a duration before a noun ("a five-year period"),
 * a fraction, "N out of M", a year, a quantity or count with its noun, and last
 * a bare number read from its sentence. Other hyphenated compounds
 * ("24-hour-a-day", "Five-Year Plan"), numbers glued to letters ("6G") and
 * identifiers ("Section 232") are not figures.
 */


/** The end of an identifier or code chain ("116-92", "9081", "1.2.3"). */
export function chainEnd(text: string, pos: number, limit: number): number {
  let i = pos;
  while (i < limit && /[\w.\-–/]/.test(text.charAt(i)) && !(text.charAt(i) === '.' && !/\w/.test(text.charAt(i + 1)))) i++;
  return i;
}

/** True when an identifier keyword stands just before `pos` ("Section 232", "P.L.116-92", "Version: 3"). */
function afterIdentifierWord(lex: FigureLexicon, text: string, floor: number, pos: number): boolean {
  let p = skipSpaceBack(text, floor, pos);
  if (text.charCodeAt(p - 1) === 58) p = skipSpaceBack(text, floor, p - 1); // ":"
  const w = wordsBefore(text, floor, p, 1);
  return w.length === 1 && isIdentifierWord(lex, text.slice(w[0].start, w[0].end));
}

/** "Section", "section", "Order" (not "order"), "§§": a keyword of the identifier lists. */
function isIdentifierWord(lex: FigureLexicon, word: string): boolean {
  const { identifiersAnyCase: anyCase, identifiersCapitalised: capitalised } = lex.phrases;
  if (capitalised.has(word) || /^§+$/.test(word)) return true;
  const first = word.charAt(0);
  return first !== first.toLowerCase() ? anyCase.has(first.toLowerCase() + word.slice(1)) : anyCase.has(word);
}

/** "36.3%", "50 percent", "2 percentage points", "10%-15%". */
function readPercent(sc: Scope, n: Num): Reading | null {
  const { text, end } = sc;
  const { percent, percentLeads } = sc.lex.numbers;
  if (charAfter(text, n.end, end) !== '%' && !percentLeads.has(wordAfter(text, n.end, end))) return null;
  const pct = at(sc.lex.patterns.percent, text, n.end, end);
  // An abbreviation in capitals is a name ("500 BP shares"), not "bp"; a word in capitals stays one ("25 PERCENT").
  if (!pct || /^[A-Z]{2,3}$/.test(pct[1])) return null;
  // "bp" as a company writes itself, before what it owns ("20 bp stations"): no basis points.
  if (pct[1] === 'bp' && bpOwns(text, pct.index + pct[0].length - 2, end)) return null;
  let endAt = pct.index + pct[0].length;
  let high = n.high;
  const dash = high === null ? at(DASH, text, endAt, end) : null;
  const m2 = dash ? at(numeralOf(sc), text, dash.index + dash[0].length, end) : null;
  const p2 = m2 ? at(sc.lex.patterns.percent, text, m2.index + m2[0].length, end) : null;
  if (m2 && p2 && parseNumeral(m2[0], sc.decimalComma) > n.value) {
    high = parseNumeral(m2[0], sc.decimalComma);
    endAt = p2.index + p2[0].length;
  }
  const written = lowerFirst(pct[1]);
  const unit = percent[written];
  const why = because(sc.lex, unit === '%' ? 'figure:percent-sign' : unit === 'basis points' ? 'figure:basis-points' : 'figure:percentage-points', written);
  return found(make('percent', n.start, endAt, n.value, unit, { high, why }));
}

/** Decides what the number `n` is; null when it is no figure. */
export function classify(sc: Scope, n: Num): Reading | null {
  const { text, end } = sc;
  const after = n.end;

  const percent = readPercent(sc, n);
  if (percent) return percent;
  const money = readCurrencyAfter(sc, after);
  if (money) return found(make('money', n.start, money.end, n.value, money.currency, { high: n.high, why: money.why }));
  const ratio = readTimes(sc, n);
  if (ratio) return found(ratio);
  const duration = readDuration(sc, n);
  if (duration) return found(duration);

  // "a third went to …", "nearly half were …": a share with no noun of its own (not "2% a quarter").
  const alone = (n.fraction || (n.words && n.value === 0.5)) && sc.lex.patterns.fractionAlone.test(text.slice(n.end, Math.min(end, n.end + 16))) && !/[\d%]\s*$/.test(text.slice(Math.max(sc.start, n.start - 3), n.start));
  const share = (rule: string) => found(make('ratio', n.start, n.end, n.value, 'fraction', { why: because(sc.lex, rule) }));
  if (n.fraction) {
    // "one third", "two-thirds": a share. "a third" only as "a third of", alone before a verb, or a change by it ("cut by a third").
    const article = /^an?\b/i.test(text.slice(n.start, n.end));
    const of = /^\s+of\b/i.test(text.slice(n.end, n.end + 5));
    if (article && !of && !alone && !changedBy(sc, n)) return null;
    if (text.charAt(n.end) === '-' && isLetter(text.charAt(n.end + 1))) return null;
    return share(article && !of && alone ? 'figure:fraction-alone' : 'figure:fraction');
  }
  if (n.words && n.value === 0.5) {
    // "half as much as the force costs": a ratio; "half of its traffic": a share, as "a third of" is; "half" alone is prose.
    const asMuch = sc.lex.patterns.halfAs.exec(text.slice(n.end, Math.min(end, n.end + 24)));
    if (asMuch) return found(make('ratio', n.start, n.end + asMuch[0].length, 0.5, 'times', { why: because(sc.lex, 'figure:half-as') }));
    if (sc.lex.dates.parts[wordBefore(text, sc.start, n.start)] !== undefined) return null; // "the first half"
    if (/^\s+of\b/i.test(text.slice(n.end, n.end + 5)) || changedBy(sc, n)) return share('figure:fraction'); // "cut the price by more than half"
    return alone ? share('figure:fraction-alone') : null;
  }
  const counted = readInWindow(sc, n) ?? readOneIn(sc, n) ?? readEvery(sc, n);
  if (counted) return found(counted);
  if (n.words && n.value < 10) {
    // Small numbers in words are prose ("two questions") unless a unit of measure or time or "out of" follows,
    // or they count weapons or vessels ("three specialised repair vessels").
    const lead = wordAfter(text, after, end);
    if (lead !== 'out' && lead !== 'of' && !sc.lex.units.measureLeads.has(lead) && !sc.lex.units.time.has(lead)) {
      const noun = readNoun(sc, after);
      // "within three working days": a length of time with a word before its unit.
      if (noun && noun.rule === 'figure:time-unit' && !sc.lex.dates.relative.has(wordAfter(text, noun.end, end))) {
        return found(make(noun.kind, n.start, noun.end, n.value, noun.unit, { noun: { start: noun.start, end: noun.end }, why: because(sc.lex, noun.rule, noun.unit) }));
      }
      // "six refineries have closed", "in five areas": a count, unless it refers back ("the three states") or orders the text ("three reasons").
      if (noun && (noun.rule === 'figure:counted-noun' || noun.rule === 'figure:counted-name') && n.value >= 2 && !sc.lex.units.equipment.has(noun.unit) && smallCount(sc, n.start, n.end, noun)) {
        return found(make('count', n.start, noun.end, n.value, noun.unit, { noun: { start: noun.start, end: noun.end }, why: because(sc.lex, 'figure:small-count-noun', noun.unit) }));
      }
      // "with two employees", "only four Transpower staff": the head count of an office, as "41 employees" is in digits.
      if (noun && noun.rule === 'figure:workforce-count' && n.value >= 2 && smallCount(sc, n.start, n.end, noun)) {
        return found(make('count', n.start, noun.end, n.value, noun.unit, { noun: { start: noun.start, end: noun.end }, why: because(sc.lex, 'figure:small-count-workforce', noun.unit) }));
      }
      // "six companies in China, three in Hong Kong": no noun of its own, the next value of the count before it.
      if (!noun) return continuesCount(sc, n);
      if (!sc.lex.units.equipment.has(noun.unit)) return null;
      return found(make(noun.kind, n.start, noun.end, n.value, noun.unit, { noun: { start: noun.start, end: noun.end }, why: because(sc.lex, 'figure:small-count-equipment', noun.unit, noun.rule) }));
    }
  }

  const outOf = readOutOf(sc, n);
  if (outOf) return found(outOf);

  const next = text.charAt(after);
  // Other hyphenated compounds: "24-hour-a-day", "Five-Year Plan", "Two- or three-star". A dash before
  // a number word is punctuation lost in extraction ("2000-one third").
  if (next === '-' && !sc.lex.patterns.dashBeforeWord.test(text.slice(after, after + 8))) {
    if (/^-[A-Za-z\s]/.test(text.slice(after, after + 2))) return null;
  }
  if (isLetter(next)) {
    const glued = !n.words ? at(sc.lex.patterns.glued, text, after, end) : null;
    if (glued) {
      const unit = glued[1].toLowerCase();
      return found(make('quantity', n.start, glued.index + glued[0].length, n.value, unit, { high: n.high, why: because(sc.lex, 'figure:glued-unit', unit) }));
    }
    return null; // "6G", "467KB", "14th", "CR450"
  }

  if (!n.words && afterIdentifierWord(sc.lex, text, sc.start, n.start)) return skip(chainEnd(text, n.end, end));

  const year = readYear(sc, n);
  if (year === NAMED) return skip(n.end);
  if (year === LAW_YEAR) return notFigure(sc.lex, 'figure:not-law-year', n.end);
  if (year) return found(year);

  const noun = readNoun(sc, after);
  if (noun) {
    if (n.words && n.value < 10 && !noun.measure && !sc.lex.units.time.has(noun.unit)) return null;
    if (!n.words && n.value < 2 && n.high === null && !noun.measure) return null; // "1 satellite"; "1 centimetre", "1.5 metres" measure
    // "Ten years ago", "two years later": a point in time told from another, not a length.
    if (noun.rule === 'figure:time-unit' && sc.lex.dates.relative.has(wordAfter(text, noun.end, end))) return notFigure(sc.lex, 'figure:not-time-relative', noun.end);
    if (noun.measure && isPriceBase(sc, n.start)) return notFigure(sc.lex, 'figure:not-price-base', noun.end);
    return found(make(noun.kind, n.start, noun.end, n.value, noun.unit, { high: n.high, noun: { start: noun.start, end: noun.end }, why: because(sc.lex, noun.rule, noun.unit) }));
  }
  return readBare(sc, n);
}

/** True when a measured amount at `pos` is what the price just before it is for: "$30 for one thousand cubic meters". */
function isPriceBase(sc: Scope, pos: number): boolean {
  const last = sc.figures.length > 0 ? sc.figures[sc.figures.length - 1] : null;
  if (last === null || last.kind !== 'money') return false;
  const words = wordsBefore(sc.text, last.end, pos, sc.lex.phrases.priceBases.longest);
  const n = phraseEnding(words, sc.lex.phrases.priceBases);
  return n > 0 && sc.text.slice(last.end, words[n - 1].start).trim() === '';
}

/** True when a small number in words before `noun` counts it: not after a word that refers back, nor before a noun alone that orders the text. */
function smallCount(sc: Scope, pos: number, numberEnd: number, noun: { readonly start: number; readonly end: number; readonly unit: string }): boolean {
  const before = wordsBefore(sc.text, sc.start, pos, 1);
  // A sentence that opens with one and goes on to a colon or a dash announces the things it lists ("Three shifts would
  // change the picture: …", "Two great rivers — the … and the … —"); "Two statutes authorize …" counts them.
  if (/^[\s"'“‘(*_#>•-]*$/.test(sc.text.slice(sc.start, pos)) && /-{2}|[—–:]/.test(sc.text.slice(noun.end, sc.end))) return false;
  // "the five largest container lines": the top few of a ranking, not things named before.
  const ranked = sc.lex.rank.superlatives.has(wordAfter(sc.text, numberEnd, sc.end));
  // "three reasons" orders the text; "five border points" counts border points.
  const prose = sc.lex.phrases.smallCountProse.has(noun.unit) && !/\s/.test(sc.text.slice(noun.start, noun.end));
  return !(before.length > 0 && sc.lex.phrases.smallCountNotAfter.has(before[0].lower) && !ranked) && !prose;
}

/** A change by a fraction: "cut by a third", "rose by nearly a third over …", "by more than half." (a hedge may stand after "by"). */
function changedBy(sc: Scope, n: Num): boolean {
  const words = wordsBefore(sc.text, sc.start, n.start, 4);
  return words[phraseEnding(words, sc.lex.phrases.approximately)]?.lower === 'by' && sc.lex.patterns.fractionByEnds.test(sc.text.slice(n.end, n.end + 12));
}
