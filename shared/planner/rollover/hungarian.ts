/**
 * The assignment problem (Hungarian algorithm, Kuhn–Munkres with potentials, O(n²·m) for an
 * n × m matrix with n ≤ m; a taller matrix is solved transposed). Rectangular matrices are the
 * normal case here (orphan groups × free adults): every row of the shorter side gets a column,
 * the extra columns act as dummies.
 *
 * `null` marks a pair that may not be assigned (an adult whose maximum is below the group's
 * size). It is priced at a "big M" above twice the sum of |allowed costs|, so the solver first
 * maximises the number of allowed pairs and only then minimises the cost; pairs that still land
 * on a forbidden cell are reported unassigned (-1).
 *
 * Integer costs in, integer totals out (the big M keeps every sum below 2^53 for n ≤ ~300 and
 * costs ≤ 1e6). Deterministic: the scan order is by index, the first minimum wins.
 */

/** The optimal assignment of a cost matrix: row → column (−1 when unassigned) and the total of the assigned cells. */
export function solveAssignment(cost: readonly (readonly (number | null)[])[]): { readonly rowToCol: readonly number[]; readonly total: number } {
  const rows = cost.length;
  const cols = rows === 0 ? 0 : (cost[0]?.length ?? 0);
  if (rows === 0 || cols === 0) return { rowToCol: new Array<number>(rows).fill(-1), total: 0 };
  let sumAllowed = 0;
  for (const row of cost) {
    if (row.length !== cols) throw new Error('solveAssignment: every row must have the same length');
    for (const c of row) {
      if (c === null) continue;
      if (!Number.isInteger(c)) throw new Error(`solveAssignment: costs must be integers (got ${c})`);
      sumAllowed += Math.abs(c);
    }
  }
  // Above any difference of two sums of allowed costs, so one more allowed pair always wins.
  const bigM = 2 * sumAllowed + 1;
  const at = (i: number, j: number): number => cost[i]?.[j] ?? bigM;
  const rowToCol = new Array<number>(rows).fill(-1);
  if (rows <= cols) {
    const match = hungarian(rows, cols, at);
    match.forEach((j, i) => (rowToCol[i] = j));
  } else {
    const match = hungarian(cols, rows, (i, j) => at(j, i));
    match.forEach((i, j) => (rowToCol[i] = j));
  }
  let total = 0;
  rowToCol.forEach((j, i) => {
    const c = j >= 0 ? cost[i]?.[j] : null;
    if (c === null || c === undefined) rowToCol[i] = -1;
    else total += c;
  });
  return { rowToCol, total };
}

/**
 * Core solver for n ≤ m: returns, for each row 0..n−1, its column. Potentials u (rows), v
 * (columns); p[j] = the row matched to column j (1-based, 0 = free); each row is added by a
 * Dijkstra-like search over reduced costs (e-maxx formulation).
 */
function hungarian(n: number, m: number, a: (i: number, j: number) => number): number[] {
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0] as number;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = a(i0 - 1, j - 1) - (u[i0] as number) - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const row = p[j] as number;
          u[row] = (u[row] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else minv[j] = (minv[j] as number) - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if ((p[j] as number) > 0) out[(p[j] as number) - 1] = j - 1;
  return out;
}
