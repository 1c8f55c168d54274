import { readFileSync, statSync } from 'node:fs';

/** A reason a file cannot be read as a document, in one line for a terminal. */
export class InputError extends Error {}

/** Bytes read to decide whether a file is binary. */
const SNIFF = 8192;

/**
 * Reads a file as a UTF-8 document, or throws an {@link InputError} that says
 * why not: missing, a folder, larger than `maxSize` bytes (0: no limit; checked
 * before reading), binary (NUL bytes), or not valid UTF-8.
 */
export function readDocument(path: string, maxSize = 0): string {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (stats.isDirectory()) throw new InputError(`${path}: is a folder, not a document`);
  if (!stats.isFile()) throw new InputError(`${path}: not a regular file`);
  if (maxSize > 0 && stats.size > maxSize) {
    throw new InputError(`${path}: ${stats.size} bytes, above the limit of ${maxSize} (--max-size; 0 reads any size)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.subarray(0, SNIFF).includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes), not a text document`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: not valid UTF-8 text; convert it to UTF-8 first`);
  }
}
