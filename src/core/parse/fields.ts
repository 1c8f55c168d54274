import { furnitureRow } from './furniture-rows';
import firstNames from '../lexicon/data/first-names.json';
import personalTitles from '../lexicon/data/titles.json';
import { lowerWords } from './asides';
import { endsSentence, sentenceInside } from './ends';

/**
 * `notice:field-line` (lexicon/data/furniture.json): a field of a record on a
 * line of its own — a short label, a colon, and the field's value — where the
 * value is who ('Asked by: Ann Reyes (Portside) (Lab)', 'Press officer: Ann
 * Reyes') or a reference number ('DP Ref: 014221-001'). It says who asked,
 * answered or printed the text, not what it argues: neither a heading nor a claim.
 * A heading with a colon ('Steel: Safeguard Measures', 'Ranger programme:
 * baseline and current position') has a topic after its colon, not a person or
 * a number; a speaker's turn ('Dr Reyes: I give way.') ends a sentence.
 */

const ROW = furnitureRow('notice:field-line', 'words', 'labelWords', 'maxLength');

/** The id of the field-line row. */
export const FIELD_LINE_RULE = ROW.id;

/** Words that close a label naming who did something ('Asked by', 'Prepared by'). */
const AGENT_WORDS: ReadonlySet<string> = new Set(ROW.words);
const FIRST_NAMES: ReadonlySet<string> = new Set(firstNames.names);
const TITLES: ReadonlySet<string> = new Set(personalTitles.titles);

/** A label, bold or not, its colon, then the value: one line. */
const FIELD = /^(?:\*\*|__)?([\p{L}][\p{L}.'’-]*(?:[ \t]+[\p{L}.'’-]+)*)[ \t]*:(?:\*\*|__)?[ \t]+(\S.*)$/u;
/** A reference number alone: digits, with dashes, slashes or dots between. */
const REFERENCE = /^\d[\d/.-]*\d$/;

/**
 * True when the label is written as a field's name, not as a title: one word,
 * or its later words in lower case ('Asked by', 'Press contact') or all in capitals ('PRESS OFFICER').
 */
function fieldLabel(words: readonly string[]): boolean {
  if (words.length === 1) return true;
  if (words.every((w) => w === w.toUpperCase())) return true;
  return words.slice(1).every((w) => w === w.toLowerCase());
}

/** True when `value` opens with a person's name: a personal title ('Dr', 'Sen.') or a known first name, then a capitalised word. */
function namesPerson(value: string): boolean {
  const words = value.split(/[ \t]+/, 3);
  const first = words[0].replace(/\.$/, '');
  if (words.length < 2 || !/^\p{Lu}/u.test(words[1])) return false;
  return TITLES.has(first) || FIRST_NAMES.has(first);
}

/** True when `line` (one line, trimmed) is a field line: see the module's comment. */
export function fieldLine(line: string): boolean {
  if (line.length > ROW!.maxLength || endsSentence(line)) return false;
  const m = FIELD.exec(line);
  if (!m) return false;
  const words = m[1].split(/[ \t]+/);
  if (words.length > ROW!.labelWords) return false;
  const value = m[2].trim();
  // A personal title's full stop ('Sen. Ann Reyes') ends no sentence.
  const title = /^\p{L}+\./u.exec(value);
  if (sentenceInside(title && TITLES.has(title[0].slice(0, -1)) ? value.slice(title[0].length) : value)) return false;
  // 'Asked by: …', 'Answered by: …': a label naming who did something, followed by that someone.
  if (words.length > 1 && AGENT_WORDS.has(words[words.length - 1]) && /^\p{Lu}/u.test(value)) return true;
  if (REFERENCE.test(value)) return true;
  return fieldLabel(words) && namesPerson(value);
}

const BLOCK = furnitureRow('notice:field-block', 'least', 'most');

/** The id of the field-block row. */
export const FIELD_BLOCK_RULE = BLOCK.id;

/**
 * `notice:field-block`: a block of at least `least` lines, each a field of a
 * record — a label written as a field's name (at most notice:field-line's
 * `labelWords` words), a colon, and a value that ends no sentence ('Release
 * date: 14 March 2025' over 'Next release: …' and 'Status: Official
 * statistics'), as a statistics bulletin, a memo or minutes head themselves,
 * each value stating nothing (no lower-case opening, at most `most` lower-case
 * words but small ones):
 * what the document is, not what it argues. One pass over the lines.
 */
export function fieldBlock(shown: string): boolean {
  const lines = shown.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter((l) => l.length > 0);
  if (lines.length < BLOCK!.least!) return false;
  return lines.every((line) => {
    if (line.length > ROW!.maxLength || endsSentence(line)) return false;
    const m = FIELD.exec(line);
    if (!m) return false;
    const words = m[1].split(/[ \t]+/);
    if (words.length > ROW!.labelWords || !/^\p{Lu}/u.test(m[1]) || !fieldLabel(words) || sentenceInside(m[2])) return false;
    // The value states nothing: a name, a date, an identifier, a short noun phrase ('Bottom line: the ceasefire will not hold …' argues).
    return !/^\p{Ll}/u.test(m[2]) && lowerWords(m[2]) <= BLOCK!.most!;
  });
}
