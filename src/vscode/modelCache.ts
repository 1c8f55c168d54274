/**
 * The version cache behind ModelService, with no `vscode` in what it needs:
 * a document is a URI, a version and its text (a `vscode.TextDocument` is one
 * as it is), time is an injected clock, and the analysis an injected function.
 * Unit tests drive it with fake documents and a fake clock.
 */

/** What the cache reads of a document. */
export interface ModelDocument {
  readonly uri: { toString(): string };
  /** Grows with every edit; a negative version is a temporary document, never cached. */
  readonly version: number;
  readonly isClosed: boolean;
  getText(): string;
}

/** What the cache reads of a model. */
export interface VersionedModel {
  /** The document version the model was made from. */
  readonly version: number;
  /** How long its analysis took, in ms. */
  readonly cost: number;
}

/** What a model says of how much of the document it holds. */
export interface OutlineModel {
  /** True when only the sections were kept. */
  readonly outlineOnly: boolean;
  /** Set when the full reading ran past the worker's time budget: why only the outline is shown. */
  readonly cutShort?: string;
}

/** The size limit's reason for an outline-only model. */
export const TOO_LARGE_REASON = 'Large document: sections only (see policyLens.maxDocumentSize).';

/**
 * Why a model holds the outline only, as the Argument view and the status bar
 * say it: the time budget's message when the reading was cut short, the size
 * limit otherwise; undefined for a full reading.
 */
export function outlineReason(model: OutlineModel): string | undefined {
  if (model.cutShort) return model.cutShort;
  return model.outlineOnly ? TOO_LARGE_REASON : undefined;
}

/** Time, injected: real timers in the editor, a fake clock in tests. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What the owner of the cache does when a model changes or is dropped. */
export interface CacheHooks<D, M> {
  /** A newer model of `doc` was made. */
  readonly changed: (doc: D, model: M) => void;
  /** The model of `key` was dropped (the document closed, or a reset); `notify` says whether views should hear of it. */
  readonly dropped: (key: string, notify: boolean) => void;
}

interface Entry<M> {
  /** The newest model made, possibly of an older version than the document's. */
  model?: M;
  /** The analysis under way, and the version it reads. */
  pending?: { readonly version: number; readonly promise: Promise<M | undefined> };
  /** The debounce timer of an edit, and when it ends (clock time). */
  timer?: unknown;
  due?: number;
  /** How long the last analysis took, in ms: long documents wait longer after an edit. */
  cost?: number;
}

/**
 * Pause after the last edit before a document is analysed again: 300 ms, or as
 * long as its last analysis took (at most 2 s), so a long report being edited is
 * not analysed again and again.
 */
export const DEBOUNCE_MS = 300;
export const MAX_DEBOUNCE_MS = 2000;

/**
 * Models per document URI and version: asking for the version already analysed
 * (or being analysed) costs nothing. Edits are analysed again once typing pauses;
 * a request within the pause waits for its end, so typing never queues analyses.
 * A result that arrives after the document changed again is kept only as the
 * newest known model, never served for the new version. Dropping a document
 * drops its model, and a reading still under way for it is then ignored.
 */
export class ModelCache<D extends ModelDocument, M extends VersionedModel> {
  readonly #entries = new Map<string, Entry<M>>();
  readonly #analyse: (doc: D) => Promise<M | undefined>;
  readonly #hooks: CacheHooks<D, M>;
  readonly #clock: Clock;

  constructor(analyse: (doc: D) => Promise<M | undefined>, hooks: CacheHooks<D, M>, clock: Clock = SYSTEM_CLOCK) {
    this.#analyse = analyse;
    this.#hooks = hooks;
    this.#clock = clock;
  }

  /** The model of the document's current version, analysing it if needed. */
  get(doc: D): Promise<M | undefined> {
    if (doc.version < 0) return this.#analyse(doc);
    const key = doc.uri.toString();
    let entry = this.#entries.get(key);
    if (!entry) this.#entries.set(key, (entry = {}));
    const version = doc.version;
    if (entry.model?.version === version) return Promise.resolve(entry.model);
    if (entry.pending?.version === version) return entry.pending.promise;
    // Within the pause after an edit, a request waits for the pause to end:
    // typing then costs one analysis per pause, not one per request.
    const delay = Math.max(0, (entry.due ?? 0) - this.#clock.now());
    const current = entry;
    const start = delay > 0 ? new Promise<void>((resolve) => this.#clock.setTimeout(resolve, delay)) : Promise.resolve();
    const promise: Promise<M | undefined> = start
      .then(() => (doc.version === version && !doc.isClosed ? this.#analyse(doc) : undefined))
      .then((model) => {
        if (this.#entries.get(key) !== current) return model; // dropped (closed) meanwhile
        if (current.pending?.promise === promise) current.pending = undefined;
        if (model) current.cost = model.cost;
        if (model && (!current.model || model.version > current.model.version)) {
          current.model = model;
          this.#hooks.changed(doc, model);
        }
        return model;
      });
    entry.pending = { version, promise };
    return promise;
  }

  /** The newest model known for a document, without analysing; it may be of an older version. */
  peek(key: string): M | undefined {
    return this.#entries.get(key)?.model;
  }

  /** Analyses an edited document once typing pauses, if the cache already follows it. */
  schedule(doc: D): void {
    const entry = this.#entries.get(doc.uri.toString());
    if (!entry) return;
    this.#clock.clearTimeout(entry.timer);
    const pause = Math.min(MAX_DEBOUNCE_MS, Math.max(DEBOUNCE_MS, entry.cost ?? 0));
    entry.due = this.#clock.now() + pause;
    entry.timer = this.#clock.setTimeout(() => {
      entry.timer = undefined;
      if (!doc.isClosed) void this.get(doc);
    }, pause);
  }

  /** Drops a document's model and any reading under way for it. */
  drop(key: string, notify = true): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#clock.clearTimeout(entry.timer);
    this.#entries.delete(key);
    this.#hooks.dropped(key, notify);
  }

  /** Drops every model. */
  reset(): void {
    for (const key of [...this.#entries.keys()]) this.drop(key);
  }

  dispose(): void {
    for (const entry of this.#entries.values()) this.#clock.clearTimeout(entry.timer);
    this.#entries.clear();
  }
}
