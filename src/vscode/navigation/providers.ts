import * as vscode from 'vscode';
import type { EntityType } from '../../core/model/model';
import { lineNumbers, positions, toOffset, toRange } from '../convert';
import { guard } from '../log';
import type { ModelService } from '../models';
import type { PolicyGate } from '../gate';
import { foldingLines, matchesQuery, outlineDiffers, sectionSymbols, type SectionSymbol } from './outline';

const ENTITY_KIND: Record<EntityType, vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  place: vscode.SymbolKind.Namespace,
  organization: vscode.SymbolKind.Class,
  treaty_or_program: vscode.SymbolKind.Interface,
  other: vscode.SymbolKind.Constant,
};
const TYPE_NAME: Record<EntityType, string> = {
  person: 'person',
  place: 'place',
  organization: 'organization',
  treaty_or_program: 'treaty or programme',
  other: 'name',
};

/**
 * The editor's own navigation over the reading: Outline, breadcrumbs, sticky
 * scroll and Go to Symbol show the recovered sections; folding follows them (and
 * paragraphs of plain text); Go to Definition on an entity's mention goes to its
 * first mention, Find All References lists every mention, and the other mentions
 * are highlighted; Go to Symbol in Workspace finds entities and section titles of
 * the open documents. No rename: the text is the author's. Entity navigation
 * follows the gate (annotated documents only); the outline is always given.
 */
export class Navigation
  implements
    vscode.DocumentSymbolProvider,
    vscode.FoldingRangeProvider,
    vscode.DefinitionProvider,
    vscode.ReferenceProvider,
    vscode.DocumentHighlightProvider,
    vscode.WorkspaceSymbolProvider
{
  readonly #models: ModelService;
  readonly #gate: PolicyGate;
  readonly #log: vscode.LogOutputChannel;

  constructor(models: ModelService, gate: PolicyGate, log: vscode.LogOutputChannel) {
    this.#models = models;
    this.#gate = gate;
    this.#log = log;
  }

  provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken) {
    return guard(this.#log, 'Outline', async () => {
      const model = await this.#models.get(doc, token);
      if (!model || !outlineDiffers(model.analysis)) return undefined;
      const toSymbol = (s: SectionSymbol): vscode.DocumentSymbol => {
        const symbol = new vscode.DocumentSymbol(s.title, '', vscode.SymbolKind.String, toRange(doc, s.range), toRange(doc, s.selection));
        symbol.children = s.children.map(toSymbol);
        return symbol;
      };
      return sectionSymbols(model.analysis).map(toSymbol);
    });
  }

  provideFoldingRanges(doc: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken) {
    return guard(this.#log, 'Folding', async () => {
      const model = await this.#models.get(doc, token);
      if (!model || !outlineDiffers(model.analysis)) return undefined;
      const lineOf = lineNumbers(doc);
      return foldingLines(model.analysis, (offset) => lineOf(offset) - 1).map(
        (r) => new vscode.FoldingRange(r.start, r.end, r.kind === 'section' ? vscode.FoldingRangeKind.Region : undefined),
      );
    });
  }

  provideDefinition(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) {
    return guard(this.#log, 'Definition', async () => {
      const found = await this.#mentionAt(doc, position, token);
      return found && new vscode.Location(doc.uri, toRange(doc, found.entity.mentions[0]));
    });
  }

  provideReferences(doc: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken) {
    return guard(this.#log, 'References', async () => {
      const found = await this.#mentionAt(doc, position, token);
      return found?.entity.mentions.map((m) => new vscode.Location(doc.uri, toRange(doc, m)));
    });
  }

  provideDocumentHighlights(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) {
    return guard(this.#log, 'Highlights', async () => {
      const found = await this.#mentionAt(doc, position, token);
      return found?.entity.mentions.map((m) => new vscode.DocumentHighlight(toRange(doc, m), vscode.DocumentHighlightKind.Text));
    });
  }

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    const symbols: vscode.SymbolInformation[] = [];
    for (const doc of vscode.workspace.textDocuments) {
      const model = this.#models.peek(doc.uri);
      if (!model || model.version !== doc.version) continue;
      const name = doc.uri.path.split('/').pop() ?? '';
      const positionOf = positions(doc);
      const at = (start: number, end: number) => new vscode.Location(doc.uri, new vscode.Range(positionOf(start), positionOf(end)));
      for (const section of model.analysis.sections) {
        if (section.heading.end === section.heading.start || !matchesQuery(section.title, query)) continue;
        symbols.push(new vscode.SymbolInformation(section.title, vscode.SymbolKind.String, name, at(section.heading.start, section.heading.end)));
      }
      if (!this.#gate.annotates(doc, model)) continue;
      for (const entity of model.analysis.entities) {
        if (!matchesQuery(entity.name, query) && !entity.aliases.some((alias) => matchesQuery(alias, query))) continue;
        const first = entity.mentions[0];
        if (!first) continue;
        const container = `${TYPE_NAME[entity.type]} · ${name}`;
        symbols.push(new vscode.SymbolInformation(entity.name, ENTITY_KIND[entity.type], container, at(first.start, first.end)));
      }
    }
    return symbols;
  }

  async #mentionAt(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) {
    const model = await this.#gate.annotated(doc, token);
    return model && !token.isCancellationRequested ? model.index.mentionAt(toOffset(doc, position)) : undefined;
  }
}

/** Registers the navigation for the given languages. */
export function registerNavigation(navigation: Navigation, languages: readonly string[]): vscode.Disposable[] {
  const selector = languages.map((language) => ({ language }));
  return [
    vscode.languages.registerDocumentSymbolProvider(selector, navigation, { label: 'Policy Lens' }),
    vscode.languages.registerFoldingRangeProvider(selector, navigation),
    vscode.languages.registerDefinitionProvider(selector, navigation),
    vscode.languages.registerReferenceProvider(selector, navigation),
    vscode.languages.registerDocumentHighlightProvider(selector, navigation),
  ];
}
