/** Things main needs the user to know, e.g. "Recovered from a backup"; each stays until dismissed. */
import { useId } from 'react';
import type { Notice } from '../../../shared/ipc/types';
import { useMutations } from '../hooks/use-mutations';
import { useNotices } from '../hooks/use-school';

const levelWords: Readonly<Record<Notice['level'], string>> = { info: 'Note', warning: 'Warning', error: 'Problem' };

function NoticeItem({ notice }: { readonly notice: Notice }) {
  const { dismissNotice } = useMutations();
  const titleId = useId();
  const urgent = notice.level !== 'info';
  return (
    <section className={`notice is-${notice.level}`} role={urgent ? 'alert' : undefined} aria-labelledby={titleId}>
      <div>
        <h2 id={titleId}>
          <span className="visually-hidden">{levelWords[notice.level]}: </span>
          {notice.title}
        </h2>
        <p>{notice.detail}</p>
      </div>
      <button type="button" onClick={() => void dismissNotice(notice.id)}>
        Dismiss
      </button>
    </section>
  );
}

export function NoticesPanel() {
  const notices = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </div>
  );
}
