/** The migration runner, with synthetic steps: order, gaps, newer data refused, invalid versions. */
import { describe, expect, it } from 'vitest';
import { migrate, MigrationError, migrations, SCHEMA_VERSION, type Migration } from '../../shared/store/migrations';
import { deepFreeze } from './helpers/school';

interface Doc {
  readonly trail: readonly string[];
}

/** A step that records itself in the document's trail (pure: returns a new document). */
function step(from: number): Migration {
  return { from, describe: `Upgraded data from version ${from} to ${from + 1}`, migrate: (d) => ({ trail: [...(d as Doc).trail, `${from}->${from + 1}`] }) };
}

function errorOf(run: () => unknown): MigrationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MigrationError);
    return error as MigrationError;
  }
  throw new Error('expected a MigrationError');
}

describe('migrate', () => {
  const doc: Doc = deepFreeze({ trail: [] });

  it('runs the steps from the file version up to the target, in version order whatever the list order', () => {
    const result = migrate(doc, 1, 4, [step(3), step(1), step(2)]);
    expect((result.school as Doc).trail).toEqual(['1->2', '2->3', '3->4']);
    expect(result.applied).toEqual([step(1).describe, step(2).describe, step(3).describe]);
  });

  it('starts at the version the file has', () => {
    const result = migrate(doc, 3, 4, [step(1), step(2), step(3)]);
    expect((result.school as Doc).trail).toEqual(['3->4']);
  });

  it('returns the data untouched when it is already at the target', () => {
    const result = migrate(doc, 4, 4, [step(1), step(2), step(3)]);
    expect(result.school).toBe(doc);
    expect(result.applied).toEqual([]);
  });

  it('refuses a gap in the chain and names the missing step', () => {
    expect(errorOf(() => migrate(doc, 1, 4, [step(1), step(3)])).message).toBe('No migration from data version 2 to 3.');
    expect(doc.trail).toEqual([]);
  });

  it('refuses data from a newer version with a message that says to update the app', () => {
    const message = errorOf(() => migrate(doc, 7, 4, [step(1), step(2), step(3)])).message;
    expect(message).toMatch(/newer version of Advisory Planner/);
    expect(message).toContain('data version 7');
    expect(message).toContain('reads up to 4');
    expect(message).toMatch(/Update the app/);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses the invalid version %s', (version) => {
    expect(errorOf(() => migrate(doc, version, 4, [step(1), step(2), step(3)])).message).toMatch(/not a version this app ever wrote/);
  });

  it('a throwing step stops the run: its error reaches the caller', () => {
    const broken: Migration = { from: 2, describe: 'broken', migrate: () => { throw new Error('step 2 failed'); } };
    expect(() => migrate(doc, 1, 3, [step(1), broken])).toThrow('step 2 failed');
  });
});

describe('the real migration list', () => {
  it('has a step for every version below SCHEMA_VERSION, so every released version still opens', () => {
    for (let v = 1; v < SCHEMA_VERSION; v++) expect(migrations.some((m) => m.from === v)).toBe(true);
    expect(() => migrate({ any: 'school' }, 1)).not.toThrow();
  });

  it('at the current version, migrate changes nothing', () => {
    const school = { any: 'school' };
    expect(migrate(school, SCHEMA_VERSION)).toEqual({ school, applied: [] });
  });

  it('steps, if any, move exactly one version each and are listed oldest first', () => {
    migrations.forEach((m, i) => expect(m.from).toBe(i + 1));
    expect(migrations.length).toBe(SCHEMA_VERSION - 1);
  });
});
