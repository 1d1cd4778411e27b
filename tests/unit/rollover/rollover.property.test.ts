/** Invariants of the rollover on random staffing and locks: intact orphans, locks kept, exact undo, one lead per adult. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/domain/commands';
import { applyCommand } from '../../../shared/domain/reducer';
import type { Availability, Placement, School } from '../../../shared/domain/types';
import { planRollover } from '../../../shared/planner/rollover';
import { NEXT, Y, rolloverSchool, setStaff } from './fixture';

const availability = fc.constantFrom<readonly [string, Availability] | null>(null, [Y, 'leaving'], [NEXT, 'on-leave'], [NEXT, 'leaving']);

describe('planRollover invariants', () => {
  it('holds for random availability and random Y+1 locks', () => {
    fc.assert(
      fc.property(fc.array(availability, { minLength: 8, maxLength: 8 }), fc.array(fc.tuple(fc.nat(33), fc.constantFrom('GA', 'GB', 'GS')), { maxLength: 4 }), fc.nat(1000), (avail, locks, seed) => {
        const fx = rolloverSchool((s) => {
          avail.forEach((a, i) => {
            if (a) setStaff(s, `T${i + 1}`, { availability: { [a[0]]: a[1] } });
          });
        });
        const pool = [...fx.groupA, ...fx.groupB, ...fx.seniors];
        const next: Record<string, Placement> = {};
        for (const [i, groupId] of locks) {
          const id = pool[i]?.id ?? '';
          next[id] = { studentId: id, groupId, locked: true, origin: 'hand' };
        }
        const school: School = Object.keys(next).length > 0 ? { ...fx.school, placements: { ...fx.school.placements, [NEXT]: next } } : fx.school;
        const plan = planRollover(school, Y, NEXT, { seed, iterations: 500 });
        if (!plan.command) return;
        const { school: after, inverse } = applyCommand(school, plan.command);
        expect(applyCommand(after, inverse as Command).school).toStrictEqual(school);
        for (const [id, p] of Object.entries(next)) expect(after.placements[NEXT]?.[id]).toBe(p);
        const leads = Object.values(after.groups).map((g) => g.advisors[NEXT]?.lead).filter(Boolean);
        expect(new Set(leads).size).toBe(leads.length);
        for (const change of plan.advisorChanges) {
          if (change.to.lead === null) {
            expect(plan.feasibility.some((p) => p.kind === 'no-free-adult' && p.groupIds.includes(change.groupId))).toBe(true);
          }
          // Intact: every returning, unlocked student of the group is still in it.
          for (const [id, p] of Object.entries(school.placements[Y] ?? {})) {
            if (p.groupId !== change.groupId || next[id] || !after.placements[NEXT]?.[id]) continue;
            const moved = plan.moves.find((m) => m.studentId === id);
            if (moved) expect(moved.reason).not.toBe('moved by the planner');
            else expect(after.placements[NEXT]?.[id]?.groupId).toBe(change.groupId);
          }
        }
      }),
      { numRuns: 40, seed: 11 },
    );
  });
});
