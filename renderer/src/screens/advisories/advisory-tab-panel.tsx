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
import { ScenarioNote } from './scenario-banner';
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
