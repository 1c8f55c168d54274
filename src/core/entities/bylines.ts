import { lastNewline } from '../parse/line-index';
import type { Context } from './context';
import { evidenceOf } from './evidence';
import { spanKey } from './keys';
import type { FixedNames } from './mentions';
import { rule } from './lexicon';
import { CAP, INITIAL, keyAt, textAt, type Tokens } from '../parse/tokens';

/**
 * entity:by-line — the author of a report, as its by-line or author line gives
 * them: a name of two to four capitalised words opening a line, after "By"
 * ("By Jane Doe | Trade Desk") or before a comma or a bar and a title or an
 * affiliation with no verb in it ("Jane Doe, Senior Fellow, Harbour Institute").
 * Such a name is a person even when no list knows the given name; the surname
 * alone later joins it. A label may stand for "By" ("Author: Jane Doe"; words.json
 * bylineLabels), and a signature is an author line too: a name alone on its line,
 * styled ("Rt Hon Jane Doe MP") or above a title ("Minister for Trade"). A word and "by" before a
 * colon label the name too ("Answered by: Jane Doe, Minister of State"), and so does a word and a
 * word of words.json postLabels ("Media contact: Jane Doe, Deputy Spokesperson, +1 555 0100"),
 * but only with a post after the name's comma (entity:labelled-post): the label alone names no person.
 * Whether a by-line is front matter (notice:byline) is parse/byline.ts's question, asked of the line before.
 */
export function findByLines(context: Context): FixedNames {
  const { text, tokens, lex } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  let lineStart = 0;
  // The word before opened its line and was "By", or was "by" after a word opening it ("Answered by:").
  let afterBy = false;
  let afterVerbBy = false;
  let opened = false;
  for (let i = 0; i < tokens.count; i++) {
    // Only a word that opens its line, or follows "By" opening it: the gap before it is read once.
    const gapFrom = i > 0 ? tokens.after[i - 1] : 0;
    let newline = -1;
    for (let c = tokens.start[i] - 1; c >= gapFrom && newline < 0; c--) if (text.charCodeAt(c) === 10) newline = c;
    const opens = i === 0 || newline >= 0;
    if (opens) lineStart = newline + 1;
    const by = afterBy || afterVerbBy;
    const verbBy = afterVerbBy;
    afterBy = opens && lex.bylineLabels.has(keyAt(tokens, i));
    afterVerbBy = opened && !opens && (keyAt(tokens, i) === 'by' || lex.postLabels.has(keyAt(tokens, i)));
    opened = opens;
    if (!opens && !by) continue;
    const start = tokens.start[i];
    // Only marks, spaces and a label ("By", "Author:", "Answered by:") before the name on its line.
    const label = verbBy ? VERB_BY.exec(text.slice(lineStart, start)) : /^[\s*_>#-]*(?:(\p{L}+)[\s*_:]+)?$/u.exec(text.slice(lineStart, start));
    if (start - lineStart > (verbBy ? 24 : 12) || !label || (label[1] && !lex.bylineLabels.has(label[1].toLowerCase()))) continue;
    context.work.steps++;
    // A signature may style the name before it ("Rt Hon Jane Doe MP").
    let name = i;
    while (opens && name < tokens.count && name - i < 3 && tokens.shape[name] === CAP && lex.honorifics.has(keyAt(tokens, name))) name++;
    const found = text.indexOf('\n', start);
    const lineEnd = found < 0 ? text.length : found;
    // The name ends with its line ("By Jane Doe" above "Jane Doe is a fellow at …" is one name, not four words).
    let last = name - 1;
    while (last + 1 < tokens.count && last - name < 3 && tokens.start[last + 1] < lineEnd && nameWord(context, last + 1) && (last < name || !context.layout.punct[last + 1])) last++;
    while (last > name && tokens.shape[last] !== CAP) last--;
    if (last <= name) continue;
    if (lineEnd - lineStart > MAX_LINE) continue;
    // entity:place-not-author — "Walvis Bay, 14 March 2027", "Settlements  Port Halvik, Kelmar": a place's head or prefix names a place, no author;
    // a known given name overrules it ("Chris Lake, Research Director").
    if (placeWord(context, name, last) && !lex.firstNames.has(keyAt(tokens, name))) continue;
    const after = text.slice(tokens.end[last], lineEnd);
    // A by-line may say where its author writes from ("By Jane Doe in Lagos and John Roe in Accra").
    const from = by ? DATELINE.exec(after) : null;
    const rest = from ? after.slice(from[0].length) : after;
    // Two authors joined by "and" make the whole line ("Jane Doe and John Roe", "By Jane Doe and John Roe").
    const and = name > i || !/^[\s*_]*and\s/.test(rest) ? -1 : wordAt(tokens, last + 1, tokens.end[last] + (from ? from[0].length : 0) + rest.indexOf('and'));
    const partner = and < 0 ? null : secondName(context, and, lineEnd);
    const signed = !by && !partner && signature(context, name > i || lex.firstNames.has(keyAt(tokens, name)), after, lineEnd);
    // entity:contact-line — a post before a contact's details ("Jane Doe, Press Officer, Harbourtown — jd@… | +44 …").
    const contact = !by && !partner && !signed && !affiliation(context, after) && contactPost(context, after);
    if (!partner && !signed && !contact && !(by ? /^[\s*_]*(?:$|[,|–—])/.test(rest) : affiliation(context, after))) continue;
    // After "Answered by:" or "Media contact:" the name needs its post after a comma ("…, Minister of State"):
    // the post alone is read, the contact details after it are not ("…, Deputy Spokesperson, +1 555 0100").
    const post = verbBy ? /^[\s*_]*,[^,]*/.exec(after)?.[0] ?? '' : '';
    if (verbBy && !(affiliation(context, post) && titled(context, post))) continue;
    const labelled = verbBy && keyAt(tokens, i - 1) !== 'by';
    const evidence = evidenceOf(rule(lex, labelled ? 'entity:labelled-post' : contact ? 'entity:contact-line' : 'entity:by-line'), 'person', by ? textAt(tokens, i) : partner ? 'and' : signed ? 'signed' : after.replace(/^[\s*_,|–—]+/, '').split(/\s+/)[0]);
    for (const [first, end] of partner ? [[name, last], partner] : [[name, last]]) {
      const given: string[] = [];
      for (let k = first; k < end; k++) given.push(keyAt(tokens, k));
      const key = spanKey(tokens, first, end);
      out.proposals.push({ first, last: end, key, kind: 'person', evidence, referent: undefined, given, surname: keyAt(tokens, end) });
      out.fixed.push({ first, last: end, key });
    }
    i = partner ? partner[1] : last;
  }
  return out;
}

/**
 * True when a name alone on its line is a signature: with letters after it ("MP") and nothing else
 * on the line, or `known` (styled before, "Rt Hon", or opening with a listed given name) and followed
 * by a line that opens with a title ("Minister for …").
 */
function signature(context: Context, known: boolean, after: string, lineEnd: number): boolean {
  const { text, lex } = context;
  const rest = /^[\s*_]*(?:(\p{L}+)[\s*_]*)?$/u.exec(after);
  if (!rest) return false;
  const letters = rest[1] !== undefined && lex.postNominals.has(rest[1].toLowerCase());
  if (rest[1] !== undefined && !letters) return false;
  if (letters) return true;
  const next = /^[ \t*_>]*(\p{L}+)/u.exec(text.slice(lineEnd + 1, lineEnd + 80));
  return (known && next !== null && lex.titles.has(next[1].toLowerCase())) || titleLine(context, lineEnd + 1);
}

/**
 * True when the line at `at` opens with a title before a comma, in capitalised words
 * ("Senior Research Fellow, Harbour Institute"; cues.json titleAfter): the line under an
 * author's name on a report's cover, which makes that name an author line.
 */
function titleLine(context: Context, at: number): boolean {
  const m = /^[ \t*_]*((?:\p{Lu}[\p{L}-]*[ \t]+){0,3}(\p{Lu}[\p{L}-]*))[ \t*_]*,/u.exec(context.text.slice(at, at + 120));
  const titles = context.lex.lists.get('titleAfter');
  return m !== null && titles !== undefined && titles.has(m[2].toLowerCase());
}

/**
 * entity:address-by — the speaker of a speech, a statement or testimony, as its title names them:
 * a line opening with a word such as "Remarks" (words.json addressTitles), "by" or "of", titles,
 * then a name of two to four words ending the line or before "at", "to", "before", "on" or a
 * comma ("Remarks by Minister Jane Doe at the Harbour Forum"). A person even in a heading, where
 * no other name is read unless the text names it again.
 */
export function findAddressLines(context: Context): FixedNames {
  const { text, tokens, lex } = context;
  const out: FixedNames = { proposals: [], fixed: [] };
  for (let i = 0; i + 3 < tokens.count; i++) {
    if (!lex.addressTitles.has(keyAt(tokens, i)) || tokens.shape[i] !== CAP) continue;
    const lineStart = lastNewline(text, tokens.start[i]) + 1;
    const by = keyAt(tokens, i + 1);
    if (!/^[\s*_>#-]*$/.test(text.slice(lineStart, tokens.start[i])) || (by !== 'by' && by !== 'of')) continue;
    let name = i + 2;
    while (name < tokens.count && name - i < 6 && tokens.shape[name] === CAP && (lex.titles.has(keyAt(tokens, name)) || lex.honorifics.has(keyAt(tokens, name)))) name++;
    let last = name - 1;
    while (last + 1 < tokens.count && last - name < 3 && nameWord(context, last + 1) && !context.layout.punct[last + 1]) last++;
    if (last <= name || tokens.shape[last] !== CAP) continue;
    const found = text.indexOf('\n', tokens.end[last]);
    const rest = text.slice(tokens.end[last], found < 0 ? text.length : found);
    if (!/^[\s*_]*(?:$|,|\s(?:at|to|before|on|for)\s)/u.test(rest)) continue;
    const given: string[] = [];
    for (let k = name; k < last; k++) given.push(keyAt(tokens, k));
    const key = spanKey(tokens, name, last);
    const evidence = evidenceOf(rule(lex, 'entity:address-by'), 'person', textAt(tokens, i));
    out.proposals.push({ first: name, last, key, kind: 'person', evidence, referent: undefined, given, surname: keyAt(tokens, last) });
    out.fixed.push({ first: name, last, key });
    i = last;
  }
  return out;
}

/** A label of a word and "by" or a post label before a colon opening the line ("Answered by:", "Media contact:"); the second word is checked by the caller. */
const VERB_BY = /^[\s*_>#-]*\p{L}+[ \t]+\p{L}+[ \t*_]*:[\s*_]*$/iu;

/** True when the words after a name's comma hold a title ("Minister of State for Trade"; cues.json titleAfter). */
function titled(context: Context, after: string): boolean {
  const titles = context.lex.lists.get('titleAfter');
  return (after.match(/\p{L}[\p{L}-]*/gu) ?? []).some((w) => titles?.has(w.toLowerCase()) || context.lex.titles.has(w.toLowerCase()));
}

/** A word that may be part of an author's name: capitalised or an initial, no common or function word, no title. */
export function nameWord(context: Context, k: number): boolean {
  const { tokens, lex } = context;
  const key = keyAt(tokens, k);
  return (tokens.shape[k] === CAP || tokens.shape[k] === INITIAL) && !lex.commonWords.has(key) && !lex.functionWords.has(key) && !lex.titles.has(key);
}

/** True when a word of `first..last` is a place's head ("Bay", "Island") or opens a place's name ("Port", "Mount"). */
function placeWord(context: Context, first: number, last: number): boolean {
  const { tokens, lex } = context;
  for (let k = first; k <= last; k++) {
    const key = keyAt(tokens, k);
    if (lex.heads.get(key) === 'place' || (k < last && lex.prefixHeads.get(key) === 'place')) return true;
  }
  return false;
}

/** The second author of "Jane Doe and John Roe": two to four name words after "and" at `and`, ending the line; or null. */
function secondName(context: Context, and: number, lineEnd: number): [number, number] | null {
  const { tokens, text } = context;
  if (and + 2 >= tokens.count || keyAt(tokens, and) !== 'and') return null;
  let last = and;
  while (last + 1 < tokens.count && last - and < 4 && tokens.start[last + 1] < lineEnd && nameWord(context, last + 1)) last++;
  const rest = text.slice(tokens.end[last], lineEnd);
  const whole = last - and >= 2 && tokens.shape[last] === CAP && (rest.trim() === '' || /^[\s*_]*$/.test(rest.replace(DATELINE, '')));
  return whole ? [and + 1, last] : null;
}

/** Where a by-line's author writes from: "in" and one to three capitalised words ("in New Delhi"). */
const DATELINE = /^[\s*_]*in\s+(?:\p{Lu}[\p{L}'’.-]*[\s*_]*){1,3}/u;

/** The word from `from` on that starts at character `at`, or -1 (a short walk along one line). */
function wordAt(tokens: Tokens, from: number, at: number): number {
  for (let k = from; k < tokens.count && tokens.start[k] <= at; k++) if (tokens.start[k] === at) return k;
  return -1;
}

/** The longest line read as an author line (a name, a title and an affiliation). */
const MAX_LINE = 200;

/**
 * True when `after` (the rest of a line after a name) is a comma, a post holding a title (cues.json
 * titleAfter, titles.json) and perhaps a place, then a contact's details: a dash or a bar, a telephone
 * number or an e-mail address, up to the line's end. The details are cut before the post is read as
 * an affiliation is.
 */
function contactPost(context: Context, after: string): boolean {
  const cut = CONTACT_DETAILS.exec(after);
  if (!cut || cut.index === 0) return false;
  const post = after.slice(0, cut.index);
  return affiliation(context, post) && titled(context, post);
}

/** Where a contact's details open: a dash or a bar between spaces, a telephone number, or an e-mail address (a comma before it allowed). */
const CONTACT_DETAILS = /,?[ \t]+(?:[—–|][ \t]|\+?\d[\d ()-]{6,}\d|[\w.+-]+@[\w-]+\.)/u;

/**
 * True when `after` (the rest of the line after a name) is a comma or a bar and
 * then a title or an affiliation: capitalised words and function words only, no
 * full stop ending a sentence ("Jane Doe, the minister, said so." is a sentence).
 */
function affiliation(context: Context, after: string): boolean {
  const m = /^[\s*_]*[,|–—]\s*(.+)$/.exec(after);
  if (!m || /[.!?]["”’)]?\s*$/.test(m[1]) && !/\b\p{Lu}[\p{L}]{0,3}\.$/u.test(m[1].trim())) return false;
  const words = m[1].match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || context.lex.functionWords.has(w.toLowerCase()));
}
