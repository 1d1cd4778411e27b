/** The planner's public API (pure: no electron, no node:*, no DOM). */
export { defaultWeights } from './planner-defaults';
export { checkFeasibility } from './feasibility';
export { planYear } from './plan-year';
export { planYears } from './plan-years';
export { evaluatePlacements } from './evaluate';
export type * from './planner-types';
