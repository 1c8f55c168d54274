/**
 * What the integration suites share: activating Policy Lens, opening the sample,
 * finding a position from the text, reading hovers, waiting with a bound.
 * Only the `vscode` API is used, so the suites run in any VS Code extension host:
 * code-server (`npm run test:editor`) or a desktop (`test/integration/electron.mjs`).
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Analysis } from '../../../src/core/model/model';

/** `<publisher>.<name>` from package.json. */
export const EXTENSION_ID = 'policy-lens.policy-lens';

/** The file every suite reads: an essay on Russia and Belarus, plain text. */
export const SAMPLE_NAME = 'belarus-dilemma.txt';

/** What Policy Lens's `activate` returns. */
export type { PolicyLensApi } from '../../../src/extension';
import type { PolicyLensApi } from '../../../src/extension';

/** A row of a tree view: its node, its item, and its label as shown. */
export interface Row {
  readonly node: unknown;
  readonly item: vscode.TreeItem;
  readonly label: string;
}

/** The rows under `parent` (the roots when undefined), as the tree shows them. */
export async function rowsOf(provider: vscode.TreeDataProvider<unknown>, parent?: unknown): Promise<Row[]> {
  const nodes = (await provider.getChildren(parent)) ?? [];
  return Promise.all(
    nodes.map(async (node) => {
      const item = await provider.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      return { node, item, label };
    }),
  );
}

/** Activates Policy Lens (once; later calls return the same API). */
export async function activatePolicyLens(): Promise<PolicyLensApi> {
  const extension = vscode.extensions.getExtension<PolicyLensApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this host`);
  const api = await extension.activate();
  assert.ok(api && typeof api.getModel === 'function', 'activate() returned no API with getModel(uri)');
  return api;
}

/**
 * The sample's path: `$POLICY_LENS_SAMPLE` (set by both drivers to a copy in the
 * test workspace), else `belarus-dilemma.txt` in the first workspace folder.
 */
export function samplePath(): string {
  const fromEnv = process.env.POLICY_LENS_SAMPLE;
  if (fromEnv) return fromEnv;
  const folder = vscode.workspace.workspaceFolders?.[0];
  const inWorkspace = folder && path.join(folder.uri.fsPath, SAMPLE_NAME);
  assert.ok(inWorkspace && existsSync(inWorkspace), `set POLICY_LENS_SAMPLE or open a folder holding ${SAMPLE_NAME}`);
  return inWorkspace;
}

/** Opens the sample in an editor (the same one every time) and waits for its model. */
export async function openSample(): Promise<{ editor: vscode.TextEditor; api: PolicyLensApi; model: Analysis }> {
  const api = await activatePolicyLens();
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(samplePath()));
  const editor = await vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
  const model = await waitFor(() => api.getModel(document.uri), `the model of ${SAMPLE_NAME}`);
  return { editor, api, model };
}

/**
 * The position inside the first `needle` on 1-based line `line`, one character
 * in (so it is inside the word, not at its edge). The column comes from the
 * text, never from a constant.
 */
export function positionOf(document: vscode.TextDocument, line: number, needle: string): vscode.Position {
  const text = document.lineAt(line - 1).text;
  const column = text.indexOf(needle);
  assert.ok(column >= 0, `"${needle}" is not on line ${line}: ${JSON.stringify(text)}`);
  return new vscode.Position(line - 1, column + 1);
}

/** The text of hovers as a reader reads it: markdown escapes removed, parts joined by newlines. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((part) => (typeof part === 'string' ? part : part.value))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** Hovers at a position, as VS Code would show them (all providers). */
export async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
}

/**
 * Calls `probe` until it returns something other than undefined/null/false/empty
 * array, at most `timeoutMs`; then fails naming `what`.
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 15000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false && !(Array.isArray(value) && value.length === 0)) {
        return value;
      }
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
