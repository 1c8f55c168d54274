import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { ReaderAnnotation } from '../../core/annotations/model';
import { makeAnnotation, makeReply, reattach, withChange } from '../../core/annotations/write';
import type { SettingsStore } from '../settings';
import type { DocumentNotes, NotesStore } from './store';

/** One comment of a thread: a note or a reply, by its annotation. */
class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  readonly author = { name: 'You' };
  body: string | vscode.MarkdownString;
  contextValue = 'policyLensNote';
  constructor(
    readonly annotation: ReaderAnnotation,
    readonly thread: vscode.CommentThread,
  ) {
    this.body = annotation.text ?? '';
  }
}

/**
 * The reader's notes as VS Code comments: the `+` in the gutter, threads with
 * replies, edit, delete, resolve, the Comments panel. Notes that lost their text
 * ("detached") show on the first line, labelled with the quote they had.
 */
export class NoteComments implements vscode.Disposable {
  readonly #controller = vscode.comments.createCommentController('policyLens.notes', 'Policy Lens notes');
  readonly #threads = new Map<string, vscode.CommentThread[]>();
  readonly #subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: NotesStore,
    settings: SettingsStore,
  ) {
    this.#controller.commentingRangeProvider = {
      provideCommentingRanges: (doc) => (settings.annotates(doc) ? [new vscode.Range(0, 0, Math.max(0, doc.lineCount - 1), 0)] : []),
    };
    this.#subscriptions = [
      this.#controller,
      store.onDidChange((uri) => this.#show(uri)),
      store.onDidMove((uri) => this.#follow(uri)),
      vscode.commands.registerCommand('policyLens.notes.create', (reply: vscode.CommentReply) => this.#reply(reply)),
      vscode.commands.registerCommand('policyLens.notes.reply', (reply: vscode.CommentReply) => this.#reply(reply)),
      vscode.commands.registerCommand('policyLens.notes.edit', (comment: NoteComment) => this.#mode(comment, vscode.CommentMode.Editing)),
      vscode.commands.registerCommand('policyLens.notes.cancel', (comment: NoteComment) => this.#mode(comment, vscode.CommentMode.Preview)),
      vscode.commands.registerCommand('policyLens.notes.save', (comment: NoteComment) => this.#saveEdit(comment)),
      vscode.commands.registerCommand('policyLens.notes.delete', (comment: NoteComment) => this.#delete(comment)),
      vscode.commands.registerCommand('policyLens.notes.resolve', (thread: vscode.CommentThread) => this.#resolve(thread, true)),
      vscode.commands.registerCommand('policyLens.notes.unresolve', (thread: vscode.CommentThread) => this.#resolve(thread, false)),
      vscode.commands.registerCommand('policyLens.notes.reattach', (thread: vscode.CommentThread) => this.#reattach(thread)),
      vscode.workspace.onDidOpenTextDocument((doc) => settings.annotates(doc) && void store.open(doc)),
    ];
    for (const doc of vscode.workspace.textDocuments) if (settings.annotates(doc)) void store.open(doc);
  }

  dispose(): void {
    for (const threads of this.#threads.values()) for (const thread of threads) thread.dispose();
    for (const subscription of this.#subscriptions) subscription.dispose();
  }

  async #reply(reply: vscode.CommentReply): Promise<void> {
    const { thread, text } = reply;
    const doc = await vscode.workspace.openTextDocument(thread.uri);
    const notes = await this.store.open(doc);
    const now = new Date().toISOString();
    const first = (thread.comments[0] as NoteComment | undefined)?.annotation;
    if (first) {
      this.store.put(notes, makeReply(`urn:uuid:${randomUUID()}`, first.id, text, now), null);
    } else {
      const range = thread.range ?? new vscode.Range(0, 0, 0, 0);
      const end = range.isEmpty ? doc.lineAt(range.start.line).range.end : range.end;
      const offsets = { start: doc.offsetAt(range.start), end: doc.offsetAt(end) };
      thread.dispose(); // the store's change shows it again as the note's own thread
      this.store.put(notes, makeAnnotation(`urn:uuid:${randomUUID()}`, doc.getText(), offsets, { note: text }, now, vscode.workspace.asRelativePath(doc.uri, false)), offsets);
    }
  }

  #mode(comment: NoteComment, mode: vscode.CommentMode): void {
    comment.mode = mode;
    if (mode === vscode.CommentMode.Preview) comment.body = comment.annotation.text ?? '';
    comment.thread.comments = [...comment.thread.comments];
  }

  #saveEdit(comment: NoteComment): void {
    const notes = this.store.peek(comment.thread.uri);
    if (!notes) return;
    const text = typeof comment.body === 'string' ? comment.body : comment.body.value;
    this.store.put(notes, withChange(comment.annotation, { body: { note: text } }, new Date().toISOString()), notes.ranges.get(comment.annotation.id) ?? null);
  }

  #delete(comment: NoteComment): void {
    const notes = this.store.peek(comment.thread.uri);
    if (notes) this.store.remove(notes, comment.annotation.id);
  }

  #resolve(thread: vscode.CommentThread, resolved: boolean): void {
    const first = (thread.comments[0] as NoteComment | undefined)?.annotation;
    const notes = this.store.peek(thread.uri);
    if (!first || !notes) return;
    this.store.put(notes, withChange(first, { resolved }, new Date().toISOString()), notes.ranges.get(first.id) ?? null);
  }

  /**
   * Puts a detached note back on the text selected in its document's editor (the
   * detached thread's "Re-attach Note to the Selection"). With nothing selected it
   * says what to do, and the note stays detached.
   */
  #reattach(thread: vscode.CommentThread): void {
    const first = (thread.comments[0] as NoteComment | undefined)?.annotation;
    const notes = this.store.peek(thread.uri);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === thread.uri.toString());
    if (!first || !notes) return;
    if (!editor || editor.selection.isEmpty) {
      void vscode.window.showInformationMessage('Policy Lens: select the text this note belongs to in its document, then choose "Re-attach Note to the Selection" again.');
      return;
    }
    const doc = editor.document;
    const range = { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) };
    this.store.put(notes, reattach(first, doc.getText(), range, new Date().toISOString()), range);
  }

  /**
   * Moves the threads of a document to where its edits took their notes: VS Code
   * keeps a thread's range as the extension last set it, so without this the
   * gutter and the Comments panel would point at the old lines.
   */
  #follow(uri: vscode.Uri): void {
    const notes = this.store.peek(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!notes || !doc) return;
    for (const thread of this.#threads.get(uri.toString()) ?? []) {
      const id = (thread.comments[0] as NoteComment | undefined)?.annotation.id;
      const range = id === undefined ? undefined : notes.ranges.get(id);
      if (!range) continue;
      const at = new vscode.Range(doc.positionAt(range.start), doc.positionAt(range.end));
      if (!thread.range || !thread.range.isEqual(at)) thread.range = at;
    }
  }

  /** Shows the threads of a document again from its notes. */
  #show(uri: vscode.Uri): void {
    const key = uri.toString();
    for (const thread of this.#threads.get(key) ?? []) thread.dispose();
    const notes = this.store.peek(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!notes || !doc) return;
    this.#threads.set(key, notes.annotations.filter((a) => a.replyTo === null && a.text !== null).map((a) => this.#thread(doc, notes, a)));
  }

  #thread(doc: vscode.TextDocument, notes: DocumentNotes, annotation: ReaderAnnotation): vscode.CommentThread {
    const range = notes.ranges.get(annotation.id);
    const at = range ? new vscode.Range(doc.positionAt(range.start), doc.positionAt(range.end)) : new vscode.Range(0, 0, 0, 0);
    const thread = this.#controller.createCommentThread(doc.uri, at, []);
    const replies = notes.annotations.filter((a) => a.replyTo === annotation.id);
    thread.comments = [annotation, ...replies].map((a) => new NoteComment(a, thread));
    thread.canReply = true;
    thread.contextValue = range ? 'policyLensThread' : 'policyLensDetached';
    thread.label = range ? (notes.status.get(annotation.id) === 'fuzzy' ? 'Note (moved with the text)' : 'Note') : `Detached note, was on “${(annotation.quote?.exact ?? '').slice(0, 40)}”`;
    thread.state = annotation.resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
    return thread;
  }
}
