import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { HOVER_COMMANDS } from '../../src/vscode/present/ids';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));

describe('Manifest: trust and safety', () => {
  it('Declares that it works in untrusted and virtual workspaces', () => {
    assert.deepEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  it('Never activates on everything, only on the documents and views it serves', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
    assert.ok(manifest.activationEvents.includes('onLanguage:plaintext'));
  });

  it('Lets hover links reach only Policy Lens commands that exist', () => {
    const declared = new Set(manifest.contributes.commands.map((c: { command: string }) => c.command));
    assert.ok(HOVER_COMMANDS.length > 0);
    for (const command of HOVER_COMMANDS) {
      assert.match(command, /^policyLens\./);
      assert.ok(declared.has(command), `${command} is not declared`);
    }
  });

  it('Keeps every setting under the policyLens prefix, each with a description', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>;
    for (const [key, value] of Object.entries(properties)) {
      assert.match(key, /^policyLens\./);
      assert.ok(value.description || value.markdownDescription, `${key} has no description`);
    }
  });

  it('Validates reader lexicon files against the shipped schema', () => {
    const [rule] = manifest.contributes.jsonValidation;
    assert.equal(rule.url, './schemas/lexicon.schema.json');
    assert.ok(rule.fileMatch.includes('policy-lens-lexicon.json'));
  });
});
