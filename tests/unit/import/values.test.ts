/** normalizeGrade, parseFlag and lunchStatusToEconDisadvantaged: the listed spellings, unknown → null. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeGrade } from '../../../shared/import/grades';
import { lunchStatusToEconDisadvantaged, parseFlag } from '../../../shared/import/values';

describe('normalizeGrade', () => {
  it.each(['06', '07', '08', '09', '10', '11', '12'])('takes %s as is, without a warning', (g) => {
    expect(normalizeGrade(g)).toEqual({ grade: g, warning: null });
  });

  it('ignores spaces around a two-digit grade without a warning', () => {
    expect(normalizeGrade(' 10 ')).toEqual({ grade: '10', warning: null });
  });

  it.each([
    ['9', '09'], ['9th', '09'], ['Grade 9', '09'], ['gr 9', '09'], ['Gr. 9', '09'], ['09th', '09'], ['Ninth', '09'],
    ['NINTH GRADE', '09'], ['9th Grade', '09'], ['grade 09', '09'], ['6', '06'], ['6th', '06'], ['Sixth', '06'],
    ['7', '07'], ['8th', '08'], ['10th', '10'], ['Eleventh', '11'], ['12TH', '12'], ['Grade12', '12'],
  ])('reads %j as %s with a warning', (raw, grade) => {
    expect(normalizeGrade(raw)).toEqual({ grade, warning: `Grade “${raw}” read as ${grade}.` });
  });

  it.each(['KG', 'K', 'PK', '13', '5', '0', '-9', '', '  ', '9.5', 'nine and a half', '099', 'Grade', 'constructor', '1st'])(
    'gives null for %j (the caller reports an unknown grade)',
    (raw) => {
      expect(normalizeGrade(raw)).toEqual({ grade: null, warning: null });
    },
  );

  it('property: never throws and only returns 06–12 or null', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (raw) => {
        const r = normalizeGrade(raw);
        expect(r.grade === null || ['06', '07', '08', '09', '10', '11', '12'].includes(r.grade)).toBe(true);
        if (r.grade === null) expect(r.warning).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseFlag', () => {
  it.each(['Y', 'y', 'Yes', 'YES', '1', 'true', 'TRUE', 'True', 'X', 'x', ' Y '])('reads %j as true', (raw) => {
    expect(parseFlag(raw)).toBe(true);
  });
  it.each(['N', 'n', 'No', '0', 'false', 'FALSE', '', '  '])('reads %j as false', (raw) => {
    expect(parseFlag(raw)).toBe(false);
  });
  it.each(['maybe', '2', 'Yess', '-', 'unknown'])('reads %j as null (unknown)', (raw) => {
    expect(parseFlag(raw)).toBeNull();
  });
});

describe('lunchStatusToEconDisadvantaged', () => {
  it.each(['F', 'R', 'Free', 'Reduced', 'FRL', 'free', 'REDUCED', ' f '])('reads %j as disadvantaged', (raw) => {
    expect(lunchStatusToEconDisadvantaged(raw)).toBe(true);
  });
  it.each(['P', 'Paid', 'N', 'paid', ''])('reads %j as not disadvantaged', (raw) => {
    expect(lunchStatusToEconDisadvantaged(raw)).toBe(false);
  });
  it.each(['Z', 'Pending', 'Y', '1'])('reads %j as null (unknown)', (raw) => {
    expect(lunchStatusToEconDisadvantaged(raw)).toBeNull();
  });
});
