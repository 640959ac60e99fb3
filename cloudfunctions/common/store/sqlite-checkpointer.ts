import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Copies a SQLite file's write-ahead log into the database from a worker thread with a
 * connection of its own: PASSIVE checkpoints every `everyMs`, which never block a writer or a
 * reader. The copy and its fsyncs then no longer stall the thread that answers requests (with
 * SQLite's own checkpoint they stalled it 10–20 ms every thousand pages). Durability does not
 * change: a committed transaction is in the log before the checkpoint copies it.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
let reported = false;
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (e) {
    if (!reported) parentPort.postMessage(String(e));
    reported = true;
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): void;
}

/**
 * Starts the checkpointing thread for `file`; null where the driver module cannot be located
 * (nothing changes then). `failed` runs if the thread stops by an error, so the connection can
 * take its checkpoints back.
 */
export function startCheckpointer(file: string, everyMs: number, failed: () => void): Checkpointer | null {
  let driver: string;
  try {
    driver = createRequire(__filename).resolve('better-sqlite3');
  } catch {
    return null;
  }
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, file, everyMs } });
  worker.on('message', (problem) => console.error(`SQLite checkpoints: ${String(problem)}`));
  worker.on('error', (e) => {
    console.error('SQLite checkpoints stopped', e);
    failed();
  });
  worker.unref();
  return { stop: () => worker.postMessage('stop') };
}
