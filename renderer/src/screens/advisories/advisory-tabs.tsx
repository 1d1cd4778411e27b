/** The Advisories screen's views: the board, the groups across the years, metrics, scenarios, policy, rules. */
export type AdvisoryTab = 'board' | 'years' | 'metrics' | 'scenarios' | 'policy' | 'rules';

const tabs: readonly { readonly id: AdvisoryTab; readonly label: string }[] = [
  { id: 'board', label: 'Board' },
  { id: 'years', label: 'Across the years' },
  { id: 'metrics', label: 'Metrics' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'policy', label: 'Policy' },
  { id: 'rules', label: 'Rules' },
];

/** The row of tabs above the Advisories screen's panels. */
export function AdvisoryTabs({ tab, onTab }: { readonly tab: AdvisoryTab; readonly onTab: (tab: AdvisoryTab) => void }) {
  return (
    <div role="tablist" aria-label="Advisory views" className="advisory-tabs">
      {tabs.map((t) => (
        <button key={t.id} type="button" role="tab" id={`advisory-tab-${t.id}`} aria-selected={tab === t.id} aria-controls="advisory-tab-panel" onClick={() => onTab(t.id)}>
          {t.label}
        </button>
      ))}
    </div>
  );
}
