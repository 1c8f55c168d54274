import * as vscode from 'vscode';
import { anchorAll } from '../../core/annotations/layer';
import { mapThrough } from '../../core/annotations/edits';
import { mergeById } from '../../core/annotations/merge';
import type { AnchorStatus, Range, ReaderAnnotation } from '../../core/annotations/model';
import { AnnotationFileError, readAnnotationText } from '../../core/annotations/read';
import { notesPathFor, NOTES_FOLDER } from '../../core/annotations/where';
import { pageText, withRange, writeFileAtomic } from '../../core/annotations/write';
import { NoteFileProblems } from './problems';

/** One document's notes as the editor holds them. */
export interface DocumentNotes {
  readonly uri: vscode.Uri;
  /** The annotation file, or undefined when there is nowhere to keep one. */
  readonly file: vscode.Uri | undefined;
  annotations: ReaderAnnotation[];
  /** Where each annotation sits now (null: orphaned), moved with every edit. */
  readonly ranges: Map<string, Range | null>;
  readonly status: Map<string, AnchorStatus>;
  /** Why the file cannot be read; while set it is never written, and new notes stay in memory. */
  broken: string | undefined;
  /** Ids in the file when this window last read or wrote it (for merging by id). */
  known: Set<string>;
  page: Record<string, unknown>;
  /** The text this window last wrote, to tell its own writes from others'. */
  written: string | undefined;
}

/**
 * The reader's notes and corrections per document: read from the file beside the
 * workspace (`.policy-lens/<path>.annotations.json`, or the folder the
 * `policyLens.notes.folder` setting names; the extension's global storage for a
 * document outside any workspace), moved through every edit, written back
 * atomically, and merged by id when the file changes under it.
 */
export class NotesStore implements vscode.Disposable {
  readonly #docs = new Map<string, DocumentNotes>();
  readonly #emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly #moved = new vscode.EventEmitter<vscode.Uri>();
  readonly #subscriptions: vscode.Disposable[];
  readonly #timers = new Map<string, NodeJS.Timeout>();
  /** Fires when a document's notes changed (added, edited, moved by a merge). */
  readonly onDidChange = this.#emitter.event;
  /** Fires after an edit of a document moved its notes' ranges (nothing else changed). */
  readonly onDidMove = this.#moved.event;

  constructor(
    private readonly globalStorage: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    private readonly problems: NoteFileProblems = new NoteFileProblems(),
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
    this.#subscriptions = [
      watcher,
      watcher.onDidChange((uri) => void this.#reloaded(uri)),
      watcher.onDidCreate((uri) => void this.#reloaded(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => this.#edited(event)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.#docs.has(doc.uri.toString()) && this.save(doc.uri)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.#docs.delete(doc.uri.toString())),
    ];
  }

  /** The notes of `doc`, read from its file on first use. */
  async open(doc: vscode.TextDocument): Promise<DocumentNotes> {
    const key = doc.uri.toString();
    const known = this.#docs.get(key);
    if (known) return known;
    const notes: DocumentNotes = { uri: doc.uri, file: this.fileFor(doc.uri), annotations: [], ranges: new Map(), status: new Map(), broken: undefined, known: new Set(), page: {}, written: undefined };
    this.#docs.set(key, notes);
    const read = await this.#read(notes);
    if (read) {
      notes.annotations = [...read.annotations];
      notes.page = { ...read.page };
      notes.known = new Set(read.annotations.map((a) => a.id));
      this.#place(notes, doc.getText(), notes.annotations);
    }
    this.#emitter.fire(doc.uri);
    return notes;
  }

  /** The notes already read for `uri`, if any. */
  peek(uri: vscode.Uri): DocumentNotes | undefined {
    return this.#docs.get(uri.toString());
  }

  /** Where the annotation file of a document lives. */
  fileFor(uri: vscode.Uri): vscode.Uri | undefined {
    const folderSetting = vscode.workspace.getConfiguration('policyLens').get<string>('notes.folder') || NOTES_FOLDER;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder) return vscode.Uri.joinPath(folder.uri, notesPathFor(vscode.workspace.asRelativePath(uri, false), folderSetting));
    if (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote') return undefined; // untitled documents: memory only
    return vscode.Uri.joinPath(this.globalStorage, notesPathFor(uri.path, 'notes'));
  }

  /** Adds or replaces an annotation placed at `range`, and saves soon. */
  put(notes: DocumentNotes, annotation: ReaderAnnotation, range: Range | null): void {
    const at = notes.annotations.findIndex((a) => a.id === annotation.id);
    if (at >= 0) notes.annotations[at] = annotation;
    else notes.annotations.push(annotation);
    if (annotation.replyTo === null) {
      notes.ranges.set(annotation.id, range);
      notes.status.set(annotation.id, range ? 'anchored' : 'orphaned');
    }
    this.#changed(notes);
  }

  /** Removes an annotation (and the replies to it), and saves soon. */
  remove(notes: DocumentNotes, id: string): void {
    notes.annotations = notes.annotations.filter((a) => a.id !== id && a.replyTo !== id);
    notes.ranges.delete(id);
    this.#changed(notes);
  }

  /**
   * Writes the notes of `uri`, their selectors taken afresh from the document,
   * merged with what the file holds now. Never writes over a file that does not parse.
   */
  async save(uri: vscode.Uri): Promise<void> {
    const notes = this.#docs.get(uri.toString());
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!notes?.file || !doc) return;
    const disk = await this.#read(notes);
    if (!disk && notes.broken) return; // kept in memory until the file is fixed
    const text = doc.getText();
    // Merged first, then placed: an annotation this window holds goes where this window's
    // text has it, whichever side's body won (moving it does not change its `modified`, so
    // a merge of moved selectors against the file's would keep the file's, old ones).
    const merged = (disk ? mergeById(notes.annotations, disk.annotations, notes.known) : notes.annotations).map((a) => {
      const range = notes.ranges.get(a.id);
      return range ? withRange(a, text, range) : a;
    });
    this.#adopt(notes, merged, text);
    const data = pageText(merged, disk ? disk.page : notes.page);
    try {
      if (notes.file.scheme === 'file') writeFileAtomic(notes.file.fsPath, data);
      else await vscode.workspace.fs.writeFile(notes.file, Buffer.from(data, 'utf8'));
      notes.written = data;
      notes.known = new Set(merged.map((a) => a.id));
    } catch (error) {
      this.log.error(`Could not write ${notes.file.toString()}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    for (const subscription of this.#subscriptions) subscription.dispose();
    this.#emitter.dispose();
    this.#moved.dispose();
    this.problems.dispose();
  }

  /** Reads the file: undefined when it does not exist, or cannot be read (then `broken` says why, once). */
  async #read(notes: DocumentNotes): Promise<ReturnType<typeof readAnnotationText> | undefined> {
    if (!notes.file) return undefined;
    let text: string;
    try {
      text = Buffer.from(await vscode.workspace.fs.readFile(notes.file)).toString('utf8');
    } catch {
      notes.broken = undefined;
      this.problems.show(notes.file, undefined);
      return undefined;
    }
    this.problems.show(notes.file, text);
    try {
      const read = readAnnotationText(text);
      for (const problem of read.problems) this.log.warn(`${notes.file.toString()}: annotation ${problem.id ?? `#${problem.index + 1}`} skipped: ${problem.message}`);
      notes.broken = undefined;
      return read;
    } catch (error) {
      if (!(error instanceof AnnotationFileError)) throw error;
      const first = notes.broken === undefined;
      notes.broken = error.message;
      if (first) this.#tellBroken(notes.file, error.message);
      return undefined;
    }
  }

  #tellBroken(file: vscode.Uri, message: string): void {
    const name = file.path.split('/').pop();
    void vscode.window
      .showErrorMessage(`Policy Lens cannot read your notes in ${name}: ${message}. The file is kept as it is; new notes stay in this window until it is fixed.`, 'Open File')
      .then((choice) => choice && vscode.window.showTextDocument(file));
  }

  /** Places annotations read from the file on the document's text. */
  #place(notes: DocumentNotes, text: string, annotations: readonly ReaderAnnotation[]): void {
    for (const { annotation, anchor } of anchorAll(text, annotations)) {
      if (annotation.replyTo !== null) continue;
      notes.ranges.set(annotation.id, anchor.range);
      notes.status.set(annotation.id, anchor.status);
    }
  }

  /** Takes `merged` as the notes, placing those this window had not seen. */
  #adopt(notes: DocumentNotes, merged: ReaderAnnotation[], text: string): void {
    const unseen = merged.filter((a) => !notes.ranges.has(a.id) || notes.annotations.find((b) => b.id === a.id) !== a);
    notes.annotations = merged;
    this.#place(notes, text, unseen.filter((a) => !notes.ranges.has(a.id)));
  }

  #edited(event: vscode.TextDocumentChangeEvent): void {
    const notes = this.#docs.get(event.document.uri.toString());
    if (!notes || event.contentChanges.length === 0) return;
    const changes = event.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    for (const [id, range] of notes.ranges) if (range) notes.ranges.set(id, mapThrough(range, changes));
    if (notes.ranges.size > 0) this.#moved.fire(notes.uri);
  }

  async #reloaded(file: vscode.Uri): Promise<void> {
    for (const notes of this.#docs.values()) {
      if (notes.file?.toString() !== file.toString()) continue;
      const read = await this.#read(notes);
      if (!read) continue;
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === notes.uri.toString());
      if (!doc || pageText(read.annotations, read.page) === notes.written) continue;
      const merged = mergeById(notes.annotations, read.annotations, notes.known);
      for (const a of read.annotations) if (!notes.known.has(a.id)) notes.ranges.delete(a.id);
      this.#adopt(notes, merged, doc.getText());
      notes.known = new Set(read.annotations.map((a) => a.id));
      notes.page = { ...read.page };
      this.#emitter.fire(notes.uri);
    }
  }

  #changed(notes: DocumentNotes): void {
    this.#emitter.fire(notes.uri);
    const key = notes.uri.toString();
    clearTimeout(this.#timers.get(key));
    this.#timers.set(key, setTimeout(() => void this.save(notes.uri), 300));
  }
}
