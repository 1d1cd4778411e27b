/** A labelled search field with the row count beside it (announced politely as it changes). */
import { useId, type ReactNode } from 'react';

interface Props {
  readonly label: string;
  readonly placeholder: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The count, e.g. "312 of 1,200 students". */
  readonly children: ReactNode;
}

export function SearchBox({ label, placeholder, value, onChange, children }: Props) {
  const id = useId();
  return (
    <div className="search-row">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={value} placeholder={placeholder} autoComplete="off" spellCheck={false} onChange={(e) => onChange(e.currentTarget.value)} />
      <p className="row-count" aria-live="polite">
        {children}
      </p>
    </div>
  );
}
