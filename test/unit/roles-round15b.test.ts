import { strict as assert } from 'node:assert';
import { roleIn } from './roles-helpers';

/**
 * Role classes of session 15b (issue #12), read first on the six newest
 * development documents and checked on the others: a sentence that says what a
 * quoted term means, the drafting of definitions in agreements, bills, rules
 * and assessments, states the terms the text is read in (a statement), not a
 * quotation offered as evidence nor the author's judgement.
 */

/** Definitions (text, words of the defining sentence): an agreement's list, one scoped to an assessment, 'the term'. */
const DEFINED: readonly (readonly [string, string])[] = [
  ['Article 1. For the purposes of this Agreement:\n\n"Patrol Area" means the waters within 60 nautical miles of the boundary.\n\nArticle 2. Each Party shall designate its officers.', 'means the waters'],
  ['Harbours are crowded. In this assessment, "harbour coercion" means pressure that stops short of force. Crews train in the spring.', 'means pressure'],
  ['Harbours are crowded. The term "pilot" refers to a mariner licensed to con ships in the harbour. Crews train in the spring.', 'refers to a mariner'],
];

/** Near-misses: a quotation that holds a quoted word and a 'means' later, and a 'means' of what something implies. */
const NOT_DEFINED: readonly (readonly [string, string])[] = [
  ['Harbours are crowded. The minister said the harbour was "full" and means to build a second quay by 2030. Crews train in the spring.', 'The minister said'],
  ['Harbours are crowded. A longer quay means more ships can dock at once. Crews train in the spring.', 'A longer quay'],
];

describe('Roles of session 15b (the six newest documents first)', () => {
  it('Reads a quoted term and what it means as a definition (role:term-definition)', () => {
    for (const [text, words] of DEFINED) assert.deepEqual(roleIn(text, words), { role: 'statement', rule: 'role:term-definition' }, words);
  });
  it('Leaves a quotation that only holds a quoted word, and a sentence that says what something implies, to the other rules (near-miss of role:term-definition)', () => {
    for (const [text, words] of NOT_DEFINED) assert.notEqual(roleIn(text, words).rule, 'role:term-definition', words);
  });
});
