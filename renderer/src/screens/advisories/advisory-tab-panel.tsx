/**
 * The Advisories screen's views other than the board. With a scenario open on the board, the
 * views about placements (across the years, metrics, rules) show the scenario, and say so; the
 * scenarios list and the policy are the school's.
 */
import type { School } from '../../../../shared/domain/types';
import type { AdvisoryTab } from './advisory-tabs';
import { MetricsPanel } from './metrics-panel';
import { MultiYearView } from './multi-year-view';
import { PolicyPanel } from './policy-panel';
import { RulesPanel } from './rules-panel';
import { ScenariosPanel, type ScenarioFocus } from './scenarios-panel';

interface Props {
  readonly tab: Exclude<AdvisoryTab, 'board'>;
  readonly school: School;
  /** The school as the board shows it: with the open scenario's placements and advisors, else the school. */
  readonly view: School;
  readonly yearId: string;
  /** The scenario open on the board, if any. */
  readonly openId: string | null;
  readonly onOpen: (id: string | null) => void;
  readonly focus: ScenarioFocus | null;
}

/** "Showing the scenario “X”, not the plan." with the way back. */
function ScenarioNote({ name, onBack, rules }: { readonly name: string; readonly onBack: () => void; readonly rules: boolean }) {
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

/** The tab panel for `tab`. */
export function AdvisoryTabPanel({ tab, school, view, yearId, openId, onOpen, focus }: Props) {
  const scenario = openId ? school.scenarios[openId] : undefined;
  const showsScenario = !!scenario && (tab === 'years' || tab === 'metrics' || tab === 'rules');
  return (
    <div role="tabpanel" id="advisory-tab-panel" aria-labelledby={`advisory-tab-${tab}`} className="advisory-tab-panel">
      {showsScenario && <ScenarioNote name={scenario.name} rules={tab === 'rules'} onBack={() => onOpen(null)} />}
      {tab === 'years' && <MultiYearView school={view} />}
      {tab === 'metrics' && <MetricsPanel school={view} yearId={yearId} />}
      {tab === 'scenarios' && <ScenariosPanel school={school} yearId={yearId} openId={openId} onOpen={onOpen} focus={focus} />}
      {tab === 'policy' && <PolicyPanel school={school} />}
      {tab === 'rules' && <RulesPanel school={view} yearId={yearId} />}
    </div>
  );
}
