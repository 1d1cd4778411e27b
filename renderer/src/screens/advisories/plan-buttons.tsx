/** The board toolbar's planner actions: plan the viewed year, roll over to the next one. */
import { useCallback, useState } from 'react';
import { schoolYearId, schoolYearLabel, schoolYearStart } from '../../../../shared/domain/dates';
import { useSchool } from '../../hooks/use-school';
import { PlanDialog } from './plan-dialog';
import { RolloverDialog } from './rollover-dialog';

/** "Plan 2026–27…" and "Roll over to 2027–28…"; `blocked` disables both and says why (a scenario is open on the board). */
export function PlanButtons({ yearId, blocked }: { readonly yearId: string; readonly blocked?: string }) {
  const school = useSchool();
  const [open, setOpen] = useState<'plan' | 'rollover' | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const next = schoolYearId(schoolYearStart(yearId) + 1);
  const hasNext = school.years[next] !== undefined;
  return (
    <>
      <button type="button" disabled={blocked !== undefined} title={blocked} onClick={() => setOpen('plan')}>
        Plan {schoolYearLabel(yearId)}…
      </button>
      <button type="button" disabled={!hasNext || blocked !== undefined} title={blocked ?? (hasNext ? undefined : `Add the school year ${schoolYearLabel(next)} first.`)} onClick={() => setOpen('rollover')}>
        Roll over to {schoolYearLabel(next)}…
      </button>
      {open === 'plan' && !blocked && <PlanDialog yearId={yearId} onClose={close} />}
      {open === 'rollover' && !blocked && <RolloverDialog fromYearId={yearId} toYearId={next} onClose={close} />}
    </>
  );
}
