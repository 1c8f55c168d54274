/**
 * The row of a rules file (lexicon/data/*.json) with the given id. A missing
 * row is a broken lexicon: it fails when the module loads, naming the file and the row.
 */
export function rowIn<R extends { readonly id: string }>(file: string, rules: readonly { readonly id: string }[], id: string): R {
  const found = rules.find((r) => r.id === id);
  if (!found) throw new Error(`${file} has no row ${id}`);
  return found as R;
}
