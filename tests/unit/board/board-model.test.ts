/** The board's figures on a hand-made school: sizes against the bands, mix shares, warnings in words. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/domain/reducer';
import type { AdvisoryGroup, Rule, School } from '../../../shared/domain/types';
import { deepFreeze, group, placement, smallSchool, staff, student, YEAR } from '../helpers/school';
import { loadBoard, type TestModel } from './board-lib';

const { createBoardBuilder, moveStudents, movedStudents } = await loadBoard();

const policy = { softMin: 2, softMax: 4, targetMin: 2, targetMax: 3, hardMax: 5 };

/** 8 students: G1 holds 6 (over the hard maximum of 5), G2 holds 1 (under the soft minimum of 2), one unplaced. */
function boardSchool(extra: Partial<School> = {}): School {
  const base = smallSchool();
  const ids = ['000101', '000102', '000103', '000104', '000105', '000106', '000107', '000108'];
  const students = ids.map((id, i) =>
    student(id, {
      firstName: `Ann${i}`,
      lastName: `Lee${i}`,
      gender: i % 2 === 0 ? 'female' : 'male',
      flags: { economicallyDisadvantaged: i < 4, iep504: i === 0, englishLearner: false },
    }),
  );
  const placements = Object.fromEntries(ids.slice(0, 6).map((id) => [id, placement(id, 'G1')]));
  placements['000107'] = placement('000107', 'G2');
  return deepFreeze({
    ...base,
    info: { ...base.info, policy: { ...base.info.policy, ...policy } },
    students: Object.fromEntries(students.map((s) => [s.id, s])),
    staff: { ...base.staff, T2: staff('T2', { lastName: 'Rivera', availability: { [YEAR]: 'leaving' } }) },
    groups: { G1: group('G1', 'T1', { name: 'Okafor advisory' }), G2: group('G2', 'T2', { name: 'Rivera advisory' }), G3: group('G3', null, { name: 'Empty advisory' }) },
    placements: { [YEAR]: placements },
    ...extra,
  });
}

describe('board model', () => {
  it('lists one card per open group with its size band and the unplaced students', () => {
    const model = createBoardBuilder()(boardSchool(), YEAR);
    expect(model.groups.map((g) => [g.name, g.stats.size, g.stats.band])).toEqual([
      ['Empty advisory', 0, 'empty'],
      ['Okafor advisory', 6, 'hard'],
      ['Rivera advisory', 1, 'under'],
    ]);
    expect(model.unplaced.map((s) => s.id)).toEqual(['000108']);
    expect(model.enrolled).toBe(8);
    expect(model.placed).toBe(7);
  });

  it('leaves out groups that are not open in the year', () => {
    const school = boardSchool();
    const closed = deepFreeze({ ...school, groups: { ...school.groups, G3: { ...group('G3', null), advisors: {} } } });
    expect(createBoardBuilder()(closed, YEAR).groups.map((g) => g.id)).toEqual(['G1', 'G2']);
  });

  it('gives each mix bar the group share and the school share', () => {
    const okafor = createBoardBuilder()(boardSchool(), YEAR).groups.find((g) => g.id === 'G1');
    const mix = Object.fromEntries((okafor?.stats.mix ?? []).map((m) => [m.key, m]));
    expect(mix['female']).toMatchObject({ count: 3, share: 0.5, schoolShare: 0.5 });
    expect(mix['ed']).toMatchObject({ count: 4, share: 4 / 6, schoolShare: 0.5 });
    expect(mix['iep']).toMatchObject({ count: 1, share: 1 / 6, schoolShare: 1 / 8 });
    expect(mix['el']).toMatchObject({ count: 0, share: 0, schoolShare: 0 });
  });

  it('says what is wrong in words, hard problems first', () => {
    const rule: Rule = {
      id: 'R1',
      kind: 'keep-apart',
      studentIds: ['000101', '000102'],
      strength: 'hard',
      reason: 'Conflict',
      author: 'Dean',
      createdAt: '2026-08-20T12:00:00.000Z',
    };
    const model = createBoardBuilder()(boardSchool({ rules: { R1: rule } }), YEAR);
    const words = (id: string): string[] => model.groups.find((g) => g.id === id)?.warnings.map((w) => w.text) ?? [];
    expect(words('G1')).toEqual(['1 over the hard maximum of 5', 'Breaks a hard rule: keep apart Ann0 L. and Ann1 L.']);
    expect(words('G2')).toEqual(['1 under the soft minimum of 2', 'Rivera is leaving after 2026–27']);
    expect(words('G3')).toEqual(['No lead advisor', 'No students placed yet']);
    expect(model.groups.find((g) => g.id === 'G1')?.warnings[0]?.severity).toBe('danger');
  });

  it('says when a hand move broke the grade policy (grade-level groups), naming who and their class', () => {
    // Ann0–Ann3 (class of 2030) sit in G1, a group for the class of 2029.
    const school = boardSchool();
    const moved = deepFreeze({ ...school, students: Object.fromEntries(Object.entries(school.students).map(([id, s], i) => [id, i < 4 ? { ...s, classOf: 2030 } : s])) });
    const words = (m: TestModel, id: string): string[] => m.groups.find((g) => g.id === id)?.warnings.map((w) => w.text) ?? [];
    const model = createBoardBuilder()(moved, YEAR);
    expect(words(model, 'G1')).toEqual(['1 over the hard maximum of 5', 'Breaks the grade policy: Ann0 L. (class of 2030), Ann1 L. (class of 2030), Ann2 L. (class of 2030) and 1 more in a group for the class of 2029']);
    expect(model.groups.find((g) => g.id === 'G1')?.warnings[1]?.severity).toBe('danger');
    expect(words(model, 'G2')).toEqual(['1 under the soft minimum of 2', 'Rivera is leaving after 2026–27']);
    // Mixed-grade groups take every class.
    const vertical = deepFreeze({ ...moved, info: { ...moved.info, policy: { ...moved.info.policy, grouping: 'vertical' as const } } });
    expect(words(createBoardBuilder()(vertical, YEAR), 'G1')).toEqual(['1 over the hard maximum of 5']);
  });

  it('says when a group has a co-advisor the policy does not allow', () => {
    const school = boardSchool();
    const withCo = deepFreeze({ ...school, groups: { ...school.groups, G1: { ...(school.groups['G1'] as AdvisoryGroup), advisors: { [YEAR]: { lead: 'T1', co: 'T3' } } } } });
    const words = (s: School): string[] => createBoardBuilder()(s, YEAR).groups.find((g) => g.id === 'G1')?.warnings.map((w) => w.text) ?? [];
    expect(words(withCo)).not.toContain('Has a co-advisor, which the policy does not allow (Edit group… to remove)');
    const strict = deepFreeze({ ...withCo, info: { ...withCo.info, policy: { ...withCo.info.policy, coAdvisorsAllowed: false } } });
    expect(words(strict)).toContain('Has a co-advisor, which the policy does not allow (Edit group… to remove)');
  });

  it('says when a soft keep-together rule is split across groups, on both cards', () => {
    const rule: Rule = {
      id: 'R2',
      kind: 'keep-together',
      studentIds: ['000101', '000107'],
      strength: 'soft',
      reason: 'Twins',
      author: 'Counseling',
      createdAt: '2026-08-20T12:00:00.000Z',
    };
    const model = createBoardBuilder()(boardSchool({ rules: { R2: rule } }), YEAR);
    for (const id of ['G1', 'G2']) {
      expect(model.groups.find((g) => g.id === id)?.warnings).toContainEqual({ severity: 'warning', text: 'Breaks a soft rule: keep together Ann0 L. and Ann6 L.' });
    }
  });

  it('keeps untouched cards and their stats identical after a move, so memoised cards do not re-render', () => {
    const build = createBoardBuilder();
    const school = boardSchool();
    const before = build(school, YEAR);
    const change = moveStudents(school, YEAR, ['000108'], 'G2');
    if (!change) throw new Error('expected a change');
    const after = build(applyCommand(school, change.command).school, YEAR);
    const card = (m: TestModel, id: string) => m.groups.find((g) => g.id === id);
    expect(card(after, 'G1')).toBe(card(before, 'G1'));
    expect(card(after, 'G3')).toBe(card(before, 'G3'));
    expect(card(after, 'G2')).not.toBe(card(before, 'G2'));
    expect(card(after, 'G2')?.stats.size).toBe(2);
    expect(card(after, 'G2')?.members.map((m) => m.id)).toEqual(['000107', '000108']);
  });

  it('names the students a change moved (into a group, out of one, or taken out), and gives up on many', () => {
    const build = createBoardBuilder();
    const school = boardSchool();
    const before = build(school, YEAR);
    const moved = (ids: string[], to: string | null) => {
      const change = moveStudents(school, YEAR, ids, to);
      if (!change) throw new Error('expected a change');
      return build(applyCommand(school, change.command).school, YEAR);
    };
    // 000108 was unplaced; 000101 leaves G1 for G2; 000102 is taken out of its group.
    expect(movedStudents(before, moved(['000108'], 'G2'), 5)).toEqual(['000108']);
    expect(movedStudents(before, moved(['000101'], 'G2'), 5)).toEqual(['000101']);
    expect(movedStudents(before, moved(['000102'], null), 5)).toEqual(['000102']);
    expect(movedStudents(before, before, 5)).toEqual([]);
    expect(movedStudents(before, moved(['000101', '000102', '000103'], 'G2'), 2)).toBeNull();
  });
});
