/** The district's stipend rules in words, and this year's sponsor appointments. */
import { useMemo } from 'react';
import { schoolYearLabel } from '../../../shared/domain/dates';
import { FactList, type Fact } from '../components/fact-list';
import { LaterNote } from '../components/later-note';
import { ScreenHeader } from '../components/screen-header';
import { useSchool } from '../hooks/use-school';
import { useViewYearId } from '../hooks/use-view-year';
import { clubFigures } from '../lib/club-figures';
import { countStart, plural } from '../lib/format';
import { describeAmount, describeCap, describeSplit } from '../lib/stipend-words';

export function StipendsScreen() {
  const school = useSchool();
  const yearId = useViewYearId();
  const figures = useMemo(() => clubFigures(school, yearId), [school, yearId]);
  const rules = Object.values(school.stipendRules).sort((a, b) => a.name.localeCompare(b.name));
  const year = schoolYearLabel(yearId);
  const facts: Fact[] = [
    { key: 'rules', text: `${plural(rules.length, 'stipend rule')} on file.` },
    {
      key: 'appointments',
      text: `${plural(figures.appointments, 'sponsor appointment')} in ${year} (${plural(figures.sponsors, 'person', 'people')}).`,
    },
    {
      key: 'approval',
      attention: figures.awaitingApproval > 0,
      text: `${countStart(figures.awaitingApproval, 'appointment')} still waiting for board approval.`,
    },
  ];
  return (
    <>
      <ScreenHeader title="Stipends" subtitle={`Stipend rules and sponsor appointments for ${year}`} />
      <FactList label="Stipend figures" facts={facts} />
      {rules.length > 0 && (
        <section className="card" aria-labelledby="rules-title">
          <h2 id="rules-title">Stipend rules</h2>
          <ul className="rule-list">
            {rules.map((rule) => (
              <li key={rule.id}>
                <strong>{rule.name}</strong>: {describeAmount(rule.amount)}; {describeSplit(rule.split)}; {describeCap(rule.cap)}.
                <span className="muted">
                  {' '}
                  Budget code {rule.budgetCode || '—'} · {rule.paymentSchedule || 'no payment schedule set'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <LaterNote tools="Each sponsor’s stipend amount, the budget check and the payroll export" />
    </>
  );
}
