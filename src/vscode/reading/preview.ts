import * as vscode from 'vscode';
import { markTokens, type MakeToken, type MdToken } from '../../render/preview';
import type { ModelService } from '../models';

/** The part of markdown-it the plugin uses. */
interface MarkdownIt {
  core: { ruler: { push(name: string, rule: (state: CoreState) => void): void } };
}

interface CoreState {
  src: string;
  env: { currentDocument?: vscode.Uri } | undefined;
  tokens: MdToken[];
  Token: new (type: string, tag: string, nesting: number) => MdToken;
}

/**
 * Policy Lens's marks in the built-in markdown preview (`extendMarkdownIt`): the
 * model of the previewed document, when it is of exactly the text being
 * rendered, adds figure, entity and claim-category marks to the tokens. The
 * preview never waits: without a current model it renders as usual, asks for
 * the model, and refreshes once it arrives. The setting
 * `policyLens.preview.enabled` turns it off.
 */
export function policyLensMarkdownIt(models: ModelService, enabled: () => boolean, log: vscode.LogOutputChannel) {
  const waiting = new Set<string>();
  const arrived = models.onDidChangeModel((uri) => {
    if (waiting.delete(uri.toString())) void vscode.commands.executeCommand('markdown.preview.refresh');
  });
  const plugin = (md: MarkdownIt): MarkdownIt => {
    md.core.ruler.push('policy_lens_marks', (state) => {
      if (!enabled()) return;
      try {
        const uri = state.env?.currentDocument;
        if (!uri) return;
        const model = models.peek(uri);
        if (model && !model.outlineOnly && model.analysis.text === stripBom(state.src)) {
          const make: MakeToken = (type, tag, nesting) => new state.Token(type, tag, nesting);
          markTokens(state.tokens, model.analysis, make);
          return;
        }
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (doc && !waiting.has(uri.toString())) {
          waiting.add(uri.toString());
          void models.get(doc).then((m) => m || waiting.delete(uri.toString()));
        }
      } catch (error) {
        log.warn(`Markdown preview marks left out: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    return md;
  };
  return { plugin, dispose: () => arrived.dispose() };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
