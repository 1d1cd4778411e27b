/** Temporary data folders under os.tmpdir(), removed after each test. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** Returns a function that makes a fresh temp folder; every folder it made is removed after each test. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'advisory-planner-unit-'));
    made.push(dir);
    return dir;
  };
}

/** The permission bits of a file or folder, e.g. 0o600. */
export function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777;
}
