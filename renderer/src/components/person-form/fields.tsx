/** Labelled form fields with their own validation message (aria-invalid + aria-describedby). */
import { useId, type ReactNode } from 'react';

interface Base {
  readonly label: string;
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
}

function Message({ id, error, hint }: { readonly id: string; readonly error?: string | undefined; readonly hint?: ReactNode }) {
  if (error) {
    return (
      <p id={id} className="field-error">
        {error}
      </p>
    );
  }
  return hint ? (
    <p id={id} className="hint">
      {hint}
    </p>
  ) : null;
}

interface TextProps extends Base {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly maxLength?: number;
  readonly inputMode?: 'numeric' | 'decimal' | 'email' | 'text';
  readonly readOnly?: boolean;
  readonly mono?: boolean;
}

/** A text input; numbers are typed as text too, so nothing is coerced before validation. */
export function TextField({ label, error, hint, value, onChange, maxLength = 200, inputMode, readOnly, mono }: TextProps) {
  const id = useId();
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        maxLength={maxLength}
        inputMode={inputMode}
        readOnly={readOnly}
        className={mono ? 'mono' : undefined}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-msg` : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
      <Message id={`${id}-msg`} error={error} hint={hint} />
    </div>
  );
}

interface SelectProps<V extends string> extends Base {
  readonly value: V;
  readonly options: readonly { readonly value: V; readonly label: string }[];
  readonly onChange: (value: V) => void;
}

/** A select whose values are the option strings, exactly. */
export function SelectField<V extends string>({ label, error, hint, value, options, onChange }: SelectProps<V>) {
  const id = useId();
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-msg` : undefined}
        onChange={(e) => onChange(e.currentTarget.value as V)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Message id={`${id}-msg`} error={error} hint={hint} />
    </div>
  );
}

/** A checkbox with its label on the right. */
export function CheckField({ label, checked, onChange }: { readonly label: string; readonly checked: boolean; readonly onChange: (checked: boolean) => void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}
