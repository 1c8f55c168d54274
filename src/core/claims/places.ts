import type { Span } from '../model/model';
import { collapseSpaces } from '../parse/spaces';

/**
 * Which places of a sentence count for the place rules of claims.json
 * (evidence.ts): an address read as one place, and the members' seats left out.
 */

/** Only a comma (and 'in') between two places: the second may say where the first lies. */
const WHERE = /^\s*,\s*(?:in\s+)?$/;
/** What lies between the items of a list of places: a comma, 'and' or 'or'. */
const LIST = /^\s*(?:,|,?\s+(?:and|or))\s*$/;

/**
 * The places of a sentence with each address read as one place: a place
 * written after another with only a comma between them ("Boise City,
 * Oklahoma"; "in Sines, in Portugal") is where the first lies, unless a list
 * goes on after it ("Kenya, Uganda and Jordan").
 */
export function addressesOf(places: readonly Span[], text: string): readonly Span[] {
  if (places.length < 2 || !text) return places;
  const out: Span[] = [places[0]];
  for (let i = 1; i < places.length; i++) {
    const before = places[i - 1];
    const after = places[i + 1];
    const where = WHERE.test(text.slice(before.end, places[i].start));
    const list = after !== undefined && LIST.test(text.slice(places[i].end, after.start));
    if (!where || list) out.push(places[i]);
  }
  return out;
}

/** A bracket closing a speaker's label: maybe one more bracket (the party), then the colon ("(Preston) (Lab):"). */
const LABEL_END = /^\)\s*(?:\([^()\n]{1,40}\)\s*)?:/;

/** The words a seat is written after, each in lower case with the space that follows it: made once per list, not per place and word. */
const endings = new WeakMap<readonly string[], readonly string[]>();
function endingsOf(after: readonly string[]): readonly string[] {
  let ends = endings.get(after);
  if (!ends) endings.set(after, (ends = after.map((w) => `${w.toLowerCase()} `)));
  return ends;
}

/**
 * The places of a sentence without the members' seats in it: a place written
 * right after one of `after` ("the hon. Member for Preston"), or alone in the
 * brackets of a speaker's label ("Kirsty Mellor (Preston) (Lab):"), says who
 * speaks or is spoken to, not what the sentence is about.
 */
export function outsideSeats(places: readonly Span[], text: string, after: readonly string[]): readonly Span[] {
  if (!places.length || !text) return places;
  const ends = endingsOf(after);
  const seat = (p: Span) => {
    if (text[p.start - 1] === '(' && LABEL_END.test(text.slice(p.end, p.end + 48))) return true;
    const before = collapseSpaces(text.slice(Math.max(0, p.start - 40), p.start).toLowerCase());
    return ends.some((end) => before.endsWith(end));
  };
  return places.some(seat) ? places.filter((p) => !seat(p)) : places;
}
