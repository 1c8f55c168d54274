import { strict as assert } from 'node:assert';
import { roleIn } from './roles-helpers';

/**
 * Role classes of session 13, second round: the authors' own assessment in
 * the first person ('We judge that …', 'We assess that …') is the thesis an
 * intelligence assessment or an options memo puts forward; a sentence that
 * tells the reader whom to contact is an instruction, not a recommendation;
 * 'probably will' is the same forecast as 'will probably'.
 */
describe('Roles of session 13, round two', () => {
  const assessment =
    'Smugglers have moved their routes east.\n\n' +
    'Patrol boats stopped 14 dhows off the cape in 2026. Most carried fuel and cigarettes. We judge that the gangs are testing the new patrols rather than avoiding them.\n\n' +
    'Seizures fell by 40 percent in the winter. We assess that the gangs pay the harbour police to look away. The cutters still sail every night.\n\n' +
    'The trade will shift again next year.';
  it('Reads "We judge that …" closing a paragraph after data as the authors\' thesis, not a datum', () => {
    assert.deepEqual(roleIn(assessment, 'We judge that the gangs'), { role: 'thesis', rule: 'role:assessed-view' });
  });
  it('Reads "We assess that …" inside a paragraph as the authors\' thesis, not a premise', () => {
    assert.deepEqual(roleIn(assessment, 'We assess that the gangs'), { role: 'thesis', rule: 'role:assessed-view' });
  });
  it('Keeps the last sentence of an argued document its conclusion even when it is an assessment', () => {
    const text = assessment.replace('The trade will shift again next year.', 'The board should, however, keep the patrols. But patrols alone cannot end the trade. We assess with moderate confidence that the trade will shift again.');
    assert.equal(roleIn(text, 'moderate confidence').role, 'conclusion');
  });
  it('Reads a sentence telling the reader whom to contact as an instruction, not a recommendation', () => {
    const text = 'The harbour board should publish its tolls.\n\nTolls rose last spring. If your invoice looks wrong, contact the harbour office before paying it. Should you have questions about this letter, please contact the clerk on 555 0101.';
    assert.deepEqual(roleIn(text, 'contact the harbour office'), { role: 'statement', rule: 'role:reader-contact' });
    assert.deepEqual(roleIn(text, 'please contact the clerk'), { role: 'statement', rule: 'role:reader-contact' });
  });
  it('Does not read "contact" as a noun as an instruction', () => {
    const text = 'The harbour board should publish its tolls.\n\nThe pilots stay in contact the whole night with the tugs, and the board lost contact the following week.';
    assert.notEqual(roleIn(text, 'stay in contact').rule, 'role:reader-contact');
  });
  it('Reads "probably will" as a forecast, as "will probably" is', () => {
    const text = 'Smugglers have moved their routes east.\n\nThe coast guard has added two cutters. The gangs probably will return to the cape if the patrols end.';
    assert.deepEqual(roleIn(text, 'probably will return'), { role: 'thesis', rule: 'role:prediction' });
  });
});
