/**
 * The starter thread's own code (threads.ts), run with `eval` (no file to ship
 * or to find).
 *
 * Each worker speaks to the host over a port of its own (sent with the `start`
 * order): its messages, its errors and its exit, in the order they happened.
 * When the host ends a worker it closes its end of that port, so an answer the
 * worker sent after (a reading past its time, a worker being ended) is never
 * decoded on the host; the starter answers `ended` on its own port once the
 * worker's thread has really stopped. An error crosses with its name and its
 * code (`ERR_WORKER_OUT_OF_MEMORY`, `MODULE_NOT_FOUND`, …), not its message
 * alone. The buffers of a worker's answer (a packed model's typed arrays) are
 * handed on, not copied: those of the answer's objects, three levels down.
 */
export const STARTER_CODE = `
const { parentPort, Worker } = require('node:worker_threads');
const workers = new Map();
const failure = (error) => {
  const out = { message: String((error && error.message) || error) };
  if (error && typeof error.stack === 'string') out.stack = error.stack;
  if (error && typeof error.name === 'string') out.name = error.name;
  if (error && (typeof error.code === 'string' || typeof error.code === 'number')) out.code = error.code;
  return out;
};
function buffers(value, depth, found) {
  if (!value || typeof value !== 'object' || depth > 3) return found;
  if (value instanceof ArrayBuffer) found.add(value);
  else if (ArrayBuffer.isView(value)) { if (value.buffer instanceof ArrayBuffer) found.add(value.buffer); }
  else if (!Array.isArray(value)) for (const key of Object.keys(value)) buffers(value[key], depth + 1, found);
  return found;
}
const ended = (id) => parentPort.postMessage({ id, kind: 'ended' });
parentPort.on('message', (order) => {
  const { id } = order;
  if (order.op === 'post') return void workers.get(id)?.worker.postMessage(order.message, order.transfer);
  if (order.op === 'end') {
    const entry = workers.get(id);
    if (!entry) return ended(id);
    workers.delete(id);
    entry.port.close();
    return void entry.worker.terminate().then(() => ended(id), () => ended(id));
  }
  const port = order.port;
  let worker;
  try {
    worker = new Worker(order.path, order.options);
  } catch (error) {
    port.postMessage({ kind: 'error', ...failure(error) });
    port.postMessage({ kind: 'exit', code: 1 });
    return port.close();
  }
  const entry = { worker, port };
  workers.set(id, entry);
  const live = () => workers.get(id) === entry;
  worker.on('message', (message) => live() && port.postMessage({ kind: 'message', message }, [...buffers(message, 0, new Set())]));
  worker.on('error', (error) => live() && port.postMessage({ kind: 'error', ...failure(error) }));
  worker.on('exit', (code) => {
    if (!live()) return;
    workers.delete(id);
    port.postMessage({ kind: 'exit', code });
    port.close();
  });
});
`;
