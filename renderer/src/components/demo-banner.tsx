/** Says plainly that the demo is made up, and offers the way out: start a real school. */
import { useSchool } from '../hooks/use-school';
import { openDialog } from '../state/dialog-store';

export function DemoBanner() {
  const school = useSchool();
  if (!school.info.isDemo) return null;
  return (
    <section className="demo-banner" aria-label="Demo school">
      <div>
        <p className="demo-title">Demo school — generated sample data, not real students</p>
        <p>Try anything here. When you are ready for your own rosters, start a real school.</p>
      </div>
      <button type="button" className="primary" onClick={() => openDialog('start-real-school')}>
        Start a real school
      </button>
    </section>
  );
}
