import { parentPort, workerData } from 'node:worker_threads';
import { Reader, type AnalyseOptions, type Reuse } from '../core/analyse';
import type { AnalyseResponse, Reading, WorkerMessage } from './protocol';
import { pack } from '../core/model/packed';
import { readPolicy, type PolicyReading } from '../core/model/policy';
import { decodeLexicon, readLexiconForHost } from './lexiconText';
import { withTerms } from './terms';
import type { ErrorReport } from './threads';

/**
 * The analysis worker (bundled to `dist/worker.js`). In a worker thread it answers
 * {@link AnalyseRequest}s one at a time; started with `workerData.lexicon`
 * true, it checks the texts of a reader's lexicon file it is sent and answers
 * each with the problems placed by line. Loaded with `require` on the extension
 * host's own thread (when a worker cannot start), it only exports {@link read}.
 */

/** How many documents keep their last reading (for re-reading only what an edit changed). */
const KEPT_DOCUMENTS = 8;
const readers = new Map<string, Reader>();

/** The reader of document `key`, most recently used last; the least recently used beyond {@link KEPT_DOCUMENTS} is dropped. */
function readerOf(key: string): Reader {
  const reader = readers.get(key) ?? new Reader();
  readers.delete(key);
  readers.set(key, reader);
  for (const old of readers.keys()) {
    if (readers.size <= KEPT_DOCUMENTS) break;
    readers.delete(old);
  }
  return reader;
}

/**
 * Analyses `text` and returns the model without the text (and, for an outline,
 * without the rest). With a document `key`, the parts of the text that are the
 * same as in that document's last reading keep their results.
 */
export function read(text: string, options: AnalyseOptions, outlineOnly: boolean, key?: string): Reading {
  return readWithReuse(text, options, outlineOnly, key).reading;
}

function readWithReuse(text: string, options: AnalyseOptions, outlineOnly: boolean, key?: string): { reading: Reading; reuse: Reuse | null; analysed: string } {
  const reader = key === undefined ? new Reader() : readerOf(key);
  const { text: analysed, ...reading } = reader.analyse(text, { ...options, outlineOnly });
  // Sections are all an outline needs: send nothing else back.
  if (outlineOnly) return { reading: { ...reading, blocks: [], claims: [], entities: [], figures: [] }, reuse: null, analysed };
  return { reading, reuse: reader.reuse, analysed };
}

/**
 * The policy gate's reading of what the host will hold (`text` the analysed text):
 * measured here, it costs the host nothing (the measures read up to 100,000
 * characters' words, 3–40 ms on the host's thread in one go).
 */
function policyOf(reading: Reading, text: string): PolicyReading {
  return readPolicy({ ...reading, text });
}

/** Drops what was kept of document `key` (it was closed). */
export function forget(key: string): void {
  readers.delete(key);
}

/** An error as it crosses to the host: its message, stack, name and code (the host rebuilds it: threads.ts `errorFrom`). */
function errorReport(error: unknown): ErrorReport {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { message: error.message, stack: error.stack, name: error.name, ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}) };
}

const port = parentPort;
if (port && (workerData as { lexicon?: unknown } | null)?.lexicon === true) {
  // The worker of a reader's lexicon file: each message is the file's bytes; decoding and checking grow with the file, so they never run on the host.
  port.on('message', ({ bytes, most }: { bytes: Uint8Array; most: number }) => port.postMessage(readLexiconForHost(decodeLexicon(bytes), most)));
} else if (port) {
  port.on('message', (request: WorkerMessage) => {
    if ('forget' in request) {
      forget(request.forget);
      return;
    }
    try {
      const started = performance.now();
      const { reading, reuse, analysed } = readWithReuse(request.text, withTerms(request.options, request.terms), request.outlineOnly, request.key);
      const policy = policyOf(reading, analysed);
      // Packed columns are transferred, not copied: the host unpacks them in one pass.
      const { packed, transfer } = pack(reading);
      const response: AnalyseResponse = { id: request.id, ok: true, packed, ms: performance.now() - started, reuse, policy };
      port.postMessage(response, transfer);
    } catch (error) {
      port.postMessage({ id: request.id, ok: false, ...errorReport(error) } satisfies AnalyseResponse);
    }
  });
}
