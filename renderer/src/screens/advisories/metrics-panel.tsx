/**
 * The advisory metrics of the viewed year in plain words: continuity, size, mix, rules and the
 * students with no connected adult. Read-only; the definitions live in shared/metrics.
 */
import { useMemo } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { School } from '../../../../shared/domain/types';
import { advisoryMetrics } from '../../../../shared/metrics/advisory-metrics';
import { countStart, formatCount, plural } from '../../lib/format';
import { percentText, studentsText } from '../../lib/metrics-words';
import { SpreadTable, UnconnectedList, ViolationLists } from './metrics-panel-parts';

interface Props {
  readonly school: School;
  readonly yearId: string;
}

/** The metrics of one school year, as sections a scheduler can read top to bottom. */
export function MetricsPanel({ school, yearId }: Props) {
  const m = useMemo(() => advisoryMetrics(school, yearId), [school, yearId]);
  const { targetMin, targetMax, softMin, softMax, hardMax } = school.info.policy;
  const c = m.continuity;
  const year = schoolYearLabel(yearId);
  return (
    <section className="advisory-panel metrics-panel" aria-label={`Advisory metrics, ${year}`}>
      <h2>Advisory metrics, {year}</h2>
      <p className="muted">
        {formatCount(m.placed)} of {plural(m.enrolled, 'student')} placed in {plural(m.groupsOpen, 'open group')}.
      </p>
      <div className="metrics-grid">
        <section className="card" aria-label="Continuity">
          <h3>Students who keep their advisor</h3>
          <p className="card-figure">{percentText(c.percent)}</p>
          <p className="card-detail">
            {m.previousYearId === null
              ? 'This is the first school year on file, so nobody returns yet.'
              : c.returning === 0
                ? `Nobody placed in ${schoolYearLabel(m.previousYearId)} is in a group that is open this year.`
                : `${formatCount(c.sameGroupSameLead)} of ${plural(c.returning, 'returning student')} are in the same group with the same lead advisor as in ${schoolYearLabel(m.previousYearId)}.`}
            {c.sameGroupNewAdult > 0 && ` ${plural(c.sameGroupNewAdult, 'student')} kept the group but got a new adult.`}
          </p>
        </section>
        <section className="card" aria-label="Group size">
          <h3>Group size</h3>
          <p className="card-figure">{studentsText(m.size.meanDistance, 1)}</p>
          <p className="card-detail">
            Mean distance outside the target of {targetMin}–{targetMax} students; the furthest group is {studentsText(m.size.maxDistance)} out.{' '}
            {countStart(m.size.outsideSoftBand, 'group')} outside {softMin}–{softMax}; {countStart(m.size.overHardMax, 'group').toLowerCase()} over {hardMax}.
            {m.size.emptyGroups > 0 && ` ${plural(m.size.emptyGroups, 'open group')} ${m.size.emptyGroups === 1 ? 'has' : 'have'} nobody placed yet.`}
          </p>
        </section>
      </div>
      <section className="metrics-section" aria-label="Mix of the groups">
        <h3>Each group’s mix</h3>
        <SpreadTable spread={m.spread} />
      </section>
      <section className="metrics-section" aria-label="Rule violations">
        <h3>Placement rules</h3>
        <ViolationLists violations={m.violations} />
      </section>
      <section className="metrics-section" aria-label="Students with no connected adult">
        <h3>Students with no connected adult</h3>
        <UnconnectedList unconnected={m.unconnected} />
        <p className="hint">
          Connected: an adult who marked a positive relationship, an adult the student named, their mentor, or a sponsor of one of their clubs this year. Their advisor is not
          counted, so this shows who still depends on advisory alone.
        </p>
      </section>
    </section>
  );
}
