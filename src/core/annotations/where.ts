/**
 * Where a document's annotation file lives: `.policy-lens/` at the workspace
 * root, mirroring the document's path relative to that root, with
 * `.annotations.json` added (`docs/brief.md` → `.policy-lens/docs/brief.md.annotations.json`).
 * The extension's setting `policyLens.notes.folder` can name another folder; the
 * command line looks for the default one in the document's folder and each folder
 * above it.
 */

/** The folder, under the workspace root, that holds annotation files. */
export const NOTES_FOLDER = '.policy-lens';
/** What is added to a document's name to name its annotation file. */
export const NOTES_SUFFIX = '.annotations.json';

/** The annotation file's path relative to the root, for a document at `relative` (with `/` separators). */
export function notesPathFor(relative: string, folder: string = NOTES_FOLDER): string {
  const clean = relative.replace(/\\/g, '/').replace(/^\/+/, '');
  return `${folder.replace(/\/+$/, '')}/${clean}${NOTES_SUFFIX}`;
}
