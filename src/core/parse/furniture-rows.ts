import furniture from '../lexicon/data/furniture.json';
import { rowIn } from './rows';

/**
 * A row of lexicon/data/furniture.json, declared once for every reader of the
 * file (its `$comment` says what each field means). A reader takes its row by
 * id with `furnitureRow`, naming the fields it cannot do without.
 */
export interface FurnitureRow {
  readonly id: string;
  readonly weight?: number;
  readonly says?: string;
  readonly pattern?: string;
  /** notice:chapter-list: the label a list of chapters stands under; notice:under-notice-heading: the marked heading its prose stands under. */
  readonly underPattern?: string;
  readonly words?: readonly string[];
  readonly least?: number;
  readonly most?: number;
  readonly repeats?: number;
  readonly where?: string;
  readonly maxLength?: number;
  readonly beside?: readonly string[];
  readonly gap?: number;
  /** The row also decides a line of unmarked text alone, not only a whole block. */
  readonly alone?: boolean;
  /** The pattern reads letter case (\p{Lu} is a capital): a title after a year, not a verb. */
  readonly cased?: boolean;
  /** notice:turn-talk: the sentences read aside after the first must not argue either. */
  readonly arguesAfter?: boolean;
  readonly markedHeadings?: boolean; readonly markedPattern?: string; // false: never a heading the writer marks ('## 2023'), but for `markedPattern` ('## Page 4')
  /** notice:author-line: what may open the line before the name. */
  readonly lead?: string;
  /** Notices read aside: listed and kept from claims, not blanked (asides.ts). */
  readonly read?: boolean;
  readonly labelWords?: number;
  readonly labels?: readonly string[];
  /** notice:contact-tail: what the closing sentence must give (an address, a number); notice:about-label: how the text it names opens. */
  readonly details?: string;
  /** notice:form-item: a line heading the form's sections ('Section II: Object'), a heading and never an item. */
  readonly heads?: string;
  /** notice:status-note: a later sentence that is a note too; a sentence that goes on past its note; a 'published by' dated as another document's issue. */
  readonly follows?: string; readonly goesOn?: string; readonly dated?: string;
  /** notice:status-note: a sentence that argues, no note (shared by the notes read by their sentences). */
  readonly argues?: string;
  /** notice:clock-time: a 24-hour time alone ('14:31'), the row's when `least` lines of the document are such times. */
  readonly twentyFour?: string;
}

/** Every row of furniture.json, in the file's order. */
export const FURNITURE_ROWS: readonly FurnitureRow[] = furniture.rules as readonly FurnitureRow[];

/**
 * The row of furniture.json with `id`, the fields in `needs` present (not
 * empty, not zero). A missing or incomplete row is a broken lexicon: it fails
 * when the module loads, naming the row.
 */
export function furnitureRow<K extends keyof FurnitureRow = never>(id: string, ...needs: K[]): FurnitureRow & Required<Pick<FurnitureRow, K>> {
  const row = rowIn<FurnitureRow>('furniture.json', FURNITURE_ROWS, id);
  if (needs.some((k) => !row[k])) throw new Error(`furniture.json has no complete row ${id}`);
  return row as FurnitureRow & Required<Pick<FurnitureRow, K>>;
}
