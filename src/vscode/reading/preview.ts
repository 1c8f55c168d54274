import * as vscode from 'vscode';
import { markTokens, type MakeToken, type MdToken } from '../../render/preview';
import type { ModelService } from '../models';

/** The part of markdown-it the plugin uses. */
interface MarkdownIt {
  renderer: { render(tokens: MdToken[], options: unknown, env: RenderEnv | undefined): string };
  core: { State: { prototype: { Token: new (type: string, tag: string, nesting: number) => MdToken } } };
}

/** What VS Code's preview passes to the renderer (the parse step gets an empty env). */
interface RenderEnv {
  currentDocument?: vscode.Uri;
}

/**
 * Policy Lens's marks in the built-in markdown preview (`extendMarkdownIt`).
 * VS Code's preview parses a document once and caches its tokens, and only the
 * render step knows which document it is (`env.currentDocument`), so the marks
 * are added at render time, to a copy of the tokens (the cached ones stay as
 * markdown-it made them). The model must be of the document's current version.
 * The preview never waits: without a current model it renders as usual, asks
 * for the model, and refreshes once it arrives. `policyLens.preview.enabled`
 * turns it off.
 */
export function policyLensMarkdownIt(models: ModelService, enabled: () => boolean, log: vscode.LogOutputChannel) {
  const waiting = new Set<string>();
  const arrived = models.onDidChangeModel((uri) => {
    if (waiting.delete(uri.toString())) void vscode.commands.executeCommand('markdown.preview.refresh');
  });
  const plugin = (md: MarkdownIt): MarkdownIt => {
    const render = md.renderer.render.bind(md.renderer);
    const Token = md.core.State.prototype.Token;
    const make: MakeToken = (type, tag, nesting) => new Token(type, tag, nesting);
    md.renderer.render = (tokens, options, env) => {
      const marked = enabled() ? withMarks(tokens, env?.currentDocument) : undefined;
      return render(marked ?? tokens, options, env);
    };
    return md;

    function withMarks(tokens: MdToken[], uri: vscode.Uri | undefined): MdToken[] | undefined {
      if (!uri) return undefined;
      try {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const model = models.peek(uri);
        if (model && doc && model.version === doc.version && !model.outlineOnly) {
          const copy = copyTokens(tokens);
          markTokens(copy, model.analysis, make);
          return copy;
        }
        if (doc && !waiting.has(uri.toString())) {
          waiting.add(uri.toString());
          void models.get(doc).then((m) => m || waiting.delete(uri.toString()));
        }
      } catch (error) {
        log.warn(`Markdown preview marks left out: ${error instanceof Error ? error.message : String(error)}`);
      }
      return undefined;
    }
  };
  return { plugin, dispose: () => arrived.dispose() };
}

/** Tokens copied deep enough to be marked: each token, its attributes and its children. */
function copyTokens(tokens: readonly MdToken[]): MdToken[] {
  return tokens.map((token) => {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(token)) as MdToken, token);
    const attrs = (token as { attrs?: [string, string][] | null }).attrs;
    if (attrs) (copy as { attrs?: [string, string][] }).attrs = attrs.map(([k, v]) => [k, v]);
    if (token.children) copy.children = copyTokens(token.children);
    return copy;
  });
}
