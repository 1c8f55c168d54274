import type { RoleLexicon } from '../lexicon/roles';
import type { RoleWords } from './roles';

/**
 * Which sentences are numbered points under an announcement of reasons: a
 * sentence holds the cue of a rule of the data's `reasonLeads` ('There are two
 * reasons', 'Let me give you three reasons', 'here is why'), and the points
 * after it in its section ('First, …', 'Second, …') give those reasons, up to
 * the next sentence that announces items of another kind and leads straight
 * into a numbered point ('We propose three things. First, …'); a count told
 * in passing ('Mines have damaged three ships.') closes nothing. Each sentence's text is read, not its role words: a cue that
 * decides alone ends their scan, and a marking rule comes after every other.
 *
 * @param sectionOf the section of sentence `s` (null: none).
 * @returns one flag per sentence: 1 where the sentence is such a point.
 */
export function reasonPoints(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, sectionOf: (s: number) => number | null, words: readonly RoleWords[], roles: RoleLexicon): Uint8Array {
  const points = new Uint8Array(starts.length);
  if (!roles.reasonLeads.size) return points;
  let open = false;
  let section: number | null = null;
  for (let s = 0; s < starts.length; s++) {
    if (sectionOf(s) !== section) { open = false; section = sectionOf(s); }
    if (leadsReasons(text.slice(starts[s], ends[s]).toLowerCase(), roles)) { open = true; continue; }
    if (words[s].announces && words[s + 1]?.enumerated) open = false;
    else if (open && words[s].enumerated) points[s] = 1;
  }
  return points;
}

/** Whether a lower-cased sentence holds the cue of a rule of `reasonLeads`. */
function leadsReasons(lower: string, roles: RoleLexicon): boolean {
  for (const r of roles.reasonLeads) {
    const { pattern, notWith } = roles.rules[r];
    if (pattern!.test(lower) && !notWith?.test(lower)) return true;
  }
  return false;
}
