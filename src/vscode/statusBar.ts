import * as vscode from 'vscode';
import type { ActiveDocument } from './active';
import { COMMANDS } from './present/ids';
import { statusText, statusTooltip } from './present/status';
import type { SettingsStore } from './settings';
import { CONTEXT_GATED, GATE_COMMANDS, type PolicyGate } from './gate';

/** A spinner shows only for readings longer than this, so short ones do not flicker. */
const SPINNER_DELAY_MS = 500;

/**
 * "80 claims · 40 geopolitical · 14 military · 26 economic" for the active
 * annotated document (hidden otherwise); a click focuses the Argument view. While
 * the document is analysed it shows a spinner.
 */
export class StatusBar implements vscode.Disposable {
  readonly #item = vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Right, 100);
  readonly #active: ActiveDocument;
  readonly #settings: SettingsStore;
  readonly #gate: PolicyGate;
  readonly #subscriptions: vscode.Disposable[];
  #spinnerTimer: NodeJS.Timeout | undefined;
  #spinning = false;
  #gated = false;

  constructor(active: ActiveDocument, settings: SettingsStore, gate: PolicyGate) {
    this.#active = active;
    this.#settings = settings;
    this.#gate = gate;
    this.#item.name = 'Policy Lens';
    this.#subscriptions = [
      active.onDidChange(() => this.#update()),
      settings.onDidChange(() => this.#update()),
      gate.onDidChange(() => this.#update()),
    ];
  }

  dispose(): void {
    clearTimeout(this.#spinnerTimer);
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#item.dispose();
  }

  #update(): void {
    if (this.#active.document && this.#active.busy) {
      this.#spinnerTimer ??= setTimeout(() => {
        this.#spinning = true;
        this.#render();
      }, SPINNER_DELAY_MS);
    } else {
      clearTimeout(this.#spinnerTimer);
      this.#spinnerTimer = undefined;
      this.#spinning = false;
    }
    this.#render();
  }

  #render(): void {
    const model = this.#active.model;
    const doc = this.#active.document;
    const gated = doc && model && !this.#spinning ? this.#gate.decide(doc, model) : undefined;
    this.#setGated(gated !== undefined && !gated.decision.annotate);
    this.#item.command = COMMANDS.focusView;
    if (!doc || (!model && !this.#spinning)) {
      this.#item.hide();
      return;
    }
    if (gated && !gated.decision.annotate) {
      this.#item.text = '$(eye-closed) Policy Lens: not a policy document';
      this.#item.tooltip = `Policy Lens reads it as ${gated.decision.says}: no lenses, marks or hover cards. Click to annotate it anyway.`;
      this.#item.command = { title: 'Annotate Anyway', command: GATE_COMMANDS.annotate, arguments: [doc.uri] };
    } else if (this.#spinning || !model) {
      this.#item.text = '$(sync~spin) Policy Lens: analysing…';
      this.#item.tooltip = 'Policy Lens is reading the document';
    } else if (model.outlineOnly) {
      this.#item.text = model.cutShort ? '$(watch) Policy Lens: outline only (time budget)' : '$(list-tree) Policy Lens: outline only';
      this.#item.tooltip = model.cutShort ?? 'The document is larger than policyLens.maxDocumentSize: only its sections are shown.';
    } else {
      this.#item.text = statusText(model.analysis, this.#settings.current.categories);
      this.#item.tooltip = statusTooltip(model.analysis);
    }
    this.#item.show();
  }

  #setGated(gated: boolean): void {
    if (gated === this.#gated) return;
    this.#gated = gated;
    void vscode.commands.executeCommand('setContext', CONTEXT_GATED, gated);
  }
}
