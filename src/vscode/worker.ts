import { parentPort } from 'node:worker_threads';
import { analyse, type AnalyseOptions } from '../core/analyse';
import type { AnalyseRequest, AnalyseResponse, Reading } from './protocol';
import { pack } from '../core/packed';

/**
 * The analysis worker (bundled to `dist/worker.js`). In a worker thread it answers
 * {@link AnalyseRequest}s one at a time. Loaded with `require` on the extension
 * host's own thread (when a worker cannot start), it only exports {@link read}.
 */

/** Analyses `text` and returns the model without the text (and, for an outline, without the rest). */
export function read(text: string, options: AnalyseOptions, outlineOnly: boolean): Reading {
  const { text: _text, ...reading } = analyse(text, { ...options, outlineOnly });
  void _text;
  // Sections are all an outline needs: send nothing else back.
  return outlineOnly ? { ...reading, blocks: [], claims: [], entities: [], figures: [] } : reading;
}

const port = parentPort;
if (port) {
  port.on('message', (request: AnalyseRequest) => {
    try {
      const started = performance.now();
      // Packed columns are transferred, not copied: the host unpacks them in one pass.
      const { packed, transfer } = pack(read(request.text, request.options, request.outlineOnly));
      const response: AnalyseResponse = { id: request.id, ok: true, packed, ms: performance.now() - started };
      port.postMessage(response, transfer);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      port.postMessage({ id: request.id, ok: false, message } satisfies AnalyseResponse);
    }
  });
}
