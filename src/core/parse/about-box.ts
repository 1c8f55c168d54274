import { furnitureRow } from './furniture-rows';

const LABEL_ROW = furnitureRow('notice:label', 'pattern');
const LABEL = new RegExp(LABEL_ROW.pattern, 'iu');
const ABOUT_ROW = furnitureRow('notice:about-label', 'pattern', 'details');
const ABOUT = new RegExp(ABOUT_ROW.pattern, 'u');
const DESCRIBES = new RegExp(ABOUT_ROW.details, 'u');

/** The id of notice:about-label: 'About the Library' over the publisher describing itself. */
export const ABOUT_LABEL = ABOUT_ROW.id;

/**
 * True when `label` ('About the Library') heads a box in which the publisher
 * describes itself: `under`, the text the label names, opens so ('The House
 * of Commons Library is an impartial research service'). Over argued text
 * ('About the risks' over 'The European Union depends on …') it is none.
 */
export function aboutBox(label: string, under: string): boolean {
  return ABOUT.test(label.replace(/[\s*_#>]+/g, ' ').trim()) && DESCRIBES.test(under.replace(/^[\s*_>]+/, ''));
}

/**
 * The label a paragraph opens with before a colon ('Disclaimer: This document
 * …', 'About the Unit: The Unit is an independent …'): where the text it names
 * starts and the rule of the label, or null.
 */
export function openingLabel(shown: string): { readonly at: number; readonly rule: string } | null {
  const m = /^\s*([^:\n]{2,40}):/.exec(shown);
  if (!m) return null;
  if (LABEL.test(m[1].trim())) return { at: m[0].length, rule: LABEL_ROW.id };
  return aboutBox(m[1], shown.slice(m[0].length)) ? { at: m[0].length, rule: ABOUT_LABEL } : null;
}
