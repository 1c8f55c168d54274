import type { Lane, RunnerLog, RunnerTimers } from './runnerOptions';

/**
 * Longest a lane waits for the thread of the worker it ended, in ms: a starter
 * that never says "ended" (lost in a way it never reports, or stuck) must not
 * keep the lane closed for good. Past it, the lane is freed with a warning.
 */
export const ENDING_WAIT_MS = 10_000;

/**
 * Ends a lane's worker (no crash; what it sends after is dropped undecoded) and
 * closes the lane until the worker's thread has stopped, or until
 * {@link ENDING_WAIT_MS} has passed; then `freed` is called (the runner starts
 * the lane's next reading). A lane ended again meanwhile waits for its newest end only.
 */
export function endLane(lane: Lane, timers: RunnerTimers, log: RunnerLog, freed: () => void): void {
  const worker = lane.worker;
  if (!worker) return;
  lane.worker = undefined;
  let settled = false;
  const free = (late: boolean): void => {
    if (settled) return;
    settled = true;
    timers.clearTimeout(timer);
    if (late) log.warn(`An analysis worker had not stopped ${ENDING_WAIT_MS / 1000} s after it was ended; its lane goes on without waiting for it.`);
    if (lane.ending !== ending) return;
    lane.ending = undefined;
    freed();
  };
  const ending = Promise.resolve(worker.terminate()).then(
    () => free(false),
    () => free(false),
  );
  lane.ending = ending;
  const timer = timers.setTimeout(() => free(true), ENDING_WAIT_MS);
  // The wait never holds the process open by itself (a real timer has unref; the tests' have not).
  (timer as { unref?: () => void } | undefined)?.unref?.();
}
