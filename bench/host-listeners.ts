/**
 * The listeners of a landed model (the model service's change event), each timed
 * on its own as the extension runs it, with the parts that need `vscode` made
 * plain: a position is `{ line, character }` found by a binary search over line
 * starts (as the host's document does), a range a pair of them. Each is timed in
 * one go (as at d3ac18f, where all of them ran in one task) and as it runs now
 * (walks over every claim in slices of 8 ms); then all of them together, in one
 * task (d3ac18f) and through the turn emitter (one listener a turn, now).
 */
import type { Analysis, Category } from '../src/core/model/model';
import type { PolicyReading } from '../src/core/model/policy';
import { mapInSlices, Slices } from '../src/core/model/slices';
import { decideGate } from '../src/vscode/gating';
import { EntityTree, FigureTree } from '../src/vscode/present/groups';
import { claimMarks } from '../src/vscode/present/marks';
import { ArgumentOutline } from '../src/vscode/present/outline';
import { statusText, statusTooltip } from '../src/vscode/present/status';
import { unsupportedProblems } from '../src/vscode/present/unsupported';
import { TurnEmitter } from '../src/vscode/turns';

type Step = () => Promise<unknown> | unknown;

/** A document's `positionAt` as the extension host has it: line starts computed once, then a binary search. */
function positionsOf(text: string): (offset: number) => { line: number; character: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

/** Each listener's work, in one go (`sliced` false) or in slices as the extension runs it now. */
export function listeners(model: Analysis, policy: PolicyReading, categories: readonly Category[], sliced: boolean): [string, Step][] {
  const slices = () => (sliced ? new Slices() : new Slices(Infinity));
  const positionOf = positionsOf(model.text);
  const range = (start: number, end: number) => ({ start: positionOf(start), end: positionOf(end) });
  return [
    ['decorations: every claim\'s gutter mark', () => claimMarks(model, categories, range, undefined, slices())],
    ['diagnostics: claims without support', () => mapInSlices(unsupportedProblems(model), (p) => ({ range: range(p.start, p.end), message: p.message }), slices())],
    ['status bar: gate decision, counts and tooltip', () => {
      decideGate({ choice: undefined, frontMatter: policy.frontMatter, excluded: false, included: false, policyDocument: policy.policyDocument, policyScore: policy.policyScore });
      return [statusText(model, categories), statusTooltip(model)];
    }],
    ['Argument view: tree and its roots (built when the view asks)', () => {
      const outline = new ArgumentOutline(model, { filter: null, categories });
      return outline.roots.map((node) => node.kind === 'section' && outline.claimCount(node.index));
    }],
    ['Entities view: tree and its roots (built when the view asks)', () => new EntityTree(model).roots],
    ['Figures view: tree and its roots (built when the view asks)', () => new FigureTree(model).roots],
  ];
}

/** All the listeners together: in one task, one after the other (d3ac18f), or through the turn emitter (now). */
export async function allListeners(steps: [string, Step][], turns: boolean): Promise<void> {
  if (!turns) {
    for (const [, step] of steps) await step();
    return;
  }
  const emitter = new TurnEmitter<void>();
  const done: Promise<unknown>[] = [];
  for (const [, step] of steps) emitter.event(() => done.push(Promise.resolve(step())));
  const last = new Promise<void>((resolve) => emitter.event(() => resolve()));
  emitter.fire(undefined);
  await last;
  await Promise.all(done);
}
