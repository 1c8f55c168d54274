import { writeFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { toJsonRows } from '../core/model/contract';
import type { Analysis } from '../core/model/model';
import { defaultNotesFile, readerLayer, renderAnnotations, withAnnotations } from './annotations';
import type { Args } from './args';
import { exportReading, placedNotes } from './export';
import { writeJson } from './json';
import { InputError, readDocument } from './read';
import { writeReading } from './render';
import { analyseWithProgress } from './progress';
import { readPolicy, type PolicyReading } from '../core/model/policy';

/** What a run reports back while it works. */
export interface RunHooks {
  /** Called once the reading is done, before anything is written to standard output. */
  readonly onOutput?: () => void;
}

/**
 * Reads the document the arguments name and writes what they ask for: the
 * command line's work once its arguments are read. Returns the exit code.
 */
export async function run(args: Args, hooks: RunHooks = {}): Promise<number> {
  let analysis: Analysis;
  let layer: ReturnType<typeof readerLayer> | undefined;
  const warn = (line: string) => process.stderr.write(`policy-lens: warning: ${line}\n`);
  try {
    const text = readDocument(args.file!, args.maxSize);
    analysis = await analyseWithProgress(text, { format: args.format, hint: args.file }, basename(args.file!));
    const notes = args.annotations ?? defaultNotesFile(args.file!);
    if (notes) layer = readerLayer(analysis, notes, warn);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`policy-lens: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const policy = readPolicy(analysis);
  if (layer) analysis = layer.analysis;
  hooks.onOutput?.();
  const status = write(args, analysis, layer, policy);
  for (const warning of analysis.warnings) warn(warning);
  return status;
}

/** Prints the reading, its JSON, or the brief asked for; 2 when the brief cannot be written. */
function write(args: Args, analysis: Analysis, layer: ReturnType<typeof readerLayer> | undefined, policy: PolicyReading): number {
  const json = () => {
    const model = toJsonRows(analysis);
    const read = (layer ? withAnnotations(model, analysis, layer.placed) : model) as unknown as Record<string, unknown>;
    return { ...read, policyDocument: policy.policyDocument, policyScore: policy.policyScore };
  };
  const brief = () => exportReading(analysis, args.export!, basename(args.file!), layer ? placedNotes(layer.placed) : []);
  if (!args.output) {
    if (args.export === 'json' || (args.json && !args.export)) {
      writeJson(json(), writeOut);
      writeOut('\n');
    } else if (args.export) writeOut(brief());
    else {
      writeReading(analysis, { name: basename(args.file!), color: args.color, why: args.why, policy, width: args.width }, writeOut);
      if (layer) writeOut(renderAnnotations(layer.placed, analysis.text));
    }
    return 0;
  }
  try {
    writeFileSync(args.output, args.export === 'json' ? `${JSON.stringify(json(), null, 1)}\n` : brief());
    return 0;
  } catch (error) {
    process.stderr.write(`policy-lens: cannot write ${args.output}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

/** The bytes of the piece being written, kept for the next (the JSON is written in pieces of about 64 K characters). */
const out = Buffer.allocUnsafe(1 << 19);

/**
 * Writes to standard output at once, so no queue of pieces builds up behind a
 * slow reader. Encoded into one buffer kept for the run, not a new one a piece
 * (which also measures the piece's bytes first).
 */
function writeOut(chunk: string): void {
  // UTF-8 takes at most three bytes for a UTF-16 code unit; a piece too large to keep a buffer for is encoded on its own.
  const bytes = chunk.length * 3 > out.length ? Buffer.from(chunk) : out.subarray(0, out.write(chunk, 0));
  for (let at = 0; at < bytes.length; ) {
    try {
      at += writeSync(1, bytes, at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

