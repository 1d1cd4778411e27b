/** The banners while a scenario is open: on the board (what you are editing, and the ways out), and on the other views. */
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { Scenario } from '../../../../shared/domain/types';
import { scenarioCovers } from '../../../../shared/metrics/scenario-edits';

interface Props {
  readonly scenario: Scenario;
  readonly yearId: string;
  readonly onCompare: () => void;
  readonly onMakePlan: () => void;
  readonly onBack: () => void;
}

/** "You are editing the scenario “X”, not the plan." with Compare, Make it the plan… and Back to the plan. */
export function ScenarioBanner({ scenario, yearId, onCompare, onMakePlan, onBack }: Props) {
  const covers = scenarioCovers(scenario, yearId);
  return (
    <section className="scenario-banner" aria-label="Scenario on the board">
      <p>
        <strong>
          You are editing the scenario “{scenario.name}”, not the plan.
        </strong>
        {!covers && ` It does not cover ${schoolYearLabel(yearId)}: the board shows the plan there and cannot change it.`}
      </p>
      <div className="scenario-banner-actions">
        <button type="button" onClick={onCompare}>
          Compare with the plan
        </button>
        <button type="button" onClick={onMakePlan}>
          Make it the plan…
        </button>
        <button type="button" className="primary" onClick={onBack}>
          Back to the plan
        </button>
      </div>
    </section>
  );
}

/** "Showing the scenario “X”, not the plan." with the way back. */
export function ScenarioNote({ name, onBack, rules }: { readonly name: string; readonly onBack: () => void; readonly rules: boolean }) {
  return (
    <section className="scenario-banner" aria-label="Scenario shown">
      <p>
        <strong>Showing the scenario “{name}”, not the plan.</strong>
        {rules && ' Rules belong to the school: a rule deleted here is gone from the plan and every scenario.'}
      </p>
      <div className="scenario-banner-actions">
        <button type="button" className="primary" onClick={onBack}>
          Back to the plan
        </button>
      </div>
    </section>
  );
}
