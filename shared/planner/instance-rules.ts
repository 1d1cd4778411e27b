/** Rules, locks and domains compiled to indices: the hard part of the instance. */
import type { AdvisoryGroup, School, Student } from '../domain/types';
import type { CompiledRule } from './instance-types';
import { gradeAllows } from './year-model';

/** Rules with their members restricted to this year's students, split by strength. */
export function compileRules(
  school: School,
  yearId: string,
  studentIndex: ReadonlyMap<string, number>,
  groups: readonly AdvisoryGroup[],
): { soft: CompiledRule[]; hard: CompiledRule[] } {
  const soft: CompiledRule[] = [];
  const hard: CompiledRule[] = [];
  const rules = Object.values(school.rules).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const rule of rules) {
    const members = [...new Set(rule.studentIds)].map((id) => studentIndex.get(id)).filter((i): i is number => i !== undefined);
    const staffRule = rule.kind === 'place-with-staff' || rule.kind === 'keep-away-from-staff';
    // A pair rule with one student left this year says nothing; a staff rule needs its adult.
    if (members.length < (staffRule ? 1 : 2) || (staffRule && !rule.staffId)) continue;
    const staffGroups = staffRule ? staffMask(groups, yearId, rule.staffId ?? '') : null;
    const compiled: CompiledRule = { ruleId: rule.id, kind: rule.kind, members: Int32Array.from(members), staffGroups, staffId: rule.staffId ?? null };
    (rule.strength === 'hard' ? hard : soft).push(compiled);
  }
  return { soft, hard };
}

function staffMask(groups: readonly AdvisoryGroup[], yearId: string, staffId: string): Uint8Array {
  const mask = new Uint8Array(groups.length);
  groups.forEach((g, i) => {
    const a = g.advisors[yearId];
    if (a && (a.lead === staffId || a.co === staffId)) mask[i] = 1;
  });
  return mask;
}

/** Per student: the groups the grade policy and the hard staff rules allow; masks shared where equal. */
export function studentDomains(school: School, students: readonly Student[], groups: readonly AdvisoryGroup[], hard: readonly CompiledRule[]): Uint8Array[] {
  const staffRules = new Map<number, CompiledRule[]>();
  for (const r of hard) {
    if (!r.staffGroups) continue;
    for (const s of r.members) staffRules.set(s, [...(staffRules.get(s) ?? []), r]);
  }
  const byClass = new Map<number, Uint8Array>();
  return students.map((student, s) => {
    let base = byClass.get(student.classOf);
    if (!base) {
      base = Uint8Array.from(groups, (g) => (gradeAllows(school, student, g) ? 1 : 0));
      byClass.set(student.classOf, base);
    }
    const own = staffRules.get(s);
    if (!own) return base;
    const mask = Uint8Array.from(base);
    for (const r of own) {
      const staffGroups = r.staffGroups as Uint8Array;
      for (let g = 0; g < mask.length; g++) {
        if (r.kind === 'place-with-staff' && !staffGroups[g]) mask[g] = 0;
        if (r.kind === 'keep-away-from-staff' && staffGroups[g]) mask[g] = 0;
      }
    }
    return mask;
  });
}

/**
 * Units: students joined by hard keep-together rules (union–find), never joining two students
 * locked to different groups (that rule is then broken by the input, and counted as such).
 */
export function buildUnits(n: number, hard: readonly CompiledRule[], lockedGroup: Int32Array): { unitOf: Int32Array; members: Int32Array[]; locked: Int32Array } {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const lock = Int32Array.from(lockedGroup);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[x] !== r) {
      const next = parent[x] as number;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  for (const rule of hard) {
    if (rule.kind !== 'keep-together') continue;
    const first = rule.members[0] as number;
    for (const s of rule.members) {
      const a = find(first);
      const b = find(s);
      if (a === b) continue;
      const la = lock[a] as number;
      const lb = lock[b] as number;
      if (la >= 0 && lb >= 0 && la !== lb) continue;
      const root = Math.min(a, b);
      parent[Math.max(a, b)] = root;
      lock[root] = la >= 0 ? la : lb;
    }
  }
  // Units in order of their first member; members in one buffer, each unit a view of it.
  const unitOfRoot = new Int32Array(n).fill(-1);
  const unitOf = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    const root = find(s);
    let u = unitOfRoot[root] as number;
    if (u < 0) {
      u = sizes.length;
      unitOfRoot[root] = u;
      sizes.push(0);
    }
    unitOf[s] = u;
    sizes[u] = (sizes[u] as number) + 1;
  }
  const start = new Int32Array(sizes.length + 1);
  for (let u = 0; u < sizes.length; u++) start[u + 1] = (start[u] as number) + (sizes[u] as number);
  const fill = start.slice(0, sizes.length);
  const buffer = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const u = unitOf[s] as number;
    buffer[fill[u] as number] = s;
    fill[u] = (fill[u] as number) + 1;
  }
  const members = sizes.map((_, u) => buffer.subarray(start[u] as number, start[u + 1] as number));
  const locked = Int32Array.from(members, (m) => lock[find(m[0] as number)] as number);
  return { unitOf, members, locked };
}

/** Groups a unit may join: its lock, or the groups every member may join with seats for all of them. */
export function unitDomains(
  members: readonly Int32Array[],
  locked: Int32Array,
  studentMask: readonly Uint8Array[],
  cap: Int32Array,
): { domain: Int32Array[]; mask: Uint8Array[] } {
  const shared = new Map<Uint8Array, { domain: Int32Array; mask: Uint8Array }>();
  const domain: Int32Array[] = [];
  const mask: Uint8Array[] = [];
  members.forEach((m, u) => {
    const lock = locked[u] as number;
    if (lock >= 0) {
      const one = new Uint8Array(cap.length);
      one[lock] = 1;
      domain.push(Int32Array.of(lock));
      mask.push(one);
      return;
    }
    if (m.length === 1) {
      const base = studentMask[m[0] as number] as Uint8Array;
      let entry = shared.get(base);
      if (!entry) {
        const list: number[] = [];
        base.forEach((ok, g) => ok && (cap[g] as number) >= 1 && list.push(g));
        const own = new Uint8Array(cap.length);
        for (const g of list) own[g] = 1;
        entry = { domain: Int32Array.from(list), mask: own };
        shared.set(base, entry);
      }
      domain.push(entry.domain);
      mask.push(entry.mask);
      return;
    }
    const own = new Uint8Array(cap.length);
    const list: number[] = [];
    for (let g = 0; g < cap.length; g++) {
      let ok = (cap[g] as number) >= m.length;
      for (const s of m) ok = ok && (studentMask[s] as Uint8Array)[g] === 1;
      if (ok) {
        own[g] = 1;
        list.push(g);
      }
    }
    domain.push(Int32Array.from(list));
    mask.push(own);
  });
  return { domain, mask };
}

/** Hard keep-apart partners per unit. */
export function unitPartners(unitCount: number, unitOf: Int32Array, hard: readonly CompiledRule[]): Int32Array[] {
  // Most units have no partner: they share one empty list, and only partnered units get a set.
  const none = new Int32Array(0);
  const partners = new Map<number, Set<number>>();
  for (const rule of hard) {
    if (rule.kind !== 'keep-apart') continue;
    for (const a of rule.members) {
      for (const b of rule.members) {
        const ua = unitOf[a] as number;
        const ub = unitOf[b] as number;
        if (ua === ub) continue;
        let set = partners.get(ua);
        if (!set) partners.set(ua, (set = new Set<number>()));
        set.add(ub);
      }
    }
  }
  const out = new Array<Int32Array>(unitCount).fill(none);
  for (const [u, set] of partners) out[u] = Int32Array.from([...set].sort((x, y) => x - y));
  return out;
}
