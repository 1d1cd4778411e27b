/** What every rollover step reads: the school, the two years, names, and the relationship map. */
import { schoolYearLabel } from '../../domain/dates';
import type { School } from '../../domain/types';
import { namer } from '../names';
import type { RolloverProblem } from './rollover-types';
import { relationshipLinks, type Links } from './adults';

export type RolloverContext = {
  readonly school: School;
  /** Y, the year rolled from. */
  readonly from: string;
  /** Y+1, the year prepared. */
  readonly to: string;
  /** Y+1 as people read it, e.g. `2027–28`. */
  readonly toLabel: string;
  readonly name: ReturnType<typeof namer>;
  readonly links: Links;
};

/** Builds the shared context of one rollover. */
export function rolloverContext(school: School, fromYearId: string, toYearId: string): RolloverContext {
  return { school, from: fromYearId, to: toYearId, toLabel: schoolYearLabel(toYearId), name: namer(school), links: relationshipLinks(school, toYearId) };
}

/** A rollover problem with the id lists filled in. */
export function problem(
  kind: RolloverProblem['kind'],
  message: string,
  ids: { readonly studentIds?: readonly string[]; readonly groupIds?: readonly string[] } = {},
): RolloverProblem {
  return { kind, message, studentIds: ids.studentIds ?? [], groupIds: ids.groupIds ?? [], ruleIds: [] };
}

