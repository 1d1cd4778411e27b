/**
 * Ordered schema migrations for saved schools. Each step takes a document of version `from` and
 * returns one of version `from + 1`. Steps are pure and run in order; a gap is an error.
 */

/** The schema version this build writes. Bump it only together with a new migration step. */
export const SCHEMA_VERSION = 1;

export interface Migration {
  readonly from: number;
  /** One line for the notice shown after an upgrade. */
  readonly describe: string;
  readonly migrate: (school: unknown) => unknown;
}

/**
 * Real migrations, oldest first. Version 1 is the first released schema, so the list is empty;
 * the runner below is exercised by tests with synthetic steps so the first real one lands on
 * tested machinery.
 */
export const migrations: readonly Migration[] = [];

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/** Runs the steps that lead from `version` to `target`; refuses newer data and gaps in the chain. */
export function migrate(
  school: unknown,
  version: number,
  target: number = SCHEMA_VERSION,
  steps: readonly Migration[] = migrations,
): { readonly school: unknown; readonly applied: readonly string[] } {
  if (!Number.isInteger(version) || version < 1) {
    throw new MigrationError(`The file says it has schema version ${String(version)}, which is not a version this app ever wrote.`);
  }
  if (version > target) {
    throw new MigrationError(
      `This school was saved by a newer version of Advisory Planner (data version ${version}; this app reads up to ${target}). Update the app to open it.`,
    );
  }
  let current = school;
  const applied: string[] = [];
  for (let v = version; v < target; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) throw new MigrationError(`No migration from data version ${v} to ${v + 1}.`);
    current = step.migrate(current);
    applied.push(step.describe);
  }
  return { school: current, applied };
}
