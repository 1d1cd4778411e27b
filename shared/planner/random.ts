/** The planner's seeded PRNG (mulberry32): the same seed gives the same plan on every machine. */

export interface PlannerRandom {
  /** An integer in [0, n); n ≥ 1. */
  below(n: number): number;
}

/** Creates a seeded random source for the search. */
export function plannerRandom(seed: number): PlannerRandom {
  let state = (seed ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { below: (n) => Math.floor(next() * n) };
}
