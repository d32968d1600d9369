// Drives booking creation and reports throughput and latency, on free times and on contended ones.
// Usage: node booking-load.mjs <base url> <data dir> <result file> [seconds] [warm-up seconds]
//
// The demo teams' supervisor books for clients in the professionals' calendars: each request a
// different client at a time of its own (Mondays, Fridays and weekends, which the demo calendars
// leave free, every two hours from 7 to 19), so every booking is expected to succeed. Then 32
// connections book five contended times for ever new clients: the first of each wins, the rest are 409.
import autocannon from 'autocannon';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const [url, dataDir, resultFile, seconds = '30', warmUpSeconds = '120'] = process.argv.slice(2);
const bearer = (persona) => `Bearer ${readFileSync(`${dataDir}/tokens/${persona}.jwt`, 'utf8').trim()}`;
const admin = { authorization: bearer('administrator') };
// the demo teams' supervisor keeps every demo calendar, so books in all of them as a professional
const supervisor = { authorization: bearer('supervisor'), 'content-type': 'application/json' };
const get = async (path) => (await fetch(url + path, { headers: admin })).json();

const products = (await get('/api/v1/bookable-products')).items.filter((p) => p.channels.includes('PROFESSIONAL') && p.capacity === 1);
const professionals = (await get('/api/v1/resources')).items.filter((r) => r.kind === 'PROFESSIONAL');
const plans = professionals.map((resource) => ({
  resource,
  product: products.find((p) => resource.socialServiceIds.includes(p.socialServiceId)),
  headers: supervisor,
})).filter((plan) => plan.product);

// every free time: days from next Monday for 260 weeks (more than a fast run books), 07:00-19:00 local every two hours
const day = 24 * 3600 * 1000;
const monday = new Date();
monday.setUTCHours(12, 0, 0, 0);
monday.setTime(monday.getTime() + ((8 - monday.getUTCDay()) % 7 || 7) * day);
const helsinki = (date, hour) => {
  const offset = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', timeZoneName: 'shortOffset' })
    .formatToParts(date).find((part) => part.type === 'timeZoneName').value === 'GMT+3' ? 3 : 2;
  const start = new Date(date);
  start.setUTCHours(hour - offset, 0, 0, 0);
  return start.toISOString();
};
const times = [];
for (let week = 0; week < 260; week++) {
  for (const weekday of [0, 4, 5, 6]) {
    const date = new Date(monday.getTime() + (week * 7 + weekday) * day);
    for (let hour = 7; hour <= 19; hour += 2) {
      for (const plan of plans) times.push({ plan, start: helsinki(date, hour) });
    }
  }
}
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (let i = times.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [times[i], times[j]] = [times[j], times[i]];
}

let next = 0;
let client = 0;
const free = {
  method: 'POST',
  setupRequest: (req) => {
    const { plan, start } = times[next++ % times.length];
    return { ...req, path: '/api/v1/bookings', headers: plan.headers, body: JSON.stringify({
      resourceId: plan.resource.id, productId: plan.product.id, contactMode: plan.product.contactModes[0], start,
      client: `bench-${client++}`,
    }) };
  },
};
const contendedTimes = times.slice(times.length - 5);
const contended = {
  method: 'POST',
  setupRequest: (req) => {
    const { plan, start } = contendedTimes[client % 5];
    return { ...req, path: '/api/v1/bookings', headers: plan.headers, body: JSON.stringify({
      resourceId: plan.resource.id, productId: plan.product.id, contactMode: plan.product.contactModes[0], start,
      client: `bench-${client++}`,
    }) };
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
