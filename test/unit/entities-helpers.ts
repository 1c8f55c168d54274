/** How the entities-*.test.ts files read a text: one paragraph, or a whole document as the analyser does. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, EntityType } from '../../src/core/model/model';
import type { TextUnit } from '../../src/core/parse/units';
import { findEntities } from '../../src/core/entities';
import { splitSentences } from '../../src/core/parse/sentences';
import { BODY_KINDS, readStructure } from '../../src/core/parse/structure';

/** Sentences of `text` as body units, as the pipeline makes them for one paragraph. */
function sentences(text: string): TextUnit[] {
  return splitSentences(text, 0, text.length).map((s) => ({ ...s, block: 0, body: true }));
}

/** Entities of a one-paragraph text. */
export const read = (text: string) => findEntities(text, sentences(text));

/** The entity holding a mention whose text is `said`. */
export function holder(text: string, entities: readonly Entity[], said: string): Entity | undefined {
  return entities.find((e) => e.mentions.some((m) => text.slice(m.start, m.end).replace(/\s+/g, ' ') === said));
}

/** Every entity of a one-paragraph text, as `type name`. */
export const typed = (text: string) => read(text).map((e) => `${e.type} ${e.name}`);

/** Mention texts of every entity, as `type name: mention | mention`. */
export function summary(text: string, entities: readonly Entity[]): string[] {
  return entities.map((e) => `${e.type} ${e.name}: ${e.mentions.map((m) => text.slice(m.start, m.end).replace(/\s+/g, ' ')).join(' | ')}`);
}

/** Reads a document as the analyser does: its structure, then sentences of body blocks and table cells, the names of notices given back. */
export function readDocument(source: string, format: 'markdown' | 'plain'): { text: string; entities: Entity[] } {
  const { masked, blocks, shown, notices } = readStructure(source, format);
  const units: TextUnit[] = [];
  blocks.forEach((block, index) => {
    const body = BODY_KINDS.has(block.kind);
    if (!body && block.kind !== 'tableCell') return;
    for (const span of splitSentences(masked, block.start, block.end)) units.push({ ...span, block: index, body });
  });
  const options = { notices: notices.map((n) => source.slice(n.start, n.end)), shown, noticeSpans: notices, capsLines: format === 'plain', columns: format === 'plain' };
  return { text: masked, entities: findEntities(masked, units, undefined, options) };
}

/** The folder of the fixtures written for the tests (test/fixtures). */
const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');

/** True when an entity's why names the rule `id`. */
export const ruled = (why: readonly { rule: string }[] | undefined, id: string) => !!why?.some((r) => r.rule === id);

/** A fixture's entities, read as the analyser reads the document (test/fixtures/`path`), with a summary to show on failure. */
export function readFixture(path: string): { text: string; entities: Entity[]; shown: string } {
  const text = readFileSync(join(FIXTURES, path), 'utf8');
  const { entities } = readDocument(text, path.endsWith('.md') ? 'markdown' : 'plain');
  return { text, entities, shown: summary(text, entities).join('\n') };
}

/** Asserts that each of `names` is held by an entity of `type` whose why names `rule`. */
export function assertRuled(path: string, names: readonly string[], type: EntityType, rule: string): void {
  const { text, entities, shown } = readFixture(path);
  for (const said of names) {
    const e = holder(text, entities, said);
    assert.ok(e && e.type === type && ruled(e.why, rule), `${said}\n${shown}`);
  }
}
