/** A labelled select for a filter bar; the empty value means "no filter". */
import { useId } from 'react';

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

interface Props {
  readonly label: string;
  readonly value: string;
  readonly options: readonly FilterOption[];
  readonly onChange: (value: string) => void;
  /** The wording of "no filter", e.g. "Any grade"; omit when every option is a real choice. */
  readonly anyLabel?: string;
}

/** One filter; it is outlined while it narrows the list, so an active filter is never missed. */
export function FilterSelect({ label, value, options, onChange, anyLabel }: Props) {
  const id = useId();
  return (
    <div className={`filter${anyLabel !== undefined && value !== '' ? ' is-active' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Column filters from a record of values, leaving out the empty ones (TanStack then skips them). */
export function toColumnFilters<K extends string>(values: { readonly [P in K]: string }): { id: string; value: string }[] {
  return (Object.entries(values) as [string, string][])
    .filter(([, v]) => v !== '')
    .map(([id, value]) => ({ id, value }));
}
