import * as vscode from 'vscode';
import type { ModelService } from '../models';
import type { SettingsStore } from '../settings';
import { NoteComments } from './comments';
import { registerCorrections, registerRevert } from './correct';
import { connectReaderLayer } from './hook';
import { NotesStore } from './store';

/** The reader's layer in the editor: the notes store, the comments, the corrections command. */
export function registerNotes(context: vscode.ExtensionContext, models: ModelService, settings: SettingsStore, log: vscode.LogOutputChannel): vscode.Disposable[] {
  const store = new NotesStore(context.globalStorageUri, log);
  connectReaderLayer(store);
  return [store, new NoteComments(store, settings), registerCorrections(store, models), registerRevert(store, models), new vscode.Disposable(() => connectReaderLayer(undefined))];
}
