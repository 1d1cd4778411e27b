/**
 * The mapping step of the import wizard for generic CSV/Excel files: whether the file lists
 * students or staff, which column holds each field (with a few of its values beside it, so the
 * user sees `F`, `R`, `P` under "Lunch status"), and the mapping's problems in plain words.
 * The parent owns the mapping; every edit is handed back through onChange.
 */
import { useId, useMemo, type JSX } from 'react';
import {
  checkMapping,
  columnIndex,
  fieldsFor,
  isRequiredNow,
  mappedColumn,
  proposeMapping,
  type ColumnMapping,
  type FieldInfo,
  type GenericKind,
} from '../../../shared/import/generic';
import { headerKey } from '../../../shared/import/table-access';
import '../styles/import.css';

export interface MappingStepProps {
  readonly header: readonly string[];
  /** Up to 5 rows of raw values, to show beside each column. */
  readonly sample: readonly (readonly string[])[];
  readonly mapping: ColumnMapping;
  readonly remembered: boolean; // "Using the mapping you confirmed for this kind of file last time."
  readonly onChange: (mapping: ColumnMapping) => void;
}

const SAMPLES_SHOWN = 3;
const kinds: readonly { readonly kind: GenericKind; readonly label: string }[] = [
  { kind: 'students', label: 'Students' },
  { kind: 'staff', label: 'Staff' },
];

/** The header columns a field can be read from: named ones, each name once (the reader uses the first). */
function choosableColumns(header: readonly string[]): readonly string[] {
  const seen = new Set<string>();
  return header.filter((name) => {
    const key = headerKey(name);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One field: its label, the column select and the first values of the chosen column. */
function FieldRow(props: {
  readonly id: string;
  readonly info: FieldInfo;
  readonly mapping: ColumnMapping;
  readonly header: readonly string[];
  readonly columns: readonly string[];
  readonly sample: MappingStepProps['sample'];
  readonly invalid: boolean;
  readonly onPick: (column: string | null) => void;
}): JSX.Element {
  const { id, info, mapping, header, columns, sample, invalid, onPick } = props;
  const chosen = mappedColumn(mapping, info.field);
  const index = chosen === null ? -1 : columnIndex(header, chosen);
  // A remembered column this file lacks stays visible (and is reported) rather than silently dropped.
  const value = chosen === null ? '' : index >= 0 ? (header[index] ?? chosen) : chosen;
  const values = index >= 0 ? sample.slice(0, SAMPLES_SHOWN).map((row) => row[index] ?? '') : [];
  const required = isRequiredNow(info, mapping);
  return (
    <tr className={invalid ? 'is-invalid' : undefined}>
      <th scope="row">
        <label htmlFor={id}>{info.label}</label>
        {required && <span className="mapping-required"> required</span>}
      </th>
      <td>
        <select
          id={id}
          value={value}
          aria-required={required}
          aria-invalid={invalid}
          aria-describedby={info.hint ? `${id}-hint` : undefined}
          onChange={(e) => onPick(e.currentTarget.value === '' ? null : e.currentTarget.value)}
        >
          <option value="">— not in the file —</option>
          {chosen !== null && index < 0 && <option value={chosen}>{chosen} (not in this file)</option>}
          {columns.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        {info.hint && (
          <p id={`${id}-hint`} className="hint">
            {info.hint}
          </p>
        )}
      </td>
      <td>
        <div className="mapping-samples">
          {values.map((v, i) => (
            <span key={i} className={v.trim() === '' ? 'mapping-sample is-blank' : 'mapping-sample'}>
              {v.trim() === '' ? 'blank' : v}
            </span>
          ))}
        </div>
      </td>
    </tr>
  );
}

/** The mapping form: kind of file, one column select per field, and the mapping's problems. */
export function MappingStep({ header, sample, mapping, remembered, onChange }: MappingStepProps): JSX.Element {
  const baseId = useId();
  const fields = fieldsFor(mapping.kind);
  const columns = useMemo(() => choosableColumns(header), [header]);
  const problems = useMemo(() => checkMapping(mapping, header), [mapping, header]);
  const invalidKeys = new Set(problems.filter((d) => d.level === 'error' && d.column !== null).map((d) => headerKey(d.column ?? '')));

  const pick = (field: string, column: string | null): void => onChange({ kind: mapping.kind, columns: { ...mapping.columns, [field]: column } });

  return (
    <div className="mapping-step">
      {remembered && <p className="mapping-remembered">Using the mapping you confirmed for this kind of file last time.</p>}
      <fieldset className="mapping-kind">
        <legend>This file lists:</legend>
        {kinds.map(({ kind, label }) => (
          <label key={kind}>
            <input
              type="radio"
              name={`${baseId}-kind`}
              value={kind}
              checked={mapping.kind === kind}
              // The other kind has other fields: start from a fresh proposal for it.
              onChange={() => onChange(proposeMapping(header, kind))}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <div className="mapping-table-wrap">
        <table className="mapping-table">
          <caption>Which column of the file holds each field</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Column in the file</th>
              <th scope="col">First values</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((info) => {
              const chosen = mappedColumn(mapping, info.field);
              const missing = chosen === null && isRequiredNow(info, mapping);
              const invalid = missing || (chosen !== null && invalidKeys.has(headerKey(chosen)));
              return (
                <FieldRow
                  key={info.field}
                  id={`${baseId}-${info.field}`}
                  info={info}
                  mapping={mapping}
                  header={header}
                  columns={columns}
                  sample={sample}
                  invalid={invalid}
                  onPick={(column) => pick(info.field, column)}
                />
              );
            })}
          </tbody>
        </table>
      </div>
      {/* Always present, so screen readers announce problems as they appear. */}
      <div role="alert" className="mapping-problems">
        {problems.length > 0 && (
          <ul>
            {problems.map((d, i) => (
              <li key={i} className={d.level === 'error' ? 'is-error' : 'is-warning'}>
                {d.level === 'error' ? 'Fix: ' : 'Note: '}
                {d.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
