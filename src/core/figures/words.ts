import { phrases, type Phrases } from './look';

/**
 * Word lists the figures analyser reads numbers by: currencies, units of
 * measure, month names, the words that make a number an identifier, and the
 * small words that end a noun phrase. General English and general policy
 * vocabulary only: nothing here is keyed to one document.
 */

/** Currency symbols and prefixes written before an amount, to ISO 4217. `¥` is read as yen. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  'US$': 'USD', 'U.S.$': 'USD', 'U.S. $': 'USD', $: 'USD', 'C$': 'CAD', 'CA$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD',
  'HK$': 'HKD', 'NT$': 'TWD', 'NZ$': 'NZD', 'R$': 'BRL', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB',
  '₹': 'INR', '₩': 'KRW', '₺': 'TRY', '₴': 'UAH',
};

/** ISO codes accepted before or after an amount ("USD 5 million", "5 million EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'RUB', 'INR', 'CHF', 'CAD', 'AUD', 'UAH', 'PLN', 'BYN',
  'KZT', 'TRY', 'KRW', 'BRL', 'MXN', 'SEK', 'NOK', 'DKK', 'ZAR', 'SAR', 'AED', 'ILS', 'HKD', 'TWD',
  'XOF', 'XAF', 'NGN', 'EGP', 'KES', 'GHS', 'ETB', 'PKR', 'IDR', 'VND', 'THB', 'CFA',
]);

/** Codes written for a currency that are not its ISO code: "RMB 5 billion" is yuan, "CFA 180 billion" the West African franc. */
export const CODE_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY', CFA: 'XOF' };

/**
 * Currency words after an amount, singular and plural, to ISO 4217. Bare
 * "dollars" is read as US dollars and bare "rubles" as Russian rubles, the usual
 * meaning in English policy writing; an adjective before them overrides.
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', ruble: 'RUB', rubles: 'RUB', rouble: 'RUB',
  roubles: 'RUB', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', hryvnia: 'UAH',
  hryvnias: 'UAH', hryvnas: 'UAH', zloty: 'PLN', zlotys: 'PLN', zlotych: 'PLN', tenge: 'KZT', lira: 'TRY',
  liras: 'TRY', pesos: 'MXN', reais: 'BRL', rand: 'ZAR', riyals: 'SAR', dirhams: 'AED', shekels: 'ILS',
  francs: 'CHF', 'pounds sterling': 'GBP', cents: 'USD',
};

/** Adjectives that name whose currency it is ("Canadian dollars", "Belarusian rubles"). */
export const CURRENCY_ADJECTIVES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  dollars: { us: 'USD', 'u.s.': 'USD', american: 'USD', canadian: 'CAD', australian: 'AUD', 'hong kong': 'HKD', 'new zealand': 'NZD', taiwan: 'TWD', singapore: 'SGD' },
  rubles: { russian: 'RUB', belarusian: 'BYN', belarusan: 'BYN', belorussian: 'BYN' },
  pounds: { british: 'GBP', egyptian: 'EGP' },
  francs: { swiss: 'CHF', french: 'FRF', cfa: 'XOF' },
  marks: { german: 'DEM', deutsche: 'DEM' },
};

/** Units of measure (a "quantity"), longest first so "cubic meters" beats "meters". */
export const MEASURE_UNITS: readonly string[] = [
  'cubic meters', 'cubic metres', 'cubic meter', 'cubic metre', 'cubic feet', 'cubic kilometers',
  'cubic kilometres', 'cubic kilometer', 'cubic kilometre', 'cubic miles', 'cubic yards', 'square kilometers',
  'square kilometres', 'square kilometer', 'square kilometre', 'square mile',
  'square miles', 'square meters', 'square metres', 'square feet', 'nautical miles', 'metric tons',
  'metric tonnes', 'short tons', 'barrels per day', 'barrels of oil equivalent', 'kilowatt-hours',
  'megawatt-hours', 'gigawatt-hours', 'terawatt-hours', 'light years',
  'kilometers', 'kilometres', 'kilometer', 'kilometre', 'miles', 'mile', 'meters', 'metres', 'meter', 'metre',
  'feet', 'foot', 'hectares', 'hectare', 'acres', 'acre', 'tons', 'ton', 'tonnes', 'tonne', 'barrels', 'barrel', 'kilograms',
  'kilogram', 'grams', 'pounds', 'ounces', 'liters', 'litres', 'liter', 'litre', 'gallons', 'gallon', 'kilowatts', 'megawatts',
  'gigawatts', 'watts', 'degrees', 'bushels', 'carats', 'kilotons', 'megatons', 'calories', 'btu',
  'km', 'sq km', 'mi', 'kg', 'mt', 'kt', 'bcm', 'tcm', 'mcm', 'bpd', 'b/d', 'mb/d', 'kw', 'mw', 'gw',
  'kwh', 'mwh', 'gwh', 'twh', 'ha',
];

/** Units that may be written glued to the number ("10km", "30MW"). */
export const GLUED_UNITS: readonly string[] = ['km', 'kg', 'mt', 'kt', 'bcm', 'tcm', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'twh'];

/** Units of time: a number of them is a quantity (a duration). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'centuries',
]);

/**
 * Forces and workforces: a number of them is a quantity (a strength), not a count
 * of things. People counted one by one ("55 people", "2 million refugees", "three
 * of its 15 members") are counts.
 */
export const PERSONNEL: ReadonlySet<string> = new Set([
  'men', 'personnel', 'troops', 'soldiers', 'servicemembers', 'sailors', 'marines', 'airmen', 'officers',
  'fighters', 'militants', 'staff', 'employees', 'workers', 'reservists', 'conscripts', 'volunteers', 'guardians',
  'army', 'forces', 'force', 'units', 'navy', 'police', 'guard', 'militia', 'brigades', 'divisions',
  'battalions', 'workforce', 'population', 'contingent', 'garrison', 'division', 'brigade', 'regiment',
  'regiments', 'battalion', 'corps', 'squadron', 'squadrons', 'crew', 'crews',
]);

/** Plural forms that do not end in "s" and can be counted. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'men', 'women', 'people', 'personnel', 'staff', 'children', 'police', 'aircraft', 'spacecraft', 'cattle',
  'sheep', 'fish', 'livestock', 'dead', 'wounded', 'feet', 'teeth', 'mice', 'geese', 'criteria', 'data',
]);

/** Words that end in "s" but are not plural nouns. */
export const NOT_PLURAL: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'does', 'this', 'thus', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'less',
  'unless', 'always', 'perhaps', 'as', 'us', 'yes', 'whereas', 'besides', 'across', 'times', 'percent',
  'plus', 'minus', 'versus', 'various', 'previous', 'serious', 'famous', 'numerous', 'obvious', 'nervous',
  'gross', 'alas', 'afterwards', 'towards', 'nevertheless', 'regardless', 'sometimes',
]);

/** Words a counted noun phrase never crosses (the number stands alone before them). */
export const NOUN_STOPS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'by', 'to', 'for', 'from', 'with', 'within', 'without', 'into', 'over', 'under',
  'and', 'or', 'but', 'nor', 'than', 'as', 'per', 'since', 'until', 'after', 'before', 'during', 'through',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'where',
  'when', 'while', 'if', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will',
  'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'do', 'does', 'did', 'not', 'no',
  'it', 'its', 'they', 'their', 'he', 'his', 'she', 'her', 'we', 'our', 'you', 'your', 'i', 'me', 'my',
  'more', 'less', 'fewer', 'most', 'least', 'only', 'also', 'each', 'every', 'all', 'some', 'any',
  'times', 'percent', 'out', 'up', 'down', 'off', 'about', 'around', 'against', 'between', 'among',
  'via', 'so', 'then', 'there', 'here', 'ago', 'later', 'earlier', 'year', 'annually', 'now',
]);

/** Full month names, by lower-case name or abbreviation. */
export const MONTHS: Readonly<Record<string, string>> = {
  january: 'January', february: 'February', march: 'March', april: 'April', may: 'May', june: 'June',
  july: 'July', august: 'August', september: 'September', october: 'October', november: 'November',
  december: 'December', jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June',
  jul: 'July', aug: 'August', sep: 'September', sept: 'September', oct: 'October', nov: 'November',
  dec: 'December',
};

/** Regex source for a capitalised month name or abbreviation (longest first). */
export const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?![a-z])\\.?';

/** Comparatives after "N times" that read upward: "five times larger" is 5. */
export const UPWARD = new Set([
  'larger', 'bigger', 'greater', 'higher', 'more', 'faster', 'longer', 'stronger', 'richer', 'heavier',
  'wider', 'deeper', 'costlier', 'pricier', 'dearer', 'above', 'over',
]);
/** Comparatives after "N times" that read downward: "two times lower" is 0.5. */
export const DOWNWARD = new Set([
  'lower', 'smaller', 'less', 'fewer', 'cheaper', 'slower', 'shorter', 'weaker', 'poorer', 'lighter',
  'narrower', 'thinner', 'lesser', 'below', 'under',
]);

/**
 * Keywords that make the number after them an identifier: sections, laws,
 * orders, tables, versions. Matched against the whole word before the number
 * (a colon may stand between: "Version: 3"). Capitalised forms only for words
 * that are also common verbs ("Order 14347", never "orders 50 tanks").
 */
export const IDENTIFIER_WORD = new RegExp(
  '^(?:[Ss]ections?|[Ss]ecs?\\.|[Tt]itles?|[Aa]rticles?|[Aa]rts?\\.|[Cc]hapters?|[Cc]h\\.|Parts?|Subparts?|' +
    '[Pp]aragraphs?|[Pp]aras?\\.|[Cc]lauses?|Rules?|Amendments?|Proclamations?|Orders?|Directives?|Resolutions?|' +
    'Res\\.|Decrees?|Regulations?|Laws?|Acts?|Bills?|[Nn]os?\\.|Numbers?|[Tt]ables?|[Ff]igures?|[Ff]igs?\\.|Box(?:es)?|' +
    'Charts?|Maps?|Exhibits?|Annex(?:es)?|Appendix|Appendices|[Pp]ages?|pp?\\.|[Vv]ersions?|[Vv]er\\.|[Vv]olumes?|' +
    '[Vv]ols?\\.|Issues?|Reports?|Divisions?|Items?|Notes?|Footnotes?|Steps?|Phases?|Levels?|Tiers?|Stages?|' +
    'Routes?|Highways?|Flights?|Rooms?|Dockets?|Cases?|Contracts?|Models?|Mk\\.|Blocks?|Lots?|Forms?|Schedules?|' +
    'Protocols?|Conventions?|Treaty|Plans?|Program(?:me)?s?|Congress|Session|Grade|Class|Category|Type|Group|Zone|' +
    'Sector|District|Region|Unit|Building|Gate|Lane|Street|Avenue|Road|Terminal|Platform|Channel|Code|ISBN|ISSN|' +
    'Docs?\\.|Doc|EO|E\\.O\\.|Pub\\.L\\.|P\\.L\\.|H\\.R\\.|H\\.Res\\.|S\\.Res\\.|H\\.J\\.Res\\.|' +
    'U\\.S\\.C\\.|C\\.F\\.R\\.|Stat\\.|S\\.|§+|#|№)$',
);

/** Lower-case phrases that say "is" between a noun phrase and its figure: "X was 33%", "X amounted to $5". */
export const LINKING: Phrases = phrases([
  'is', 'are', 'was', 'were', 'be', 'been', 'stood at', 'stands at', 'amounted to', 'amounts to', 'amount to',
  'totaled', 'totalled', 'totals', 'totaling', 'totalling', 'reached', 'reaches', 'reach', 'hit', 'equaled',
  'equalled', 'equals', 'accounted for', 'accounts for', 'account for', 'represented', 'represents', 'made up',
  'makes up', 'constituted', 'constitutes', 'numbering', 'numbered', 'numbers', 'rose to', 'fell to', 'grew to',
  'increased to', 'decreased to', 'dropped to', 'declined to', 'climbed to', 'jumped to', 'came to', 'comes to',
  'estimated at', 'valued at', 'put at', 'set at', 'starting at', 'beginning at', 'capped at', 'fixed at',
  'rising to', 'falling to', 'worth', 'widened to', 'narrowed to', 'shrank to', 'shrink to', 'shrinks to',
  'expanded to', 'doubled to', 'slowed to', 'climbed to', 'stood', 'stands',
]);

/** Auxiliaries that may precede a linking phrase ("could have amounted to", "has been"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'could', 'would', 'will', 'may', 'might', 'should', 'must', 'can', 'is', 'are', 'was', 'were', 'has', 'have',
  'had', 'to', 'be', 'been', 'expected', 'likely', 'projected', 'set',
]);

/** Lower-case words of approximation that may stand between a figure and what introduces it. */
export const APPROXIMATELY: Phrases = phrases([
  'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'over', 'under', 'just', 'only',
  'more than', 'less than', 'fewer than', 'up to', 'at least', 'at most', 'as many as', 'as much as',
  'as few as', 'an estimated', 'a total of', 'a further', 'another', 'an additional', 'a mere', 'a', 'an',
  'c.', 'ca.', '~', 'estimated', 'est.', 'approx.',
]);
