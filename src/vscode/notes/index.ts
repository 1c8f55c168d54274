import * as vscode from 'vscode';
import type { ModelService } from '../models';
import type { SettingsStore } from '../settings';
import { NoteComments } from './comments';
import { registerCorrections, registerRevert } from './correct';
import { connectReaderLayer } from './hook';
import { NotesStore, type DocumentNotes } from './store';

/** The reader's layer in the editor: the notes store, the comments, the corrections command. */
export function registerNotes(context: vscode.ExtensionContext, models: ModelService, settings: SettingsStore, log: vscode.LogOutputChannel): vscode.Disposable[] {
  const store = new NotesStore(context.globalStorageUri, log);
  connectReaderLayer(store);
  return [
    store,
    new NoteComments(store, settings),
    registerCorrections(store, models),
    registerRevert(store, models),
    refreshOnCorrections(store, models),
    new vscode.Disposable(() => connectReaderLayer(undefined)),
  ];
}

/** What of a document's notes the model depends on: its corrections and where they sit. */
function correctionsKey(notes: DocumentNotes | undefined): string {
  const corrections = notes?.annotations.filter((a) => a.correction) ?? [];
  // None is '' as for a document never seen: opening a document without corrections makes no model again.
  return corrections.length === 0 ? '' : JSON.stringify(corrections.map((a) => [a.id, a.correction, notes!.ranges.get(a.id) ?? null]));
}

/**
 * Makes a document's model again whenever the corrections on it change: chosen or
 * reverted here, read from its file after the model was first made (a window
 * reloaded, a document opened), or merged from another window. A note alone
 * leaves the model as it is.
 */
function refreshOnCorrections(store: NotesStore, models: ModelService): vscode.Disposable {
  const seen = new Map<string, string>();
  return store.onDidChange((uri) => {
    const key = correctionsKey(store.peek(uri));
    if ((seen.get(uri.toString()) ?? '') === key) return;
    seen.set(uri.toString(), key);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) void models.refresh(doc);
  });
}
