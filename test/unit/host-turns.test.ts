import { strict as assert } from 'node:assert';
import { Reader } from '../../src/core/analyse';
import type { Analysis } from '../../src/core/model/model';
import { mapInSlices, Slices } from '../../src/core/model/slices';
import { claimMarks } from '../../src/vscode/present/marks';
import { DEFAULT_SETTINGS } from '../../src/vscode/present/settings';
import { TurnEmitter } from '../../src/vscode/turns';

/**
 * The host's work when a model lands (issue #14: the host never held over 50 ms):
 * the model service's listeners run each in a turn of the event loop of its own,
 * and the walks over every claim run in slices, with the same result as in one go.
 */

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A text of our own with claims in several categories, repeated until it has `claims` of them. */
function modelOf(times: number): Analysis {
  const paragraph =
    'The alliance moved two brigades to the border in 2021, the ministry said. Exports of grain fell by 12% as tariffs rose. ' +
    'The government must therefore fund the coastguard. Sanctions on the shipyard weakened its navy.\n\n';
  const text = `# Trade and security\n\n${paragraph.repeat(times)}`;
  const { text: _t, ...reading } = new Reader().analyse(text, { format: 'markdown' });
  void _t;
  return { ...reading, text } as Analysis;
}

describe('The host when a model lands', () => {
  it('Calls each listener in a turn of its own, in the order they subscribed, and none disposed before its turn', async () => {
    const emitter = new TurnEmitter<string>();
    const calls: string[] = [];
    emitter.event((v) => calls.push(`a:${v}`));
    const b = emitter.event((v) => calls.push(`b:${v}`));
    const c: string[] = [];
    emitter.event(function (this: string[], v) {
      this.push(`c:${v}`);
      calls.push(`c:${v}`);
    }, c);
    emitter.fire('x');
    assert.deepEqual(calls, [], 'no listener runs in the task that fired');
    await turn();
    assert.deepEqual(calls, ['a:x'], 'one listener a turn');
    b.dispose();
    await turn();
    await turn();
    assert.deepEqual(calls, ['a:x', 'c:x'], 'a listener disposed before its turn is not called');
    assert.deepEqual(c, ['c:x'], 'thisArgs is the listener\'s this');
  });

  it('Goes on with the next listener when one throws, and reports the error', async () => {
    const errors: unknown[] = [];
    const emitter = new TurnEmitter<number>((error) => errors.push(error));
    const seen: number[] = [];
    emitter.event(() => {
      throw new Error('broken listener');
    });
    emitter.event((v) => seen.push(v));
    emitter.fire(7);
    for (let i = 0; i < 3; i++) await turn();
    assert.deepEqual(seen, [7]);
    assert.equal(errors.length, 1);
  });

  it('Calls no listener after the emitter is disposed', async () => {
    const emitter = new TurnEmitter<number>();
    const seen: number[] = [];
    emitter.event((v) => seen.push(v));
    emitter.fire(1);
    emitter.dispose();
    await turn();
    await turn();
    assert.deepEqual(seen, []);
  });

  it('Makes the gutter marks in slices exactly as in one go, and gives the event loop turns meanwhile', async () => {
    const model = modelOf(150);
    const categories = DEFAULT_SETTINGS.categories;
    const range = (start: number, end: number) => `${start}-${end}`;
    const whole = await claimMarks(model, categories, range, undefined, new Slices(Infinity));
    let ticks = 0;
    let ticking = true;
    const tick = () => (ticks++, ticking && setImmediate(tick));
    setImmediate(tick);
    // A slice of no time: a turn before every claim.
    const sliced = await claimMarks(model, categories, range, undefined, new Slices(0));
    ticking = false;
    assert.ok(model.claims.length > 300, `${model.claims.length} claims`);
    assert.deepEqual(sliced, whole);
    assert.ok(ticks > model.claims.length / 2, `the event loop had ${ticks} turns over ${model.claims.length} claims`);
  });

  it('Abandons a walk in slices that a newer one replaced', async () => {
    let stale = false;
    const walk = mapInSlices([1, 2, 3, 4], (n) => (n === 2 && (stale = true), n * 10), new Slices(0), () => stale);
    assert.equal(await walk, undefined);
    assert.deepEqual(await mapInSlices([1, 2, 3, 4], (n) => (n % 2 ? n : undefined), new Slices(0)), [1, 3]);
  });
});
