import * as vscode from 'vscode';
import { spanIndexAt } from '../../core/model/lookup';
import { renderPage } from '../../render/page';
import { toOffset, toRange } from '../convert';
import { describe } from '../log';
import type { DocumentModel, ModelService } from '../models';
import { tooLargeMessage } from '../present/status';
import type { SettingsStore } from '../settings';
import { onReaderLayerChange, placedNotesOf } from '../notes/hook';

/** What the page's script sends. */
type FromPage = { type: 'reveal'; claim: number } | { type: 'open'; href: string } | { type: 'visible'; claim: number };

/** How long after the view moved the editor the editor's own moves are not sent back (no ping-pong). */
const ECHO_MS = 400;

/**
 * The reading view: a webview beside the editor with the document as a reader
 * wants it (the same renderer as the exported brief). It follows the editor —
 * moving the cursor scrolls the view to that sentence — and leads it: a click on
 * a sentence reveals it in the editor, scrolling the view scrolls the editor.
 * Updated when the document's model changes; the page keeps its scroll
 * position. Links open only when clicked, through VS Code. One view per document.
 */
export class ReadingViews implements vscode.Disposable {
  readonly #panels = new Map<string, vscode.WebviewPanel>();
  readonly #quietUntil = new Map<string, number>();
  readonly #subscriptions: vscode.Disposable[];

  constructor(
    private readonly models: ModelService,
    private readonly settings: SettingsStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.#subscriptions = [
      models.onDidChangeModel((uri) => this.#update(uri)),
      onReaderLayerChange((uri) => this.#update(uri)),
      vscode.window.onDidChangeTextEditorSelection((event) => this.#follow(event.textEditor, event.selections[0]?.active)),
    ];
  }

  /** Opens (or shows) the reading view of `doc`. */
  async open(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const existing = this.#panels.get(key);
    if (existing) {
      existing.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel('policyLens.reading', `Reading: ${basename(doc.uri)}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [],
      enableFindWidget: true,
    });
    this.#panels.set(key, panel);
    panel.onDidDispose(() => this.#panels.delete(key));
    panel.webview.onDidReceiveMessage((message: FromPage) => void this.#receive(doc.uri, message).catch((error) => this.log.error(`Reading view: ${describe(error)}`)));
    panel.webview.html = page(panel.webview, doc.uri, undefined, null);
    const model = await this.models.get(doc);
    if (model) this.#render(panel, model);
  }

  /** The panel of a document, for tests. */
  panelOf(uri: vscode.Uri): vscode.WebviewPanel | undefined {
    return this.#panels.get(uri.toString());
  }

  #update(uri: vscode.Uri): void {
    const panel = this.#panels.get(uri.toString());
    const model = panel && this.models.peek(uri);
    if (panel && model) this.#render(panel, model);
  }

  #render(panel: vscode.WebviewPanel, model: DocumentModel): void {
    const notice = model.cutShort ?? (model.outlineOnly ? tooLargeMessage(basename(model.uri), model.bytes, this.settings.current.maxDocumentSize) : null);
    panel.webview.html = page(panel.webview, model.uri, model, notice);
  }

  async #receive(uri: vscode.Uri, message: FromPage): Promise<void> {
    if (message.type === 'open') {
      const target = vscode.Uri.parse(message.href);
      if (['http', 'https', 'mailto'].includes(target.scheme)) await vscode.env.openExternal(target);
      return;
    }
    const model = this.models.peek(uri);
    const claim = model?.analysis.claims[message.claim];
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!claim || !doc) return;
    this.#quietUntil.set(uri.toString(), Date.now() + ECHO_MS);
    const range = toRange(doc, { start: claim.start, end: claim.start });
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === doc);
    if (message.type === 'visible') {
      visible?.revealRange(range, vscode.TextEditorRevealType.AtTop);
      return;
    }
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  #follow(editor: vscode.TextEditor, position: vscode.Position | undefined): void {
    const key = editor.document.uri.toString();
    const panel = this.#panels.get(key);
    const model = panel && this.models.peek(editor.document.uri);
    if (!panel || !model || !position || Date.now() < (this.#quietUntil.get(key) ?? 0)) return;
    if (model.version !== editor.document.version) return;
    const claim = spanIndexAt(model.analysis.claims, toOffset(editor.document, position));
    if (claim >= 0) void panel.webview.postMessage({ type: 'scrollTo', claim });
  }

  dispose(): void {
    for (const panel of this.#panels.values()) panel.dispose();
    for (const subscription of this.#subscriptions) subscription.dispose();
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}

/** The page: the reading of `model`, or a line saying it is being read. */
function page(webview: vscode.Webview, uri: vscode.Uri, model: DocumentModel | undefined, notice: string | null): string {
  const csp = (nonce: string) => `default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${webview.cspSource} data:`;
  if (!model) {
    return `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>Reading ${basename(uri).replace(/[&<>"]/g, '')}…</p></body></html>`;
  }
  return renderPage(model.analysis, { title: basename(uri), kind: 'view', csp, notice, notes: placedNotesOf(uri) });
}
