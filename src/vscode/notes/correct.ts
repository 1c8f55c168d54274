import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { isReaders } from '../../core/annotations/corrections';
import type { Correction, Range } from '../../core/annotations/model';
import { makeAnnotation } from '../../core/annotations/write';
import { CATEGORIES, type Span } from '../../core/model/model';
import type { ModelService } from '../models';
import type { NotesStore } from './store';

const ROLES = ['thesis', 'reason', 'evidence', 'contrast', 'concession', 'conclusion', 'question', 'statement'];
const TYPES = ['person', 'place', 'organization', 'treaty_or_program', 'other'];
const REVERT = "Revert to Policy Lens's reading";

interface Choice extends vscode.QuickPickItem {
  readonly correction?: Correction;
  readonly span: Span;
  readonly revert?: boolean;
}

const within = (span: Span, offset: number) => span.start <= offset && offset <= span.end;
const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, ' ');

/**
 * "Correct Policy Lens here…": the claim, entity and figure under the cursor, each
 * with the choices a reader can make (the current one first, marked), and a way
 * back to Policy Lens's reading. A choice is kept as an annotation; the model is
 * made again with it.
 */
export function registerCorrections(store: NotesStore, models: ModelService): vscode.Disposable {
  return vscode.commands.registerCommand('policyLens.correct', async (target?: vscode.Uri | string, offset?: number) => {
    const editor = vscode.window.activeTextEditor;
    // A hover link passes the URI as a string.
    const uri = typeof target === 'string' ? vscode.Uri.parse(target) : target;
    const doc = uri ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    if (!doc) return;
    const at = offset ?? (editor ? doc.offsetAt(editor.selection.active) : 0);
    const model = await models.get(doc);
    if (!model) return;
    const { analysis } = model;
    const choices: Choice[] = [];
    const claim = analysis.claims.find((c) => within(c, at));
    if (claim) {
      const current = claim.primary ?? 'none';
      const cats = [current, ...[...CATEGORIES, 'none'].filter((c) => c !== current)];
      choices.push({ label: 'Claim category', kind: vscode.QuickPickItemKind.Separator, span: claim });
      for (const c of cats) choices.push({ label: `${c === current ? '$(check) ' : ''}${title(c)}`, description: c === current ? (isReaders(claim) ? 'set by you' : 'current') : '', span: claim, correction: { field: 'category', value: c } });
      choices.push({ label: 'Claim role', kind: vscode.QuickPickItemKind.Separator, span: claim });
      for (const r of [claim.role, ...ROLES.filter((r) => r !== claim.role)]) choices.push({ label: `${r === claim.role ? '$(check) ' : ''}${title(r)}`, span: claim, correction: { field: 'role', value: r } });
    }
    const mention = analysis.entities.flatMap((e) => e.mentions.map((m) => ({ e, m }))).find(({ m }) => within(m, at));
    if (mention) {
      const { e, m } = mention;
      choices.push({ label: `Entity: ${e.name}`, kind: vscode.QuickPickItemKind.Separator, span: m });
      choices.push({ label: 'Not an entity', span: m, correction: { field: 'entity', value: 'none' } });
      for (const t of [e.type, ...TYPES.filter((t) => t !== e.type)]) choices.push({ label: `${t === e.type ? '$(check) ' : ''}${title(t)}`, span: m, correction: { field: 'entity-type', value: t } });
      for (const other of analysis.entities.filter((o) => o !== e && o.type === e.type).slice(0, 20)) {
        choices.push({ label: `Same as ${other.name}`, span: m, correction: { field: 'entity-same-as', value: other.name } });
      }
    }
    const figure = analysis.figures.find((f) => within(f, at));
    if (figure) {
      choices.push({ label: 'Figure', kind: vscode.QuickPickItemKind.Separator, span: figure });
      choices.push({ label: 'Not a figure', span: figure, correction: { field: 'figure', value: 'none' } });
    }
    const notes = await store.open(doc);
    const mine = notes.annotations.filter((a) => a.correction && [claim, mention?.m, figure].some((s) => s && overlaps(s, notes.ranges.get(a.id))));
    if (mine.length > 0) choices.push({ label: REVERT, span: { start: at, end: at }, revert: true });
    if (choices.length === 0) return void vscode.window.showInformationMessage('Policy Lens reads no claim, name or figure here.');
    const picked = await vscode.window.showQuickPick(choices, { placeHolder: 'Correct what Policy Lens reads here' });
    if (!picked) return;
    if (picked.revert) for (const a of mine) store.remove(notes, a.id);
    else if (picked.correction) {
      const range = { start: picked.span.start, end: picked.span.end };
      store.put(notes, makeAnnotation(`urn:uuid:${randomUUID()}`, doc.getText(), range, { correction: picked.correction }, new Date().toISOString(), vscode.workspace.asRelativePath(doc.uri, false)), range);
    }
    // The store's change makes the model again (notes/index.ts).
  });
}

/**
 * `policyLens.revertAt` (uri, offset): removes the reader's corrections on the claim
 * at `offset`, so Policy Lens's own reading shows again (the Argument view's
 * "Revert to Policy Lens's reading").
 */
export function registerRevert(store: NotesStore, models: ModelService): vscode.Disposable {
  return vscode.commands.registerCommand('policyLens.revertAt', async (uri: vscode.Uri, offset: number) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const model = await models.get(doc);
    const claim = model?.analysis.claims.find((c) => within(c, offset));
    if (!claim) return;
    const notes = await store.open(doc);
    for (const a of notes.annotations.filter((a) => a.correction && overlaps(claim, notes.ranges.get(a.id)))) store.remove(notes, a.id);
  });
}

function overlaps(span: Span, range: Range | null | undefined): boolean {
  return !!range && range.start < span.end && range.end > span.start;
}
