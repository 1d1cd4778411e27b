/** Shows the screen chosen in the sidebar. */
import { assertNever } from '../../../shared/domain/ids';
import type { ScreenId } from '../../../shared/ipc/types';
import { AdvisoriesScreen } from './advisories/advisories-screen';
import { ClubsScreen } from './clubs-screen';
import { DashboardScreen } from './dashboard-screen';
import { ExportsScreen } from './exports-screen';
import { RelationshipsScreen } from './relationships-screen';
import { StaffScreen } from './staff/staff-screen';
import { StipendsScreen } from './stipends-screen';
import { StudentsScreen } from './students/students-screen';

export function ScreenView({ screen }: { readonly screen: ScreenId }) {
  switch (screen) {
    case 'dashboard':
      return <DashboardScreen />;
    case 'students':
      return <StudentsScreen />;
    case 'staff':
      return <StaffScreen />;
    case 'advisories':
      return <AdvisoriesScreen />;
    case 'relationships':
      return <RelationshipsScreen />;
    case 'clubs':
      return <ClubsScreen />;
    case 'stipends':
      return <StipendsScreen />;
    case 'exports':
      return <ExportsScreen />;
    default:
      return assertNever(screen, 'screen');
  }
}
