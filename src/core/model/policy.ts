import type { Analysis, Reason } from './model';
import data from '../lexicon/data/policy.json';

/**
 * Whether a reading is of a policy document: a score from measurable properties
 * of the reading (argued prose, category cues, names and figures, against code,
 * command lines, software vocabulary, release headings and lists), each a named
 * rule row in `lexicon/data/policy.json`. A front-matter key `policy-lens: on|off`
 * wins over the score. One linear pass over the text and the model.
 */
export interface PolicyReading {
  /** True when Policy Lens should annotate the document. */
  readonly policyDocument: boolean;
  /** The score in [0, 1] (three decimals); a policy document at the data's threshold and above. */
  readonly policyScore: number;
  /** The front matter's `policy-lens` switch, when it has one: it decided `policyDocument`. */
  readonly frontMatter: 'on' | 'off' | null;
  /** Every rule that added to the score, strongest first (`policy:<id>`, `words` = the measured value). */
  readonly why: readonly Reason[];
}

/** What one rule measures (the schema's `measure` enum). */
export type PolicyMeasure =
  | 'prose-share'
  | 'category-cues-per-100-words'
  | 'cued-claim-share'
  | 'entity-mentions-per-100-words'
  | 'figures-per-100-words'
  | 'code-share'
  | 'command-line-share'
  | 'software-words-per-100-words'
  | 'version-heading-share'
  | 'list-share';

interface PolicyRule {
  readonly id: string;
  readonly measure: PolicyMeasure;
  readonly full: number;
  readonly weight: number;
  readonly says: string;
}

const RULES = data.rules as readonly PolicyRule[];

/** The measured properties of a reading, by measure. */
export type PolicyMeasures = Record<PolicyMeasure, number>;

const SOFTWARE = new Set(data.softwareWords);
const COMMANDS = new Set(data.commandStarts);
const VERSION_HEADING = new RegExp(
  // A version number alone or before a date or a note ("2.1.0 - 2024-03-02", "[1.4] (beta)"), not a
  // section number before a title ("2.1 Mali"); or a word naming a release ("Version 5.2", "[Unreleased]").
  `^\\s*\\[?\\s*(v?\\d+(\\.\\d+)+\\]?(?=\\s*($|[-–—(\\[/,:]|\\d))|(${data.versionWords.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b)`,
  'i',
);
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** A word, or a web address (whose words are not vocabulary: a page's links are not its prose). */
const WORD_OR_ADDRESS = /(?:https?:\/\/|www\.)[^\s)\]>"']+|([\p{L}][\p{L}'’-]*)/gu;
/** A line of a plain-text list: a bullet or a number, then text. */
const LIST_LINE = /^[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t]+\S/;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;
const SWITCH = /^policy-lens[ \t]*:[ \t]*["']?(on|off|true|false|yes|no)["']?[ \t]*$/im;
/** A line that reads as a command: indented or after a prompt, opening with a command's name. */
const COMMAND_LINE = /^(?:[ \t]{2,}|\t|[ \t]*(?:\$|>>>|`)[ \t]*)(?:\$[ \t]+|>>>[ \t]+)?([a-z][\w.-]*|\$|>>>)/;

/** The `policy-lens: on|off` switch of a document's front matter, or null. */
export function frontMatterSwitch(text: string): 'on' | 'off' | null {
  const match = FRONT_MATTER.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const value = match && SWITCH.exec(match[1])?.[1].toLowerCase();
  if (!value) return null;
  return value === 'on' || value === 'true' || value === 'yes' ? 'on' : 'off';
}

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** The words of a text, in one pass: where each starts (for counts in any range), and how many are software words. */
function readWords(text: string): { count: (start: number, end: number) => number; total: number; software: number } {
  let starts = new Int32Array(1024);
  let total = 0;
  let software = 0;
  for (const match of text.matchAll(WORD_OR_ADDRESS)) {
    if (!match[1]) continue;
    if (total === starts.length) {
      const grown = new Int32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[total++] = match.index;
    if (SOFTWARE.has(match[1].toLowerCase())) software++;
  }
  const before = (offset: number) => {
    let lo = 0;
    let hi = total;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { count: (start, end) => before(end) - before(start), total, software };
}

/**
 * Measures every property the rules read, over the document's first
 * `readChars` characters (what kind of document it is shows long before the end
 * of a long one: the extension host reads no more than that, whatever the size).
 */
export function measurePolicy(analysis: Analysis): PolicyMeasures {
  const limit = Math.min(analysis.text.length, data.readChars);
  const text = limit < analysis.text.length ? analysis.text.slice(0, limit) : analysis.text;
  const within = <T extends { start: number }>(list: readonly T[]) => {
    let n = 0;
    while (n < list.length && list[n].start < limit) n++;
    return list.slice(0, n);
  };
  const claims = within(analysis.claims);
  const blocks = within(analysis.blocks);
  const { count, total: words, software } = readWords(text);
  const per100 = (n: number) => (words === 0 ? 0 : (100 * n) / words);
  const share = (n: number) => (words === 0 ? 0 : n / words);
  let prose = 0;
  let cues = 0;
  let cued = 0;
  for (const claim of claims) {
    const kind = blocks[claim.block]?.kind;
    const n = count(claim.start, claim.end);
    if ((kind === 'paragraph' || kind === 'blockquote') && n >= data.proseSentenceWords) prose += n;
    for (const cue of claim.cues) if (cue.category) cues++;
    if (claim.primary) cued++;
  }
  let code = 0;
  let list = 0;
  for (const block of blocks) {
    if (block.kind === 'code') code += count(block.start, block.end);
    else if (block.kind === 'listItem') list += count(block.start, block.end);
  }
  // Plain text has no list blocks: its lists are lines opening with a bullet or a number (headings aside).
  const headings = within(analysis.sections).filter((s) => s.heading.end > s.heading.start);
  const headingStarts = new Set(headings.map((s) => s.heading.start));
  const plain = analysis.format === 'plain';
  let lines = 0;
  let commands = 0;
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (!line.trim()) continue;
    lines++;
    const first = COMMAND_LINE.exec(line)?.[1];
    if (first && COMMANDS.has(first)) commands++;
    if (plain && LIST_LINE.test(line) && !headingStarts.has(start + line.length - line.trimStart().length)) list += countWords(line);
  }
  const versions = headings.filter((s) => VERSION_HEADING.test(s.title)).length;
  let mentions = 0;
  for (const entity of analysis.entities) mentions += within(entity.mentions).length;
  return {
    'prose-share': share(prose),
    'category-cues-per-100-words': per100(cues),
    'cued-claim-share': claims.length === 0 ? 0 : cued / claims.length,
    'entity-mentions-per-100-words': per100(mentions),
    'figures-per-100-words': per100(within(analysis.figures).length),
    'code-share': share(code),
    'command-line-share': lines === 0 ? 0 : commands / lines,
    'software-words-per-100-words': per100(software),
    'version-heading-share': headings.length === 0 ? 0 : versions / headings.length,
    'list-share': share(list),
  };
}

/** Scores measured properties with the rule rows: the score, and each rule's part in it. */
export function scorePolicy(measures: PolicyMeasures): { score: number; why: Reason[] } {
  let total = data.bias;
  const why: Reason[] = [];
  for (const rule of RULES) {
    const value = measures[rule.measure];
    const part = rule.weight * Math.min(1, value / rule.full);
    if (part === 0) continue;
    total += part;
    why.push({ rule: `policy:${rule.id}`, weight: round(part, 2), about: 'policy', words: `${rule.measure} ${round(value, 2)}` });
  }
  why.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return { score: round(1 / (1 + Math.exp(-total)), 3), why };
}

/** Decides whether the reading is of a policy document. */
export function readPolicy(analysis: Analysis): PolicyReading {
  const { score, why } = scorePolicy(measurePolicy(analysis));
  const frontMatter = frontMatterSwitch(analysis.text);
  const policyDocument = frontMatter ? frontMatter === 'on' : score >= data.threshold;
  const reasons = frontMatter ? [{ rule: 'policy:front-matter', weight: 1, about: 'policy', words: `policy-lens: ${frontMatter}` }, ...why] : why;
  return { policyDocument, policyScore: score, frontMatter, why: reasons };
}

/** What a rule row says, by its id in `why` ("policy:code-blocks" → "holds code blocks"). */
export function policyRuleSays(rule: string): string | undefined {
  if (rule === 'policy:front-matter') return "its front matter says 'policy-lens'";
  return RULES.find((r) => `policy:${r.id}` === rule)?.says;
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
