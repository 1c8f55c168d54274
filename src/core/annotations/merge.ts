import type { ReaderAnnotation } from './model';

/**
 * Merges the annotations held in memory with those just read from the file (a
 * second window wrote it, or the reader edited it by hand), by annotation id, so
 * neither side's work is overwritten:
 * - an id on one side only is kept, unless that side's absence is a deletion:
 *   it was in the file when this window last read or wrote it (`known`) and one
 *   side has since dropped it;
 * - an id on both sides keeps the later `modified` (the file's on a tie: it is
 *   what another writer meant).
 */
export function mergeById(
  memory: readonly ReaderAnnotation[],
  disk: readonly ReaderAnnotation[],
  known: ReadonlySet<string>,
): ReaderAnnotation[] {
  const onDisk = new Map(disk.map((a) => [a.id, a]));
  const inMemory = new Set(memory.map((a) => a.id));
  const merged: ReaderAnnotation[] = [];
  for (const mine of memory) {
    const theirs = onDisk.get(mine.id);
    if (!theirs) {
      if (!known.has(mine.id)) merged.push(mine); // new here, not yet written
      continue; // deleted in the file by another writer
    }
    merged.push((mine.modified ?? '') > (theirs.modified ?? '') ? mine : theirs);
  }
  for (const theirs of disk) if (!inMemory.has(theirs.id) && !known.has(theirs.id)) merged.push(theirs);
  return merged;
}
