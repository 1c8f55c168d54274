import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';

/** The claims of plain `text` with their text, the index of the claim holding some words, and the rule that linked a claim. */
export function readLinks(text: string) {
  const claims = analyse(text, { format: 'plain' }).claims.map((c) => ({ ...c, text: text.slice(c.start, c.end) }));
  const at = (words: string) => {
    const i = claims.findIndex((c) => c.text.includes(words));
    assert.ok(i >= 0, `no claim holds "${words}"`);
    return i;
  };
  const linkRule = (i: number) => claims[i].why.find((r) => r.about === 'support' && r.rule !== 'support:unsupported')?.rule;
  return { claims, at, linkRule };
}
