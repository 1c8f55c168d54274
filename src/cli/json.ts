import { JsonRows } from '../core/model/contract';

/**
 * Writes `value` as JSON in pieces, so the JSON of a large model is never one
 * string held whole in memory: the top level one key a line, and each element
 * of a top-level array (a section, claim, entity or figure) compact on a line
 * of its own, which is easy to read and to grep, and about half the size and
 * time of indenting every field. A {@link JsonRows} list is written as its
 * array, each element made as it is written.
 */
export function writeJson(value: Record<string, unknown>, write: (chunk: string) => void): void {
  let buffer = '';
  const put = (s: string) => {
    buffer += s;
    if (buffer.length >= 1 << 16) {
      write(buffer);
      buffer = '';
    }
  };
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  put('{');
  entries.forEach(([key, v], k) => {
    put(`${k ? ',' : ''}\n ${JSON.stringify(key)}: `);
    const list = v instanceof JsonRows ? (v as JsonRows<unknown>) : Array.isArray(v) ? new JsonRows(v.length, (i) => v[i]) : null;
    if (list && list.length > 0) {
      put('[');
      for (let i = 0; i < list.length; i++) put(`${i ? ',' : ''}\n  ${list.line(i)}`);
      put('\n ]');
    } else put(JSON.stringify(v) ?? 'null');
  });
  put(entries.length ? '\n}' : '}');
  write(buffer);
}
