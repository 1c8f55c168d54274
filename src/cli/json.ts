/**
 * Writes `value` as `JSON.stringify(value, null, 1)` would, in pieces: each
 * element of a top-level array is turned into text and written on its own, so
 * the JSON of a large model is never one string held whole in memory.
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
    if (Array.isArray(v) && v.length > 0) {
      put('[');
      v.forEach((element, i) => put(`${i ? ',' : ''}\n  ${indent(JSON.stringify(element ?? null, null, 1) ?? 'null', '  ')}`));
      put('\n ]');
    } else put(indent(JSON.stringify(v, null, 1), ' '));
  });
  put(entries.length ? '\n}' : '}');
  write(buffer);
}

function indent(json: string, by: string): string {
  return json.includes('\n') ? json.replace(/\n/g, `\n${by}`) : json;
}
