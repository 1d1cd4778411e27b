/** The objective of given placements, for the metrics panel and tests. */
import type { School } from '../domain/types';
import { buildInstance } from './instance';
import { assignmentOf, evaluateAssignment, toObjectiveParts } from './objective';
import type { ObjectiveParts, PlannerWeights } from './planner-types';

/** The objective of a year's placements (student id → group id), computed from scratch. */
export function evaluatePlacements(
  school: School,
  yearId: string,
  placements: Readonly<Record<string, string>>,
  weights?: Partial<PlannerWeights>,
): ObjectiveParts {
  const inst = buildInstance(school, yearId, weights, 'fresh');
  return toObjectiveParts(inst, evaluateAssignment(inst, assignmentOf(inst, placements)));
}
