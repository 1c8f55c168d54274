/**
 * The eval's policy/non-policy section: how many policy documents (every sample
 * under ../shared/samples and samples/, and every document a hand annotation
 * names) read as policy documents, and how many of the project's non-policy set
 * (eval/non-policy/: READMEs, changelogs, API docs, notes, recipes, fiction, …)
 * are left alone. Prints the confusion and every document on the wrong side.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { analyse } from '../src/core/analyse';
import { readPolicy, type PolicyReading } from '../src/core/model/policy';

const DOCUMENT = /\.(md|markdown|txt)$/;

function documentsUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? documentsUnder(path) : DOCUMENT.test(name) ? [path] : [];
  });
}

export interface PolicySets {
  /** Documents that must read as policy documents. */
  readonly policy: readonly string[];
  /** Documents that must be left alone. */
  readonly other: readonly string[];
}

/** The two sets, from the shared folder, the project's samples, the gold files' documents and eval/non-policy. */
export function policySets(sharedRoot: string, goldDocs: readonly string[]): PolicySets {
  const policy = new Set([...documentsUnder(join(sharedRoot, 'samples')), ...documentsUnder(resolve('samples'))]);
  for (const doc of goldDocs) if (existsSync(doc)) policy.add(doc);
  return { policy: [...policy].sort(), other: documentsUnder(resolve('eval/non-policy')).sort() };
}

/** Reads every document of both sets and prints the confusion; returns the misclassified count. */
export function reportPolicyConfusion(sets: PolicySets, verbose: boolean): number {
  const read = (file: string): PolicyReading => readPolicy(analyse(readFileSync(file, 'utf8'), { hint: file }));
  const name = (file: string) => relative(resolve('..'), file);
  const policy = sets.policy.map((file) => ({ file, reading: read(file) }));
  const other = sets.other.map((file) => ({ file, reading: read(file) }));
  const annotated = policy.filter((d) => d.reading.policyDocument).length;
  const leftAlone = other.filter((d) => !d.reading.policyDocument).length;
  console.log('\nPolicy documents or not (policyDocument / policyScore)');
  console.log('                          read as policy   left alone');
  console.log(`  policy set     (${String(policy.length).padStart(3)})   ${String(annotated).padStart(14)}   ${String(policy.length - annotated).padStart(10)}   target all annotated`);
  console.log(`  non-policy set (${String(other.length).padStart(3)})   ${String(other.length - leftAlone).padStart(14)}   ${String(leftAlone).padStart(10)}   target ≥ 19 of 20 left alone`);
  const lowest = Math.min(...policy.map((d) => d.reading.policyScore));
  const highest = Math.max(...other.map((d) => d.reading.policyScore));
  console.log(`  lowest policy score ${lowest.toFixed(3)}; highest non-policy score ${highest.toFixed(3)}`);
  const wrong = [...policy.filter((d) => !d.reading.policyDocument), ...other.filter((d) => d.reading.policyDocument)];
  for (const { file, reading } of wrong) {
    const rules = reading.why.slice(0, 4).map((r) => `${r.rule} ${r.weight > 0 ? '+' : ''}${r.weight}`).join(', ');
    console.log(`    wrong: ${name(file)} (${reading.policyScore.toFixed(3)}: ${rules})`);
  }
  if (verbose) {
    for (const { file, reading } of [...policy, ...other]) {
      console.log(`    ${reading.policyDocument ? 'policy' : 'other '} ${reading.policyScore.toFixed(3)}  ${name(file)}`);
    }
  }
  return wrong.length;
}
