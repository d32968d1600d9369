// Drives booking creation and reports throughput and latency, on free times and on contended ones.
// Usage: node booking-load.mjs <base url> <data dir> <result file> [seconds] [warm-up seconds]
//
// The demo teams' supervisor books for clients in the professionals' calendars: each request a
// different client at a time of its own (Mondays, Fridays and weekends, which the demo calendars
// leave free, every two hours from 7 to 19), so every booking is expected to succeed. Then 32
// connections book five contended times for ever new clients: the first of each wins, the rest are 409.
import autocannon from 'autocannon';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { bookingOf, freeTimes } from './free-times.mjs';

const [url, dataDir, resultFile, seconds = '30', warmUpSeconds = '120'] = process.argv.slice(2);
const { plans, times } = await freeTimes(url, dataDir);

let next = 0;
let client = 0;
const free = {
  method: 'POST',
  setupRequest: (req) => {
    const time = times[next++ % times.length];
    return { ...req, path: '/api/v1/bookings', headers: time.plan.headers, body: bookingOf(time, `bench-${client++}`) };
  },
};
const contendedTimes = times.slice(times.length - 5);
const contended = {
  method: 'POST',
  setupRequest: (req) => {
    const time = contendedTimes[client % 5];
    return { ...req, path: '/api/v1/bookings', headers: time.plan.headers, body: bookingOf(time, `bench-${client++}`) };
  },
};

const run = (request, duration) => new Promise((resolve, reject) =>
  autocannon({ url, connections: 32, duration, requests: [request] }, (err, result) => (err ? reject(err) : resolve(result))));
const summary = (result, seconds) => ({
  connections: 32,
  seconds,
  requestsPerSecond: Math.round(result.requests.average),
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  total: result.requests.total,
  created: result['2xx'],
  conflicts: result.non2xx,
  errors: result.errors,
});

console.log(`   ${plans.length} professionals, ${times.length} distinct free times`);
// warm-up: on two cores the JIT compilers are busy for one to two minutes under this load (the C2
// compiler still takes a tenth of the CPU after one minute on a slow day), so measure after two
await run(free, Number(warmUpSeconds));
const freeResult = summary(await run(free, Number(seconds)), Number(seconds));
console.log('   free times:', JSON.stringify(freeResult));
const contendedResult = summary(await run(contended, 10), 10);
console.log('   contended times:', JSON.stringify(contendedResult));
mkdirSync(dirname(resultFile), { recursive: true });
writeFileSync(resultFile, JSON.stringify({ free: freeResult, contended: contendedResult }, null, 2) + '\n');
