import * as vscode from 'vscode';
import type { Analysis } from './core/model/model';
import { ActiveDocument } from './vscode/active';
import { ArgumentView } from './vscode/argumentView';
import { ClaimCodeLensProvider } from './vscode/codeLens';
import { registerCommands } from './vscode/commands';
import { CategoryDecorations, CurrentClaimDecoration } from './vscode/decorations';
import { UnsupportedDiagnostics } from './vscode/unsupported';
import { EntitiesView } from './vscode/entitiesView';
import { FiguresView } from './vscode/figuresView';
import { PolicyHoverProvider } from './vscode/hover';
import { describe } from './vscode/log';
import { ModelService } from './vscode/models';
import { AnalysisRunner } from './vscode/runner';
import { ThreadStarter } from './vscode/threads';
import { SettingsStore } from './vscode/settings';
import { LexiconStore } from './vscode/lexicon';
import { StatusBar } from './vscode/statusBar';
import { gatedHover, PolicyGate, registerGateCommands } from './vscode/gate';
import { Navigation, registerNavigation } from './vscode/navigation/providers';
import { warmUpAfterFirstReading } from './vscode/warmup';
import { ReadingViews } from './vscode/reading/view';
import { exportBrief } from './vscode/reading/export';
import { policyLensMarkdownIt } from './vscode/reading/preview';
import { registerNotes } from './vscode/notes';

/** What `activate` returns: for integration tests and other extensions. */
export interface PolicyLensApi {
  /**
   * The model of the document at `uri` (opened if needed), for its current
   * version; undefined when Policy Lens does not annotate its language.
   */
  getModel(uri: vscode.Uri): Promise<Analysis | undefined>;
  /** The sidebar's tree data, as the views show it (for tests). */
  /** The markdown preview's plugin (VS Code calls it: `markdown.markdownItPlugins`). */
  extendMarkdownIt?(md: unknown): unknown;
  /** The reading views (for tests). */
  readonly reading?: ReadingViews;
  readonly views?: {
    readonly argument: vscode.TreeDataProvider<unknown>;
    readonly entities: vscode.TreeDataProvider<unknown>;
    readonly figures: vscode.TreeDataProvider<unknown>;
  };
}

/**
 * Wiring only: builds the services, registers the providers, views and commands.
 * Nothing here analyses a document: the first analysis starts on the next tick,
 * in the worker, for the active editor.
 */
export function activate(context: vscode.ExtensionContext): PolicyLensApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Policy Lens', { log: true });
  context.subscriptions.push(log);
  let models: ModelService | undefined;
  let views: PolicyLensApi['views'];
  let reading: ReadingViews | undefined;
  let preview: ReturnType<typeof policyLensMarkdownIt> | undefined;
  try {
    const settings = new SettingsStore();
    const workerPath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath;
    // Every worker is started from one thread of the extension's own, so no start or end of a worker runs on the host's thread.
    const threads = new ThreadStarter();
    const runner = new AnalysisRunner(workerPath, log, { threads });
    const lexicon = new LexiconStore(log, workerPath, threads);
    models = new ModelService(runner, settings, lexicon, log);
    const gate = new PolicyGate(models, context.workspaceState);
    const active = new ActiveDocument(models, settings);
    const argument = new ArgumentView(active, settings, log, gate);
    const hover = gatedHover(gate, new PolicyHoverProvider(models, settings, log));
    const codeLens = new ClaimCodeLensProvider(models, settings, log, gate);
    const entities = new EntitiesView(active);
    const figures = new FiguresView(active);
    views = { argument, entities, figures } as PolicyLensApi['views'];
    const readingViews = new ReadingViews(models, settings, log);
    reading = readingViews;
    preview = policyLensMarkdownIt(models, () => vscode.workspace.getConfiguration('policyLens').get('preview.enabled', true), log);
    const service = models;
    const current = () => vscode.window.activeTextEditor?.document ?? active.document;
    context.subscriptions.push(
      threads,
      settings,
      gate,
      lexicon,
      runner,
      models,
      warmUpAfterFirstReading(models, runner),
      active,
      argument,
      entities,
      figures,
      new StatusBar(active, settings, gate),
      new CategoryDecorations(models, settings, context.extensionUri, gate),
      new CurrentClaimDecoration(models, settings, gate),
      new UnsupportedDiagnostics(models, settings, gate),
      codeLens,
      registerProviders(settings, hover, codeLens, new Navigation(models, gate, log)),
      ...registerCommands({ context, models, settings, active, argument, log }),
      ...registerGateCommands(gate),
      readingViews,
      preview,
      vscode.commands.registerCommand('policyLens.openReadingView', async () => {
        const doc = current();
        if (doc) await readingViews.open(doc);
        else void vscode.window.showInformationMessage('Policy Lens: open a policy document to read it in the reading view.');
      }),
      vscode.commands.registerCommand('policyLens.exportBrief', () => exportBrief(service, current())),
      ...registerNotes(context, models, settings, log),
    );
    log.info(`Activated in ${Math.round(performance.now() - started)} ms.`);
    // The starter thread first (its start is the one the host makes), then the first reading.
    setImmediate(() => {
      try {
        threads.open();
      } catch {
        // Remembered by the starter (no thread is tried again); the runner says so once, at its fall-back.
      }
      setImmediate(() => active.start());
    });
  } catch (error) {
    log.error(`Activation failed: ${describe(error)}`);
    void vscode.window.showErrorMessage(`Policy Lens could not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    views,
    reading,
    extendMarkdownIt: (md: unknown) => (preview ? preview.plugin(md as Parameters<typeof preview.plugin>[0]) : md),
    async getModel(uri) {
      if (!models) return undefined;
      const doc =
        vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ??
        (await vscode.workspace.openTextDocument(uri));
      return (await models.get(doc))?.analysis;
    },
  };
}

/**
 * Registers the hover, CodeLens and navigation providers for the languages in
 * `policyLens.languages`, again whenever that setting changes.
 */
function registerProviders(
  settings: SettingsStore,
  hover: vscode.HoverProvider,
  codeLens: vscode.CodeLensProvider,
  navigation: Navigation,
): vscode.Disposable {
  let registrations: vscode.Disposable[] = [];
  const register = () => {
    for (const registration of registrations) registration.dispose();
    const selector = settings.current.languages.map((language) => ({ language }));
    registrations = [
      vscode.languages.registerHoverProvider(selector, hover),
      vscode.languages.registerCodeLensProvider(selector, codeLens),
      ...registerNavigation(navigation, settings.current.languages),
    ];
  };
  const workspaceSymbols = vscode.languages.registerWorkspaceSymbolProvider(navigation);
  register();
  const listener = settings.onDidChange((change) => change.languages && register());
  return new vscode.Disposable(() => {
    listener.dispose();
    workspaceSymbols.dispose();
    for (const registration of registrations) registration.dispose();
  });
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
