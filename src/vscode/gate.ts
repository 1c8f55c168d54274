import * as vscode from 'vscode';
import type { Analysis } from '../core/model/model';
import { readPolicy, type PolicyReading } from '../core/model/policy';
import { decideGate, type GateDecision, type ReaderChoice } from './gating';
import type { DocumentModel, ModelService } from './models';

/** Workspace-state key of the readers' choices, by document URI. */
const CHOICES_KEY = 'policyLens.documentChoices';
/** The settings the gate reads. */
const INCLUDE = 'policyLens.include';
const EXCLUDE = 'policyLens.exclude';
/** Context key: the active document is read but not annotated (for the command palette). */
export const CONTEXT_GATED = 'policyLens.notAnnotated';

/** A model's gate decision, with the reading it came from. */
export interface Gated {
  readonly decision: GateDecision;
  readonly policy: PolicyReading;
}

/**
 * Decides per document whether Policy Lens annotates it: the reader's choice
 * (remembered in workspace state), the front matter, `policyLens.exclude` and
 * `policyLens.include` globs, then the reading's policy score. A document above
 * the size limit (outline only) has no claims to score and is never held back.
 */
export class PolicyGate implements vscode.Disposable {
  readonly #models: ModelService;
  readonly #memento: vscode.Memento;
  readonly #policies = new WeakMap<Analysis, PolicyReading>();
  /**
   * Per model, its decision and the state it was made in: every listener of a landed
   * model asks (lenses, marks, views, status bar, diagnostics), and the include and
   * exclude globs were matched against the document each time.
   */
  readonly #decided = new WeakMap<DocumentModel, { readonly state: number; readonly choice: ReaderChoice | undefined; readonly gated: Gated }>();
  /** Bumped when the include or exclude globs or a reader's choice change. */
  #state = 0;
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly #listener: vscode.Disposable;
  #include: string[] = [];
  #exclude: string[] = [];

  /** Fires when a choice or the include/exclude settings changed: every decision may have. */
  readonly onDidChange = this.#emitter.event;

  constructor(models: ModelService, state: vscode.Memento) {
    this.#models = models;
    this.#memento = state;
    this.#readSettings();
    this.#listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(INCLUDE) && !event.affectsConfiguration(EXCLUDE)) return;
      this.#readSettings();
      this.#emitter.fire();
    });
  }

  /** The decision for `doc` read as `model`. */
  decide(doc: vscode.TextDocument, model: DocumentModel): Gated {
    const choice = this.choice(doc.uri);
    const known = this.#decided.get(model);
    if (known && known.state === this.#state && known.choice === choice && model.uri.toString() === doc.uri.toString()) return known.gated;
    const gated = this.#decide(doc, model, choice);
    this.#decided.set(model, { state: this.#state, choice, gated });
    return gated;
  }

  #decide(doc: vscode.TextDocument, model: DocumentModel, choice: ReaderChoice | undefined): Gated {
    let policy = this.#policies.get(model.analysis);
    if (!policy) this.#policies.set(model.analysis, (policy = model.policy ?? readPolicy(model.analysis)));
    if (model.outlineOnly) {
      return { policy, decision: { annotate: true, because: 'score', says: 'too large to score: outline only' } };
    }
    const matches = (globs: string[]) => globs.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
    const decision = decideGate({
      choice,
      frontMatter: policy.frontMatter,
      excluded: matches(this.#exclude),
      included: matches(this.#include),
      policyDocument: policy.policyDocument,
      policyScore: policy.policyScore,
    });
    return { policy, decision };
  }

  /** True when `model` of `doc` is annotated. */
  annotates(doc: vscode.TextDocument, model: DocumentModel): boolean {
    return this.decide(doc, model).decision.annotate;
  }

  /** The model of `doc`, when Policy Lens annotates it; undefined otherwise. */
  async annotated(doc: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentModel | undefined> {
    const model = await this.#models.get(doc, token);
    return model && this.annotates(doc, model) ? model : undefined;
  }

  /** The reader's choice for a document, if any. */
  choice(uri: vscode.Uri): ReaderChoice | undefined {
    return this.#memento.get<Record<string, ReaderChoice>>(CHOICES_KEY, {})[uri.toString()];
  }

  /** Remembers (or, with undefined, forgets) the reader's choice for a document. */
  async setChoice(uri: vscode.Uri, choice: ReaderChoice | undefined): Promise<void> {
    const choices = { ...this.#memento.get<Record<string, ReaderChoice>>(CHOICES_KEY, {}) };
    if (choice) choices[uri.toString()] = choice;
    else delete choices[uri.toString()];
    await this.#memento.update(CHOICES_KEY, choices);
    this.#state++;
    this.#emitter.fire();
  }

  dispose(): void {
    this.#listener.dispose();
    this.#emitter.dispose();
  }

  #readSettings(): void {
    const config = vscode.workspace.getConfiguration();
    const globs = (key: string) => (config.get<unknown[]>(key) ?? []).filter((g): g is string => typeof g === 'string' && g.length > 0);
    this.#include = globs(INCLUDE);
    this.#exclude = globs(EXCLUDE);
    this.#state++;
  }
}

/** A hover provider that answers only on annotated documents. */
export function gatedHover(gate: PolicyGate, hover: vscode.HoverProvider): vscode.HoverProvider {
  return {
    async provideHover(doc, position, token) {
      return (await gate.annotated(doc, token)) ? hover.provideHover(doc, position, token) : undefined;
    },
  };
}

/** Command ids of the reader's choice. */
export const GATE_COMMANDS = {
  annotate: 'policyLens.annotateDocument',
  stop: 'policyLens.stopAnnotatingDocument',
} as const;

/** "Annotate anyway" and "Stop annotating" for a document (a URI argument, else the active editor's). */
export function registerGateCommands(gate: PolicyGate): vscode.Disposable[] {
  const target = (uri: unknown): vscode.Uri | undefined =>
    uri instanceof vscode.Uri ? uri : typeof uri === 'string' && uri ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
  return [
    vscode.commands.registerCommand(GATE_COMMANDS.annotate, async (uri?: unknown) => {
      const at = target(uri);
      if (at) await gate.setChoice(at, 'on');
    }),
    vscode.commands.registerCommand(GATE_COMMANDS.stop, async (uri?: unknown) => {
      const at = target(uri);
      if (at) await gate.setChoice(at, 'off');
    }),
  ];
}
