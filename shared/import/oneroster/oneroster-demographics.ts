/**
 * demographics.csv: gender from `sex`, and the subgroup flags when the file carries them as
 * extension columns (`economicallyDisadvantaged`, `ext:iep504`, `englishLearner`…). Only the
 * flags whose columns exist are set, and an empty cell sets nothing, so a re-import never blanks
 * what the school knows.
 */
import type { Gender } from '../../domain/types';
import type { ImportedStudent, SourceTable } from '../model';
import { headerKey, TableAccess } from '../table-access';
import { parseFlag } from '../values';
import type { ReadContext } from './oneroster-context';
import { q } from './oneroster-context';
import { checkHeader } from './oneroster-headers';
import { SEX_VALUES } from './oneroster-spec';
import { readEnum, readStatus } from './oneroster-values';

type Flags = NonNullable<ImportedStudent['flags']>;
type FlagName = keyof Flags;

/** One person's demographics. */
export type DemographicRecord = { readonly gender?: Gender; readonly flags?: Flags };

/** Demographics by user sourcedId, and a report of rows naming nobody in users.csv. */
export type Demographics = {
  readonly get: (sourcedId: string) => DemographicRecord | undefined;
  /** Warns (once) about demographics of users not read from users.csv. */
  readonly reportUnknown: (isKnown: (sourcedId: string) => boolean) => void;
};

/** Accepted column names of each flag (compared without case, spaces, underscores, `metadata.`, `ext:`). */
const FLAG_COLUMNS: Readonly<Record<FlagName, readonly string[]>> = {
  economicallyDisadvantaged: ['economicallydisadvantaged', 'econdisadvantaged'],
  iep504: ['iep504', 'iep', '504', 'section504', 'iepor504'],
  englishLearner: ['englishlearner', 'ell', 'limitedenglishproficiency', 'el', 'lep'],
};

/** The flag a column carries, if any. */
export function flagOfColumn(name: string): FlagName | null {
  const key = headerKey(name).replace(/^metadata/, '').replace(/^ext:?/, '');
  for (const [flag, names] of Object.entries(FLAG_COLUMNS) as [FlagName, readonly string[]][]) {
    if (names.includes(key)) return flag;
  }
  return null;
}

const EMPTY: Demographics = { get: () => undefined, reportUnknown: () => undefined };

/** Reads demographics.csv (absent: nothing). */
export function readDemographics(table: SourceTable | undefined, ctx: ReadContext): Demographics {
  if (!table) return EMPTY;
  const checked = checkHeader(table, 'demographics', ctx, (name) => flagOfColumn(name) !== null);
  if (!checked.readable) return EMPTY;
  const access = new TableAccess(checked.table);
  const file = table.file;
  const flagColumns = checked.table.header
    .map((name) => ({ name, flag: flagOfColumn(name) }))
    .filter((c): c is { name: string; flag: FlagName } => c.flag !== null);
  const records = new Map<string, DemographicRecord & { row: number }>();
  for (let i = 0; i < access.length; i += 1) {
    const sourcedId = access.get(i, 'sourcedId');
    if (sourcedId === '' || records.has(sourcedId)) continue;
    const row = access.ref(i).row;
    if (readStatus(access, i, ctx) === 'tobedeleted') continue;
    const sex = readEnum(access, i, 'sex', SEX_VALUES, ctx);
    let gender: Gender | undefined;
    if (sex === 'male' || sex === 'female' || sex === 'unspecified') gender = sex;
    else if (sex === 'other') {
      ctx.log.note({ file, row, column: access.spelling('sex') }, 'sex-other', 'sex “other” was read as the gender non-binary.');
      gender = 'non-binary';
    }
    const flags: { -readonly [K in FlagName]?: boolean } = {};
    for (const { name, flag } of flagColumns) {
      const raw = (checked.table.rows[i]?.[checked.table.header.indexOf(name)] ?? '').trim();
      if (raw === '') continue;
      const value = parseFlag(raw);
      if (value === null) {
        ctx.log.note({ file, row, column: name }, `bad-flag-${name}`, `${name} ${q(raw)} is neither yes nor no; it was ignored.`);
        continue;
      }
      // Separate IEP and 504 columns: a student is flagged when either says so.
      flags[flag] = (flags[flag] ?? false) || value;
    }
    const hasFlags = Object.keys(flags).length > 0;
    records.set(sourcedId, { row, ...(gender ? { gender } : {}), ...(hasFlags ? { flags } : {}) });
  }
  return {
    get: (sourcedId) => records.get(sourcedId),
    reportUnknown: (isKnown) => {
      for (const [sourcedId, r] of records) {
        if (!isKnown(sourcedId)) ctx.log.note({ file, row: r.row }, 'unknown-user', `Demographics of ${q(sourcedId)}, who is not a student or staff member in users.csv, were not read.`);
      }
    },
  };
}
