/**
 * Ids of everything Policy Lens contributes, in one place: package.json, the
 * wiring, hover command links and the integration tests all name these.
 */

/** Command ids. */
export const COMMANDS = {
  nextClaim: 'policyLens.nextClaim',
  previousClaim: 'policyLens.previousClaim',
  nextClaimOfCategory: 'policyLens.nextClaimOfCategory',
  previousClaimOfCategory: 'policyLens.previousClaimOfCategory',
  showEntityMentions: 'policyLens.showEntityMentions',
  toggleCodeLens: 'policyLens.toggleCodeLens',
  refresh: 'policyLens.refresh',
  openSample: 'policyLens.openSample',
  revealRange: 'policyLens.revealRange',
  explainClaim: 'policyLens.explainClaim',
  focusView: 'policyLens.focusView',
  filterCategory: 'policyLens.filterCategory',
  clearFilter: 'policyLens.clearFilter',
  listClaims: 'policyLens.listClaims',
  filterUnsupported: 'policyLens.filterUnsupported',
  correct: 'policyLens.correct',
  revertClaim: 'policyLens.revertClaim',
  correctClaim: 'policyLens.correctClaim',
} as const;

/** Commands a hover may run from a link (`isTrusted.enabledCommands`). */
export const HOVER_COMMANDS: readonly string[] = [
  COMMANDS.revealRange,
  COMMANDS.showEntityMentions,
  COMMANDS.explainClaim,
  COMMANDS.correct,
];

/** View ids, in the order they appear in the container. */
export const VIEWS = {
  container: 'policyLens',
  argument: 'policyLens.argument',
  entities: 'policyLens.entities',
  figures: 'policyLens.figures',
} as const;

/** Context keys set by the extension, for `when` clauses. */
export const CONTEXT = {
  /** True while the active editor shows a document Policy Lens annotates. */
  active: 'policyLens.active',
  /** True while the Argument view is filtered to one category. */
  filtered: 'policyLens.argumentFiltered',
} as const;

/**
 * A `command:` URI for a markdown link. Arguments are JSON, so offsets and URI
 * strings only: a `vscode.Uri` would arrive as a plain object.
 */
export function commandLink(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
