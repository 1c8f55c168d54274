import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/** The role of the claim holding `sentence` in `text` (plain unless told: in markdown '- ' opens a list item), and the rule that gave it. */
export function roleIn(text: string, sentence: string, format: 'plain' | 'markdown' = 'plain'): { role: string; rule: string | undefined } {
  const analysis = analyse(text, { format });
  const claim = analysis.claims.find((c) => text.slice(c.start, c.end).includes(sentence));
  assert.ok(claim, `no claim holds "${sentence}"`);
  return { role: claim.role, rule: claim.why.find((r) => r.about === 'role')?.rule };
}

/** The claims of `text` (plain unless told), the index of the claim holding `words`, and the support rule that linked claim `i`. */
export function linksIn(text: string, format: 'plain' | 'markdown' = 'plain') {
  const { claims } = analyse(text, { format });
  const at = (words: string) => claims.findIndex((c) => text.slice(c.start, c.end).includes(words));
  const rule = (i: number) => claims[i].why.find((r) => r.about === 'support' && r.rule !== 'support:unsupported')?.rule;
  return { claims, at, rule };
}
