/**
 * The exact reference: the planner's objective (shared/planner/objective.ts) written as a MILP in
 * CPLEX LP format for HiGHS. Not product code — tests and the bench share it.
 *
 * x_s_g ∈ {0,1} for each student s and each group g its unit may join (locks fix it); Σ_g x = 1.
 * Seats: Σ_s x_s_g ≤ cap_g. Hard keep-apart: Σ_{s∈R} x_s_g ≤ 1. Hard keep-together: equal x.
 * Size: four non-negative deviations per group, for the target and soft bands.
 * Mix: m_g_k ≥ ±(Σ_s (N·attr_s_k − A_k) x_s_g) — the same |c·N − A·n|.
 * Continuity, relationship, place-with: constant minus the x that meet them.
 * Soft keep-apart: p ≥ x_a_g + x_b_g − 1 per pair and group. Soft keep-together: y_g ≤ x_s_g,
 * u ≥ 1 − Σ y_g. Keep-away: + x.
 * The objective is the planner's exact internal value: N × (everything but mix) + w.mix × Σ m.
 */
// A static import: tsx (the bench's loader) cannot resolve a dynamic import('highs') from a CommonJS-compiled file.
import loadHighs from 'highs';
import type { Instance } from '../../../../shared/planner/instance-types';

export type ReferenceModel = {
  readonly lp: string;
  /** Add to HiGHS's objective to get the planner's internal total. */
  readonly constant: number;
  readonly columns: number;
};

/** Builds the MILP of an instance (fresh mode: no re-plan anchor). */
export function buildReferenceModel(inst: Instance): ReferenceModel {
  const N = inst.scale;
  const w = inst.weights;
  const obj = new Map<string, number>();
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  let constant = 0;
  const cost = (name: string, c: number): void => {
    if (c !== 0) obj.set(name, (obj.get(name) ?? 0) + c);
  };
  const terms = (pairs: readonly (readonly [number, string])[]): string => {
    const parts = pairs.filter(([c]) => c !== 0).map(([c, v], i) => `${c < 0 ? '-' : i === 0 ? '' : '+'} ${Math.abs(c)} ${v}`);
    // Short lines: some LP readers dislike very long ones.
    const lines: string[] = [];
    for (let i = 0; i < parts.length; i += 12) lines.push(parts.slice(i, i + 12).join(' '));
    return lines.join('\n   ') || '0 zero';
  };
  let rowId = 0;
  const row = (pairs: readonly (readonly [number, string])[], sense: '<=' | '>=' | '=', rhs: number): void => {
    rows.push(` r${rowId++}: ${terms(pairs)} ${sense} ${rhs}`);
  };
  const x = (s: number, g: number): string => `x_${s}_${g}`;
  const domainOf = (s: number): Int32Array => inst.unitDomain[inst.unitOf[s] as number] as Int32Array;
  const has = (s: number, g: number): boolean => inst.unitDomainMask[inst.unitOf[s] as number]?.[g] === 1;
  const inGroup: [number, string][][] = Array.from({ length: inst.g }, () => []);
  for (let s = 0; s < inst.n; s++) {
    const dom = domainOf(s);
    row([...dom].map((g) => [1, x(s, g)] as const), '=', 1);
    for (const g of dom) {
      binaries.push(x(s, g));
      (inGroup[g] as [number, string][]).push([1, x(s, g)]);
    }
    const c = inst.contCost[s] as number;
    if (c) {
      constant += N * c;
      if (has(s, inst.prevGroup[s] as number)) cost(x(s, inst.prevGroup[s] as number), -N * c);
    }
    const rel = inst.relCost[s] as number;
    if (rel) {
      constant += N * rel;
      for (const g of inst.friendlyGroups[s] ?? []) cost(x(s, g), -N * rel);
    }
  }
  for (let g = 0; g < inst.g; g++) {
    const members = inGroup[g] as [number, string][];
    row(members, '<=', inst.cap[g] as number);
    for (const [name, target, sense] of [['ul', inst.lo[g], '>='], ['oh', inst.hi[g], '<='], ['sl', inst.softLo[g], '>='], ['sh', inst.softHi[g], '<=']] as const) {
      const dev = `${name}_${g}`;
      row([...members, [sense === '>=' ? 1 : -1, dev]], sense, target as number);
      cost(dev, N * w.size);
    }
    for (let k = 0; k < inst.a; k++) {
      const m = `m_${g}_${k}`;
      const A = inst.attrTotal[k] as number;
      const lin = members.map(([, v]) => {
        const s = Number(v.split('_')[1]);
        return [N * (inst.attr[s * inst.a + k] as number) - A, v] as const;
      });
      row([[1, m], ...lin.map(([c, v]) => [-c, v] as const)], '>=', 0);
      row([[1, m], ...lin], '>=', 0);
      cost(m, w.mix);
    }
  }
  for (const rule of inst.hardRules) {
    const m = [...rule.members];
    if (rule.kind === 'keep-apart') for (let g = 0; g < inst.g; g++) row(m.filter((s) => has(s, g)).map((s) => [1, x(s, g)] as const), '<=', 1);
  }
  inst.softRules.forEach((rule, r) => {
    const m = [...rule.members];
    const W = N * w.rules;
    switch (rule.kind) {
      case 'keep-apart':
        m.forEach((a, i) => m.slice(i + 1).forEach((b) => {
          for (let g = 0; g < inst.g; g++) {
            if (!has(a, g) || !has(b, g)) continue;
            const p = `p_${r}_${a}_${b}_${g}`;
            row([[1, p], [-1, x(a, g)], [-1, x(b, g)]], '>=', -1);
            cost(p, W);
          }
        }));
        break;
      case 'keep-together': {
        const u = `u_${r}`;
        const ys: [number, string][] = [[1, u]];
        for (let g = 0; g < inst.g; g++) {
          if (!m.every((s) => has(s, g))) continue;
          const y = `y_${r}_${g}`;
          for (const s of m) row([[1, y], [-1, x(s, g)]], '<=', 0);
          ys.push([1, y]);
        }
        row(ys, '>=', 1);
        bounds.push(` 0 <= ${u} <= 1`);
        cost(u, W);
        break;
      }
      case 'place-with-staff':
        for (const s of m) {
          constant += W;
          for (const g of domainOf(s)) if (rule.staffGroups?.[g]) cost(x(s, g), -W);
        }
        break;
      case 'keep-away-from-staff':
        for (const s of m) for (const g of domainOf(s)) if (rule.staffGroups?.[g]) cost(x(s, g), W);
        break;
    }
  });
  const objective = terms([...obj].map(([v, c]) => [c, v] as const));
  const lp = `Minimize\n obj: ${objective}\nSubject To\n${rows.join('\n')}\nBounds\n${bounds.join('\n')}\nBinary\n ${binaries.join('\n ')}\nEnd\n`;
  return { lp, constant, columns: binaries.length };
}

export type ReferenceResult = { readonly status: string; readonly objective: number; readonly bound: number; readonly seconds: number };

/** Solves the reference with HiGHS (time-limited); objective and bound in the planner's internal units. */
export async function solveReference(inst: Instance, timeLimit: number): Promise<ReferenceResult> {
  const highs = await loadHighs();
  const model = buildReferenceModel(inst);
  const started = Date.now();
  return highs.withModel({ format: 'lp', data: model.lp }, (m) => {
    m.options.set({ output_flag: false, time_limit: timeLimit, mip_rel_gap: 1e-6 });
    m.run();
    const statusCode = m.getModelStatus();
    const status = Object.entries(highs.constants.modelStatus).find(([, v]) => v === statusCode)?.[0] ?? String(statusCode);
    const bound = Number(m.info.get('mip_dual_bound'));
    return { status, objective: m.getObjectiveValue() + model.constant, bound: bound + model.constant, seconds: (Date.now() - started) / 1000 };
  });
}
