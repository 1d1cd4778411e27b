/**
 * Every advisory group across the school years: one row per group, one column per year, each
 * cell "Rivera · 15 · 13 stayed", with a marker where the adult changed. Grouped by class; the
 * first column stays in view while the years scroll sideways.
 */
import { Fragment, useMemo, useState } from 'react';
import { schoolYearLabel } from '../../../../shared/domain/dates';
import type { School } from '../../../../shared/domain/types';
import { multiYearRows, type GroupYearCell, type GroupYearsRow } from '../../../../shared/metrics/multi-year';
import { formatCount, plural } from '../../lib/format';

type Order = 'class-asc' | 'class-desc' | 'name';

const orderWords: Readonly<Record<Order, string>> = {
  'class-asc': 'Class, oldest first',
  'class-desc': 'Class, youngest first',
  name: 'Group name',
};

function classLabel(classOf: number | null): string {
  return classOf === null ? 'Mixed grades' : `Class of ${classOf}`;
}

function Cell({ cell }: { readonly cell: GroupYearCell | null }) {
  if (!cell) return <td className="myv-closed" aria-label="Not open" />;
  const lead = cell.leadName ?? 'No lead';
  return (
    <td className={cell.adultChanged ? 'myv-cell is-changed' : 'myv-cell'}>
      <span className={cell.leadName ? undefined : 'muted'}>{lead}</span> · {formatCount(cell.size)}
      {cell.stayed !== null && <> · {formatCount(cell.stayed)} stayed</>}
      {cell.adultChanged && (
        <span className="myv-marker" title="The lead advisor changed this year">
          {' '}
          ● new adult
        </span>
      )}
    </td>
  );
}

function sortRows(rows: readonly GroupYearsRow[], order: Order): GroupYearsRow[] {
  const byName = (a: GroupYearsRow, b: GroupYearsRow): number => a.name.localeCompare(b.name) || a.groupId.localeCompare(b.groupId);
  if (order === 'name') return [...rows].sort(byName);
  const sign = order === 'class-asc' ? 1 : -1;
  // Groups with no class (mixed grades) come last either way.
  const byClass = (a: GroupYearsRow, b: GroupYearsRow): number => {
    if (a.classOf === b.classOf) return 0;
    if (a.classOf === null) return 1;
    if (b.classOf === null) return -1;
    return sign * (a.classOf - b.classOf);
  };
  return [...rows].sort((a, b) => byClass(a, b) || byName(a, b));
}

/** The multi-year table of advisory groups (one row per group, one column per school year). */
export function MultiYearView({ school }: { readonly school: School }) {
  const { years, rows } = useMemo(() => multiYearRows(school), [school]);
  const [order, setOrder] = useState<Order>('class-asc');
  const sorted = useMemo(() => sortRows(rows, order), [rows, order]);
  const grouped = order !== 'name';
  return (
    <section className="advisory-panel multi-year" aria-label="Advisory groups across the years">
      <div className="myv-head">
        <p className="muted">
          {plural(rows.length, 'advisory group')} over {plural(years.length, 'school year')}. Each cell: lead advisor · students · how many were in the group the year before.
        </p>
        <label className="myv-order">
          Sort by{' '}
          <select value={order} onChange={(e) => setOrder(e.currentTarget.value as Order)}>
            {(Object.keys(orderWords) as Order[]).map((o) => (
              <option key={o} value={o}>
                {orderWords[o]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="myv-scroll">
        <table className="myv-table" aria-label="Advisory groups by school year">
          <thead>
            <tr>
              <th scope="col" className="myv-sticky">
                Advisory group
              </th>
              {years.map((y) => (
                <th key={y} scope="col">
                  {schoolYearLabel(y)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row, i) => {
              const first = grouped && (i === 0 || sorted[i - 1]?.classOf !== row.classOf);
              return (
                <Fragment key={row.groupId}>
                  {first && (
                    <tr className="myv-class">
                      <th scope="rowgroup" colSpan={years.length + 1} className="myv-sticky">
                        {classLabel(row.classOf)}
                      </th>
                    </tr>
                  )}
                  <tr>
                    <th scope="row" className="myv-sticky">
                      {row.name}
                      {row.room && <span className="muted myv-room"> · room {row.room}</span>}
                    </th>
                    {row.cells.map((cell, j) => (
                      <Cell key={years[j]} cell={cell} />
                    ))}
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p>There are no advisory groups yet.</p>}
    </section>
  );
}
