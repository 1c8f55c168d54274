import { strict as assert } from 'node:assert';
import { analyse } from '../../src/core/analyse';
import { frontMatterSwitch, measurePolicy, readPolicy } from '../../src/core/model/policy';
import { policyLine, terminalWidth } from '../../src/cli/render';
import { analyseWithProgress, progressText } from '../../src/cli/progress';
import { shared } from './helpers';

const read = (text: string, hint = 'doc.md') => readPolicy(analyse(text, { hint }));
const rules = (text: string, hint?: string) => read(text, hint).why.map((r) => r.rule);

// Documents of our own, each of one kind.
const ARGUED = [
  'Moscow has raised gas prices for Minsk twice this year, and the Kremlin now ties every loan to closer military integration.',
  'Exports of potash through Lithuanian ports fell by 40 percent after the sanctions, cutting the budget revenue Minsk depends on.',
  'NATO has moved two battalions to the border, while the Belarusian army holds exercises with Russian troops near Grodno.',
  'The trade war between Washington and Beijing has pushed tariffs on steel to 25 percent and unsettled the alliance in Asia.',
].join(' ');
const README = [
  '# quickcache',
  '',
  'A tiny cache for Node.js scripts.',
  '',
  '## Install',
  '',
  '```sh',
  'npm install quickcache',
  '```',
  '',
  '## Usage',
  '',
  '```js',
  "const cache = require('quickcache')({ ttl: 60 });",
  "cache.set('key', 42);",
  '```',
  '',
  'Every option has a default; see the configuration section of the API docs.',
].join('\n');

describe('Policy document or not', () => {
  it('reads the shared essay as a policy document, for its cues and argued prose', () => {
    const policy = read(shared('samples/belarus-dilemma.txt'), 'belarus-dilemma.txt');
    assert.equal(policy.policyDocument, true);
    assert.ok(policy.policyScore > 0.8, String(policy.policyScore));
    assert.ok(policy.why.some((r) => r.rule === 'policy:category-cues' && r.weight > 0));
  });

  it('leaves a software README alone, naming its code and install vocabulary', () => {
    const policy = read(README);
    assert.equal(policy.policyDocument, false);
    assert.ok(policy.policyScore < 0.2, String(policy.policyScore));
    const against = policy.why.filter((r) => r.weight < 0).map((r) => r.rule);
    assert.ok(against.includes('policy:code-blocks') && against.includes('policy:software-vocabulary'), against.join());
  });

  it('scores argued, cued paragraphs as policy and lowers the score as code is added to them', () => {
    const prose = read(`# Outlook\n\n${ARGUED}\n\n${ARGUED}\n`);
    assert.equal(prose.policyDocument, true);
    const code = '```\nrun --all --fast\nrun --again\n```\n\n';
    const withCode = read(`# Outlook\n\n${ARGUED}\n\n${code.repeat(6)}${ARGUED}\n`);
    assert.ok(withCode.policyScore < prose.policyScore, `${withCode.policyScore} ≥ ${prose.policyScore}`);
  });

  it('leaves narrative prose without category cues alone', () => {
    const story =
      'Ada climbed the stairs of the old lighthouse every evening and lit the lamp while her father counted the steps aloud. ' +
      'In the morning they ate bread with honey at the kitchen table and watched the fishing boats come home across the bay.';
    assert.equal(read(`${story}\n\n${story}\n`, 'story.txt').policyDocument, false);
  });

  it('lets the front matter decide, whatever the score', () => {
    const essay = shared('samples/belarus-dilemma.txt');
    const off = read(`---\ntitle: Notes\npolicy-lens: off\n---\n${essay}`, 'essay.md');
    assert.equal(off.policyDocument, false);
    assert.equal(off.frontMatter, 'off');
    assert.equal(off.why[0].rule, 'policy:front-matter');
    assert.ok(off.policyScore > 0.5, 'the score still says what the text reads like');
    assert.equal(read(`---\npolicy-lens: on\n---\n${README}`).policyDocument, true);
    assert.equal(frontMatterSwitch('policy-lens: on\n\ntext'), null, 'only front matter counts');
    assert.equal(frontMatterSwitch('---\npolicy-lens: "yes"\n---\n'), 'on');
  });

  it('reads release headings as a changelog, but not numbered sections', () => {
    const changelog = '# Changelog\n\n## [2.1.0] - 2024-03-02\n\n- Added a flag.\n\n## 2.0.0\n\n- Removed the old one.\n';
    assert.ok(rules(changelog).includes('policy:changelog-headings'));
    const numbered = `Report\n\n1. Introduction\n\n${ARGUED}\n\n2.1 Mali\n\n${ARGUED}\n\n2.2 Niger\n\n${ARGUED}\n`;
    assert.ok(!rules(numbered, 'report.txt').includes('policy:changelog-headings'));
  });

  it('does not count the words of web addresses as software vocabulary', () => {
    const links = `${ARGUED} See [the report](https://example.org/api/download/json/config/readme) and https://example.org/install/npm.\n`;
    assert.equal(measurePolicy(analyse(links, { hint: 'a.md' }))['software-words-per-100-words'], 0);
  });

  it('counts bulleted lines of plain text as a list', () => {
    const list = '- one thing to do\n- another thing to do\n- a third thing to do\n';
    assert.ok(measurePolicy(analyse(list, { hint: 'a.txt' }))['list-share'] > 0.9);
  });

  it("judges a long document by its opening, so the host's work does not grow with its length", () => {
    const essay = shared('samples/belarus-dilemma.txt');
    const long = essay.repeat(Math.ceil(120_000 / essay.length));
    const code = '\n\n    npm install thing\n    npm run build --all\n'.repeat(2000);
    assert.equal(read(long + code, 'long.txt').policyScore, read(long, 'long.txt').policyScore);
    assert.ok(read(code + long, 'long.txt').policyScore < read(long, 'long.txt').policyScore, 'the opening counts');
  });

  it('reads an empty document as no policy document', () => {
    const policy = read('');
    assert.equal(policy.policyDocument, false);
    assert.ok(policy.policyScore >= 0 && policy.policyScore < 0.5);
  });
});

describe('Command line output for a reader', () => {
  it('says whether it is a policy document, with the reasons on the side it came down on', () => {
    const line = policyLine(read(README));
    assert.match(line, /^not a policy document \(score 0\.\d\d: /);
    assert.match(line, /holds code blocks/);
    assert.doesNotMatch(line, /argued prose/);
  });

  it("cuts to the terminal's width, and to 100 columns into a pipe", () => {
    assert.equal(terminalWidth({ isTTY: true, columns: 160 }), 160);
    assert.equal(terminalWidth({ isTTY: false, columns: 160 }), 100);
  });

  it('shows progress only on a terminal, and reads the same either way', async () => {
    const written: string[] = [];
    const text = shared('samples/belarus-dilemma.txt');
    const quiet = await analyseWithProgress(text, { hint: 'a.txt' }, 'a.txt', { isTTY: false, write: (s) => written.push(s) });
    assert.deepEqual(written, []);
    assert.equal(quiet.claims.length, analyse(text, { hint: 'a.txt' }).claims.length);
    assert.equal(progressText('big.md', 20_100_000, 3400), 'policy-lens: reading big.md (20.1 MB) … 3 s');
  });
});
