// Books free times without pause for the failover drill (failover.sh) and keeps every answer: each
// confirmed booking's id, and when each answer came. Stops when the file <stop file> appears.
// Usage: node failover-load.mjs <base url> <data dir> <result file> <stop file> [connections]
// Writes <stop file>.started when it begins to book.
import { existsSync, writeFileSync } from 'node:fs';
import { bookingOf, freeTimes } from './free-times.mjs';

const [url, dataDir, resultFile, stopFile, connections = '8'] = process.argv.slice(2);
const { times } = await freeTimes(url, dataDir);

writeFileSync(`${stopFile}.started`, `${Date.now()}\n`);
let next = 0;
const confirmed = [];
const refused = [];

async function client(n) {
  while (!existsSync(stopFile)) {
    const time = times[next++ % times.length];
    const sent = Date.now();
    try {
      const response = await fetch(`${url}/api/v1/bookings`, {
        method: 'POST', headers: time.plan.headers, body: bookingOf(time, `drill-${n}-${sent}`),
        signal: AbortSignal.timeout(30_000),
      });
      const body = await response.json().catch(() => ({}));
      if (response.status === 201) {
        confirmed.push({ id: body.id, sent, at: Date.now() });
      } else {
        refused.push({ status: response.status, code: body.code ?? null, at: Date.now() });
        if (response.status >= 500) await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } catch (e) {
      refused.push({ status: 0, code: e.name, at: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

await Promise.all(Array.from({ length: Number(connections) }, (_, n) => client(n)));
writeFileSync(resultFile, JSON.stringify({ confirmed, refused }) + '\n');
