/** The Advisories screen's views other than the board, each about the plan (scenarios list them). */
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
  readonly yearId: string;
  /** The scenario open on the board, if any. */
  readonly openId: string | null;
  readonly onOpen: (id: string | null) => void;
  readonly focus: ScenarioFocus | null;
}

/** The tab panel for `tab`. */
export function AdvisoryTabPanel({ tab, school, yearId, openId, onOpen, focus }: Props) {
  return (
    <div role="tabpanel" id="advisory-tab-panel" aria-labelledby={`advisory-tab-${tab}`} className="advisory-tab-panel">
      {tab === 'years' && <MultiYearView school={school} />}
      {tab === 'metrics' && <MetricsPanel school={school} yearId={yearId} />}
      {tab === 'scenarios' && <ScenariosPanel school={school} yearId={yearId} openId={openId} onOpen={onOpen} focus={focus} />}
      {tab === 'policy' && <PolicyPanel school={school} />}
      {tab === 'rules' && <RulesPanel school={school} yearId={yearId} />}
    </div>
  );
}
