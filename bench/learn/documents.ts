import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyse } from '../../src/core/analyse';
import { DEFAULT_LEXICON } from '../../src/core/lexicon';
import { compileRoles, ROLE_DATA, type CombinerOf } from '../../src/core/lexicon/roles';
import type { Analysis } from '../../src/core/model/model';
import { claimsOf } from '../score';
import type { GoldRoles } from '../roles';

/**
 * The annotated documents a role combiner learns from: every development role
 * annotation (../shared/eval and eval/, `*.roles.json`, the held-out ones left
 * out), with its text; and what the analyser reads in them.
 */

export interface Document {
  /** The annotation's name (`speech-fertiliser-security`). */
  readonly name: string;
  readonly path: string;
  /** The annotation file, as the weights' header names it. */
  readonly file: string;
  readonly text: string;
  readonly gold: GoldRoles;
}

/** The development role annotations with their texts, the shared essay first. */
export function documents(): Document[] {
  const shared = resolve('..', 'shared');
  const out: Document[] = [];
  for (const folder of [join(shared, 'eval'), resolve('eval')]) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).filter((n) => n.endsWith('.roles.json')).sort()) {
      const gold = JSON.parse(readFileSync(join(folder, f), 'utf8')) as GoldRoles;
      // The claim annotation beside it names the document as the eval reads it (relative to the shared folder or the project).
      const doc = (JSON.parse(readFileSync(join(folder, f.replace(/\.roles\.json$/, '.gold.json')), 'utf8')) as { doc: string }).doc;
      if (doc.replace(/\\/g, '/').startsWith('samples/held-out/')) continue;
      const path = existsSync(resolve(shared, doc)) ? resolve(shared, doc) : resolve(doc);
      const file = folder === resolve('eval') ? `eval/${f}` : `../shared/eval/${f}`;
      out.push({ name: basename(f, '.roles.json'), path, file, text: readFileSync(path, 'utf8'), gold });
    }
  }
  return out;
}

/** Analyses a document with the role combiner `combine` makes (the built-in rules and combiner without one). */
export function analysed(doc: Document, combine?: CombinerOf): Analysis {
  const lexicon = combine ? { ...DEFAULT_LEXICON, roles: compileRoles(ROLE_DATA, combine) } : undefined;
  return analyse(doc.text, { hint: doc.path, lexicon });
}

/** Each annotated sentence's features (indices into the role lexicon's features) and annotated role, read as the rule order decides. */
export function featuresOf(doc: Document): { features: readonly number[]; role: string; acceptable: readonly string[] }[] {
  const seen = new Map<number, readonly number[]>();
  const analysis = analysed(doc, () => ({ decide: (features, at) => (seen.set(at, features.slice()), null) }));
  const claims = claimsOf(analysis, doc.gold.roles);
  return doc.gold.roles.flatMap((row, i) => {
    const claim = claims[i];
    const features = claim && seen.get(claim.start);
    return features ? [{ features, role: row.role, acceptable: row.acceptable }] : [];
  });
}

/** The feature ids of the built-in role lexicon, in order. */
export const FEATURE_IDS: readonly string[] = compileRoles(ROLE_DATA).features;
