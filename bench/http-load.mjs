/**
 * The load generator of `clock-in-load.bench.ts`, run in a worker thread: the client's own work
 * (HTTP framing, JSON) runs on its own event loop and leaves the server's to the server, as
 * phones do. Sends each call of `workerData.calls` (openid and JSON body) to `POST /fn/api`,
 * `concurrency` at a time over keep-alive connections, and posts back the rate and latencies.
 */
import { Buffer } from 'node:buffer';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

const { url, concurrency, calls } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const target = new URL('/fn/api', url);

function post(openid, body) {
  return new Promise((ok, fail) => {
    const req = request(
      target,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-zhucun-openid': openid } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => ok(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

const times = [];
let failed = 0;
let firstFailure = null;
let next = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let i = next++; i < calls.length; i = next++) {
      const s = performance.now();
      const answer = await post(calls[i].openid, calls[i].body);
      times.push(performance.now() - s);
      if (!answer.ok) {
        failed += 1;
        firstFailure ??= answer.error;
      }
    }
  }),
);
const total = performance.now() - t0;
agent.destroy();
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
parentPort.postMessage({ rate: calls.length / (total / 1000), p50: q(0.5), p99: q(0.99), failed, firstFailure });
