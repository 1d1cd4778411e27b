/** A select of adults (staffChoices), with a first option for none: a rule's adult, a group's lead or co-advisor. */
import type { StaffChoice } from '../lib/staff-choices';

interface Props {
  readonly id: string;
  /** A staff id, or '' for the first option. */
  readonly value: string;
  readonly choices: readonly StaffChoice[];
  /** The first option's words: "Choose an adult…", "No co-advisor". */
  readonly none: string;
  readonly disabled?: boolean;
  readonly describedBy?: string;
  readonly onChange: (staffId: string) => void;
}

export function StaffSelect({ id, value, choices, none, disabled = false, describedBy, onChange }: Props) {
  return (
    <select id={id} value={value} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{none}</option>
      {choices.map((a) => (
        <option key={a.id} value={a.id}>
          {a.label}
        </option>
      ))}
    </select>
  );
}
