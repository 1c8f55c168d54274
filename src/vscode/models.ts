import * as vscode from 'vscode';
import { ModelIndex } from '../core/model/lookup';
import type { Analysis } from '../core/model/model';
import type { PolicyReading } from '../core/model/policy';
import { tooLargeMessage } from './present/status';
import { describe } from './log';
import type { AnalysisRunner } from './runner';
import type { SettingsStore } from './settings';
import type { LexiconStore } from './lexicon';
import { ModelCache, type OutlineModel } from './modelCache';
import { withReaderLayer } from './notes/hook';
import { TurnEmitter } from './turns';

/** One document's model, as every feature reads it. */
export interface DocumentModel extends OutlineModel {
  readonly uri: vscode.Uri;
  /** The document version the model was made from. */
  readonly version: number;
  /** The model, its `text` being the text that was analysed. */
  readonly analysis: Analysis;
  /** Offset lookups on it. */
  readonly index: ModelIndex;
  /** The policy gate's reading of `analysis`, when the worker made it (the reader's corrections change it: then none). */
  readonly policy?: PolicyReading;
  /**
   * True when only sections were kept: the document is above
   * `policyLens.maxDocumentSize`, or its reading was cut short by the time
   * budget (`cutShort` then says so; see `outlineReason`).
   */
  readonly outlineOnly: boolean;
  /** Size of the analysed text in bytes (UTF-8). */
  readonly bytes: number;
  /** How long the analyser took, in ms (waiting for the worker not included). */
  readonly cost: number;
}

/**
 * The one cache of models. A model is kept per document URI and version: asking
 * for the version already analysed (or being analysed) costs nothing. Edits are
 * analysed again 300 ms after typing stops, longer for a document whose analysis
 * takes longer; a provider asking sooner waits for that pause, so typing never
 * queues analyses. A result that arrives after the document changed again is kept only as the newest known model (views show it
 * until the next one), never served for the new version. A document with a
 * negative version (a temporary one) is analysed on every request, never cached.
 * Closing a document drops its model.
 */
export class ModelService implements vscode.Disposable {
  readonly #runner: AnalysisRunner;
  readonly #settings: SettingsStore;
  readonly #lexicon: LexiconStore;
  readonly #log: vscode.LogOutputChannel;
  readonly #cache: ModelCache<vscode.TextDocument, DocumentModel>;
  readonly #busy = new Map<string, number>();
  readonly #warnedLarge = new Set<string>();
  /** Each listener in a turn of its own (`turns.ts`): together they held the host 80–100 ms beside a report of 2,000 claims. */
  readonly #changed: TurnEmitter<vscode.Uri>;
  readonly #busyChanged = new vscode.EventEmitter<vscode.Uri>();
  readonly #subscriptions: vscode.Disposable[];

  /** Fires when a document's newest model changed (or was dropped). */
  readonly onDidChangeModel: vscode.Event<vscode.Uri>;
  /** Fires when an analysis of a document starts or ends. */
  readonly onDidChangeBusy = this.#busyChanged.event;

  constructor(runner: AnalysisRunner, settings: SettingsStore, lexicon: LexiconStore, log: vscode.LogOutputChannel) {
    this.#runner = runner;
    this.#settings = settings;
    this.#lexicon = lexicon;
    this.#log = log;
    this.#changed = new TurnEmitter<vscode.Uri>((error) => log.error(`A listener of a model's change failed: ${describe(error)}`));
    this.onDidChangeModel = this.#changed.event;
    this.#cache = new ModelCache<vscode.TextDocument, DocumentModel>((doc) => this.#analyse(doc), {
      changed: (doc, model) => {
        this.#changed.fire(doc.uri);
        if (model.outlineOnly && !model.cutShort) this.#warnLarge(doc, model);
      },
      dropped: (key, notify) => {
        this.#runner.forget(key);
        if (notify) this.#changed.fire(vscode.Uri.parse(key));
      },
    });
    this.#subscriptions = [
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.#schedule(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.#cache.drop(doc.uri.toString())),
      settings.onDidChange((change) => {
        if (change.languages || change.maxDocumentSize) this.reset();
      }),
      // The reader's own terms change every claim's score.
      lexicon.onDidChange(() => this.reset()),
    ];
  }

  /**
   * The model of the document's current version, analysing it if needed.
   * Undefined for a document Policy Lens does not annotate, when analysis failed,
   * or when `token` was cancelled first.
   */
  get(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentModel | undefined> {
    if (!this.#settings.annotates(doc)) return Promise.resolve(undefined);
    const promise = this.#cache.get(doc);
    if (!token) return promise;
    if (token.isCancellationRequested) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const listener = token.onCancellationRequested(() => resolve(undefined));
      promise.then(
        (model) => (listener.dispose(), resolve(model)),
        () => (listener.dispose(), resolve(undefined)),
      );
    });
  }

  /** The newest model known for a document, without analysing; it may be of an older version. */
  peek(uri: vscode.Uri): DocumentModel | undefined {
    return this.#cache.peek(uri.toString());
  }

  /** True while a document is being analysed. */
  isBusy(uri: vscode.Uri): boolean {
    return (this.#busy.get(uri.toString()) ?? 0) > 0;
  }

  /** Drops a document's model and analyses it again. */
  refresh(doc: vscode.TextDocument): Promise<DocumentModel | undefined> {
    this.#cache.drop(doc.uri.toString(), false);
    return this.get(doc);
  }

  /** Drops every model (the settings that decide what is analysed changed). */
  reset(): void {
    this.#cache.reset();
    this.#warnedLarge.clear();
  }

  dispose(): void {
    this.#cache.dispose();
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#changed.dispose();
    this.#busyChanged.dispose();
  }

  async #analyse(doc: vscode.TextDocument): Promise<DocumentModel | undefined> {
    const key = doc.uri.toString();
    const version = doc.version;
    const text = doc.getText();
    const bytes = Buffer.byteLength(text, 'utf8');
    const outlineOnly = bytes > this.#settings.current.maxDocumentSize;
    const started = Date.now();
    this.#setBusy(doc.uri, +1);
    try {
      const result = await this.#runner.run(key, text, { hint: doc.languageId }, outlineOnly, this.#lexicon.terms);
      if (!result) return undefined; // replaced by a newer request
      const { reading, ms, reuse, cutShort } = result;
      const read: Analysis = { ...reading, text: reading.bomRemoved ? text.slice(1) : text };
      const analysis = withReaderLayer(doc.uri, read);
      const policy = analysis === read ? result.policy : undefined;
      for (const warning of analysis.warnings) this.#log.warn(`${doc.uri.fsPath || key}: ${warning}`);
      // A reading cut short cost the whole budget: its cost, which sets the pause after an edit, says so.
      const cost = Math.round(cutShort ? Math.max(ms, Date.now() - started) : ms);
      this.#log.debug(
        `Analysed ${key} v${version} in ${cost} ms (${Date.now() - started} ms with the hand-over): ${analysis.claims.length} claims, ` +
          `${analysis.entities.length} entities, ${analysis.figures.length} figures${outlineOnly ? ' (outline only)' : ''}` +
          (reuse ? `; re-read ${reuse.blocks.computed} of ${reuse.blocks.computed + reuse.blocks.reused} paragraphs` : ''),
      );
      // A reading cut short by the time budget holds the outline only, and says why.
      return { uri: doc.uri, version, analysis, index: new ModelIndex(analysis), policy, outlineOnly: outlineOnly || !!cutShort, cutShort, bytes, cost };
    } catch (error) {
      this.#log.error(`Analysis of ${key} failed: ${describe(error)}`);
      return undefined;
    } finally {
      this.#setBusy(doc.uri, -1);
    }
  }

  /** Analyses an edited document once typing pauses, if Policy Lens already follows it. */
  #schedule(doc: vscode.TextDocument): void {
    if (this.#settings.annotates(doc)) this.#cache.schedule(doc);
  }

  #setBusy(uri: vscode.Uri, delta: number): void {
    const key = uri.toString();
    const before = this.#busy.get(key) ?? 0;
    const after = Math.max(0, before + delta);
    if (after === 0) this.#busy.delete(key);
    else this.#busy.set(key, after);
    if ((before > 0) !== (after > 0)) this.#busyChanged.fire(uri);
  }

  #warnLarge(doc: vscode.TextDocument, model: DocumentModel): void {
    const key = doc.uri.toString();
    if (this.#warnedLarge.has(key)) return;
    this.#warnedLarge.add(key);
    const name = doc.uri.path.split('/').pop() || key;
    const message = tooLargeMessage(name, model.bytes, this.#settings.current.maxDocumentSize);
    void vscode.window.showInformationMessage(message, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'policyLens.maxDocumentSize');
    });
  }
}
