// @ts-check
/**
 * A probe of the extension host's event loop, for the editor test's stall checks
 * (test/e2e/stall-checks.mjs). Test fixture, never shipped. Two commands, run
 * from the command palette by the driver:
 *
 * - "Policy Lens Test: Start Host Probe" resets and starts the measures;
 * - "Policy Lens Test: Stop Host Probe" stops them and writes them to the file
 *   the driver named (`probeFile` in runner.json), which the driver reads.
 *
 * Three measures of the longest time the host's thread was held: the event loop
 * delay monitor's maximum (perf_hooks, 1 ms resolution), the longest lateness of
 * a 10 ms interval timer (a task that held the thread shows as a late tick), and
 * the longest garbage collection pause (which the other two cannot tell from a task).
 * A CPU profile of the host over the same time goes beside the file
 * (`<probeFile>.cpuprofile`), to find what held the thread; from it, the
 * longest stretch of consecutive samples inside Policy Lens's own code
 * (`policyLensLongestMs`), since other extensions share the host (VS Code's
 * markdown extension tokenizes every markdown document on it).
 */
'use strict';

const fs = require('node:fs');
const inspector = require('node:inspector');
const { monitorEventLoopDelay, PerformanceObserver } = require('node:perf_hooks');

const TICK_MS = 10;

/** @param {import('vscode').ExtensionContext} context @param {string} probeFile */
function registerProbe(context, probeFile) {
  const vscode = require('vscode');
  /** @type {{ stop: () => object } | null} */
  let running = null;
  /** @type {{ stop: () => Promise<object> } | null} */
  let profiler = null;
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLensTest.startHostProbe', () => {
      running?.stop();
      running = start();
      profiler = startProfile();
    }),
    vscode.commands.registerCommand('policyLensTest.stopHostProbe', async () => {
      const measures = running ? running.stop() : { error: 'the probe was not started' };
      running = null;
      if (profiler) {
        const profile = await profiler.stop();
        fs.writeFileSync(`${probeFile}.cpuprofile`, JSON.stringify(profile));
        Object.assign(measures, longestStretch(profile, '/policy-lens.policy-lens-'));
      }
      profiler = null;
      fs.writeFileSync(probeFile, `${JSON.stringify(measures, null, 2)}\n`);
    }),
  );
}

/** The host thread's time on a core and waiting for one so far, in ms (Linux schedstat; null elsewhere). */
function sched() {
  try {
    const [run, wait] = fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
    return [run / 1e6, wait / 1e6];
  } catch {
    return null;
  }
}

function start() {
  const started = Date.now();
  const scheduled = sched();
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let longestGc = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestGc = Math.max(longestGc, entry.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  let last = performance.now();
  let latest = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    latest = Math.max(latest, now - last - TICK_MS);
    last = now;
    ticks++;
  }, TICK_MS);
  const round = (/** @type {number} */ ms) => Math.round(ms * 10) / 10;
  return {
    stop() {
      clearInterval(timer);
      delay.disable();
      gc.disconnect();
      return {
        ms: Date.now() - started,
        longestTaskMs: round(delay.max / 1e6),
        longestTimerLatenessMs: round(latest),
        longestGcMs: round(longestGc),
        ticks,
        // On a busy machine the host's thread waits for a core between its tasks and inside them: how long in all.
        ...(scheduled && sched() ? { hostRanMs: round(sched()[0] - scheduled[0]), hostWaitedMs: round(sched()[1] - scheduled[1]) } : {}),
      };
    },
  };
}

/**
 * The longest run of consecutive profile samples whose stack holds a frame from
 * a file whose URL contains `marker`, in ms (each sample counts the time since the one before), and its top frame.
 * @param {any} profile
 * @param {string} marker
 */
function longestStretch(profile, marker) {
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** @type {Map<number, boolean>} */
  const inside = new Map();
  const holds = (/** @type {number} */ id) => {
    if (inside.has(id)) return inside.get(id);
    const node = nodes.get(id);
    const up = parent.get(id);
    const yes = Boolean(node?.callFrame.url.includes(marker)) || (up !== undefined && holds(up));
    inside.set(id, yes);
    return yes;
  };
  let longest = 0;
  let run = 0;
  let top = '';
  let runTop = '';
  profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => {
    if (!holds(id)) {
      run = 0;
      return;
    }
    if (run === 0) runTop = nodes.get(id)?.callFrame.functionName ?? '';
    run += (profile.timeDeltas[i] ?? 0) / 1000;
    if (run > longest) [longest, top] = [run, runTop];
  });
  return { policyLensLongestMs: Math.round(longest * 10) / 10, policyLensLongestAt: top };
}

/** A CPU profile of this thread, from now until `stop`. */
function startProfile() {
  const session = new inspector.Session();
  session.connect();
  const post = (/** @type {string} */ method, params = {}) =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  const started = post('Profiler.enable').then(() => post('Profiler.start'));
  return {
    async stop() {
      await started;
      const { profile } = /** @type {{ profile: object }} */ (await post('Profiler.stop'));
      session.disconnect();
      return profile;
    },
  };
}

module.exports = { registerProbe };
