import { NO_ARGUMENT, type Analysis, type Block, type Category, type Claim, type Cue, type Entity, type Figure, type Reason, type Role, type Section, type Span } from '../../src/core/model/model';

/**
 * A hand-made model of a short brief, for the tests of `src/vscode/present`:
 * two sections (the second nested), four paragraphs, seven claims, four entities,
 * four figures. Offsets are found in the text, so the text can be edited freely.
 * Some parts carry the reasons an analyser would give (`why`); the others have none.
 */
export const TEXT = [
  '# Why Belarus Matters', //                                        line 1
  '',
  'Russia pays Belarus US$ 500 million a year. Moscow keeps troops in Belarus.', // line 3
  '',
  'Trade fell by 36.3% in 1998. Barter grew to 40% of trade.', //    line 5
  '',
  '## Outlook', //                                                   line 7
  '',
  'Lukashenko wants more from Moscow. It is unclear.', //             line 9
  '',
  'Belarus hosts 2 radar stations.', //                               line 11
].join('\n');

/** The span of the `nth` occurrence of `needle` in the text. */
export function find(needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = TEXT.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`not in fixture: ${needle} #${nth}`);
  }
  return { start, end: start + needle.length };
}

/** 1-based line of an offset in the text. */
export function lineOf(offset: number): number {
  return TEXT.slice(0, offset).split('\n').length;
}

const scores = (g: number, m: number, e: number) => ({ geopolitical: g, military: m, economic: e });

function claim(
  sentence: string,
  section: number,
  block: number,
  primary: Category | null,
  secondary: Category | null,
  role: Role,
  extra: { cues?: Cue[]; figures?: number[]; entities?: string[]; why?: Reason[] } = {},
): Claim {
  return {
    ...find(sentence),
    section,
    why: extra.why ?? [],
    block,
    categories: scores(primary === 'geopolitical' ? 1 : 0, primary === 'military' ? 1 : 0, primary === 'economic' ? 1 : 0),
    primary,
    secondary,
    role,
    cues: extra.cues ?? [],
    figures: extra.figures ?? [],
    entities: extra.entities ?? [],
    ...NO_ARGUMENT,
  };
}

const sections: Section[] = [
  { start: 0, end: find('## Outlook').start - 1, title: 'Why Belarus Matters', level: 1, heading: find('Why Belarus Matters'), parent: null },
  { start: find('## Outlook').start, end: TEXT.length, title: 'Outlook', level: 2, heading: find('Outlook'), parent: 0 },
];

const paragraph = (first: string, last: string, section: number): Block => ({
  kind: 'paragraph',
  start: find(first).start,
  end: find(last).end,
  section,
});

const blocks: Block[] = [
  { kind: 'heading', ...find('# Why Belarus Matters'), section: 0 },
  paragraph('Russia pays', 'troops in Belarus.', 0),
  paragraph('Trade fell', 'of trade.', 0),
  { kind: 'heading', ...find('## Outlook'), section: 1 },
  paragraph('Lukashenko wants', 'It is unclear.', 1),
  paragraph('Belarus hosts', 'radar stations.', 1),
];

const figures: Figure[] = [
  { ...find('US$ 500 million'), kind: 'money', value: 5e8, high: null, unit: 'USD', year: null, period: null, about: 'subsidy to Belarus', claim: 0, why: [] },
  {
    ...find('36.3%'),
    kind: 'percent',
    value: 36.3,
    high: null,
    unit: '%',
    year: 1998,
    period: null,
    about: 'fall in trade',
    claim: 2,
    why: [
      { rule: 'figure:percent-sign', weight: 1, about: 'kind', words: '%' },
      { rule: 'figure:year-same-clause', weight: 1, about: 'year', words: '1998' },
    ],
  },
  { ...find('40%'), kind: 'percent', value: 40, high: null, unit: '%', year: null, period: null, about: 'share of barter', claim: 3, why: [] },
  {
    ...find('2 radar stations'),
    kind: 'count',
    value: 2,
    high: null,
    unit: 'radar stations',
    year: null,
    period: null,
    about: null,
    claim: 6,
    why: [{ rule: 'figure:count-noun', weight: 1, about: 'kind', words: 'radar stations' }],
  },
];

const claims: Claim[] = [
  claim('Russia pays Belarus US$ 500 million a year.', 0, 1, 'economic', 'geopolitical', 'evidence', {
    cues: [
      { ...find('pays'), category: 'economic', term: 'pay', weight: 1 },
      { ...find('US$ 500 million'), category: 'economic', term: 'figure:money', weight: 1.5 },
    ],
    figures: [0],
    entities: ['place:russia', 'place:belarus'],
  }),
  claim('Moscow keeps troops in Belarus.', 0, 1, 'military', null, 'reason', {
    cues: [{ ...find('troops'), category: 'military', term: 'troops', weight: 2 }],
    entities: ['place:moscow', 'place:belarus'],
    why: [
      { rule: 'claim:lexicon-term', weight: 2, about: 'category', words: 'troops' },
      { rule: 'role:follows-evidence', weight: 1, about: 'role' },
    ],
  }),
  claim('Trade fell by 36.3% in 1998.', 0, 2, 'economic', null, 'evidence', { figures: [1] }),
  claim('Barter grew to 40% of trade.', 0, 2, 'economic', 'military', 'statement', { figures: [2] }),
  claim('Lukashenko wants more from Moscow.', 1, 4, 'geopolitical', null, 'thesis', {
    entities: ['person:aleksandr-lukashenko', 'place:moscow'],
    why: [{ rule: 'role:first-in-section', weight: 1, about: 'role' }],
  }),
  claim('It is unclear.', 1, 4, null, null, 'statement'),
  claim('Belarus hosts 2 radar stations.', 1, 5, 'military', null, 'evidence', { figures: [3], entities: ['place:belarus'] }),
];

const mention = (entity: string, needle: string, nth = 0) => ({ ...find(needle, nth), entity });

const entities: Entity[] = [
  {
    id: 'place:russia',
    name: 'Russia',
    type: 'place',
    why: [],
    aliases: ['Moscow'],
    mentions: [mention('place:russia', 'Russia')],
  },
  {
    id: 'place:belarus',
    name: 'Belarus',
    type: 'place',
    why: [
      { rule: 'entity:in-countries', weight: 3, about: 'type' },
      { rule: 'entity:place-after-in', weight: 1.5, about: 'type', words: 'in' },
    ],
    aliases: [],
    mentions: [
      mention('place:belarus', 'Belarus', 0),
      mention('place:belarus', 'Belarus', 1),
      mention('place:belarus', 'Belarus', 2),
      mention('place:belarus', 'Belarus', 3),
    ],
  },
  {
    id: 'place:moscow',
    name: 'Moscow',
    type: 'place',
    why: [],
    aliases: [],
    mentions: [mention('place:moscow', 'Moscow', 0), mention('place:moscow', 'Moscow', 1)],
  },
  {
    id: 'person:aleksandr-lukashenko',
    name: 'Aleksandr Lukashenko',
    type: 'person',
    why: [
      { rule: 'entity:surname-of-person', weight: 2, about: 'type' },
      { rule: 'entity:merge-surname', weight: 1, about: 'merge', words: 'Lukashenko' },
    ],
    aliases: ['Lukashenko'],
    mentions: [mention('person:aleksandr-lukashenko', 'Lukashenko')],
  },
];

/** The model of {@link TEXT}. */
export const ANALYSIS: Analysis = {
  text: TEXT,
  format: 'markdown',
  bomRemoved: false,
  sections,
  blocks,
  claims,
  entities,
  figures,
  warnings: [],
};
