/**
 * The grade policy on the board: with grade-level groups a group takes its own class only. The
 * planner never breaks it, but a hand move can; the card then says who is out of place, and the
 * drag preview and the Move menu say so before the drop.
 */
import { gradePolicyAllows } from '../../../../shared/planner/year-model';
import type { AdvisoryGroup, SchoolPolicy } from '../../../../shared/domain/types';
import type { BoardStudent, BoardWarning } from './board-types';
import { listWords } from './rule-warnings';

/** Names listed in the sentence at most; the rest are counted. */
const NAMED = 3;

/** The students among `students` whom the grade policy keeps out of `group`. */
export function outsideGradePolicy(group: Pick<AdvisoryGroup, 'classOf'>, students: readonly BoardStudent[], policy: SchoolPolicy): BoardStudent[] {
  return students.filter((s) => !gradePolicyAllows(policy.grouping, s.classOf, group));
}

/** "Breaks the grade policy: Ana R. (class of 2030) in a group for the class of 2027"; null when all belong. */
export function gradeWarning(group: Pick<AdvisoryGroup, 'classOf'>, students: readonly BoardStudent[], policy: SchoolPolicy): BoardWarning | null {
  const out = outsideGradePolicy(group, students, policy);
  if (out.length === 0) return null;
  const named = out.slice(0, NAMED).map((s) => `${s.shortName} (class of ${s.classOf})`);
  const who = listWords(out.length > NAMED ? [...named, `${out.length - NAMED} more`] : named);
  return { severity: 'danger', text: `Breaks the grade policy: ${who} in a group for the class of ${group.classOf ?? '?'}` };
}
