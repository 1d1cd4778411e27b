/**
 * Which entities refer to which. The reducer uses it both ways: an entity may only be stored when
 * everything it names exists, and may only be removed when nothing names it. Holding both makes
 * every inverse applicable: undoing an add is always a remove of something nothing names yet.
 */
import type { SchoolYearId } from './ids';
import type { CollectionName } from './schema';
import type { AnyEntity, School } from './types';

type Ref = readonly [CollectionName, string];

/** What one entity of each collection is called in messages. */
export const entityLabel: Readonly<Record<CollectionName, string>> = {
  years: 'school year',
  students: 'student',
  staff: 'staff member',
  groups: 'advisory group',
  rules: 'placement rule',
  mappingSessions: 'mapping session',
  marks: 'relationship mark',
  namedAdults: 'named adult',
  mentors: 'mentor assignment',
  checkIns: 'check-in',
  clubs: 'club',
  sponsorships: 'club sponsorship',
  stipendRules: 'stipend rule',
  recognitions: 'recognition',
  scenarios: 'scenario',
};

/** The collections whose entities name others (see referencesOf). */
const referrers: readonly CollectionName[] = ['groups', 'rules', 'marks', 'namedAdults', 'mentors', 'checkIns', 'clubs', 'sponsorships', 'recognitions'];

/** The entities `entity` (stored in `collection`) names; each must exist. */
export function referencesOf(collection: CollectionName, entity: AnyEntity): Ref[] {
  const e = entity as unknown as Record<string, unknown>;
  const refs: Ref[] = [];
  const add = (c: CollectionName, id: unknown): void => {
    if (typeof id === 'string' && id !== '') refs.push([c, id]);
  };
  switch (collection) {
    case 'groups':
      for (const a of Object.values((e['advisors'] ?? {}) as Record<string, { lead: string | null; co: string | null }>)) {
        add('staff', a.lead);
        add('staff', a.co);
      }
      break;
    case 'rules':
      for (const id of (e['studentIds'] ?? []) as string[]) add('students', id);
      add('staff', e['staffId']);
      break;
    case 'marks':
      add('staff', e['staffId']);
      add('students', e['studentId']);
      add('mappingSessions', e['sessionId']);
      break;
    case 'namedAdults':
    case 'mentors':
      add('staff', e['staffId']);
      add('students', e['studentId']);
      break;
    case 'checkIns':
      add('mentors', e['mentorAssignmentId']);
      break;
    case 'clubs':
      for (const ids of Object.values((e['members'] ?? {}) as Record<string, string[]>)) for (const id of ids) add('students', id);
      add('stipendRules', e['stipendRuleId']);
      break;
    case 'sponsorships':
      add('clubs', e['clubId']);
      add('staff', e['staffId']);
      break;
    case 'recognitions':
      add('staff', e['staffId']);
      break;
    default:
      break;
  }
  return refs;
}

function yearInUse(school: School, yearId: SchoolYearId): string | null {
  if (school.info.currentYearId === yearId) return 'is the current school year';
  if (Object.keys(school.placements[yearId] ?? {}).length > 0) return 'has placements';
  for (const g of Object.values(school.groups)) if (g.advisors[yearId]) return `has advisors for ${g.name}`;
  return null;
}

/** Why `collection/id` cannot be removed (something still names it), or null when it can. */
export function whyInUse(school: School, collection: CollectionName, id: string): string | null {
  if (collection === 'years') return yearInUse(school, id);
  if (collection === 'students' || collection === 'groups') {
    for (const [yearId, byStudent] of Object.entries(school.placements)) {
      if (collection === 'students' && byStudent[id]) return `has a placement in ${yearId}; mark the student as left instead`;
      if (collection === 'groups') for (const p of Object.values(byStudent)) if (p.groupId === id) return `still has students placed in ${yearId}`;
    }
  }
  for (const referrer of referrers) {
    for (const entity of Object.values(school[referrer] as Readonly<Record<string, AnyEntity>>)) {
      if (!referencesOf(referrer, entity).some(([c, ref]) => c === collection && ref === id)) continue;
      const who = collection === 'staff' ? '; mark them as leaving instead' : collection === 'students' ? '; mark the student as left instead' : '';
      const name = (entity as { name?: string }).name;
      return `is named by the ${entityLabel[referrer]} ${name ?? (entity as { id: string }).id}${who}`;
    }
  }
  return null;
}
