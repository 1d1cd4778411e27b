/** The section list on the left; Ctrl/Cmd+1…8 reach the same sections (see use-keyboard-shortcuts). */
import type { UiPrefs } from '../../../shared/ipc/types';
import { setScreen, setTheme, useUiPrefs } from '../hooks/use-ui-prefs';
import { screenLabels, screenOrder, shortcutLabel } from '../lib/screens';

const themes: readonly { readonly value: UiPrefs['theme']; readonly label: string }[] = [
  { value: 'system', label: 'Automatic' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function Sidebar() {
  const { screen, theme } = useUiPrefs();
  return (
    <nav aria-label="Sections" className="sidebar">
      <div className="brand">Advisory Planner</div>
      <ul>
        {screenOrder.map((id, index) => (
          <li key={id}>
            <button
              type="button"
              aria-current={id === screen ? 'page' : undefined}
              aria-keyshortcuts={`Control+${index + 1} Meta+${index + 1}`}
              title={`${screenLabels[id]} (${shortcutLabel(String(index + 1))})`}
              onClick={() => setScreen(id)}
            >
              {screenLabels[id]}
            </button>
          </li>
        ))}
      </ul>
      <div className="sidebar-footer">
        <label htmlFor="theme-select">Theme</label>
        <select id="theme-select" value={theme} onChange={(e) => setTheme(e.currentTarget.value as UiPrefs['theme'])}>
          {themes.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
