import { strict as assert } from 'node:assert';
import { annotationFileProblems } from '../../src/core/annotations/problems';
import { makeAnnotation, pageText } from '../../src/core/annotations/write';

const TEXT = 'The port of Klaipeda handles most Belarusian potash. Its share fell after 2021.';
const NOW = '2026-03-01T10:00:00Z';
const note = makeAnnotation('urn:uuid:1', TEXT, { start: 0, end: 52 }, { note: 'Check the 2023 figure.' }, NOW);
const retag = makeAnnotation('urn:uuid:2', TEXT, { start: 53, end: 79 }, { correction: { field: 'category', value: 'economic' } }, NOW);

/** The 1-based line of an offset. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('Problems of an annotation file, placed for the Problems panel', () => {
  it('Finds none in a file Policy Lens wrote', () => {
    assert.deepEqual(annotationFileProblems(pageText([note, retag])), []);
  });

  it('Puts a skipped annotation on the line of its id, as a warning that names it, and leaves the others alone', () => {
    const file = pageText([note, retag]).replace('"value": "economic"', '"value": "cultural"');
    const problems = annotationFileProblems(file);
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem.severity, 'warning');
    assert.match(problem.message, /^Annotation urn:uuid:2 is skipped: a "category" correction takes .*not "cultural"\.$/);
    assert.equal(file.slice(problem.start, problem.end), '"urn:uuid:2"');
    assert.equal(lineOf(file, problem.start), lineOf(file, file.indexOf('"id": "urn:uuid:2"')));
  });

  it('Puts broken JSON as an error where the JSON breaks, and says the file is kept', () => {
    const good = pageText([note]);
    const cut = good.indexOf('"motivation"');
    const file = `${good.slice(0, cut)}this is not JSON\n${good.slice(cut)}`;
    const problems = annotationFileProblems(file);
    assert.ok(problems.length >= 1);
    assert.equal(problems[0].severity, 'error');
    assert.equal(lineOf(file, problems[0].start), lineOf(file, file.indexOf('this is not JSON')));
    assert.match(problems[0].message, /^Not valid JSON: .*keeps the file as it is/);
  });

  it('Puts a page that is not an AnnotationPage on its "type", and one without items on "items"', () => {
    const wrongType = pageText([note]).replace('"type": "AnnotationPage"', '"type": "Collection"');
    const [typeProblem] = annotationFileProblems(wrongType);
    assert.equal(typeProblem.severity, 'error');
    assert.equal(wrongType.slice(typeProblem.start, typeProblem.end), '"Collection"');
    assert.match(typeProblem.message, /^Not an annotation page: "type" is "Collection"/);
    const noItems = '{\n  "type": "AnnotationPage",\n  "items": {}\n}\n';
    const [itemsProblem] = annotationFileProblems(noItems);
    assert.equal(lineOf(noItems, itemsProblem.start), 3);
  });

  it('Says an empty file is not JSON', () => {
    const [problem] = annotationFileProblems('');
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /^Not valid JSON/);
  });
});
