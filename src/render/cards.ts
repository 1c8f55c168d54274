import type { ReadingSource } from './reading';
import { categoryLabel, entityTypeLabel, figureKindLabel, figureWhen, formatFigureValue, roleLabel, snippet, spanText } from '../vscode/present/format';

/**
 * What the cards of the reading view and of the exported brief show, as plain
 * data embedded in the page (the page's script builds the card from it): the
 * same facts as the editor's hover cards.
 */
export interface CardData {
  readonly entities: readonly { name: string; type: string; aliases: readonly string[]; mentions: number; first: string }[];
  readonly figures: readonly { kind: string; value: string | null; when: string | null; about: string | null; sentence: string }[];
  readonly claims: readonly { label: string; category: string | null; role: string }[];
}

/** Longest quote in a card. */
const QUOTE = 160;

/** The cards' data; quotes are taken from the visible text (no markup). */
export function cardData(source: ReadingSource): CardData {
  const { analysis, visible: text } = source;
  return {
    entities: analysis.entities.map((entity) => ({
      name: entity.name,
      type: entityTypeLabel(entity.type),
      aliases: entity.aliases,
      mentions: entity.mentions.length,
      first: entity.mentions.length > 0 ? snippet(text, entity.mentions[0], QUOTE / 2) : '',
    })),
    figures: analysis.figures.map((figure) => {
      const claim = figure.claim === null ? null : analysis.claims[figure.claim];
      return {
        kind: figureKindLabel(figure.kind),
        value: formatFigureValue(figure),
        when: figureWhen(figure),
        about: figure.about,
        sentence: claim ? snippet(text, figure, QUOTE / 2, claim) : spanText(text, figure),
      };
    }),
    claims: analysis.claims.map((claim) => ({
      label: `${categoryLabel(claim.primary)} · ${roleLabel(claim.role)}`,
      category: claim.primary,
      role: claim.role,
    })),
  };
}
