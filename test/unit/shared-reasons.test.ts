import { strict as assert } from 'node:assert';
import { Shared } from '../../src/core/model/shared';
import { analyse } from '../../src/core/analyse';

describe('One table of reasons for a reading', () => {
  it('gives each reason as asked for, and the same object when asked again', () => {
    const table = new Shared();
    const first = table.of('claim:frame-trade', 1.5, 'category', 'tariffs');
    assert.deepEqual(first, { rule: 'claim:frame-trade', weight: 1.5, about: 'category', words: 'tariffs' });
    assert.equal(table.of('claim:frame-trade', 1.5, 'category', 'tariffs'), first);
    // Another weight, other words or no words: another reason, each as asked.
    assert.deepEqual(table.of('claim:frame-trade', 0.5, 'category', 'tariffs'), { rule: 'claim:frame-trade', weight: 0.5, about: 'category', words: 'tariffs' });
    assert.deepEqual(table.of('claim:frame-trade', 1.5, 'category'), { rule: 'claim:frame-trade', weight: 1.5, about: 'category' });
    assert.equal(table.of('claim:frame-trade', 1.5, 'category', 'tariffs'), first);
  });

  it('tells apart what one rule decided about (a figure rule decides a kind and a unit with one weight)', () => {
    const table = new Shared();
    const kind = table.reason({ rule: 'figure:percent', weight: 2, about: 'kind', words: '12%' });
    const unit = table.reason({ rule: 'figure:percent', weight: 2, about: 'unit', words: '12%' });
    assert.equal(kind.about, 'kind');
    assert.equal(unit.about, 'unit');
    assert.equal(table.of('figure:percent', 2, 'unit', '12%'), unit);
  });

  it('keeps a reason made apart once, and gives back the first made for equal ones', () => {
    const table = new Shared();
    const made = { rule: 'figure:year', weight: 1, about: 'year' };
    assert.equal(table.reason(made), made);
    assert.equal(table.reason({ ...made }), made);
    assert.equal(table.of('figure:year', 1, 'year'), made);
    // Empty words are not taken for none: such a reason is given back as it was made.
    const empty = { rule: 'figure:year', weight: 1, about: 'year', words: '' };
    assert.equal(table.reason(empty), empty);
  });

  it('has claims with the same reasons hold one object each, not copies', () => {
    const sentence = 'The ministry will raise tariffs on imported steel to protect the national economy. ';
    const { claims } = analyse(sentence.repeat(6), { hint: 'plain' });
    assert.ok(claims.length >= 6);
    const whys = claims.map((c) => c.why);
    assert.ok(whys[1].length > 0, 'the claims give reasons');
    const equal = (a: object, b: object | undefined) => JSON.stringify(a) === JSON.stringify(b);
    let seen = 0;
    for (const why of whys.slice(2)) {
      for (let i = 0; i < why.length; i++) {
        if (!equal(why[i], whys[1][i])) continue;
        assert.equal(why[i], whys[1][i]);
        seen++;
      }
    }
    assert.ok(seen > 0, 'the repeated sentences share reasons');
  });
});
