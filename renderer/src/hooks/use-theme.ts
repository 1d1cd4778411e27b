/**
 * Applies the theme preference to <html data-theme>. With "system" the attribute is removed and
 * the stylesheet follows the OS (prefers-color-scheme), live, without any script.
 */
import { useEffect } from 'react';
import { useUiPrefs } from './use-ui-prefs';

export function useTheme(): void {
  const { theme } = useUiPrefs();
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
