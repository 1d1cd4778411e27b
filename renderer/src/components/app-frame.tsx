/** The window's layout once the school is loaded: sidebar, top bar, screen, status bar. */
import { useEffect, useRef } from 'react';
import { useUiPrefs } from '../hooks/use-ui-prefs';
import { ImportWizard } from '../import/import-wizard';
import { ScreenView } from '../screens/screen-view';
import { DemoBanner } from './demo-banner';
import { NoticesPanel } from './notices-panel';
import { Sidebar } from './sidebar';
import { StartRealSchoolDialog } from './start-real-school-dialog';
import { StatusBar } from './status-bar';
import { TopBar } from './top-bar';

export function AppFrame() {
  const { screen } = useUiPrefs();
  const mainRef = useRef<HTMLElement>(null);

  // A new screen starts at the top, not wherever the previous one was scrolled to.
  useEffect(() => {
    mainRef.current?.scrollTo({ top: 0 });
  }, [screen]);

  return (
    <div className="app">
      <Sidebar />
      <TopBar />
      <main ref={mainRef} className="content">
        <NoticesPanel />
        <DemoBanner />
        {/* Keyed so each screen's local state (search, selection) starts fresh when you come back. */}
        <ScreenView key={screen} screen={screen} />
      </main>
      <StatusBar />
      <StartRealSchoolDialog />
      <ImportWizard />
    </div>
  );
}
