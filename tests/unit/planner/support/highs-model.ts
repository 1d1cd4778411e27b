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
 * Cuts: z_g_n (group g has n students) bound each m below by the rounding a size n cannot avoid.
 * Interchangeable students (see kindsOf) share one integer x_k_g ∈ [0, |k|] per group: the same
 * optimum, without the symmetry that keeps HiGHS from finding any plan for a new cohort of a
 * thousand students (their x_s_g differ only by a permutation).
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

/** A set of students and groups that shares no group, rule or seat with the rest of the instance. */
export type ModelPart = { readonly students: readonly number[]; readonly groups: readonly number[]; readonly first: boolean };

/**
 * Splits an instance into independent parts: students are joined to the groups they may join and
 * to the members of their rules. With grade-level groups each cohort is one part, and as the
 * objective is a sum over students, groups and rules (the school's mix shares are constants), the
 * optimum of the whole is the sum of the parts' optima. HiGHS can then solve a 4,000-student
 * grade-level school as four models of ~60,000 binaries instead of one it runs out of memory on.
 */
export function independentParts(inst: Instance): ModelPart[] {
  const parent = Int32Array.from({ length: inst.n + inst.g }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const join = (a: number, b: number): void => void (parent[find(a)] = find(b));
  for (let s = 0; s < inst.n; s++) for (const g of inst.unitDomain[inst.unitOf[s] as number] as Int32Array) join(s, inst.n + g);
  for (const rule of [...inst.hardRules, ...inst.softRules]) for (let i = 1; i < rule.members.length; i++) join(rule.members[0] as number, rule.members[i] as number);
  const byRoot = new Map<number, { students: number[]; groups: number[] }>();
  const at = (root: number) => byRoot.get(root) ?? (byRoot.set(root, { students: [], groups: [] }).get(root) as { students: number[]; groups: number[] });
  for (let s = 0; s < inst.n; s++) at(find(s)).students.push(s);
  const parts = [...byRoot.values()];
  for (let g = 0; g < inst.g; g++) {
    const root = find(inst.n + g);
    // A group no student may join has only its (constant) size cost: it goes with the first part.
    (byRoot.get(root) ?? parts[0] ?? at(root)).groups.push(g);
  }
  return parts.map((p, i) => ({ ...p, first: i === 0 }));
}

/**
 * Students the objective and every constraint treat alike: one-student units, unlocked, in no rule,
 * with the same attributes, allowed groups, last year's group and continuity cost, and the same
 * relationship cost and friendly groups. `rep[s]` is the first student of s's kind; `size[r]` the
 * kind's number of students (0 for students who are not a kind's first).
 */
export function kindsOf(inst: Instance, students: readonly number[]): { readonly rep: Int32Array; readonly size: Int32Array } {
  const rep = Int32Array.from({ length: inst.n }, (_, s) => s);
  const size = new Int32Array(inst.n);
  const inRule = new Uint8Array(inst.n);
  for (const rule of [...inst.hardRules, ...inst.softRules]) for (const m of rule.members) inRule[m] = 1;
  const firstOf = new Map<string, number>();
  for (const s of students) {
    const u = inst.unitOf[s] as number;
    const alone = (inst.unitMembers[u] as Int32Array).length === 1 && (inst.unitLocked[u] as number) < 0 && !inRule[s];
    if (!alone) {
      size[s] = 1;
      continue;
    }
    const key = [
      inst.attr.subarray(s * inst.a, (s + 1) * inst.a).join(''),
      (inst.unitDomain[u] as Int32Array).join(','),
      inst.prevGroup[s],
      inst.contCost[s],
      inst.relCost[s],
      (inst.relCost[s] as number) > 0 ? (inst.friendlyGroups[s] ?? []).join(',') : '',
    ].join('|');
    const first = firstOf.get(key);
    if (first === undefined) {
      firstOf.set(key, s);
      size[s] = 1;
    } else {
      rep[s] = first;
      size[first] = (size[first] as number) + 1;
    }
  }
  return { rep, size };
}

/** Columns of the model of `students` (one per kind and group it may join), before the cut columns. */
export function referenceColumns(inst: Instance, students: readonly number[]): number {
  const { size } = kindsOf(inst, students);
  return students.reduce((sum, s) => sum + ((size[s] as number) > 0 ? (inst.unitDomain[inst.unitOf[s] as number] as Int32Array).length : 0), 0);
}

/** Builds the MILP of an instance (fresh mode: no re-plan anchor), or of one independent part of it; `byKind: false` gives every student its own binaries. */
export function buildReferenceModel(inst: Instance, part?: ModelPart, byKind = true): ReferenceModel {
  const N = inst.scale;
  const w = inst.weights;
  const obj = new Map<string, number>();
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const generals: string[] = [];
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
  const studentsOfModel = part?.students ?? Array.from({ length: inst.n }, (_, s) => s);
  const kinds = byKind ? kindsOf(inst, studentsOfModel) : { rep: Int32Array.from({ length: inst.n }, (_, s) => s), size: new Int32Array(inst.n).fill(1) };
  // A student's variable is its kind's (students in rules are a kind of one, so rules still name them).
  const x = (s: number, g: number): string => `x_${kinds.rep[s]}_${g}`;
  const domainOf = (s: number): Int32Array => inst.unitDomain[inst.unitOf[s] as number] as Int32Array;
  const has = (s: number, g: number): boolean => inst.unitDomainMask[inst.unitOf[s] as number]?.[g] === 1;
  const studentsOf = studentsOfModel.filter((s) => (kinds.size[s] as number) > 0);
  const groupsOf = part?.groups ?? Array.from({ length: inst.g }, (_, g) => g);
  const inPart = new Uint8Array(inst.n);
  for (const s of studentsOf) inPart[s] = 1;
  // A rule belongs to the part of its first member (a rule with no member placed, to the first part).
  const ruleHere = (members: Int32Array): boolean => (members.length === 0 ? (part?.first ?? true) : inPart[members[0] as number] === 1);
  const inGroup: [number, string][][] = Array.from({ length: inst.g }, () => []);
  for (const s of studentsOf) {
    const dom = domainOf(s);
    const k = kinds.size[s] as number;
    row([...dom].map((g) => [1, x(s, g)] as const), '=', k);
    for (const g of dom) {
      if (k === 1) binaries.push(x(s, g));
      else {
        generals.push(x(s, g));
        bounds.push(` 0 <= ${x(s, g)} <= ${k}`);
      }
      (inGroup[g] as [number, string][]).push([1, x(s, g)]);
    }
    const c = inst.contCost[s] as number;
    if (c) {
      constant += N * c * k;
      if (has(s, inst.prevGroup[s] as number)) cost(x(s, inst.prevGroup[s] as number), -N * c);
    }
    const rel = inst.relCost[s] as number;
    if (rel) {
      constant += N * rel * k;
      for (const g of inst.friendlyGroups[s] ?? []) cost(x(s, g), -N * rel);
    }
  }
  for (const g of groupsOf) {
    const members = inGroup[g] as [number, string][];
    row(members, '<=', inst.cap[g] as number);
    for (const [name, target, sense] of [['ul', inst.lo[g], '>='], ['oh', inst.hi[g], '<='], ['sl', inst.softLo[g], '>='], ['sh', inst.softHi[g], '<=']] as const) {
      const dev = `${name}_${g}`;
      row([...members, [sense === '>=' ? 1 : -1, dev]], sense, target as number);
      cost(dev, N * w.size);
    }
    // Valid cuts (they change no integer solution, only tighten the LP bound): with n students a
    // group's count c of an attribute is an integer, so |c·N − A·n| is at least the distance from
    // A·n to the nearest multiple of N. z_g_n = 1 says the group has n students.
    const sizes = Array.from({ length: (inst.cap[g] as number) + 1 }, (_, n) => n);
    row(sizes.map((n) => [1, `z_${g}_${n}`] as const), '=', 1);
    row([...sizes.map((n) => [n, `z_${g}_${n}`] as const), ...members.map(([, v]) => [-1, v] as const)], '=', 0);
    for (const n of sizes) binaries.push(`z_${g}_${n}`);
    for (let k = 0; k < inst.a; k++) {
      const A = inst.attrTotal[k] as number;
      const floor = (n: number): number => {
        const r = (A * n) % N;
        return Math.min(r, N - r);
      };
      row([[1, `m_${g}_${k}`], ...sizes.map((n) => [-floor(n), `z_${g}_${n}`] as const)], '>=', 0);
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
    if (!ruleHere(rule.members)) continue;
    const m = [...rule.members];
    if (rule.kind === 'keep-apart') for (let g = 0; g < inst.g; g++) row(m.filter((s) => has(s, g)).map((s) => [1, x(s, g)] as const), '<=', 1);
  }
  inst.softRules.forEach((rule, r) => {
    if (!ruleHere(rule.members)) return;
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
  const general = generals.length > 0 ? `General\n ${generals.join('\n ')}\n` : '';
  const lp = `Minimize\n obj: ${objective}\nSubject To\n${rows.join('\n')}\nBounds\n${bounds.join('\n')}\nBinary\n ${binaries.join('\n ')}\n${general}End\n`;
  return { lp, constant, columns: binaries.length + generals.length };
}

/** HiGHS's result; `objective` is Infinity when it found no plan in its time (`bound` still holds), status 'aborted' (bound NaN) when it ran out of memory. */
export type ReferenceResult = { readonly status: string; readonly objective: number; readonly bound: number; readonly seconds: number };

/** One HiGHS run on a model (time-limited): status, and objective and bound in the planner's internal units. */
export async function solveModel(model: ReferenceModel, timeLimit: number): Promise<ReferenceResult> {
  const highs = await loadHighs();
  const started = Date.now();
  try {
    return solveLoaded(highs, model, timeLimit, started);
  } catch (error) {
    // HiGHS in WebAssembly aborts when its memory runs out (seen on 1,500×120 vertical after ~10 minutes).
    if (!(error instanceof Error) || !error.message.startsWith('Aborted(')) throw error;
    return { status: 'aborted', objective: Number.POSITIVE_INFINITY, bound: Number.NaN, seconds: (Date.now() - started) / 1000 };
  }
}

function solveLoaded(highs: Awaited<ReturnType<typeof loadHighs>>, model: ReferenceModel, timeLimit: number, started: number): ReferenceResult {
  return highs.withModel({ format: 'lp', data: model.lp }, (m) => {
    m.options.set({ output_flag: false, time_limit: timeLimit, mip_rel_gap: 1e-6 });
    m.run();
    const statusCode = m.getModelStatus();
    const status = Object.entries(highs.constants.modelStatus).find(([, v]) => v === statusCode)?.[0] ?? String(statusCode);
    const bound = Number(m.info.get('mip_dual_bound'));
    const value = m.getObjectiveValue();
    return { status, objective: Number.isFinite(value) ? value + model.constant : Number.POSITIVE_INFINITY, bound: bound + model.constant, seconds: (Date.now() - started) / 1000 };
  });
}

/**
 * Solves the reference with HiGHS within `timeLimit` seconds in all. With `split`, each
 * independent part (see independentParts) gets an equal share of the time still left (a part
 * solved early leaves more for the rest), and the results add up; the status is 'optimal' only if every part was proven optimal, and the
 * objective is Infinity if any part found no plan (`unsolved` counts those parts).
 */
export async function solveReference(inst: Instance, timeLimit: number, split = false): Promise<ReferenceResult & { readonly parts: number; readonly unsolved: number }> {
  if (!split) {
    const whole = await solveModel(buildReferenceModel(inst), timeLimit);
    return { ...whole, parts: 1, unsolved: Number.isFinite(whole.objective) ? 0 : 1 };
  }
  const parts = independentParts(inst);
  let objective = 0;
  let bound = 0;
  let seconds = 0;
  let status = 'optimal';
  let unsolved = 0;
  for (const [i, part] of parts.entries()) {
    // The time left is shared by the parts left, so a part solved early gives its time to the rest.
    const share = Math.max(1, (timeLimit - seconds) / (parts.length - i));
    const result = await solveModel(buildReferenceModel(inst, part), share);
    objective += result.objective;
    bound += result.bound;
    seconds += result.seconds;
    if (result.status !== 'optimal') status = result.status;
    if (!Number.isFinite(result.objective)) unsolved++;
  }
  return { status, objective, bound, seconds, parts: parts.length, unsolved };
}
