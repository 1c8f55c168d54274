/**
 * `npm run eval`: measures the analyser against every hand annotation
 * (`*.gold.json`) in ../shared/eval (or the folder given as the first argument).
 * A report, not a test: it prints the measures and the misses, and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyse } from '../src/core/analyse';
import { scoreGold, type Gold, type GoldScore, type Judged } from './score';
import { scoreRoles, type GoldRoles } from './roles';
import { formatTally, tallyRules } from './tally';
import { policySets, reportPolicyConfusion } from './policy';
import { PrecisionReport, scorePrecision } from './precision';
import { formatAgreement } from './format';
import { formatGenreFigures, formatGenres, scoreAllGenres } from './genres';
import { formatReliability, type Rated } from './calibration';
import { formatRoleFixtures } from './role-fixtures';
import { formatCategoryFixtures } from './categories';
import { GroupMeans } from './means';

const KNOWN = ['--development', '--verbose', '--genres', '--categories', '--rules', '--calibration', '--role-misses=', '--help', '-h'];
const USAGE = `usage: npm run eval -- [FOLDER] [--development] [--verbose] [--rules] [--calibration] [--genres | --categories] [--role-misses=NAME]

Measures the analyser against the hand annotations (../shared/eval and eval/, or FOLDER).
  --development     leave the held-out documents (samples/held-out/) out: what a working session runs
  --verbose         list the misses
  --rules           per rule, how often it fired on a right and on a wrong answer
  --calibration     the claims by confidence band, and how many of each band are right
  --genres          only the written genre fixtures
  --categories      only the claim-category fixtures
  --role-misses=N   the role misses of the development annotations whose file name holds N`;
// An unknown option stops here rather than running the whole eval (which prints the held-out documents unless --development).
const unknown = process.argv.slice(2).filter((a) => a.startsWith('-') && !KNOWN.some((k) => (k.endsWith('=') ? a.startsWith(k) : a === k)));
if (process.argv.includes('--help') || process.argv.includes('-h') || unknown.length > 0) {
  if (unknown.length > 0) console.error(`eval: unknown option ${unknown.join(', ')}`);
  console.log(USAGE);
  process.exit(unknown.length > 0 ? 2 : 0);
}

// The shared development set, then the project's own annotations (eval/): documents in
// samples/development/ have been read for misses; documents in samples/held-out/ have not.
const folderArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const sharedRoot = resolve(process.cwd(), '..', 'shared');
const folders = folderArg ? [resolve(folderArg)] : [join(sharedRoot, 'eval'), resolve('eval')];
const verbose = process.argv.includes('--verbose');
// --development: leave the held-out documents out (what a session may study while it works).
const developmentOnly = process.argv.includes('--development');
/** A document is held out while nobody has read its misses: it lives in samples/held-out/. */
const isHeldOut = (doc: string) => doc.replace(/\\/g, '/').startsWith('samples/held-out/');
// --genres: only the written genre fixtures (test/fixtures/genres*), none of the annotated documents.
const genresOnly = process.argv.includes('--genres');
if (genresOnly) {
  for (const row of [...formatGenres(scoreAllGenres(), verbose), ...formatGenreFigures(verbose)]) console.log(row);
  process.exit(0);
}
// --categories: only the claim-category fixtures (test/fixtures/categories-*); with --rules, the rules' record on them.
if (process.argv.includes('--categories')) {
  const judged: Judged[] = [];
  for (const row of formatCategoryFixtures(verbose, judged)) console.log(row);
  if (process.argv.includes('--rules')) for (const row of ['\nRules on the fixtures (mostly wrong first):', ...formatTally(tallyRules(judged))]) console.log(row);
  process.exit(0);
}
// --rules: per rule, how often it fired on a right and on a wrong answer (roles too, where annotated).
const rules = process.argv.includes('--rules');
// --calibration: the claims of all annotations read, by confidence band, and how many of each band are right.
const calibration = process.argv.includes('--calibration');
const rated: Rated[] = [];
// --role-misses=NAME: the role misses of the annotations whose file name holds NAME (development documents only).
const roleMisses = process.argv.find((a) => a.startsWith('--role-misses='))?.slice('--role-misses='.length);
const judged: Judged[] = [];
const precision = new PrecisionReport();
const files = folders.flatMap((folder) =>
  existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.gold.json')).map((f) => join(folder, f)) : [],
);
const goldDocs: string[] = [];
/** Means of the held-out documents apart from the development ones (the essay, the shared set's development document, is left out of both). */
const means = new GroupMeans();
/** Per document: claims, claims with confidence ≥ 0.7, and how many of those are right. */
const sure: { doc: string; claims: number; total: number; right: number }[] = [];
if (files.length === 0) {
  console.log(`No *.gold.json files in ${folders.join(' or ')}.`);
  process.exit(0);
}

const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const line = (label: string, n: number, d: number, target: string) =>
  console.log(`  ${label.padEnd(44)} ${pct(n, d)}  (${n}/${d})  target ${target}`);

for (const file of files) {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
  const heldOut = isHeldOut(gold.doc);
  if (heldOut && developmentOnly) continue;
  // A gold file names its document relative to the shared folder, or to the project for its own documents.
  const shared = resolve(sharedRoot, gold.doc);
  const docPath = existsSync(shared) ? shared : resolve(gold.doc);
  const text = readFileSync(docPath, 'utf8');
  goldDocs.push(docPath);
  const analysis = analyse(text, { hint: docPath });
  const score: GoldScore = scoreGold(analysis, gold);
  // The targets for documents the analyser was not tuned on apply to held-out documents.
  console.log(`\n${basename(file)} — ${gold.doc} (${analysis.format}${heldOut ? ', held out' : ', development set'})`);
  line('claims: primary category acceptable', score.claims.right, score.claims.total, heldOut ? '≥ 85%' : '≥ 95%');
  sure.push({ doc: basename(file, '.gold.json'), claims: score.claims.total, ...score.sure });
  line('claims: confidence ≥ 0.7 (share of claims)', score.sure.total, score.claims.total, '');
  line('claims: right where confidence ≥ 0.7', score.sure.right, score.sure.total, '≥ 95%');
  line('entities: found with the right type', score.entities.right, score.entities.total, heldOut ? '≥ 90%' : '≥ 95%');
  line('entities: all surface forms in one entity', score.entities.merged, score.entities.total, '');
  line('figures: found with the right kind', score.figures.right, score.figures.total, heldOut ? '≥ 90%' : '≥ 95%');
  line('figures: right year', score.figures.year, score.figures.total, '≥ 90%');
  line('sections: gold titles found', score.sections.right, score.sections.total, 'all');
  const invented = scorePrecision(analysis, gold);
  for (const row of precision.add(invented, verbose)) console.log(row);
  const group = heldOut ? 'held-out' : 'development';
  const essay = gold.doc.endsWith('belarus-dilemma.txt');
  if (!essay) {
    means.ratio(group, 'claims right', score.claims.right, score.claims.total);
    means.ratio(group, 'right at confidence ≥ 0.7', score.sure.right, score.sure.total);
    means.ratio(group, 'entities found, right type', score.entities.right, score.entities.total);
    means.ratio(group, 'entity precision', invented.entities.right, invented.entities.found);
    means.ratio(group, 'figures found, right kind', score.figures.right, score.figures.total);
    means.ratio(group, 'figure precision', invented.figures.right, invented.figures.found);
    means.ratio(group, 'right year', score.figures.year, score.figures.total);
    means.ratio(group, 'sections found', score.sections.right, score.sections.total);
    means.ratio(group, 'section precision', invented.sections.right, invented.sections.found);
    means.ratio(group, 'claim precision', invented.claims.right, invented.claims.found);
  }
  if (rules) judged.push(...score.judged);
  rated.push(...score.rated);
  const rolesFile = file.replace(/\.gold\.json$/, '.roles.json');
  if (existsSync(rolesFile)) {
    const roles = scoreRoles(analysis, JSON.parse(readFileSync(rolesFile, 'utf8')) as GoldRoles);
    line('roles: the annotator\'s role (strict)', roles.strict.right, roles.strict.total, '');
    line('roles: role acceptable', roles.accepted.right, roles.accepted.total, heldOut ? '≥ 85%' : '≥ 90%');
    if (!essay) {
      means.ratio(group, 'roles accepted', roles.accepted.right, roles.accepted.total);
      means.value(group, 'role macro-F1', roles.macroF1);
    }
    console.log(`  ${'roles: macro-F1 over roles'.padEnd(44)}  ${roles.macroF1.toFixed(2)}  target ≥ 0.60`);
    line('support links: precision', roles.links.right, roles.links.read, '');
    line('support links: recall', roles.links.right, roles.links.gold, '');
    if (rules) judged.push(...roles.judged);
    if (roleMisses && basename(rolesFile).includes(roleMisses)) for (const miss of roles.misses) console.log(`    miss: ${miss}`);
  }
  if (verbose || process.env.EVAL_VERBOSE) for (const miss of score.misses) console.log(`    miss: ${miss}`);
  else if (score.misses.length) console.log(`  (${score.misses.length} misses; --verbose lists them)`);
}

for (const row of precision.mean()) console.log(row);
for (const row of means.lines()) console.log(row);
for (const row of formatRoleFixtures(roleMisses)) console.log(row);
console.log('\nConfidence: claims at 0.7 or more, and their accuracy, per document and in the mean');
for (const s of sure) console.log(`  ${s.doc.padEnd(40)} ${pct(s.total, s.claims)} reach it, ${pct(s.right, s.total)} of them right`);
const mean = (f: (s: (typeof sure)[number]) => number) => sure.reduce((a, s) => a + f(s), 0) / sure.length;
const share = mean((s) => (s.claims ? s.total / s.claims : 0));
const accuracy = mean((s) => (s.total ? s.right / s.total : 1));
console.log(`  ${'mean'.padEnd(40)} ${(100 * share).toFixed(1).padStart(5)}% reach it, ${(100 * accuracy).toFixed(1).padStart(5)}% of them right  target ≥ 95%`);

if (calibration) {
  console.log(`\nCalibration: the ${rated.length} claims of these annotations by confidence band, and the share right`);
  for (const row of formatReliability(rated)) console.log(row);
}

if (rules) {
  console.log('\nRules, by the decisions they took part in (all annotations; mostly wrong first):');
  for (const row of formatTally(tallyRules(judged))) console.log(row);
}

if (!folderArg) reportPolicyConfusion(policySets(sharedRoot, goldDocs), verbose);
if (!folderArg) for (const row of [...formatGenres(scoreAllGenres(), verbose), ...formatGenreFigures(verbose)]) console.log(row);

// One reading whatever the format: each markdown sample against its own PDF-text rendering.
const formatDocs = [join(sharedRoot, 'samples', 'crs'), resolve('samples')].flatMap((dir) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)) : [],
);
if (formatDocs.length) {
  console.log('\nFormat agreement (markdown against its PDF-text rendering, bench/pdf-text.ts):');
  const total = { claims: [0, 0], categories: [0, 0], entities: [0, 0], figures: [0, 0] };
  for (const file of formatDocs) {
    const a = formatAgreement(readFileSync(file, 'utf8'));
    const cells = (['claims', 'categories', 'entities', 'figures'] as const).map((k) => {
      total[k][0] += a[k][0];
      total[k][1] += a[k][1];
      return `${k} ${pct(a[k][0], a[k][1])}`;
    });
    console.log(`  ${basename(file).padEnd(28)} ${cells.join('  ')}`);
    if (verbose) for (const m of a.missing) console.log(`    not in the text: ${m}`);
  }
  const cells = (['claims', 'categories', 'entities', 'figures'] as const).map((k) => `${k} ${pct(total[k][0], total[k][1])}`);
  console.log(`  ${'all'.padEnd(28)} ${cells.join('  ')}`);
}
