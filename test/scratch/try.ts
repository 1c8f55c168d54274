import { findEntities } from '../../src/core/entities';
import { splitSentences } from '../../src/core/sentences';
const texts = process.argv.slice(2);
for (const t of texts) {
  const units = splitSentences(t, 0, t.length).map((s) => ({ ...s, block: 0, body: true }));
  console.log('---');
  for (const e of findEntities(t, units)) console.log(e.type, e.name, '::', e.mentions.map((m) => t.slice(m.start, m.end)).join(' | '));
}
