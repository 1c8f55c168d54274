import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('Layering', () => {
  it('Keeps vscode out of the core and the command line', () => {
    const offenders = [...sources('src/core'), ...sources('src/cli'), ...sources('src/vscode/present')].filter((path) =>
      /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/.test(readFileSync(path, 'utf8')),
    );
    assert.deepEqual(offenders, []);
  });
});
