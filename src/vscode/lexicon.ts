import * as vscode from 'vscode';
import type { LexiconData } from '../core/lexicon';
import { LineIndex, readLexiconText } from './lexiconText';
import { describe } from './log';

/** The setting naming the reader's lexicon file, relative to the first workspace folder. */
export const LEXICON_SETTING = 'policyLens.lexicon';
const DEFAULT_PATH = '.vscode/policy-lens-lexicon.json';

/**
 * A reader's own lexicon: a JSON file of extra category terms (see
 * schemas/lexicon.schema.json), read as data only, checked, and merged over the
 * built-in lexicon in every analysis. Problems show in the Problems panel at the
 * offending line; the valid terms still apply. Re-read when the file or the
 * setting changes. Works in Restricted Mode and virtual workspaces: the file is
 * read through `workspace.fs`, never executed.
 */
export class LexiconStore implements vscode.Disposable {
  #data: LexiconData | null = null;
  #watcher: vscode.FileSystemWatcher | undefined;
  readonly #diagnostics = vscode.languages.createDiagnosticCollection('policy-lens-lexicon');
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly #subscriptions: vscode.Disposable[] = [];
  readonly #log: vscode.LogOutputChannel;
  /** Fires after the reader's terms changed. */
  readonly onDidChange = this.#emitter.event;

  constructor(log: vscode.LogOutputChannel) {
    this.#log = log;
    this.#subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(LEXICON_SETTING) && this.#watch()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.#watch()),
      // A file watcher can be late or miss a file made with its folder; opening or saving the file is certain.
      vscode.workspace.onDidOpenTextDocument((doc) => this.#touched(doc.uri)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.#touched(doc.uri)),
    );
    this.#watch();
  }

  /** The reader's valid terms, or null when there are none. */
  get data(): LexiconData | null {
    return this.#data;
  }

  #uri(): vscode.Uri | undefined {
    const configured = vscode.workspace.getConfiguration().get<string>(LEXICON_SETTING);
    const path = typeof configured === 'string' && configured.trim() ? configured.trim() : DEFAULT_PATH;
    if (/^([a-z]:)?[\\/]/i.test(path)) return vscode.Uri.file(path);
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, path);
  }

  /** Reads the lexicon file again when `uri` is it. */
  #touched(uri: vscode.Uri): void {
    const lexicon = this.#uri();
    if (lexicon && uri.toString() === lexicon.toString()) void this.#load(lexicon);
  }

  #watch(): void {
    this.#watcher?.dispose();
    this.#watcher = undefined;
    const uri = this.#uri();
    if (uri) {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const pattern = folder
        ? new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(uri, false))
        : new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop()!);
      this.#watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const reload = () => void this.#load(uri);
      this.#watcher.onDidCreate(reload);
      this.#watcher.onDidChange(reload);
      this.#watcher.onDidDelete(reload);
    }
    void this.#load(uri);
  }

  async #load(uri: vscode.Uri | undefined): Promise<void> {
    this.#diagnostics.clear();
    let data: LexiconData | null = null;
    if (uri) {
      let text: string | undefined;
      try {
        text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        text = undefined; // no lexicon file: the built-in lexicon alone
      }
      if (text !== undefined) {
        try {
          const read = readLexiconText(text);
          data = read.data;
          const doc = new LineIndex(text);
          this.#diagnostics.set(
            uri,
            read.problems.map((p) => {
              const d = new vscode.Diagnostic(rangeIn(doc, p.start, p.end), p.message, vscode.DiagnosticSeverity.Error);
              d.source = 'Policy Lens';
              return d;
            }),
          );
          if (read.problems.length) this.#log.warn(`${uri.fsPath}: ${read.problems.length} problem(s) in the lexicon; valid terms still apply.`);
        } catch (error) {
          this.#log.error(`Reading the lexicon ${uri.toString()} failed: ${describe(error)}`);
        }
      }
    }
    if (JSON.stringify(data) !== JSON.stringify(this.#data)) {
      this.#data = data;
      this.#emitter.fire();
    }
  }

  dispose(): void {
    this.#watcher?.dispose();
    this.#diagnostics.dispose();
    this.#emitter.dispose();
    for (const s of this.#subscriptions) s.dispose();
  }
}

/** The editor range of offsets `start`..`end` of a file indexed by `lines`. */
export function rangeIn(lines: LineIndex, start: number, end: number): vscode.Range {
  const a = lines.position(start);
  const b = lines.position(end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}
