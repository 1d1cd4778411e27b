/** Looking at what main left in its data folder: files, their modes, and descriptors still open. */
import fs from 'node:fs';
import path from 'node:path';

/** Lists every file under `dir` (recursively), as sorted paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full).map((f) => `${entry.name}/${f}`));
    else out.push(entry.name);
  }
  return out.sort();
}

/** The permission bits of a file or folder, e.g. 0o600. */
export function modeOf(file: string): number {
  return fs.statSync(file).mode & 0o777;
}

/** Files under `dir` this process has open; null where /proc/self/fd does not exist (not Linux). */
export function openFilesUnder(dir: string): string[] | null {
  if (!fs.existsSync('/proc/self/fd')) return null;
  const open: string[] = [];
  for (const fd of fs.readdirSync('/proc/self/fd')) {
    try {
      const target = fs.readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(dir + path.sep)) open.push(target);
    } catch {
      // The descriptor readdir itself used is closed by now.
    }
  }
  return open;
}
