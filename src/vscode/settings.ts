import * as vscode from 'vscode';
import { annotatesDocument, normaliseSettings, type Settings } from './present/settings';

/** The configuration section, and the keys under it, as package.json declares them. */
export const SECTION = 'policyLens';
export const KEYS = {
  languages: 'languages',
  codeLensMode: 'codeLens.mode',
  categories: 'categories',
  maxDocumentSize: 'maxDocumentSize',
  gutter: 'decorations.gutter',
  unsupported: 'unsupported',
  claimHover: 'hover.claims',
} as const;

/** Which settings a configuration change touched. */
export type SettingsChange = { readonly [K in keyof typeof KEYS]: boolean };

/**
 * The current `policyLens.*` settings, read once and again on each change, so a
 * provider reads a field instead of the configuration.
 */
export class SettingsStore implements vscode.Disposable {
  #current: Settings;
  readonly #emitter = new vscode.EventEmitter<SettingsChange>();
  readonly #listener: vscode.Disposable;
  /** Fires after the settings changed, saying which. */
  readonly onDidChange = this.#emitter.event;

  constructor() {
    this.#current = read();
    this.#listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(SECTION)) return;
      this.#current = read();
      const change = Object.fromEntries(
        Object.entries(KEYS).map(([name, key]) => [name, event.affectsConfiguration(`${SECTION}.${key}`)]),
      ) as SettingsChange;
      this.#emitter.fire(change);
    });
  }

  get current(): Settings {
    return this.#current;
  }

  /** True when Policy Lens annotates this document: of a language it reads, and not one of the workbench's own text boxes. */
  annotates(doc: vscode.TextDocument): boolean {
    return annotatesDocument(this.#current, doc.uri.scheme, doc.languageId);
  }

  dispose(): void {
    this.#listener.dispose();
    this.#emitter.dispose();
  }
}

function read(): Settings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return normaliseSettings({
    languages: config.get(KEYS.languages),
    codeLensMode: config.get(KEYS.codeLensMode),
    categories: config.get(KEYS.categories),
    maxDocumentSize: config.get(KEYS.maxDocumentSize),
    gutter: config.get(KEYS.gutter),
    unsupported: config.get(KEYS.unsupported),
    claimHover: config.get(KEYS.claimHover),
  });
}
