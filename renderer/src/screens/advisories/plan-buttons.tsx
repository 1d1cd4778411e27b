/** The board toolbar's planner actions: plan the viewed year, roll over to the next one. */
import { useCallback, useState } from 'react';
import { schoolYearId, schoolYearLabel, schoolYearStart } from '../../../../shared/domain/dates';
import { useSchool } from '../../hooks/use-school';
import { PlanDialog } from './plan-dialog';
import { RolloverDialog } from './rollover-dialog';

export function PlanButtons({ yearId }: { readonly yearId: string }) {
  const school = useSchool();
  const [open, setOpen] = useState<'plan' | 'rollover' | null>(null);
  const close = useCallback(() => setOpen(null), []);
  const next = schoolYearId(schoolYearStart(yearId) + 1);
  const hasNext = school.years[next] !== undefined;
  return (
    <>
      <button type="button" onClick={() => setOpen('plan')}>
        Plan {schoolYearLabel(yearId)}…
      </button>
      <button type="button" disabled={!hasNext} title={hasNext ? undefined : `Add the school year ${schoolYearLabel(next)} first.`} onClick={() => setOpen('rollover')}>
        Roll over to {schoolYearLabel(next)}…
      </button>
      {open === 'plan' && <PlanDialog yearId={yearId} onClose={close} />}
      {open === 'rollover' && <RolloverDialog fromYearId={yearId} toYearId={next} onClose={close} />}
    </>
  );
}
