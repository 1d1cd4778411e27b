/**
 * A stand-in around the real task worker (out/main/task-worker.js) for the Stop tests: the worker
 * runs each task unchanged (progress, planner, file reading and all) but withholds its result, so
 * the task is still running when the test presses Stop, however fast the machine is. Without it, a
 * four-year plan of 4,000 students (~1 s) could finish before a click on a loaded 2-core runner
 * lands, and the test would race.
 */
const path = require('node:path');
const { parentPort } = require('node:worker_threads');

if (parentPort) {
  const post = parentPort.postMessage.bind(parentPort);
  parentPort.postMessage = (message) => {
    if (message && message.type === 'result') return;
    post(message);
  };
}

require(path.join(__dirname, '../../../out/main/task-worker.js'));
