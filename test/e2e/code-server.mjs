// code-server itself: a free port, its config and environment, starting it and
// waiting for it and for the runner's results, and the bounded waits they use.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import { HOST, CODE_SERVER, RUN_DIR, RUN_NAME, TIMEOUT, SetupError } from './config.mjs';
import { trace } from './log.mjs';

/** A port the system hands out as free on 127.0.0.1. */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * A previous run killed before it could clean up (SIGKILL) leaves code-server's
 * process group behind; its id is in code-server.pid. Stops it if that process
 * is still a code-server.
 */
function stopLeftover() {
  const pidFile = join(RUN_DIR, 'code-server.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  let command = '';
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return; // gone
  }
  if (!command.includes('code-server')) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {}
}

/**
 * A config file of the run's own, so that code-server writes none into ~/.config.
 * @param {number} port
 */
function codeServerConfig(port) {
  const config = join(RUN_DIR, 'code-server.yaml');
  writeFileSync(config, `bind-addr: ${HOST}:${port}\nauth: none\ncert: false\n`);
  return config;
}

/** code-server's environment: its extension gallery is a closed local port, so gallery requests fail at once. */
function codeServerEnv() {
  const closed = `http://${HOST}:9`;
  return {
    ...process.env,
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: `${closed}/gallery`,
      itemUrl: `${closed}/item`,
      resourceUrlTemplate: `${closed}/resource/{publisher}/{name}/{version}/{path}`,
    }),
  };
}

/** Runs a command to its end, at most `timeoutMs`; stdout and stderr together. */
function runCommand(command, args, timeoutMs, env) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { cwd: RUN_DIR, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      reject(new SetupError(`${basename(command)} ${args.join(' ')}: no end after ${timeoutMs / 1000} s\n${output}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolveRun({ code, signal, output });
    });
  });
}

function startCodeServer(layout, port) {
  const log = createWriteStream(join(RUN_DIR, 'code-server.log'));
  const config = codeServerConfig(port);
  const child = spawn(
    CODE_SERVER,
    [
      '--config', config,
      '--auth', 'none',
      '--bind-addr', `${HOST}:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--extensions-dir', layout.extensions,
      '--user-data-dir', layout.userData,
      layout.workspace,
    ],
    {
      cwd: RUN_DIR,
      detached: true, // its own process group, so the extension host goes with it
      stdio: ['ignore', 'pipe', 'pipe'],
      env: codeServerEnv(),
    },
  );
  writeFileSync(join(RUN_DIR, 'code-server.pid'), String(child.pid));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.exitInfo = null;
  child.on('exit', (code, signal) => (child.exitInfo = { code, signal }));
  return child;
}

async function waitForServer(base, server) {
  await poll(
    async () => {
      if (server.exitInfo) throw new Error(`code-server exited (${JSON.stringify(server.exitInfo)}); see ${RUN_NAME}/code-server.log`);
      try {
        const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
        return response.ok;
      } catch {
        return false;
      }
    },
    TIMEOUT.server,
    'code-server to answer on /healthz',
  );
}

async function waitForResults(file, server) {
  await poll(
    () => {
      if (server.exitInfo) throw new Error(`code-server exited (${JSON.stringify(server.exitInfo)}) before the test runner started`);
      return existsSync(`${file}.started`);
    },
    TIMEOUT.runnerStart,
    'the test-runner extension to activate (see user-data/logs/*/exthost*/)',
    250,
  );
  trace('test runner activated');
  return poll(
    () => {
      if (server.exitInfo) throw new Error(`code-server exited (${JSON.stringify(server.exitInfo)}) before the suites finished`);
      return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
    },
    TIMEOUT.suites,
    `the test runner to write ${RUN_NAME}/results.json (see browser-console.log and user-data/logs)`,
    500,
  );
}

/** Calls `probe` until it returns a truthy value; at most `timeoutMs`. */
async function poll(probe, timeoutMs, what, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((r) => setTimeout(r, ms).unref())]);
}

export { freePort, stopLeftover, codeServerConfig, codeServerEnv, runCommand, startCodeServer, waitForServer, waitForResults, poll, withTimeout };
