/** How the furniture-*.test.ts files read a document: the notices it finds and the claims it keeps. */
import { analyse } from '../../src/core/analyse';
import { toJson } from '../../src/core/model/contract';
import { readFileSync } from 'node:fs';

/** The rules of the notices found in `text`, in order, with the words each covers. */
export function notices(text: string, hint: string): [string, string][] {
  const a = analyse(text, { hint });
  return (a.notices ?? []).map((n) => [n.rule, a.text.slice(n.start, n.end).replace(/\s+/g, ' ').trim()]);
}

/** The texts of the claims found in `text`. */
export function claimTexts(text: string, hint: string): string[] {
  return toJson(analyse(text, { hint })).claims.map((c) => c.text);
}

/** Three sentences of argument, to stand around the furniture a test shows. */
export const BODY = [
  'The ministry argues that the new port will double the trade of the region within a decade.',
  'Critics answer that the loans behind it leave the treasury exposed to a single creditor.',
  'The navy has asked for a berth at the port, which the ministry has so far refused.',
];

/** The rules furniture-forms.test.ts shows on its fixtures (test/fixtures/furniture-forms). */
export const FORM_RULES = [
  'notice:key-figure',
  'notice:table-row',
  'notice:header-field',
  'notice:attribution',
  'notice:asterisks',
  'notice:document-symbol',
  'notice:cable-section',
  'notice:bracketed-tail',
  'notice:greeting',
  'notice:copy-list',
];

/** What a fixture reads as: its notices (rule, words), claims, figures, entities and sections. */
export interface FixtureRead {
  readonly notices: [string, string][];
  readonly claims: string[];
  readonly figures: string[];
  readonly entities: string[];
  readonly sections: string[];
}

const fixtureCache = new Map<string, FixtureRead>();
/** Reads the fixture `name` of folder `dir` once. */
export function readFixture(dir: string, name: string): FixtureRead {
  const key = `${dir}/${name}`;
  let found = fixtureCache.get(key);
  if (!found) {
    const json = toJson(analyse(readFileSync(key, 'utf8'), { hint: name }));
    found = {
      notices: json.notices.map((n) => [n.rule, n.text.replace(/\s+/g, ' ').trim()]),
      claims: json.claims.map((c) => c.text),
      figures: json.figures.map((f) => f.text),
      entities: json.entities.map((e) => e.name),
      sections: json.sections.map((s) => s.title),
    };
    fixtureCache.set(key, found);
  }
  return found;
}

/** How a fixture folder is read: a fixture whole, and the words of its notices of one rule (markup marks aside). */
export function fixtureFolder(dir: string): { read: (name: string) => FixtureRead; ruled: (name: string, rule: string) => string[] } {
  const read = (name: string) => readFixture(dir, name);
  return { read, ruled: (name, rule) => read(name).notices.filter(([r]) => r === rule).map(([, w]) => w.replace(/[*>]/g, '').trim()) };
}
