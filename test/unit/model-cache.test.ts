import { strict as assert } from 'node:assert';
import { type Clock, DEBOUNCE_MS, ModelCache, type ModelDocument } from '../../src/vscode/modelCache';

/** A document as the editor would hand it over: its text and version change with each edit. */
class FakeDocument implements ModelDocument {
  readonly uri: { toString(): string };
  version = 1;
  isClosed = false;
  constructor(
    name: string,
    public text: string,
  ) {
    this.uri = { toString: () => `file:///${name}` };
  }
  getText(): string {
    return this.text;
  }
  edit(text: string): void {
    this.text = text;
    this.version++;
  }
}

interface Model {
  readonly version: number;
  readonly cost: number;
  readonly text: string;
}

/** A clock whose time moves only when the test moves it. */
class FakeClock implements Clock {
  time = 0;
  #timers: { at: number; run: () => void; id: number }[] = [];
  #next = 0;
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const id = ++this.#next;
    this.#timers.push({ at: this.time + ms, run, id });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.#timers = this.#timers.filter((t) => t.id !== handle);
  };
  /** Moves time on by `ms`, running the timers that fall due, in order. */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    for (;;) {
      this.#timers.sort((a, b) => a.at - b.at);
      const due = this.#timers[0];
      if (!due || due.at > until) break;
      this.#timers.shift();
      this.time = due.at;
      due.run();
      await settle();
    }
    this.time = until;
    await settle();
  }
}

/** Lets every promise already resolved run its callbacks. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** An analyser whose readings finish when the test says so, and which counts them. */
function analyser() {
  const waiting: { doc: FakeDocument; version: number; text: string; finish: () => void }[] = [];
  const analyse = (doc: FakeDocument) =>
    new Promise<Model>((resolve) => {
      const version = doc.version;
      const text = doc.getText();
      waiting.push({ doc, version, text, finish: () => resolve({ version, cost: 10, text }) });
    });
  return { analyse, waiting };
}

function setUp() {
  const clock = new FakeClock();
  const { analyse, waiting } = analyser();
  const changed: string[] = [];
  const dropped: string[] = [];
  const cache = new ModelCache<FakeDocument, Model>(
    analyse,
    { changed: (_doc, model) => changed.push(model.text), dropped: (key) => dropped.push(key) },
    clock,
  );
  return { clock, cache, waiting, changed, dropped };
}

/** Opens `doc` and lets its first reading finish. */
async function open(cache: ModelCache<FakeDocument, Model>, waiting: { finish: () => void }[], doc: FakeDocument): Promise<void> {
  const opened = cache.get(doc);
  await settle();
  waiting[waiting.length - 1].finish();
  await opened;
}

describe('Model cache (ModelService without the editor)', () => {
  it('Keys results by version: a second request for the same version reads nothing again', async () => {
    const { cache, waiting } = setUp();
    const doc = new FakeDocument('a.md', 'Tariffs rose.');
    const first = cache.get(doc);
    const again = cache.get(doc);
    await settle();
    assert.equal(waiting.length, 1, 'one reading for two requests');
    waiting[0].finish();
    assert.equal((await first)?.text, 'Tariffs rose.');
    assert.equal(await again, await first);
    assert.equal(await cache.get(doc), await first, 'served from the cache');
    assert.equal(waiting.length, 1);
    doc.edit('Tariffs fell.');
    const next = cache.get(doc);
    await settle();
    assert.equal(waiting.length, 2, 'a new version is read again');
    waiting[1].finish();
    assert.equal((await next)?.text, 'Tariffs fell.');
  });

  it('Reads a burst of edits once, after typing pauses', async () => {
    const { cache, clock, waiting } = setUp();
    const doc = new FakeDocument('a.md', 'A');
    await open(cache, waiting, doc);
    for (const text of ['AB', 'ABC', 'ABCD']) {
      doc.edit(text);
      cache.schedule(doc);
      await clock.advance(DEBOUNCE_MS / 3);
    }
    assert.equal(waiting.length, 1, 'nothing read while typing');
    await clock.advance(DEBOUNCE_MS);
    assert.equal(waiting.length, 2, 'one reading after the pause');
    assert.equal(waiting[1].text, 'ABCD', 'of the last text');
  });

  it('Makes a request during the pause wait for it, then read once', async () => {
    const { cache, clock, waiting } = setUp();
    const doc = new FakeDocument('a.md', 'A');
    await open(cache, waiting, doc);
    doc.edit('AB');
    cache.schedule(doc);
    const asked = cache.get(doc);
    await clock.advance(DEBOUNCE_MS / 2);
    assert.equal(waiting.length, 1, 'the request waits for the pause');
    await clock.advance(DEBOUNCE_MS);
    assert.equal(waiting.length, 2, 'the request and the timer share one reading');
    waiting[1].finish();
    assert.equal((await asked)?.text, 'AB');
  });

  it('Never serves a result of an older version for a newer one, but keeps it as the newest known', async () => {
    const { cache, waiting, changed } = setUp();
    const doc = new FakeDocument('a.md', 'old');
    const oldRequest = cache.get(doc);
    await settle();
    doc.edit('new');
    const newRequest = cache.get(doc);
    await settle();
    assert.equal(waiting.length, 2);
    waiting[1].finish(); // the newer reading finishes first
    assert.equal((await newRequest)?.text, 'new');
    waiting[0].finish(); // then the stale one
    await oldRequest;
    assert.equal(cache.peek(doc.uri.toString())?.text, 'new', 'the stale result does not replace the newer model');
    assert.deepEqual(changed, ['new'], 'views heard of the newer model only');
    assert.equal((await cache.get(doc))?.text, 'new');
  });

  it('Drops a closed document’s model, and ignores its reading still under way', async () => {
    const { cache, waiting, changed, dropped } = setUp();
    const doc = new FakeDocument('a.md', 'first');
    await open(cache, waiting, doc);
    doc.edit('second');
    const pending = cache.get(doc);
    await settle();
    doc.isClosed = true;
    cache.drop(doc.uri.toString());
    assert.deepEqual(dropped, ['file:///a.md']);
    assert.equal(cache.peek(doc.uri.toString()), undefined, 'no model left');
    waiting[1].finish();
    await pending;
    assert.equal(cache.peek(doc.uri.toString()), undefined, 'the late reading is not kept');
    assert.deepEqual(changed, ['first'], 'nor announced');
  });

  it('Reads nothing when the document closes during the pause', async () => {
    const { cache, clock, waiting } = setUp();
    const doc = new FakeDocument('a.md', 'A');
    await open(cache, waiting, doc);
    doc.edit('AB');
    cache.schedule(doc);
    doc.isClosed = true;
    cache.drop(doc.uri.toString());
    await clock.advance(DEBOUNCE_MS * 2);
    assert.equal(waiting.length, 1);
  });

  it('Reads a temporary document (negative version) on every request, caching nothing', async () => {
    const { cache, waiting } = setUp();
    const doc = new FakeDocument('untitled', 'x');
    doc.version = -1;
    void cache.get(doc);
    void cache.get(doc);
    await settle();
    assert.equal(waiting.length, 2);
    assert.equal(cache.peek(doc.uri.toString()), undefined);
  });
});
