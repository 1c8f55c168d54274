import * as vscode from 'vscode';
import { CONTEXT } from './present/ids';
import type { DocumentModel, ModelService } from './models';
import type { SettingsStore } from './settings';
import { TurnEmitter } from './turns';

/**
 * The document the views and the status bar describe: the active editor's, when
 * Policy Lens annotates it. Focus moving to a panel or a non-text editor keeps the
 * last one (as the Outline view does); a text editor of another language clears it.
 * Sets the `policyLens.active` context key.
 */
export class ActiveDocument implements vscode.Disposable {
  readonly #models: ModelService;
  readonly #settings: SettingsStore;
  /** Each listener (status bar, Argument, Entities and Figures views) in a turn of its own (`turns.ts`). */
  readonly #emitter = new TurnEmitter<void>();
  readonly #subscriptions: vscode.Disposable[];
  #editor: vscode.TextEditor | undefined;
  #document: vscode.TextDocument | undefined;
  #active = false;

  /** Fires when the document, its model or its busy state changed. */
  readonly onDidChange: vscode.Event<void> = this.#emitter.event;

  constructor(models: ModelService, settings: SettingsStore) {
    this.#models = models;
    this.#settings = settings;
    this.#subscriptions = [
      vscode.window.onDidChangeActiveTextEditor((editor) => this.#follow(editor)),
      models.onDidChangeModel((uri) => {
        // A model dropped (settings changed, refresh) is made again for the document shown.
        const doc = this.#document;
        if (doc && !doc.isClosed && uri.toString() === doc.uri.toString() && !models.peek(uri)) void models.get(doc);
        this.#touched(uri);
      }),
      models.onDidChangeBusy((uri) => this.#touched(uri)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.#document) this.#set(undefined, undefined);
      }),
      settings.onDidChange((change) => {
        if (change.languages) this.#follow(vscode.window.activeTextEditor, true);
      }),
    ];
  }

  /** Starts following the active editor. Separate from the constructor: it may start an analysis. */
  start(): void {
    this.#follow(vscode.window.activeTextEditor, true);
  }

  get document(): vscode.TextDocument | undefined {
    return this.#document;
  }

  /** The editor showing the document, if one is visible. */
  get editor(): vscode.TextEditor | undefined {
    const doc = this.#document;
    const last = this.#editor;
    if (last && last.document === doc && vscode.window.visibleTextEditors.includes(last)) return last;
    return vscode.window.visibleTextEditors.find((editor) => editor.document === doc);
  }

  /** The newest model of the document (maybe of an older version while it is being edited). */
  get model(): DocumentModel | undefined {
    return this.#document && this.#models.peek(this.#document.uri);
  }

  get busy(): boolean {
    return this.#document !== undefined && this.#models.isBusy(this.#document.uri);
  }

  dispose(): void {
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#emitter.dispose();
  }

  #follow(editor: vscode.TextEditor | undefined, force = false): void {
    if (!editor) {
      if (force) this.#set(undefined, undefined);
      return; // focus left the text editors: keep the last document
    }
    if (this.#settings.annotates(editor.document)) this.#set(editor, editor.document, force);
    else this.#set(undefined, undefined);
  }

  #set(editor: vscode.TextEditor | undefined, doc: vscode.TextDocument | undefined, force = false): void {
    this.#editor = editor;
    const changed = doc !== this.#document;
    this.#document = doc;
    if (this.#active !== (doc !== undefined)) {
      this.#active = doc !== undefined;
      void vscode.commands.executeCommand('setContext', CONTEXT.active, this.#active);
    }
    if (doc) void this.#models.get(doc); // starts the analysis if there is no model yet
    if (changed || force) this.#emitter.fire(undefined);
  }

  #touched(uri: vscode.Uri): void {
    if (this.#document && uri.toString() === this.#document.uri.toString()) this.#emitter.fire(undefined);
  }
}
