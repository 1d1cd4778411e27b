/** The heading of a screen, with the year it shows. */
import type { ReactNode } from 'react';

interface Props {
  readonly title: ReactNode;
  readonly subtitle?: ReactNode;
  readonly actions?: ReactNode;
}

export function ScreenHeader({ title, subtitle, actions }: Props) {
  return (
    <div className="screen-header">
      <div>
        <h1>{title}</h1>
        {subtitle !== undefined && <p className="muted">{subtitle}</p>}
      </div>
      {actions}
    </div>
  );
}
