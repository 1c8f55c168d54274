import type * as vscode from 'vscode';
import type { ModelService } from './models';
import type { AnalysisRunner } from './runner';

/** After the first reading, this long idle before the warm-up readings. */
const AFTER_FIRST_READING_MS = 1500;

/** Short texts of our own, one per format, that take the reader through every step once. */
const TEXTS: readonly { key: string; hint: string; text: string }[] = [
  {
    key: 'policy-lens:warm-up.md',
    hint: 'markdown',
    text:
      '# Trade and security\n\nExports of **grain** through the northern ports rose by 5% in 2020, the [ministry](https://example.org) said.\n\n' +
      '## Outlook\n\n- President Anna Berg moved 300 troops to the border.\n- The central bank raised rates to 4.5 percent.\n\n| Year | Tons |\n|---|---|\n| 2020 | 1,200 |\n',
  },
  {
    key: 'policy-lens:warm-up.txt',
    hint: 'plaintext',
    text:
      'TRADE AND SECURITY\n\nExports of grain through the northern ports rose by 5% in 2020, the ministry said. However, the\n' +
      'alliance warned that President Anna Berg had moved 300 troops to the border.\n\nOutlook\n\nThe central bank raised rates to 4.5 percent.\n',
  },
];

/**
 * Once the first document is read, reads a short markdown and a short plain text
 * in the worker while it is idle, so the next document's reading does not pay
 * for code paths run for the first time (about 0.2 s on a 10 KB document in a
 * worker that had read only the other format). The warm-up's results are dropped.
 */
export function warmUpAfterFirstReading(models: ModelService, runner: AnalysisRunner): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  let listener: vscode.Disposable | undefined = models.onDidChangeModel(() => {
    listener?.dispose();
    listener = undefined;
    timer = setTimeout(async () => {
      for (const { key, hint, text } of TEXTS) {
        await runner.run(key, text, { hint }, false).catch(() => undefined);
        runner.forget(key);
      }
    }, AFTER_FIRST_READING_MS);
  });
  return {
    dispose() {
      listener?.dispose();
      clearTimeout(timer);
    },
  };
}
