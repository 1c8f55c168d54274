import * as vscode from 'vscode';

/**
 * Runs a provider's or command's body; an exception is logged to the "Policy Lens"
 * output channel and turns into `undefined`, so one failing feature never takes
 * the others down and never shows an error to the reader (only `activate` does).
 * Cancellation is not an error: it returns `undefined` quietly.
 */
export async function guard<T>(
  log: vscode.LogOutputChannel,
  what: string,
  body: () => T | Thenable<T>,
): Promise<T | undefined> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof vscode.CancellationError) return undefined;
    log.error(`${what} failed: ${describe(error)}`);
    return undefined;
  }
}

/** An error as one log line, with its stack when there is one. */
export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
