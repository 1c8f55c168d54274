import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const IMPORTS_VSCODE = /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)|import\s+['"]vscode['"]/;
const RELATIVE = /(?:from|import)\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** The source files `path` imports by relative path (type-only imports included: they still tie the modules). */
function relativeImports(path: string): string[] {
  const out: string[] = [];
  for (const match of readFileSync(path, 'utf8').matchAll(RELATIVE)) {
    const target = normalize(join(dirname(path), match[1] ?? match[2]));
    for (const candidate of [`${target}.ts`, join(target, 'index.ts'), target]) {
      if (candidate.endsWith('.ts') && existsSync(candidate)) {
        out.push(candidate);
        break;
      }
    }
  }
  return out;
}

/** `start` and every source file it reaches through relative imports. */
function reachable(start: string): string[] {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const next of relativeImports(queue.pop()!)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...seen];
}

/** The import cycles among `files`, each as the path that closes it (depth-first, each cycle found once per back edge). */
function cycles(files: readonly string[], importsOf: (file: string) => string[] = relativeImports): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

const MAX_LINES = 300;

describe('Layering', () => {
  it('Keeps vscode out of the core and the command line', () => {
    const offenders = [...sources('src/core'), ...sources('src/cli'), ...sources('src/vscode/present'), ...sources('src/render'), 'src/vscode/modelCache.ts'].filter((path) =>
      IMPORTS_VSCODE.test(readFileSync(path, 'utf8')),
    );
    assert.deepEqual(offenders, []);
  });

  it('Keeps vscode out of the worker and everything it imports', () => {
    const files = reachable(normalize('src/vscode/worker.ts'));
    assert.ok(files.length > 5, 'the worker reaches the core through its imports');
    assert.deepEqual(files.filter((path) => IMPORTS_VSCODE.test(readFileSync(path, 'utf8'))), []);
  });

  it('Has no import cycle in src', () => {
    const found = cycles(sources('src').map(normalize)).map((cycle) => cycle.join(' → '));
    assert.deepEqual(found, []);
  });

  it('Finds an import cycle when there is one, however long, and none in a tree', () => {
    const graph: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['a', 'e'], e: [] };
    assert.deepEqual(cycles(Object.keys(graph), (file) => graph[file]), [['a', 'b', 'c', 'a']]);
    const tree: Record<string, string[]> = { a: ['b', 'c'], b: ['c'], c: [] };
    assert.deepEqual(cycles(Object.keys(tree), (file) => tree[file]), []);
  });

  it(`Keeps every source file in src at most ${MAX_LINES} lines`, () => {
    const long = sources('src')
      .map(normalize)
      .map((path) => ({ path, lines: readFileSync(path, 'utf8').split('\n').length - 1 }))
      .filter((file) => file.lines > MAX_LINES)
      .map((file) => `${file.path}: ${file.lines} lines`);
    assert.deepEqual(long, []);
  });
});
