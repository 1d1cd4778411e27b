/** Clubs, sponsors, stipend rules and recognition of the demo school. */
import type { Club, Recognition, Sponsorship, Staff, StipendRule, Student } from '../domain/types';
import { DEMO_CURRENT_YEAR } from './demo-people';
import { clubNames } from './names';
import type { Random } from './random';

export interface DemoClubs {
  readonly clubs: Club[];
  readonly stipendRules: StipendRule[];
  readonly sponsorships: Sponsorship[];
  readonly recognitions: Recognition[];
}

/** The stipend rules seen in real districts (product brief), one of each kind. */
export const demoStipendRules: StipendRule[] = [
  { id: 'SR-flat', name: 'Flat club stipend', amount: { kind: 'flat', amount: 400 }, split: 'equal', cap: { kind: 'one-stipend' }, budgetCode: '100-2190-110', paymentSchedule: 'Paid in May' },
  {
    id: 'SR-tier',
    name: 'Tiered activity stipend',
    amount: { kind: 'tiered', tiers: [{ name: 'Tier I', amount: 300 }, { name: 'Tier II', amount: 575 }, { name: 'Tier III', amount: 875 }], tierIndex: 1 },
    split: 'lead-assistant-3-2',
    cap: { kind: 'max-clubs', max: 2 },
    budgetCode: '100-2190-120',
    paymentSchedule: 'Half in December, half in May',
  },
  {
    id: 'SR-pct',
    name: 'Percent of base salary',
    amount: { kind: 'percent-of-salary', steps: [{ minYears: 0, percent: 2 }, { minYears: 3, percent: 2.5 }, { minYears: 6, percent: 3 }] },
    split: 'equal',
    cap: { kind: 'none' },
    budgetCode: '100-2190-130',
    paymentSchedule: 'Paid in May',
  },
  { id: 'SR-hour', name: 'Hourly sponsor rate', amount: { kind: 'hourly', rate: 26, maxHours: 150 }, split: 'custom', cap: { kind: 'none' }, budgetCode: '100-2190-140', paymentSchedule: 'Monthly from timesheets' },
];

/** Eighteen clubs with members and one or two sponsors each for the current year. */
export function demoClubs(r: Random, students: readonly Student[], staff: readonly Staff[]): DemoClubs {
  const enrolled = students.filter((s) => s.enteredYearId <= DEMO_CURRENT_YEAR);
  const sponsorsPool = r.shuffle(staff.filter((s) => s.role !== 'support-staff'));
  const clubs: Club[] = [];
  const sponsorships: Sponsorship[] = [];
  clubNames.forEach(([name, category], i) => {
    const id = `CL${String(i + 1).padStart(2, '0')}`;
    const members = r.shuffle(enrolled).slice(0, r.int(8, 40)).map((s) => s.id);
    const rule = demoStipendRules[i % demoStipendRules.length] as StipendRule;
    clubs.push({
      id,
      name,
      category,
      meetingPattern: { days: [r.pick(['mon', 'tue', 'wed', 'thu', 'fri'] as const)], minutes: 60 },
      minMembers: 6,
      maxMembers: 40,
      members: { [DEMO_CURRENT_YEAR]: members },
      stipendRuleId: rule.id,
    });
    const lead = sponsorsPool[i % sponsorsPool.length] as Staff;
    const base = { clubId: id, yearId: DEMO_CURRENT_YEAR, startDate: '2026-09-01', endDate: '2027-06-11', boardApprovalDate: '2026-08-20' };
    sponsorships.push({ id: `SP${sponsorships.length + 1}`, staffId: lead.id, role: 'lead', ...base, ...(rule.amount.kind === 'hourly' ? { hours: r.int(40, 150) } : {}) });
    if (r.chance(0.35)) {
      const co = sponsorsPool[(i + 20) % sponsorsPool.length] as Staff;
      sponsorships.push({ id: `SP${sponsorships.length + 1}`, staffId: co.id, role: 'co-sponsor', ...base, ...(rule.amount.kind === 'hourly' ? { hours: r.int(20, 80) } : {}) });
    }
  });
  const recognitions: Recognition[] = r.shuffle(staff).slice(0, 6).map((s, i) => ({
    id: `R${i + 1}`,
    staffId: s.id,
    yearId: DEMO_CURRENT_YEAR,
    kind: i === 0 ? 'award' : 'note',
    title: i === 0 ? 'Mentor of the semester' : 'Thank you for checking in',
    text: i === 0 ? 'Recognised by the leadership team for mentoring four students.' : 'A student told us how much your weekly check-ins meant.',
    from: 'Leadership team',
    date: '2026-11-02',
  }));
  return { clubs, stipendRules: demoStipendRules, sponsorships, recognitions };
}
