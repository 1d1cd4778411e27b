/** The Hungarian solver against brute force on small random matrices (rectangular, with forbidden cells). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveAssignment } from '../../../shared/planner/rollover/hungarian';

type Cell = number | null;

/** Best (most allowed pairs, then least cost) over every injective map of the shorter side. */
function bruteForce(cost: readonly (readonly Cell[])[]): { pairs: number; total: number } {
  const rows = cost.length;
  const cols = cost[0]?.length ?? 0;
  let best = { pairs: 0, total: 0 };
  const used = new Array<boolean>(cols).fill(false);
  const better = (p: number, t: number): boolean => p > best.pairs || (p === best.pairs && t < best.total);
  const visit = (i: number, pairs: number, total: number): void => {
    if (i === rows) {
      if (better(pairs, total)) best = { pairs, total };
      return;
    }
    // Row i may stay unassigned (only useful when rows > cols or every cell is forbidden).
    visit(i + 1, pairs, total);
    for (let j = 0; j < cols; j++) {
      const c = cost[i]?.[j];
      if (used[j] || c === null || c === undefined) continue;
      used[j] = true;
      visit(i + 1, pairs + 1, total + c);
      used[j] = false;
    }
  };
  visit(0, 0, 0);
  return best;
}

const matrix = (allowNull: boolean) =>
  fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).chain(([r, c]) =>
    fc.array(fc.array(allowNull ? fc.option(fc.integer({ min: -50, max: 200 }), { freq: 4 }) : fc.integer({ min: -50, max: 200 }), { minLength: c, maxLength: c }), {
      minLength: r,
      maxLength: r,
    }),
  );

function check(cost: readonly (readonly Cell[])[]): void {
  const { rowToCol, total } = solveAssignment(cost);
  expect(rowToCol).toHaveLength(cost.length);
  const cols = rowToCol.filter((j) => j >= 0);
  expect(new Set(cols).size).toBe(cols.length);
  let sum = 0;
  rowToCol.forEach((j, i) => {
    if (j < 0) return;
    const c = cost[i]?.[j];
    expect(c).not.toBeNull();
    sum += c as number;
  });
  expect(sum).toBe(total);
  const best = bruteForce(cost);
  expect({ pairs: cols.length, total }).toEqual(best);
}

describe('solveAssignment (Hungarian)', () => {
  it('matches brute force on random rectangular integer matrices', () => {
    fc.assert(fc.property(matrix(false), check), { numRuns: 400, seed: 42 });
  });

  it('matches brute force with forbidden cells: most allowed pairs first, then least cost', () => {
    fc.assert(fc.property(matrix(true), check), { numRuns: 400, seed: 7 });
  });

  it('handles empty matrices', () => {
    expect(solveAssignment([])).toEqual({ rowToCol: [], total: 0 });
    expect(solveAssignment([[], []])).toEqual({ rowToCol: [-1, -1], total: 0 });
  });

  it('rejects fractional costs (costs are integers by contract)', () => {
    expect(() => solveAssignment([[1.5]])).toThrow(/integers/);
  });

  it('solves 300 × 300 deterministically, one adult per group (its speed is in npm run bench)', () => {
    let x = 12345;
    const rnd = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 10_000;
    const cost = Array.from({ length: 300 }, () => Array.from({ length: 300 }, rnd));
    const a = solveAssignment(cost);
    expect(solveAssignment(cost)).toEqual(a);
    expect(new Set(a.rowToCol).size).toBe(300);
  });
});
