import { hasKind, pushTo, type Form, type Union } from './merge';

/** Merges people by surname: full names with compatible given names, and the surname alone. */
export function mergePeople(
  list: readonly Form[],
  index: ReadonlyMap<string, number>,
  union: Union,
  find: (i: number) => number,
  variants: ReadonlyMap<string, string>,
): void {
  const bySurname = new Map<string, number[]>();
  list.forEach((f, i) => {
    if (f.surname === undefined) return;
    pushTo(bySurname, f.surname, i);
  });
  for (const [surname, bucket] of bySurname) {
    const full = bucket.filter((i) => (list[i].given?.length ?? 0) > 0);
    joinGiven(list, full, union, variants);
    // The surname alone ("Lukashenko", "President Trump") joins the one person of that surname.
    const roots = new Set(full.map(find));
    const alone = bucket.filter((i) => (list[i].given?.length ?? 0) === 0);
    const word = index.get(surname);
    if (word !== undefined && !list[word].referent && !alone.includes(word)) alone.push(word);
    if (roots.size === 1) for (const i of alone) union(full[0], i, 'entity:surname');
    else if (roots.size === 0) for (let k = 1; k < alone.length; k++) union(alone[0], alone[k], 'entity:surname');
  }
  familyFirst(list, index, union, bySurname);
}

/**
 * Joins the full names of one surname whose first given names can name one
 * person: equal, spelling variants ("Aleksandr", "Alexander"), of one consonant
 * skeleton, or one an initial of the other. By keys, not by pairs: linear in the
 * number of names.
 */
function joinGiven(list: readonly Form[], full: readonly number[], union: Union, variants: ReadonlyMap<string, string>): void {
  const firstWith = new Map<string, number>();
  const join = (key: string, i: number) => {
    const j = firstWith.get(key);
    if (j === undefined) firstWith.set(key, i);
    else union(j, i, 'entity:given-name-variant');
  };
  const byLetter = new Map<string, number[]>();
  const initials = new Set<string>();
  for (const i of full) {
    const given = list[i].given![0];
    join(`=${given}`, i);
    pushTo(byLetter, given.charAt(0), i);
    if (given.length === 1) {
      initials.add(given);
      continue;
    }
    const variant = variants.get(given);
    if (variant !== undefined) join(`~${variant}`, i);
    join(`#${skeleton(given)}`, i);
  }
  // An initial joins every name it opens.
  for (const letter of initials) for (const i of byLetter.get(letter)!) union(byLetter.get(letter)![0], i, 'entity:given-name-variant');
}

/**
 * A name whose family name comes first ("Zhou Lihua", "Kim Jong-un") is named by
 * it alone later ("Zhou argues"), as a person may be by a given name: a one-word
 * form that opens exactly one person's two- or three-word name, and is nobody's
 * surname, joins that person ("John" stays apart from "John Smith" and "John Brown").
 */
function familyFirst(list: readonly Form[], index: ReadonlyMap<string, number>, union: Union, bySurname: ReadonlyMap<string, number[]>): void {
  const byFirst = new Map<string, number[]>();
  list.forEach((f, i) => {
    if (f.surname === undefined || !hasKind(f.kinds, 'person') || f.words.length < 2 || f.words.length > 3) return;
    pushTo(byFirst, f.words[0], i);
  });
  for (const [first, people] of byFirst) {
    const word = index.get(first);
    if (people.length !== 1 || word === undefined || bySurname.has(first)) continue;
    const alone = list[word];
    if (alone.referent || hasKind(alone.kinds, 'gazetteer') || hasKind(alone.kinds, 'headed')) continue;
    union(people[0], word, 'entity:family-name-first');
  }
}

/** A consonant skeleton: "Aleksandr" and "Alexander" both give "alxndr". */
function skeleton(name: string): string {
  const s = name.replace(/ks/g, 'x').replace(/ph/g, 'f').replace(/[kc]h/g, 'h').replace(/y/g, 'i').replace(/w/g, 'v');
  return s.charAt(0) + s.slice(1).replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
}
