/**
 * Whether Policy Lens annotates a document (lenses, gutter marks, hovers,
 * entity navigation), decided from what the reader said and what the reading
 * found. Pure: the editor's side is `gate.ts`.
 */

/** A reader's choice for one document, remembered in the workspace. */
export type ReaderChoice = 'on' | 'off';

export interface GateInput {
  /** "Annotate anyway" (on) or "Stop annotating" (off), if the reader chose. */
  readonly choice?: ReaderChoice;
  /** The document's front matter `policy-lens: on|off`, if it has one. */
  readonly frontMatter: ReaderChoice | null;
  /** The document matches a `policyLens.exclude` glob. */
  readonly excluded: boolean;
  /** The document matches a `policyLens.include` glob. */
  readonly included: boolean;
  /** The reading's guess. */
  readonly policyDocument: boolean;
  readonly policyScore: number;
}

/** What decided, strongest first: the reader, the front matter, the settings, the reading. */
export type GateCause = 'reader' | 'front-matter' | 'exclude' | 'include' | 'score';

export interface GateDecision {
  readonly annotate: boolean;
  readonly because: GateCause;
  /** For a reader: "not a policy document (score 0.12)", "excluded by policyLens.exclude". */
  readonly says: string;
}

/** The reader's choice wins, then the front matter, then `exclude`, then `include`, then the score. */
export function decideGate(input: GateInput): GateDecision {
  const score = `score ${input.policyScore.toFixed(2)}`;
  if (input.choice) {
    return {
      annotate: input.choice === 'on',
      because: 'reader',
      says: input.choice === 'on' ? `annotated at your request (${score})` : 'not annotated, at your request',
    };
  }
  if (input.frontMatter) {
    const on = input.frontMatter === 'on';
    return { annotate: on, because: 'front-matter', says: `its front matter says policy-lens: ${input.frontMatter}` };
  }
  if (input.excluded) return { annotate: false, because: 'exclude', says: 'excluded by policyLens.exclude' };
  if (input.included) return { annotate: true, because: 'include', says: 'included by policyLens.include' };
  return input.policyDocument
    ? { annotate: true, because: 'score', says: `a policy document (${score})` }
    : { annotate: false, because: 'score', says: `not a policy document (${score})` };
}
