import * as vscode from 'vscode';
import { StarterLost, ThreadStarter, type Thread } from './threads';
import { decodeLexicon, readLexiconForHost, type LinedProblem } from './lexiconText';
import { describe } from './log';

/** The setting naming the reader's lexicon file, relative to the first workspace folder. */
export const LEXICON_SETTING = 'policyLens.lexicon';
const DEFAULT_PATH = '.vscode/policy-lens-lexicon.json';

type LexiconLines = ReturnType<typeof readLexiconForHost>;

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
          const read = await this.#checker.check(bytes);
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

/**
 * Most problems listed in the Problems panel for one lexicon file; one more line
 * counts the rest. Each listed problem is a diagnostic the host builds and sends:
 * a hundred say what is wrong, and the host's share stays small whatever the file.
 */
export const MAX_LISTED = 100;

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

/**
 * Checks lexicon files' texts in a worker thread (`dist/worker.js`), so that a
 * file of any size never holds the extension host. The worker lives as long as
 * the store: a worker ended after each check would hold the host while its
 * thread is torn down (most of a second in the editor test). On the host's
 * thread only when no worker can start.
 */
class LexiconChecker {
  readonly #path: string | undefined;
  readonly #threads: ThreadStarter;
  readonly #ownThreads: boolean;
  #worker: Thread | undefined;
  /** Answers awaited, in the order the texts were sent (the worker answers in order). */
  #waiting: { resolve: (read: LexiconLines) => void; reject: (error: Error) => void }[] = [];

  constructor(workerPath: string | undefined, threads: ThreadStarter | undefined) {
    this.#path = workerPath;
    this.#ownThreads = !threads;
    this.#threads = threads ?? new ThreadStarter();
  }

  /** Checks the file's bytes: decoded in the worker, and handed over rather than copied (the host never holds the text). */
  check(bytes: Uint8Array): Promise<LexiconLines> {
    const worker = this.#start();
    // One problem past those listed: where the line counting the rest goes.
    const most = MAX_LISTED + 1;
    if (!worker) return Promise.resolve(readLexiconForHost(decodeLexicon(bytes), most));
    return new Promise((resolve, reject) => {
      this.#waiting.push({ resolve, reject });
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      worker.postMessage({ bytes: own, most }, [own.buffer as ArrayBuffer]);
    });
  }

  #start(): Thread | undefined {
    if (this.#worker || !this.#path) return this.#worker;
    try {
      // Started by the starter's thread, never the host's (threads.ts).
      const worker = this.#threads.start(this.#path, { workerData: { lexicon: true } });
      worker.unref();
      worker.on('message', (read: LexiconLines) => this.#waiting.shift()?.resolve(read));
      const fail = (error: Error) => {
        if (this.#worker === worker) this.#worker = undefined;
        for (const w of this.#waiting.splice(0)) w.reject(error);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`the lexicon check stopped (exit code ${code})`)));
      this.#worker = worker;
    } catch {
      this.#worker = undefined;
    }
    return this.#worker;
  }

  dispose(): void {
    void this.#worker?.terminate();
    this.#worker = undefined;
    if (this.#ownThreads) this.#threads.dispose();
  }
}
