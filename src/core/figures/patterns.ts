import type { FigureData } from './data';

/**
 * The patterns the figure reader matches at a position, built from its word
 * lists (so a word added to the data is matched with no change of code). The
 * shape of each pattern — what may stand between the words — stays here.
 */

export interface Patterns {
  /** A currency sign or prefixed sign before an amount ("US$", "€"). */
  readonly currencyPrefix: RegExp;
  /** An ISO code before an amount ("USD 5 million"). */
  readonly codePrefix: RegExp;
  /** A currency word after an amount, with whose it is: "(US) dollars", "Canadian dollars", "euros". */
  readonly currencyAfter: RegExp;
  /** An ISO code after an amount ("5 million EUR"). */
  readonly codeAfter: RegExp;
  /** The letters before "$" that belong to the sign ("US$", "C$"), read at the end of a short slice. */
  readonly dollarPrefix: RegExp;
  /** Currency signs of one character other than "$": 1 at their char code. */
  readonly signs: Uint8Array;
  /** A percent sign or word after a number ("%", "per cent", "percentage points"). */
  readonly percent: RegExp;
  /** "out of", "of", "of its": between a part and its total. */
  readonly outOf: RegExp;
  /** Words after a verb that looks like a plural noun ("calls for"). */
  readonly afterVerb: RegExp;
  /** What may follow a change by a fraction ("cut by a third, …", "by a third in 2024"). */
  readonly fractionByEnds: RegExp;
  /** After a fraction with no noun of its own: a share ('a third went to …'). */
  readonly fractionAlone: RegExp;
  /** A dash after a number that is punctuation, before a number word or "and" ("2000-one third"). */
  readonly dashBeforeWord: RegExp;
  /** What joins the two ends of a span of dates. */
  readonly spanJoin: RegExp;
  /** An opener of a span and the years it counts, right before its first year: 'between fiscal years '. */
  readonly spanPeriod: RegExp;
  /** The words between the ends of a range of dates ("2025 to 2028"), not "and". */
  readonly rangeJoin: RegExp;
  /** A range's join and a year right after a number (" to 2028"): the number is the range's first year, even after "over". */
  readonly rangeNext: RegExp;
  /** Between two figures, when the second restates the first: ", or about". */
  readonly apposition: RegExp;
  /** Before a figure listed with the one before it: "and", "; Tyumen's,". */
  readonly coordinated: RegExp;
  /** A form of "be" between two figures. */
  readonly copula: RegExp;
  /** After an amount, before what it is spent on: "for", "a year in". */
  readonly spentOn: RegExp;
  /** After a noun a figure modifies, before its object: "on", "of". */
  readonly modifiedBy: RegExp;
  /** A unit of measure after a number ("cubic meters"), longest first. */
  readonly measure: RegExp;
  /** A unit glued to the number ("10km"). */
  readonly glued: RegExp;
  /** A unit in a compound ("-year", "-megawatt"). */
  readonly compound: RegExp;
  /** A scale word after digits ("billion", "bn"). */
  readonly scale: RegExp;
  /** Amounts with no exact value: "several hundred", "tens of thousands of". */
  readonly vague: RegExp;
  /** "twice as large", "twice the size", "thrice larger". */
  readonly twice: RegExp;
  /** "tenfold". */
  readonly foldWord: RegExp;
  /** "half as much". */
  readonly halfAs: RegExp;
  /** A capitalised month name or abbreviation (a pattern's source, to be built into the date patterns). */
  readonly monthName: string;
  readonly dayMonthYear: RegExp;
  readonly monthDayYear: RegExp;
  readonly monthYear: RegExp;
  readonly monthDay: RegExp;
  readonly monthAlone: RegExp;
  readonly dayMonth: RegExp;
  readonly season: RegExp;
  readonly partOfYear: RegExp;
  readonly edgeOf: RegExp;
  /** Words that make a sentence look ahead ("will", "expected to"). */
  readonly ahead: RegExp;
  /** Words of the present ("now", "currently"). */
  readonly present: RegExp;
  /** A word of the present in the figure's own phrase, after it, no number or stop between ("about 93 GW today", "29 run at full capacity today"). */
  readonly nowAfter: RegExp;
  /** A rate after a figure, one word allowed between ("₹100 crore a year"). */
  readonly rate: RegExp;
  /** What joins a number to the span of time it is counted in ("11| in the |15 months"). */
  readonly window: RegExp;
  /** Phrases that shift a figure's year ("a year earlier"), all of them in a sentence. */
  readonly shift: RegExp;
  /** Words that refer back to a year stated before ("that year", "the same year"). */
  readonly reference: RegExp;
  /** Phrases of the time after a year stated before ("have since", "since then"). */
  readonly since: RegExp;
  /** Every place a sentence says a period runs from a time: a 'since' phrase or "since" before a date ("since the October 2022 rules"). */
  readonly sinceAny: RegExp;
  /** The opening of an aside set off by a comma that describes a noun (", launched …", ", which …"): at the start of the text after the comma. */
  readonly asideOpen: RegExp;
  /** A verb of the past ("was", "earmarked"; not "has raised"): after an aside, the sentence tells of the aside's time. */
  readonly pastVerb: RegExp;
  /** A verb in the past tense anywhere in a sentence ("rose", "was", "pledged"; not "is recorded", "has noted"). */
  readonly pastTense: RegExp;
  /** As pastTense, but a word with the past ending after an article or a possessive describes a noun ("a shared picture", "the world's mined graphite"): a meeting's record in the past (figure:year-stated-period). */
  readonly meetingPast: RegExp;
  /** A cue that a sentence in the past tells of a time before the document's own ("at its peak", "last", "for the full year", "after the"). */
  readonly statedPast: RegExp;
  /** A section heading about what came before ("Background", "History"). */
  readonly statedPastHeading: RegExp;
  /** What leads a length of time an action lasts, just before it ("for more than", "every"). */
  readonly durationLead: RegExp;
  /** After a date, the level it names ("| enacted level", "| level of"). */
  readonly levelAfter: RegExp;
  /** Before a date, a percentage and the word that makes the date its base ("9.2 percent on |"). */
  readonly levelBefore: RegExp;
  /** The figure a change starts from, just before it ("from about 90 percent"). */
  readonly changeStart: RegExp;
  /** Phrases of a year told from the time of writing ("last year", "this fiscal year"), not after "the". */
  readonly relativeYear: RegExp;
  /** Where a contrasting clause begins (", while"). */
  readonly turn: RegExp;
  /** Phrases of a year told from the time of writing whose distance from it is known ("last year", "next year"), not after "the"; global. */
  readonly writtenYear: RegExp;
  /** Words that open a relative clause, where a clause told from the time of writing ends ("…, which brought in … last year"); global. */
  readonly writtenRelative: RegExp;
  /** Words that tie a date to the figure just before it, after a currency word or not ("million dollars in 2000"). */
  readonly tie: RegExp;
  /** A part of a year reported on, then its year, in a title ("Q3 2025", "third-quarter 2025"): group 1 the year. */
  readonly titlePeriod: RegExp;
  /** A word of results in a title ("Trading Update", "Earnings Call"). */
  readonly titleResults: RegExp;
  /** A year right before a word of results in a title ("Census 2021 results"): group 1 the year its results are of. */
  readonly titleDataYear: RegExp;
  /** A sentence of an earlier time or of a target, which a results title's period does not date ("Historically", "a year ago", "target"). */
  readonly titleNotNow: RegExp;
  /** A tie that ends the words between a figure and its date, whatever stands before it ("… of GDP in |", "… at the end of |"). */
  readonly tieTail: RegExp;
}

/** A literal for a pattern: special characters escaped, spaces as any whitespace. */
function literal(s: string, space = '\\s+'): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, space);
}

/** An alternation of words, longest first so that a longer word is never cut by a shorter one. */
function anyOf(words: Iterable<string>, space = '\\s+'): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => literal(w, space)).join('|');
}

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** A table by char code of the currency signs of one character other than "$" (read for every character beyond ASCII). */
function signTable(symbols: readonly string[]): Uint8Array {
  const table = new Uint8Array(1 << 16);
  for (const s of symbols) if (s.length === 1 && s !== '$') table[s.charCodeAt(0)] = 1;
  return table;
}

export function compilePatterns(data: FigureData): Patterns {
  const { currencies: cu, units: un, numbers: nu, change: ch, dates: da, phrases: ph } = data;
  const symbols = Object.keys(cu.symbols);
  const adjectives = Object.values(cu.adjectives).flatMap((a) => Object.keys(a));
  const currencyWords = [...Object.keys(cu.words), ...Object.keys(cu.adjectives)];
  // A month as written in prose, or in capitals as a heading writes it ("MARCH 12, 2026"); abbreviations only as in prose.
  const fullMonth = `(?:${anyOf([...new Set(Object.values(da.months))].flatMap((m) => [m, m.toUpperCase()]))})(?![\\w-])`;
  // A word right after a compound's mark, its first part no verb prefix: "hot-rolled", not "co-chaired".
  const compound = `(?<!(?<!\\b(?:${anyOf(da.pastTense.verbPrefixes)}))[${da.pastTense.compoundMarks.map((c) => `\\${c}`).join('')}])`;
  const month = `(?:${anyOf([...Object.keys(da.months).map(capital), ...new Set(Object.values(da.months).map((m) => m.toUpperCase()))])})(?![a-z])\\.?`;
  const parts = anyOf(Object.keys(da.parts));
  const edges = anyOf(da.edges);
  const scales = Object.keys(nu.scales);
  const v = nu.vague;
  return {
    currencyPrefix: new RegExp(`(${anyOf(symbols, '\\s?')})\\s?`, 'y'),
    codePrefix: new RegExp(`(${cu.codes.join('|')})\\s?(?=\\d)`, 'y'),
    currencyAfter: new RegExp(`\\s*(?:\\(\\s*(US|U\\.S\\.)\\s*\\)\\s*|(${anyOf(adjectives)})\\s+)?(${anyOf(currencyWords)})(?![\\w-])`, 'iy'),
    codeAfter: new RegExp(`\\s?(${cu.codes.join('|')})\\b`, 'y'),
    dollarPrefix: new RegExp(`(?:^|[^\\w.])(${anyOf(symbols.filter((s) => s.length > 1 && s.endsWith('$')).map((s) => s.slice(0, -1)), '\\s?')})$`),
    signs: signTable(symbols),
    percent: new RegExp(`\\s*(${Object.keys(nu.percent).sort((a, b) => b.length - a.length).map((w) => (/^\w/.test(w) ? `${literal(w)}\\b` : literal(w))).join('|')})`, 'iy'),
    outOf: new RegExp(`\\s+(out\\s+of|of\\s+(?:${anyOf(ph.possessives)})|of)\\s+`, 'iy'),
    afterVerb: new RegExp(`^\\s+(?:${anyOf(ph.afterVerb)})\\b`, 'i'),
    dashBeforeWord: new RegExp(`^-\\s*(?:${anyOf(nu.afterDash)})\\b`, 'i'),
    fractionByEnds: new RegExp(`^(?:\\s*(?:[.,;:)]|$)|\\s+(?:${anyOf(nu.afterFractionBy)})\\b)`, 'i'),
    fractionAlone: new RegExp(`^\\s+(?:${anyOf(nu.afterFractionAlone)})\\b`, 'i'),
    spanJoin: new RegExp(`^\\s+(?:${anyOf(da.spanJoins)})\\s+(?:(?:${anyOf(da.spanEdges)})\\s+)?$`, 'i'),
    spanPeriod: new RegExp(`\\b(?:${anyOf(da.spanOpeners)})\\s+(?:${anyOf(da.spanPeriods)})\\s+$`, 'i'),
    rangeJoin: new RegExp(`^\\s+(?:${anyOf(da.rangeSpans.joins)})\\s+$`, 'i'),
    rangeNext: new RegExp(`^\\s+(?:${anyOf(da.rangeSpans.joins)})\\s+(?:FY\\s?)?(?:19|20)\\d\\d(?!\\d)`, 'i'),
    apposition: new RegExp(`^[^,;()]{0,40},\\s*(?:${anyOf(ph.restating)})\\s+(?:(?:${anyOf(ph.roughly)})\\s+)?$`, 'i'),
    coordinated: new RegExp(
      `(?:(?:^|\\s)(?:${anyOf(ph.listing)})|[,;]|[A-Z][\\w-]*['’]s\\s*,)\\s*(?:(?:${anyOf([...ph.roughly, ...ph.listedApprox])})\\s+)?$`,
    ),
    copula: new RegExp(`\\b(?:${anyOf(ph.copulas)})\\b`),
    spentOn: new RegExp(
      `^\\s*(?:\\([^()]{0,30}\\)\\s*)?(?:(?:${anyOf(ph.copulas)})\\s+)?(?:(?:${anyOf(ph.rates)})\\s+)?(${anyOf(ph.spentOn)})\\s+`,
      'i',
    ),
    modifiedBy: new RegExp(`^\\s+(${anyOf(ph.modifiedBy)})\\s+`, 'i'),
    measure: new RegExp(`\\s*(${anyOf(un.measure)})(?![\\w-])`, 'iy'),
    glued: new RegExp(`(${un.glued.join('|')})\\b`, 'iy'),
    compound: new RegExp(`-(${anyOf(Object.keys(un.compound))})(?![\\w-])`, 'y'),
    scale: new RegExp(`\\s*(${anyOf(scales)})\\b`, 'iy'),
    vague: new RegExp(
      `(?:(?:${anyOf(v.some)})\\s+(?:${anyOf(v.counts)})(?:\\s+(?:${anyOf(v.then)}))?|(?:${anyOf(v.plurals)})(?:\\s+of\\s+(?:${anyOf(v.ofPlurals)}))?\\s+of)\\b`,
      'iy',
    ),
    twice: new RegExp(`(${anyOf(Object.keys(nu.multiples))})\\s+(?:(as)\\s+([a-z]+)(?:\\s+as\\b)?|(the)\\b|([a-z]+)\\b)`, 'iy'),
    foldWord: new RegExp(`(${anyOf(nu.fold)})fold\\b`, 'iy'),
    halfAs: new RegExp(`^\\s+as\\s+(?:${anyOf(ch.halfAs)})\\b`, 'i'),
    monthName: month,
    dayMonthYear: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${month}),?\\s+(\\d{4})(?!\\d)`, 'y'),
    monthDayYear: new RegExp(`(${month})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})(?!\\d)`, 'y'),
    monthYear: new RegExp(`(${month}),?\\s+(?:of\\s+)?(\\d{4})(?![\\d,.]?\\d)`, 'y'),
    monthDay: new RegExp(`(${month})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d%]|,?\\s*\\d)`, 'y'),
    dayMonth: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${fullMonth})(?![\\w-]|[\\s,]*\\d)`, 'y'),
    monthAlone: new RegExp(`(${fullMonth})(?:\\s+of\\s+(${anyOf(da.monthAlone.references)}))?(?![\\w-]|[\\s,]*\\d)`, 'y'),
    season: new RegExp(`(?:(${edges})[-\\s]+)?(${anyOf(da.seasons)})(?:\\s+of)?\\s+(\\d{4})(?!\\d)`, 'iy'),
    // "first quarter of 2000", "second half of the year 2024"; "the first eight months of 2026" (figure:date-months-of-year).
    partOfYear: new RegExp(`(${parts})\\s+(?:(quarter|half)|(${anyOf(Object.keys(nu.ones))}|\\d{1,2})\\s+(months|weeks))\\s+of\\s+(?:the\\s+)?(?:year\\s+)?(\\d{4})(?!\\d)`, 'iy'),
    edgeOf: new RegExp(`((?:${edges})(?=[-\\s])|(?:${anyOf(da.hyphenEdges)})(?=-))[-\\s]+(?:(${month})\\s+)?(?:(\\d{4})(?![\\ds])|(?:the\\s+)?(\\d{3}0)s\\b)`, 'iy'),
    ahead: new RegExp(
      `\\b(?:${anyOf(da.ahead.words)})\\b|\\b(?:${anyOf(da.ahead.beforeTo)})\\s+to\\b|\\b(?:${anyOf(da.ahead.phrases)})\\b`,
      'i',
    ),
    reference: new RegExp(`\\b(?:${anyOf(da.references)})\\b`, 'i'),
    since: new RegExp(`\\b(?:${anyOf(da.since)})\\b`, 'i'),
    sinceAny: new RegExp(
      `\\b(?:${anyOf(da.since)})\\b|\\b(?:${anyOf(da.sinceDates.openers)})\\s+(?:(?:${anyOf(da.sinceDates.fillers)})[\\s-]+|(?:[A-Za-z’'-]+\\s+){1,${da.sinceDates.eventWords}}(?:${anyOf(da.sinceDates.eventTies)})\\s+)?(?:${month}\\s+(?:\\d{1,2},?\\s+)?)?(?:FY\\s?|fiscal\\s+year\\s+)?(?:1[89]|20)\\d\\d(?!\\d)`,
      'gi',
    ),
    asideOpen: new RegExp(`^\\s*(?:${anyOf(da.asideOpeners.words)}|[a-z]+${literal(da.asideOpeners.participleEnding)})\\b`),
    pastVerb: new RegExp(`\\b(?:${anyOf(da.asideOpeners.past)})\\b|(?<!\\b(?:${anyOf(da.asideOpeners.perfect)})\\s+)\\b[a-z]+${literal(da.asideOpeners.participleEnding)}\\b`),
    // "hot-rolled", "state-owned": the second part of a compound adjective; "co-chaired" is still a verb.
    pastTense: new RegExp(
      `(?<!\\b(?:${anyOf(da.pastTense.notAfter)})\\s+)\\b(?:(?:${anyOf(da.pastTense.words)})\\b|${compound}(?!(?:${anyOf(da.pastTense.notPast)})\\b)[a-z]+${literal(da.pastTense.ending)}\\b)`,
    ),
    meetingPast: new RegExp(
      `(?<!\\b(?:${anyOf([...da.pastTense.notAfter, ...da.fieldDates.attributiveAfter.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)])])})\\s+)(?<!['’]s\\s+)\\b(?:(?:${anyOf(da.pastTense.words)})\\b|${compound}(?!(?:${anyOf(da.pastTense.notPast)})\\b)[a-z]+${literal(da.pastTense.ending)}\\b)`,
    ),
    statedPast: new RegExp(`\\b(?:${anyOf([...da.fieldDates.pastCues.phrases, ...da.eventTimes.words.flatMap((w) => da.eventTimes.determiners.map((d) => `${w} ${d}`))])})\\b`, 'i'),
    statedPastHeading: new RegExp(`\\b(?:${anyOf(da.fieldDates.pastCues.headings)})\\b`, 'i'),
    durationLead: new RegExp(`\\b(?:${anyOf(da.durationLeads.words)})\\s+(?:(?:${anyOf(da.durationLeads.fillers)})\\s+)?$`, 'i'),
    levelAfter: new RegExp(`^\\s+(?:[a-z]+\\s+)?(?:${anyOf(da.levelBases.nouns)})\\b`, 'i'),
    levelBefore: new RegExp(`(?:\\d\\s?%|\\bper\\s?cent|\\bpercent)\\s+(?:${anyOf(da.levelBases.cues)})\\s+$`, 'i'),
    changeStart: new RegExp(`\\b(?:${anyOf(da.changeStarts)})\\s+(?:[a-z]+\\s+)?$`, 'i'),
    relativeYear: new RegExp(`(?<!\\bthe\\s+)\\b(?:${anyOf(da.relativeYears)})\\b`, 'i'),
    present: new RegExp(`\\b(?:${anyOf(da.present)})\\b`, 'i'),
    nowAfter: new RegExp(`^[^.;:,()\\d]{0,30}?\\b(?:${anyOf(da.present)})\\b`, 'i'),
    shift: new RegExp(`\\b(?:${anyOf(Object.keys(da.shifts))})\\b`, 'gi'),
    window: new RegExp(`\\s+(?:${anyOf(da.windows)})\\s+`, 'iy'),
    rate: new RegExp(`^\\s+(?:[a-z]+\\s+)?(?:${anyOf(da.rates)})\\b`, 'i'),
    turn: new RegExp(`,\\s+(?:${anyOf(da.turns)})\\b`, 'gi'),
    writtenRelative: new RegExp(`\\b(?:${anyOf(da.fieldDates.writtenRelatives)})\\b`, 'gi'),
    writtenYear: new RegExp(`(?<!\\bthe\\s+)\\b(?:${anyOf(Object.keys(da.fieldDates.writtenYears))})\\b`, 'gi'),
    titlePeriod: new RegExp(`\\b(?:${anyOf(da.fieldDates.titlePeriods.periods)})[ \\t]+(\\d{4})\\b`, 'i'),
    titleResults: new RegExp(`\\b(?:${anyOf(da.fieldDates.titlePeriods.words)})\\b`, 'i'),
    titleDataYear: new RegExp(`\\b(\\d{4})[ \\t]+(?:${anyOf(da.fieldDates.titlePeriods.words)})\\b`, 'i'),
    titleNotNow: new RegExp(`\\b(?:${anyOf([...da.fieldDates.titlePeriods.past, ...da.fieldDates.titlePeriods.targets])})\\b`, 'gi'),
    tieTail: new RegExp(`(?:^|\\s)(?:${anyOf(da.ties)})\\s+(?:(?:${anyOf(da.spanEdges)})\\s+|the\\s+)?$`, 'i'),
    tie: new RegExp(`^\\s*(?:(?:${anyOf(currencyWords)})\\s+)?(?:(?:${anyOf(da.rates)})\\s+)?(?:${anyOf(da.ties)})\\s+(?:(?:${anyOf(da.spanEdges)})\\s+|the\\s+)?(?:year\\s+)?$`, 'i'),
  };
}
