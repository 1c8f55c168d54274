import * as vscode from 'vscode';
import { StarterLost, type ThreadStarter } from './threads';
import type { LinedProblem } from './lexiconText';
import { LexiconChecker, MAX_LISTED } from './lexiconCheck';
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
  /** The valid terms as their JSON text: the host never holds them as an object (lexiconText.ts `readLexiconForHost`). */
  #terms: string | null = null;
  #watcher: vscode.FileSystemWatcher | undefined;
  readonly #diagnostics = vscode.languages.createDiagnosticCollection('policy-lens-lexicon');
  readonly #emitter = new vscode.EventEmitter<void>();
  readonly #subscriptions: vscode.Disposable[] = [];
  readonly #log: vscode.LogOutputChannel;
  readonly #checker: LexiconChecker;
  /** Counts readings of the file: only the newest one's result is shown. */
  #generation = 0;
  /** Fires after the reader's terms changed. */
  readonly onDidChange = this.#emitter.event;

  /**
   * @param workerPath `dist/worker.js`, where the file is checked (on the host's thread without it).
   * @param threads where that worker is started (a starter of the store's own by default).
   */
  constructor(log: vscode.LogOutputChannel, workerPath?: string, threads?: ThreadStarter) {
    this.#log = log;
    this.#checker = new LexiconChecker(workerPath, threads);
    this.#subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(LEXICON_SETTING) && this.#watch()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.#watch()),
      // A file watcher can be late or miss a file made with its folder; opening or saving the file is certain.
      vscode.workspace.onDidOpenTextDocument((doc) => this.#touched(doc.uri)),
      vscode.workspace.onDidSaveTextDocument((doc) => this.#touched(doc.uri)),
    );
    this.#watch();
  }

  /** The reader's valid terms as their JSON text (what the analysis reads them from), or null when there are none. */
  get terms(): string | null {
    return this.#terms;
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
    const generation = ++this.#generation;
    let terms: string | null = null;
    let problems: vscode.Diagnostic[] = [];
    if (uri) {
      let bytes: Uint8Array | undefined;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        bytes = undefined; // no lexicon file: the built-in lexicon alone
      }
      if (bytes !== undefined) {
        try {
          // A newer reading of the file abandons this one's check on the host's thread.
          const read = await this.#checker.check(bytes, () => generation !== this.#generation);
          if (!read) return;
          terms = read.terms;
          problems = shown(read.problems, read.count);
          if (read.count) this.#log.warn(`${uri.fsPath}: ${read.count} problem(s) in the lexicon; valid terms still apply.`);
        } catch (error) {
          // The starter thread was lost under the check: check the file again (from a new starter, or
          // on the host's thread once the starter has given up), rather than drop the reader's terms.
          if (error instanceof StarterLost && generation === this.#generation) return this.#load(uri);
          this.#log.error(`Reading the lexicon ${uri.toString()} failed: ${describe(error)}`);
        }
      }
    }
    if (generation !== this.#generation) return; // a newer reading of the file is under way
    this.#diagnostics.clear();
    if (uri && problems.length) this.#diagnostics.set(uri, problems);
    if (terms !== this.#terms) {
      this.#terms = terms;
      this.#emitter.fire();
    }
  }

  dispose(): void {
    this.#checker.dispose();
    this.#watcher?.dispose();
    this.#diagnostics.dispose();
    this.#emitter.dispose();
    for (const s of this.#subscriptions) s.dispose();
  }
}

/** The problems as the Problems panel lists them: the first {@link MAX_LISTED}, then one that counts the rest (`count` in all). */
function shown(problems: readonly LinedProblem[], count: number): vscode.Diagnostic[] {
  const listed = problems.slice(0, MAX_LISTED).map((p) => diagnostic(p, p.message));
  if (count > MAX_LISTED && problems.length > MAX_LISTED) {
    const rest = count - MAX_LISTED;
    listed.push(diagnostic(problems[MAX_LISTED], `${rest} more problem(s) from here on are not listed (${count} in all; the Policy Lens log counts them).`));
  }
  return listed;
}

function diagnostic(p: LinedProblem, message: string): vscode.Diagnostic {
  const range = new vscode.Range(p.start.line, p.start.character, p.end.line, p.end.character);
  const d = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Error);
  d.source = 'Policy Lens';
  return d;
}
