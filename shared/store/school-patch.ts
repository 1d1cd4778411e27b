/**
 * What changed between two versions of a school, as a short list of replacements, so main can
 * bring the task worker's copy up to date instead of copying the whole school for every task.
 *
 * Commands never mutate: a new school shares every untouched object with the old one, so the diff
 * only compares references and walks where they differ (a moved student costs one entry).
 * Objects are walked to MAX_DEPTH (school → placements → year → student); deeper values and arrays
 * are replaced whole.
 */

/** Replace the value at `path` (undefined: delete it). */
export type PatchOp = readonly [path: readonly string[], value: unknown];

const MAX_DEPTH = 3;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The ops that turn `prev` into `next`, or null when there are more than `limit` (send it whole). */
export function diffSchool(prev: object, next: object, limit: number): PatchOp[] | null {
  const ops: PatchOp[] = [];
  const walk = (a: unknown, b: unknown, path: string[]): boolean => {
    if (a === b) return true;
    if (path.length < MAX_DEPTH && isRecord(a) && isRecord(b)) {
      for (const key of Object.keys(b)) if (!walk(a[key], b[key], [...path, key])) return false;
      for (const key of Object.keys(a)) {
        if (!Object.hasOwn(b, key)) {
          ops.push([[...path, key], undefined]);
          if (ops.length > limit) return false;
        }
      }
      return true;
    }
    ops.push([path, b]);
    return ops.length <= limit;
  };
  return walk(prev, next, []) ? ops : null;
}

/**
 * Applies ops to `target` in place (the worker's own copy) and returns it. The ops' values become
 * part of `target` and may be changed by later patches, so they must be the target's to keep: the
 * worker gets them as copies through postMessage.
 */
export function applySchoolPatch<T extends object>(target: T, ops: readonly PatchOp[]): T {
  for (const [path, value] of ops) {
    if (path.length === 0) throw new Error('A school patch cannot replace the whole school.');
    let node = target as Record<string, unknown>;
    for (const key of path.slice(0, -1)) {
      const child = node[key];
      if (!isRecord(child)) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    const last = path[path.length - 1] as string;
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return target;
}
