/**
 * `npm run bench`: prints figures and instance sizes. Targets are printed beside each figure.
 * `npm run bench -- --reference` also runs the exact HiGHS reference on the large planner instances.
 */
import os from 'node:os';
import { runAppReplanBench } from './app-replan-bench';
import { boardBench } from './board-bench';
import { runImportBench } from './import-bench';
import { runPlannerBench } from './planner-bench';
import { runStoreBench } from './store-bench';
import { tableBench } from './table-bench';

const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  log(`Advisory Planner benchmarks — node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
  runStoreBench(log);
  await runImportBench(log);
  // The in-app re-plan and the Chromium benches use the build (npm run build first).
  await runAppReplanBench(log);
  await tableBench();
  await boardBench(log);
  // Last: its HiGHS reference runs leave a large WebAssembly heap behind.
  await runPlannerBench(log, process.argv.includes('--reference'));
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exitCode = 1;
});
