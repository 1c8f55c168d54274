import { furnitureRow } from './furniture-rows';

/**
 * `notice:page-widget` (furniture.json): an answer of a page's feedback
 * control alone on its line (`words`: 'Yes', 'No') is furniture only right
 * under the control's question or another answer read so; a 'Yes' or a 'No'
 * alone elsewhere (a witness's answer, a form's box) is the text's own.
 */

const ROW = furnitureRow('notice:page-widget', 'words');
const ANSWERS: ReadonlySet<string> = new Set(ROW.words);
/** The id of the page-widget row. */
export const WIDGET_RULE = ROW.id;

/** Whether `line` is an answer of the control right under `above` (the rule of the line or block right above it, or null). */
export function widgetAnswer(line: string, above: string | null | undefined): boolean {
  return above === ROW.id && ANSWERS.has(line.trim().toLowerCase());
}
