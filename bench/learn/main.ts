/**
 * `npm run learn:roles`: learns the role combiner's weights from all the
 * development role annotations and writes them to test-results/learn/role-weights.json
 * for inspection. The analyser does not read them: leaving one document out, they
 * did not beat the rule order on the development documents' mean macro-F1 (see
 * --lodo); a data file src/core/lexicon/data/role-weights.json, with its schema,
 * and `compileRoles(ROLE_DATA, (ids) => weighedCombiner(weights, ids, margin))`
 * as DEFAULT_ROLES is what shipping them would take.
 * `npm run learn:roles -- --lodo`: writes nothing; for each annotated document,
 * scores today's analyser and a combiner learned from all the other documents
 * (leave one document out): the honest estimate of how each carries over to a
 * document nobody tuned for. `--l2=`, `--balance=`, `--rounds=` change the settings;
 * `--margin=` lets the weights overrule the rule order only by that much.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Role } from '../../src/core/model/model';
import { weighedCombiner, type RoleWeightRow } from '../../src/core/lexicon/role-features';
import { scoreRoles, type RoleScore } from '../roles';
import { claimsOf } from '../score';
import { analysed, documents, featuresOf, FEATURE_IDS, type Document } from './documents';
import { DEFAULT_SETTINGS, train, type Sample, type Settings } from './logistic';

const ROLES: readonly Role[] = ['question', 'thesis', 'reason', 'evidence', 'contrast', 'concession', 'conclusion', 'statement'];
/** The six newest development documents (session 20's held-out ones): where the code's first contact is still visible. */
const SIX = new Set(['bill-text-strategic-reserves', 'council-conclusions-critical-raw-materials', 'departmental-plan-border-agency', 'grant-call-maritime-resilience-research', 'library-briefing-defence-spending-targets', 'ministerial-written-statement-defence-estate']);
/** The twenty newest development documents, each by its own writer: where rules fitted on the others carried over least. */
const NEWEST = new Set([...SIX, ...['blog-post-comments-energy-sanctions', 'bond-prospectus-risk-factors', 'doctrine-note-maritime-interdiction', 'earnings-call-transcript-defence-contractor', 'inquiry-call-for-evidence-infrastructure', 'summit-communique-alliance', 'article-iv-concluding-statement-staff-mission', 'budget-speech-finance-minister', 'committee-evidence-session-naval-shipbuilding', 'newsletter-digest-sanctions-weekly', 'parliamentary-resolution-treaty-ratification', 'roundtable-summary-arctic-security', 'export-licence-guidance-dual-use', 'financial-stability-report-central-bank']]);
const ESSAY = 'belarus-dilemma';
/** Written for inspection under test-results/ (ignored by git): nothing here is shipped. */
const WEIGHTS_FILE = 'test-results/learn/role-weights.json';

const option = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  ...(option('l2') ? { l2: Number(option('l2')) } : {}),
  ...(option('balance') ? { balance: Number(option('balance')) } : {}),
  ...(option('rounds') ? { rounds: Number(option('rounds')) } : {}),
  ...(process.argv.includes('--accepted') ? { accepted: true } : {}),
};

/** The samples of some documents: each annotated sentence's features and its role's index. */
function samplesOf(docs: readonly { samples: readonly Sample[] }[]): Sample[] {
  return docs.flatMap((d) => d.samples);
}

/** Learned weights as data rows (the weights that matter, to three places). */
function rowsOf(w: Float64Array): RoleWeightRow[] {
  const rows: RoleWeightRow[] = [];
  FEATURE_IDS.forEach((feature, f) =>
    ROLES.forEach((role, c) => {
      const weight = Math.round(w[f * ROLES.length + c] * 1000) / 1000;
      if (Math.abs(weight) >= 0.005) rows.push({ feature, role, weight });
    }),
  );
  return rows;
}

function learned(docs: readonly { samples: readonly Sample[] }[]): RoleWeightRow[] {
  return rowsOf(train(samplesOf(docs), FEATURE_IDS.length, ROLES.length, settings));
}

const read = documents().map((doc) => ({
  doc,
  samples: featuresOf(doc).flatMap(({ features, role, acceptable }) =>
    ROLES.includes(role as Role) ? [{ features, label: ROLES.indexOf(role as Role), accepted: [...new Set([role, ...acceptable])].flatMap((r) => (ROLES.includes(r as Role) ? [ROLES.indexOf(r as Role)] : [])) }] : [],
  ),
}));

if (process.argv.includes('--lodo')) lodo();
else if (process.argv.includes('--rules')) ruleRecords();
else write();

/**
 * Each role rule's record where it decided (the role it gave accepted or not), on the twenty newest
 * documents apart from the older ones: a rule wrong more often than right on documents by other
 * writers is one to narrow or drop.
 */
function ruleRecords(): void {
  const records = new Map<string, { newest: [number, number]; older: [number, number] }>();
  for (const { doc } of read) {
    if (doc.name === ESSAY) continue;
    const analysis = analysed(doc);
    const claims = claimsOf(analysis, doc.gold.roles);
    for (const [i, j] of scoreRoles(analysis, doc.gold).judged.entries()) {
      const rule = j.why.find((r) => r.about === 'role')?.rule ?? 'none';
      // --rule=ID: each sentence the rule decided, right or wrong, and what the annotation wanted.
      if (rule === option('rule')) console.log(`${j.right ? 'right' : 'WRONG'} ${doc.name}: ${doc.gold.roles[i].acceptable.join('|')} ← ${claims[i] && analysis.text.slice(claims[i]!.start, claims[i]!.end).replace(/\s+/g, ' ').slice(0, 110)}`);
      const record = records.get(rule) ?? records.set(rule, { newest: [0, 0], older: [0, 0] }).get(rule)!;
      record[NEWEST.has(doc.name) ? 'newest' : 'older'][j.right ? 0 : 1]++;
    }
  }
  console.log('Role rules where they decided: right / wrong on the twenty newest documents, then on the older ones (essay apart); wrong more often than right on the twenty first');
  const rows = [...records].sort(([, a], [, b]) => b.newest[1] - b.newest[0] - (a.newest[1] - a.newest[0]));
  for (const [rule, { newest, older }] of rows) console.log(`  ${rule.padEnd(36)} twenty ${String(newest[0]).padStart(3)} / ${String(newest[1]).padEnd(3)}  older ${String(older[0]).padStart(3)} / ${older[1]}`);
}

function lodo(): void {
  const pct = (s: RoleScore) => (100 * s.accepted.right) / s.accepted.total;
  const rows: { name: string; rules: RoleScore; learned: RoleScore }[] = [];
  for (const { doc } of read) {
    const weights = learned(read.filter((r) => r.doc !== doc));
    const rules = scoreRoles(analysed(doc), doc.gold);
    const mine = scoreRoles(analysed(doc, (ids) => weighedCombiner({ weights }, ids, Number(option('margin') ?? 0))), doc.gold);
    rows.push({ name: doc.name, rules, learned: mine });
  }
  const links = (s: RoleScore) => `${s.links.right}/${s.links.read}/${s.links.gold}`;
  const show = (r: (typeof rows)[number]) =>
    `  ${r.name.padEnd(50)} ${pct(r.rules).toFixed(1).padStart(5)}  ${r.rules.macroF1.toFixed(2)}   ${pct(r.learned).toFixed(1).padStart(5)}  ${r.learned.macroF1.toFixed(2)}   ${links(r.rules).padStart(9)} ${links(r.learned).padStart(9)}`;
  const mean = (group: typeof rows, label: string) => {
    const m = (f: (r: (typeof rows)[number]) => number) => group.reduce((a, r) => a + f(r), 0) / group.length;
    const sum = (f: (r: (typeof rows)[number]) => number) => group.reduce((a, r) => a + f(r), 0);
    const p = (s: (r: (typeof rows)[number]) => RoleScore) => `${(100 * sum((r) => s(r).links.right) / sum((r) => s(r).links.read)).toFixed(1)}/${(100 * sum((r) => s(r).links.right) / sum((r) => s(r).links.gold)).toFixed(1)}`;
    console.log(`  ${`mean of ${group.length}: ${label}`.padEnd(50)} ${m((r) => pct(r.rules)).toFixed(1).padStart(5)}  ${m((r) => r.rules.macroF1).toFixed(3)}   ${m((r) => pct(r.learned)).toFixed(1).padStart(5)}  ${m((r) => r.learned.macroF1).toFixed(3)}   links P/R ${p((r) => r.rules)} → ${p((r) => r.learned)}`);
  };
  console.log(`Leave one document out (settings ${JSON.stringify(settings)}): accepted % and macro-F1 of today's rules, then of a combiner learned from the other ${read.length - 1} annotations; support links right/read/annotated`);
  console.log(`  ${'document'.padEnd(50)} rules acc F1   learned acc F1   links (rules, learned)`);
  const older = rows.filter((r) => !NEWEST.has(r.name) && r.name !== ESSAY);
  const fourteen = rows.filter((r) => NEWEST.has(r.name) && !SIX.has(r.name));
  const six = rows.filter((r) => SIX.has(r.name));
  const essay = rows.filter((r) => r.name === ESSAY);
  console.log(' the older development documents'); older.forEach((r) => console.log(show(r)));
  console.log(' the fourteen newest before them, each by its own writer'); fourteen.forEach((r) => console.log(show(r)));
  console.log(' the six newest, each by its own writer'); six.forEach((r) => console.log(show(r)));
  console.log(' the essay'); essay.forEach((r) => console.log(show(r)));
  mean([...older, ...fourteen, ...six], 'development (essay apart)');
  mean([...older, ...fourteen, ...six, ...essay], 'all, essay included');
  mean([...fourteen, ...six], 'the twenty newest');
  mean(six, 'the six newest');
  mean(older, 'the older');
}

function write(): void {
  const weights = learned(read);
  const data = {
    $comment: `Learned role weights (not read by the analyser), written by \`npm run learn:roles\` (bench/learn): multinomial logistic regression with an L2 penalty (settings below) over the features of src/core/lexicon/data/role-features.json and every role rule of roles.json whose condition holds, read as the rule order decides; labelled with the annotated role of each sentence of the annotations listed. Do not edit by hand: change the annotations, features or rules and run it again. Each row: how much a feature speaks for a role; a sentence takes the role whose features' weights sum highest.`,
    made: { by: 'npm run learn:roles', settings, annotations: read.map((r) => r.doc.file), sentences: samplesOf(read).length },
    weights,
  };
  mkdirSync(dirname(WEIGHTS_FILE), { recursive: true });
  writeFileSync(WEIGHTS_FILE, JSON.stringify(data, null, 1) + '\n');
  console.log(`${WEIGHTS_FILE}: ${weights.length} weights from ${data.made.sentences} sentences of ${read.length} annotations.`);
}

export type { Document };
