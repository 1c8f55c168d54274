/**
 * Lists at their exact length. A list grown by push past its first item (or
 * made by a spread) holds room for 16 more, and the claims stage keeps its
 * lists until every claim is made: these copies hold only what they need.
 */

/** `list` and then `last`, at their exact length (`[...list, last]` leaves room for 16 more). */
export function fittedWith<T>(list: readonly T[], last: T): T[] {
  const out = new Array<T>(list.length + 1);
  for (let i = 0; i < list.length; i++) out[i] = list[i];
  out[list.length] = last;
  return out;
}

/** `list` at its exact length (a copy; an empty list is kept, it may be a shared one). */
export function fitted<T>(list: readonly T[]): readonly T[] {
  return list.length ? list.slice() : list;
}

/** Each list of `lists` at its exact length, in place (a list of one item is exact already). */
export function fittedEach<T>(lists: (T[] | readonly never[])[]): (T[] | readonly never[])[] {
  for (let i = 0; i < lists.length; i++) if (lists[i].length > 1) lists[i] = lists[i].slice();
  return lists;
}
