import * as vscode from 'vscode';
import type { Analysis } from '../core/model/model';
import { Slices } from '../core/model/slices';
import { positions } from './convert';
import { guard } from './log';
import type { ModelService } from './models';
import { COMMANDS } from './present/ids';
import { lensesOf, lensTooltip, lensWindows, outgrows, type LensSpec, type LineSpan } from './present/lenses';
import type { SettingsStore } from './settings';
import type { PolicyGate } from './gate';

/**
 * How long lenses are built between two turns of the event loop, in ms. A count
 * of lenses a slice (2,000 before) held the host 15 ms on a quiet machine and
 * 150 on a loaded one (the editor test's footnote-heavy report, 2,079 claims).
 */
const SLICE_MS = 8;

/**
 * Above this many claims a document gets lenses only near what is shown: the
 * visible lines and {@link MARGIN} lines around them, asked for again when
 * scrolling comes within {@link SLACK} lines of their edge.
 */
const WINDOWED_ABOVE = 3000;
const MARGIN = 400;
const SLACK = 150;
/** Pause after scrolling before the lenses are asked for again. */
const SCROLL_PAUSE_MS = 120;
/**
 * A document up to this many characters is read in well under a second: the first
 * request for its lenses waits for its first reading. A longer one is answered at
 * once, with none, and asked again when its reading lands.
 */
const WAIT_FOR_FIRST_READING_CHARS = 100_000;

/** A lens that knows what it will say; its command is filled in at once, or when VS Code shows it. */
class ClaimLens extends vscode.CodeLens {
  constructor(
    range: vscode.Range,
    readonly spec: LensSpec,
    readonly uri: string,
  ) {
    super(range);
  }
}

/**
 * A lens above each claim ("Economic · evidence"), or above each paragraph, as
 * `policyLens.codeLens.mode` says; `present/lenses.ts` chooses them. A click runs
 * `policyLens.explainClaim`.
 */
export class ClaimCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  readonly #models: ModelService;
  readonly #settings: SettingsStore;
  readonly #log: vscode.LogOutputChannel;
  readonly #gate: PolicyGate;
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly #subscriptions: vscode.Disposable[];
  /** Per windowed document (URI): the lines its lenses cover. */
  readonly #windows = new Map<string, LineSpan[]>();
  #scrollTimer: ReturnType<typeof setTimeout> | undefined;
  /** Documents (URI) with a request waiting for their reading. */
  readonly #waiting = new Set<string>();

  readonly onDidChangeCodeLenses = this.#emitter.event;

  constructor(models: ModelService, settings: SettingsStore, log: vscode.LogOutputChannel, gate: PolicyGate) {
    this.#models = models;
    this.#settings = settings;
    this.#log = log;
    this.#gate = gate;
    this.#subscriptions = [
      // A request already waiting for this document's reading will get it: asking again would
      // cancel that request and start over after VS Code's pause.
      models.onDidChangeModel((uri) => this.#waiting.has(uri.toString()) || this.#emitter.fire()),
      gate.onDidChange(() => this.#emitter.fire()),
      settings.onDidChange((change) => (change.codeLensMode || change.categories) && this.#emitter.fire()),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.#scrolled(event.textEditor)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.#windows.delete(doc.uri.toString())),
    ];
  }

  /** Asks for lenses again when a windowed document is scrolled near the edge of its lenses. */
  #scrolled(editor: vscode.TextEditor): void {
    const windows = this.#windows.get(editor.document.uri.toString());
    if (!windows || !outgrows(visibleLines(editor.document), windows, SLACK, editor.document.lineCount)) return;
    clearTimeout(this.#scrollTimer);
    this.#scrollTimer = setTimeout(() => this.#emitter.fire(), SCROLL_PAUSE_MS);
  }

  provideCodeLenses(doc: vscode.TextDocument, token: vscode.CancellationToken) {
    return guard(this.#log, 'CodeLens', async () => {
      const { codeLensMode, categories } = this.#settings.current;
      if (codeLensMode === 'off') return [];
      // VS Code waits before asking for lenses as long as this provider took on average (per
      // document; for a new one, the average over all): a provider that awaited long first
      // readings would teach it to wait seconds before every new document. So before the first
      // reading of a long document it answers at once with none, and the reading's arrival asks
      // again; a short one is worth the wait (the round trip costs VS Code's pause and more).
      if (!this.#models.peek(doc.uri) && doc.offsetAt(new vscode.Position(doc.lineCount, 0)) > WAIT_FOR_FIRST_READING_CHARS) {
        void this.#models.get(doc);
        return [];
      }
      const uri = doc.uri.toString();
      this.#waiting.add(uri);
      const model = await this.#models.get(doc, token).finally(() => this.#waiting.delete(uri));
      if (!model || model.outlineOnly || token.isCancellationRequested) return undefined;
      // A document that does not read as a policy document gets none (until "Annotate anyway").
      if (!this.#gate.annotates(doc, model)) return [];
      const positionOf = positions(doc);
      // A very long document: lenses near what is shown only.
      const windowed = model.analysis.claims.length > WINDOWED_ABOVE;
      const windows = windowed ? lensWindows(visibleLines(doc), MARGIN, doc.lineCount) : [];
      if (windowed) this.#windows.set(uri, windows);
      else this.#windows.delete(uri);
      // Built in slices and resolved only when shown: a long report has tens of thousands.
      const lenses: ClaimLens[] = [];
      const slices = new Slices(SLICE_MS);
      for (const spec of lensesOf(model.analysis, codeLensMode, categories)) {
        if (slices.due()) {
          await slices.turn();
          if (token.isCancellationRequested) return undefined;
        }
        const at = positionOf(spec.at);
        if (windowed && !windows.some(([first, last]) => first <= at.line && at.line <= last)) continue;
        const lens = new ClaimLens(new vscode.Range(at, at), spec, uri);
        // Up to a few thousand, each comes whole: a lens to resolve is shown only after VS Code's
        // next pause and round trip. Beyond, they are resolved as they come into view.
        if (!windowed) fill(lens, model.analysis);
        lenses.push(lens);
      }
      return lenses;
    });
  }

  resolveCodeLens(lens: vscode.CodeLens): vscode.CodeLens {
    if (lens instanceof ClaimLens && !lens.command) fill(lens, this.#models.peek(vscode.Uri.parse(lens.uri))?.analysis);
    return lens;
  }

  dispose(): void {
    clearTimeout(this.#scrollTimer);
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#emitter.dispose();
  }
}

/** Gives a lens its title and command: a click lists a paragraph's claims, or shows one claim's cues (and "Correct…"). */
function fill(lens: ClaimLens, analysis: Analysis | undefined): void {
  const many = lens.spec.claims.length > 1;
  lens.command = {
    title: lens.spec.title,
    tooltip: analysis ? lensTooltip(analysis, lens.spec) : 'Policy Lens: show the cues behind this category',
    command: many ? COMMANDS.listClaims : COMMANDS.explainClaim,
    arguments: many ? [lens.uri, lens.spec.claims] : [lens.uri, lens.spec.claim],
  };
}

/** The lines shown of `doc` in every editor; the top of it when no editor shows it. */
function visibleLines(doc: vscode.TextDocument): LineSpan[] {
  const ranges = vscode.window.visibleTextEditors
    .filter((editor) => editor.document === doc)
    .flatMap((editor) => editor.visibleRanges.map((range): LineSpan => [range.start.line, range.end.line]));
  return ranges.length > 0 ? ranges : [[0, 0]];
}
