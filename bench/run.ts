/** `npm run bench`: prints figures and instance sizes. Targets are printed beside each figure. */
import os from 'node:os';
import { runStoreBench } from './store-bench';
import { tableBench } from './table-bench';

const log = (line: string): void => console.log(line);
log(`Advisory Planner benchmarks — node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
runStoreBench(log);
// The table bench drives Chromium, so it is asynchronous; it runs after the store figures.
tableBench().catch((error: unknown) => {
  console.error('table bench failed:', error);
  process.exitCode = 1;
});
