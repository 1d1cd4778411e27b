/** The yearly rollover's public API (pure: no electron, no node:*, no DOM). */
export { planRollover } from './plan-rollover';
export { solveAssignment } from './hungarian';
export { ORPHAN_COST } from './orphans';
export { NEW_GROUP_COST } from './new-groups';
export { ROLLOVER_CONTINUITY } from './placement';
export type * from './rollover-types';
