import type { Role } from '../model/model';
import supportData from './data/support.json';

/**
 * Support rules are data (src/core/lexicon/data/support.json): rows that link a
 * claim to the claim it supports or qualifies within its paragraph, tried in
 * order, and the roles that assert (and so are unsupported without support).
 */

/** One link row. */
export interface SupportRow {
  readonly id: string;
  /** Roles of the claim that gives the link. */
  readonly from: readonly Role[];
  /** Role rules (`role:…`) one of which must have given the linking claim its role, where the row names them. */
  readonly fromBy?: readonly string[];
  /** Role rules (`role:…`) that rule the linking claim out: a claim whose role one of them gave does not link by this row. */
  readonly notFromBy?: readonly string[];
  /** Roles of the claim it may link to. */
  readonly to: readonly Role[];
  /** Role rules (`role:…`) that rule a claim out as the target: one whose role one of them gave is a datum of its own, not what the linking claim backs. */
  readonly notBy?: readonly string[];
  /** Role rules (`role:…`) one of which must have given the target its role, where the row names them. */
  readonly toBy?: readonly string[];
  /**
   * Where to look: the nearest claim before it, or the nearest after it, in its
   * paragraph; the claim its paragraph opens with; the claim that closes the
   * paragraph before its own (`previous`, same section); or the claim its
   * section opens with, in an earlier paragraph; or, for a point of announced reasons, the nearest thesis before
   * it in its section outside the paragraphs the points open (`announced`).
   */
  readonly look: 'back' | 'forward' | 'opening' | 'section' | 'previous' | 'announced';
  /** What the link says: the claim supports the other, or qualifies it. */
  readonly link: 'supports' | 'qualifies';
  readonly weight: number;
  readonly says: string;
}

/** The support data. */
export interface SupportData {
  readonly links: readonly SupportRow[];
  readonly unsupported: { readonly id: string; readonly roles: readonly Role[]; readonly weight: number; readonly says: string };
}

/** The built-in support rules. */
export const SUPPORT_DATA: SupportData = supportData as unknown as SupportData;
