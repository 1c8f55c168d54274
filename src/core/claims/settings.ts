import type { Span } from '../model/model';
import type { PlaceSettingRule } from '../lexicon/claim-rules';

/**
 * Places named only as where something happens. "Depots in Tbilisi and
 * Amman", "flows at Kratie in Cambodia", "the Kelm plant": the places are the
 * setting of the sentence, not states acting on one another, and two of them
 * together say nothing of politics between states. A place is a setting when
 * the word before it (an article aside) is one of the rule's `before`
 * ("in", "at"), when it goes on a list after such a place ("in Russia,
 * Belarus, or Iran"), or when its own last word is one of `heads` (a plant, a
 * port, a base). Read from a few words before each place: linear in the places.
 */

/** The word before a place, lower-case, an article ("the") passed over; '' at the sentence's start. */
function wordBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 24), start).toLowerCase();
  const words = before.match(/[\p{L}]+/gu);
  if (!words || !/\s$/.test(before)) return '';
  const last = words[words.length - 1];
  return last === 'the' && words.length > 1 ? words[words.length - 2] : last;
}

/** What lies between two places of a list: a comma, 'and' or 'or', perhaps an article. */
const LIST = /^\s*(?:,|,?\s+(?:and|or))\s*(?:the\s+)?$/i;

/** Whether each place of `places` (in order, from one sentence of `text`) is a setting. */
function settings(places: readonly Span[], text: string, rule: PlaceSettingRule): boolean[] {
  const out: boolean[] = new Array(places.length);
  for (let i = 0; i < places.length; i++) {
    const place = places[i];
    const name = text.slice(place.start, place.end).toLowerCase().match(/[\p{L}]+/gu);
    const head = name !== null && rule.heads.includes(name[name.length - 1]);
    const after = rule.before.includes(wordBefore(text, place.start));
    const listed = i > 0 && out[i - 1] && LIST.test(text.slice(places[i - 1].end, place.start));
    out[i] = head || after || listed;
  }
  return out;
}

/** Whether every place of `places` is a setting (none for no rule or no places). */
export function allSettings(places: readonly Span[], text: string, rule: PlaceSettingRule | undefined): boolean {
  if (!rule || places.length === 0 || !text) return false;
  return settings(places, text, rule).every(Boolean);
}
