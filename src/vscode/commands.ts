import * as vscode from 'vscode';
import { CATEGORIES, type Category, type Span } from '../core/model/model';
import type { ActiveDocument } from './active';
import type { ArgumentView } from './argumentView';
import { lineNumbers, toOffset, toRange } from './convert';
import { guard } from './log';
import type { DocumentModel, ModelService } from './models';
import { categoryLabel, entityTypeLabel } from './present/format';
import { isReaders } from '../core/annotations/corrections';
import { claimItems, type ClaimItem } from './present/claimList';
import { explainClaim } from './present/explain';
import { COMMANDS, VIEWS } from './present/ids';
import { findClaim } from './present/navigate';
import type { CodeLensMode } from './present/settings';
import { KEYS, SECTION, type SettingsStore } from './settings';

/** What the commands act on. */
export interface CommandDeps {
  readonly context: vscode.ExtensionContext;
  readonly models: ModelService;
  readonly settings: SettingsStore;
  readonly active: ActiveDocument;
  readonly argument: ArgumentView;
  readonly log: vscode.LogOutputChannel;
}

/** A URI from a command argument: a `vscode.Uri`, or its string form (hover links, lenses, tree rows). */
function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  return typeof value === 'string' && value.length > 0 ? vscode.Uri.parse(value) : undefined;
}

function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/** The document a command names, or the active one. */
async function documentOf(deps: CommandDeps, uri: unknown): Promise<vscode.TextDocument | undefined> {
  const parsed = toUri(uri);
  if (!parsed) return vscode.window.activeTextEditor?.document ?? deps.active.document;
  return vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === parsed.toString()) ?? vscode.workspace.openTextDocument(parsed);
}

/** Shows `doc` (in the column it is already visible in, if any) with `span` selected. */
async function reveal(doc: vscode.TextDocument, span: Span, preserveFocus = false): Promise<vscode.TextEditor> {
  const range = toRange(doc, span);
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === doc);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn, preserveFocus, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

async function pickCategory(deps: CommandDeps, placeHolder: string): Promise<Category | undefined> {
  const items = deps.settings.current.categories.map((category) => ({ label: categoryLabel(category), category }));
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.category;
}

/** Moves the cursor of the active editor to the next or previous claim (of `category`, if given). */
async function goToClaim(deps: CommandDeps, direction: 'next' | 'previous', category: unknown): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const model = editor && (await deps.models.get(editor.document));
  if (!editor || !model) return;
  const only = isCategory(category) ? category : null;
  const target = findClaim(model.analysis, toOffset(editor.document, editor.selection.active), direction, only);
  const what = only ? `${only} claim` : 'claim';
  if (!target) {
    vscode.window.setStatusBarMessage(`Policy Lens: no ${what} in this document`, 3000);
    return;
  }
  const claim = model.analysis.claims[target.index];
  await reveal(editor.document, { start: claim.start, end: claim.start });
  if (target.wrapped) {
    const where = direction === 'next' ? 'first' : 'last';
    vscode.window.setStatusBarMessage(`Policy Lens: wrapped around to the ${where} ${what}`, 3000);
  }
}

async function explain(deps: CommandDeps, uri: unknown, index: unknown): Promise<void> {
  const doc = await documentOf(deps, uri);
  const model = doc && (await deps.models.get(doc));
  if (!doc || !model) return;
  const editor = vscode.window.activeTextEditor;
  const claimIndex =
    typeof index === 'number'
      ? index
      : editor?.document === doc
        ? model.index.claimIndexAt(toOffset(doc, editor.selection.active))
        : -1;
  if (claimIndex < 0 || claimIndex >= model.analysis.claims.length) {
    vscode.window.setStatusBarMessage('Policy Lens: the cursor is not on a claim', 3000);
    return;
  }
  void guard(deps.log, 'Reveal in Argument view', () => deps.argument.revealClaim(doc.uri, claimIndex));
  const { title, items: cues } = explainClaim(model.analysis, claimIndex);
  const claim = model.analysis.claims[claimIndex];
  // The first action: correct what Policy Lens read (the reader's choice, current first).
  const correct = { label: '$(edit) Correct this claim…', description: isReaders(claim) ? 'set by you' : '', span: { start: claim.start, end: claim.end }, correct: true };
  const items = [correct, ...cues];
  // Picking previews each cue in the text; Escape puts the selection back.
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === doc);
  const before = shown?.selection;
  const picked = await vscode.window.showQuickPick(items, {
    title: `Policy Lens: ${title}`,
    placeHolder: cues.length > 0 ? 'The cues behind this claim’s category and role; pick one to see it in the text' : 'No word or figure in this sentence points to a category',
    matchOnDescription: true,
    onDidSelectItem: (item) => void reveal(doc, (item as (typeof items)[number]).span, true),
  });
  if (picked && 'correct' in picked) await vscode.commands.executeCommand(COMMANDS.correct, doc.uri, claim.start);
  else if (picked) await reveal(doc, picked.span);
  else if (shown && before) {
    shown.selection = before;
    shown.revealRange(before, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/** A paragraph lens's click: its claims to pick from; a pick shows that claim's cues and actions. */
async function listClaims(deps: CommandDeps, uri: unknown, indices: unknown): Promise<void> {
  const doc = await documentOf(deps, uri);
  const model = doc && (await deps.models.get(doc));
  if (!doc || !model || !Array.isArray(indices)) return;
  const valid = indices.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < model.analysis.claims.length);
  const items = claimItems(model.analysis, valid, deps.settings.current.categories, lineNumbers(doc));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Policy Lens: the claims of this paragraph',
    placeHolder: 'Pick a claim to see why it reads so, or to correct it',
    matchOnDetail: true,
    onDidSelectItem: (item) => void reveal(doc, (item as ClaimItem).span, true),
  });
  if (picked) await explain(deps, doc.uri.toString(), picked.claim);
}

async function showMentions(deps: CommandDeps, uri: unknown, entityId: unknown): Promise<void> {
  const doc = await documentOf(deps, uri);
  const model = doc && (await deps.models.get(doc));
  if (!doc || !model) return;
  const editor = vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor : undefined;
  let entity =
    typeof entityId === 'string'
      ? model.index.entity(entityId)
      : editor && model.index.mentionAt(toOffset(doc, editor.selection.active))?.entity;
  if (!entity) entity = await pickEntity(model);
  if (!entity) return;
  const locations = entity.mentions.map((mention) => new vscode.Location(doc.uri, toRange(doc, mention)));
  const shown = editor ?? (await reveal(doc, entity.mentions[0] ?? { start: 0, end: 0 }));
  await vscode.commands.executeCommand('editor.action.showReferences', doc.uri, shown.selection.active, locations);
}

async function pickEntity(model: DocumentModel) {
  const items = [...model.analysis.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((entity) => ({
      label: entity.name,
      description: `${entityTypeLabel(entity.type)} · ${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`,
      entity,
    }));
  if (items.length === 0) {
    vscode.window.setStatusBarMessage('Policy Lens: no entity found in this document', 3000);
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Show the mentions of…', matchOnDescription: true }))?.entity;
}

/** Turns CodeLens off, or back on in the mode it had (claim by default), where the setting is set. */
async function toggleCodeLens(deps: CommandDeps): Promise<void> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const current = deps.settings.current.codeLensMode;
  const remembered = deps.context.globalState.get<CodeLensMode>('policyLens.lastCodeLensMode');
  const next: CodeLensMode = current !== 'off' ? 'off' : remembered && remembered !== 'off' ? remembered : 'claim';
  if (current !== 'off') await deps.context.globalState.update('policyLens.lastCodeLensMode', current);
  const inspect = config.inspect(KEYS.codeLensMode);
  const target =
    inspect?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspect?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await config.update(KEYS.codeLensMode, next, target);
  vscode.window.setStatusBarMessage(`Policy Lens: CodeLens ${next === 'off' ? 'off' : `on (${next})`}`, 3000);
}

/** Registers every command; each body is guarded (logged, never thrown at the reader). */
export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const register = (id: string, body: (...args: unknown[]) => unknown) =>
    vscode.commands.registerCommand(id, (...args: unknown[]) => guard(deps.log, id, () => body(...args)));
  const views: Record<string, string> = { argument: VIEWS.argument, entities: VIEWS.entities, figures: VIEWS.figures };
  return [
    register(COMMANDS.nextClaim, (category) => goToClaim(deps, 'next', category)),
    register(COMMANDS.previousClaim, (category) => goToClaim(deps, 'previous', category)),
    register(COMMANDS.nextClaimOfCategory, async () => {
      const category = await pickCategory(deps, 'Go to the next claim of…');
      if (category) await goToClaim(deps, 'next', category);
    }),
    register(COMMANDS.previousClaimOfCategory, async () => {
      const category = await pickCategory(deps, 'Go to the previous claim of…');
      if (category) await goToClaim(deps, 'previous', category);
    }),
    register(COMMANDS.showEntityMentions, (uri, entityId) => showMentions(deps, uri, entityId)),
    register(COMMANDS.toggleCodeLens, () => toggleCodeLens(deps)),
    register(COMMANDS.refresh, async () => {
      const docs = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document));
      if (deps.active.document) docs.add(deps.active.document);
      await Promise.all([...docs].filter((doc) => deps.settings.annotates(doc)).map((doc) => deps.models.refresh(doc)));
    }),
    register(COMMANDS.openSample, async () => {
      const uri = vscode.Uri.joinPath(deps.context.extensionUri, 'samples', 'brief.md');
      try {
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      } catch (error) {
        deps.log.error(`Cannot open the sample brief ${uri.toString()}: ${String(error)}`);
        void vscode.window.showInformationMessage('Policy Lens: the sample brief is missing from this installation.');
      }
    }),
    register(COMMANDS.revealRange, async (uri, start, end) => {
      const doc = await documentOf(deps, uri);
      if (!doc || typeof start !== 'number') return;
      await reveal(doc, { start, end: typeof end === 'number' ? end : start });
    }),
    register(COMMANDS.explainClaim, (uri, index) => explain(deps, uri, index)),
    register(COMMANDS.focusView, (view) =>
      vscode.commands.executeCommand(`${views[typeof view === 'string' && view in views ? view : 'argument']}.focus`),
    ),
    register(COMMANDS.filterCategory, async (category) => {
      const chosen = isCategory(category) ? category : await pickCategory(deps, 'Show only the claims of…');
      if (chosen) deps.argument.setFilter(chosen);
    }),
    register(COMMANDS.clearFilter, () => deps.argument.setFilter(null)),
    register(COMMANDS.filterUnsupported, () => deps.argument.setFilter('unsupported')),
    register(COMMANDS.listClaims, (uri, indices) => listClaims(deps, uri, indices)),
    // The Argument view's context menu on a claim row.
    register(COMMANDS.correctClaim, async (node) => {
      const at = deps.argument.claimOf(node);
      if (at) await vscode.commands.executeCommand(COMMANDS.correct, at.uri, at.start);
    }),
    register(COMMANDS.revertClaim, async (node) => {
      const at = deps.argument.claimOf(node);
      if (at) await vscode.commands.executeCommand('policyLens.revertAt', at.uri, at.start);
    }),
  ];
}
