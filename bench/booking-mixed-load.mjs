// The mixed contended workload: 64 connections on 20 hot times for the given seconds, mixing every
// write that takes or frees a time, and counting every answer by its status.
// Usage: node booking-mixed-load.mjs <base url> <data dir> <result file> [seconds] [runs]
//
// The hot times are 16 single times (four times on each of four professionals' calendars) and the
// places of four parent groups (capacity 8). Each request is one of:
//   book            a hot single time for a new client (201, or 409 when taken)
//   book with a key the same with an Idempotency-Key; every third one repeats the key and body of an
//                   earlier 201, which must give the same reply again
//   hold + confirm  holds a hot single time and books the hold (201 then 200, or 409)
//   cancel          a booking on a hot time (200, or 409 when another request moved or cancelled it first)
//   reschedule      a booking to another hot time of its calendar (201, or 409)
//   group place     a place in a hot parent group (201, or 409 when full)
// Cancels and reschedules take bookings that earlier requests made, so times are taken and freed all
// the time. Every answer other than 2xx and 409 is an error; the runs are judged by their 5xx count.
import http from 'node:http';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { bearer, bookingOf, freeTimes } from './free-times.mjs';

const [url, dataDir, resultFile, seconds = '30', runs = '1'] = process.argv.slice(2);
const CONNECTIONS = 64;
const { plans, times } = await freeTimes(url, dataDir);
const supervisor = { authorization: bearer(dataDir, 'supervisor'), 'content-type': 'application/json' };
const admin = { authorization: bearer(dataDir, 'administrator') };

// hot times from the far end of the free times, which booking-load.mjs books from the start of (all but
// its last five, its contended times), so they are free when this runs after it
const unused = times.slice(0, times.length - 5).reverse();
// four calendars with four hot single times each
const singles = [];
for (const plan of plans.slice(0, 4)) {
  const own = unused.filter((time) => time.plan === plan).slice(0, 4).map((time) => time.start);
  own.forEach((start) => singles.push({ plan, start, others: own.filter((other) => other !== start) }));
}
// four parent groups on family counselling calendars not among the four above
const products = (await (await fetch(`${url}/api/v1/bookable-products`, { headers: admin })).json()).items;
const parentGroup = products.find((product) => product.code === 'PARENT_GROUP');
const groupPlans = plans
  .filter((plan) => plan.resource.socialServiceIds.includes(parentGroup.socialServiceId))
  .filter((plan) => !plans.slice(0, 4).includes(plan))
  .slice(0, 4);
const groups = groupPlans.map((plan) => ({
  plan: { resource: plan.resource, product: parentGroup },
  start: unused.find((time) => time.plan === plan).start,
}));
if (singles.length !== 16 || groups.length !== 4) throw new Error('the demo catalogue has too few calendars');

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const target = new URL(url);
/** Sends the JSON text body as the supervisor; resolves with the status, the body and the time taken. */
function post(path, body, headers = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const request = http.request({
      host: target.hostname, port: target.port, path, method: 'POST', agent, headers: { ...supervisor, ...headers },
    }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve({
        status: response.statusCode, body: text, ms: Number(process.hrtime.bigint() - started) / 1e6,
      }));
    });
    request.on('error', (error) => resolve({ status: 0, body: String(error), ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    request.end(body);
  });
}

let client = 0; // a new client, and a new key, for every booking of every run
const booked = { singles: [], groups: [] }; // bookings on hot times that a cancel or a reschedule may take
const take = (list) => list.splice(Math.floor(Math.random() * list.length), 1)[0];
const pick = (list) => list[Math.floor(Math.random() * list.length)];

async function run(runSeconds) {
  const statuses = {};
  const operations = {};
  const latencies = [];
  const samples = [];
  const replies = []; // earlier keyed bookings that got a 201, and that reply, to repeat
  let requests = 0;
  let differentReplays = 0;
  const count = (operation, answer, expected) => {
    requests++;
    latencies.push(answer.ms);
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    const outcome = (operations[operation] ??= {});
    outcome[answer.status] = (outcome[answer.status] ?? 0) + 1;
    if (!expected.includes(answer.status) && samples.length < 10) samples.push(`${operation} ${answer.status} ${answer.body.slice(0, 300)}`);
  };
  const keep = (answer, first = (body) => body) => {
    if (answer.status === 201 || answer.status === 200) {
      const body = first(JSON.parse(answer.body));
      const start = Date.parse(body.start);
      const single = singles.find((time) => Date.parse(time.start) === start && time.plan.resource.id === body.resourceId);
      (single ? booked.singles : booked.groups).push({ id: body.id, single });
    }
  };
  const kinds = {
    async book() {
      const answer = await post('/api/v1/bookings', bookingOf(pick(singles), `mixed-${client++}`));
      count('book', answer, [201, 409]);
      keep(answer);
    },
    async bookWithKey() {
      if (replies.length > 0 && Math.random() < 1 / 3) {
        const earlier = pick(replies);
        const answer = await post('/api/v1/bookings', earlier.body, { 'idempotency-key': earlier.key });
        // 409 idempotency-key-in-use when two repeats of one key meet
        count('bookWithKeyRepeated', answer, [201, 409]);
        if (answer.status === 201 && JSON.stringify(JSON.parse(answer.body)) !== earlier.reply) differentReplays++;
        return;
      }
      const body = bookingOf(pick(singles), `mixed-${client++}`);
      const key = `mixed-key-${client}`;
      const answer = await post('/api/v1/bookings', body, { 'idempotency-key': key });
      count('bookWithKey', answer, [201, 409]);
      keep(answer);
      if (answer.status === 201 && replies.length < 1000) replies.push({ key, body, reply: JSON.stringify(JSON.parse(answer.body)) });
    },
    async holdAndConfirm() {
      const held = await post('/api/v1/holds', bookingOf(pick(singles), `mixed-${client++}`));
      count('hold', held, [201, 409]);
      if (held.status !== 201) return;
      const answer = await post(`/api/v1/bookings/${JSON.parse(held.body).id}/confirm`, '{}');
      count('confirm', answer, [200]);
      keep(answer);
    },
    async cancel() {
      const pool = Math.random() < 0.5 ? booked.singles : booked.groups;
      const booking = take(pool.length > 0 ? pool : booked.singles.length > 0 ? booked.singles : booked.groups);
      if (!booking) return kinds.book();
      const answer = await post(`/api/v1/bookings/${booking.id}/cancel`, JSON.stringify({ reason: 'CLIENT_REQUEST' }));
      count('cancel', answer, [200, 409]);
    },
    async reschedule() {
      const booking = take(booked.singles);
      if (!booking) return kinds.book();
      const answer = await post(`/api/v1/bookings/${booking.id}/reschedule`, JSON.stringify({
        start: pick(booking.single.others), reason: 'CLIENT_REQUEST',
      }));
      count('reschedule', answer, [201, 409]);
      keep(answer, (list) => list.items[0]);
      if (answer.status === 409) booked.singles.push(booking);
    },
    async groupPlace() {
      const answer = await post('/api/v1/bookings', bookingOf(pick(groups), `mixed-${client++}`));
      count('groupPlace', answer, [201, 409]);
      keep(answer);
    },
  };
  const mix = [
    ['book', 20], ['bookWithKey', 15], ['holdAndConfirm', 15], ['cancel', 20], ['reschedule', 15], ['groupPlace', 15],
  ].flatMap(([kind, weight]) => Array(weight).fill(kind));

  const until = Date.now() + runSeconds * 1000;
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONNECTIONS }, async () => {
    while (Date.now() < until) await kinds[pick(mix)]();
  }));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const at = (share) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))]);
  const serverErrors = Object.entries(statuses).filter(([status]) => status >= 500 || status === '0')
    .reduce((sum, [, n]) => sum + n, 0);
  return {
    connections: CONNECTIONS,
    seconds: runSeconds,
    requestsPerSecond: Math.round(requests / elapsed),
    latencyMs: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: Math.round(latencies[latencies.length - 1]) },
    requests,
    statuses,
    operations,
    serverErrors,
    differentReplays,
    unexpected: samples,
  };
}

await run(10); // warm-up of these paths
const results = [];
for (let i = 0; i < Number(runs); i++) {
  const result = await run(Number(seconds));
  console.log(`   mixed contended run ${i + 1}: ${result.requestsPerSecond} requests/s, p99 ${result.latencyMs.p99} ms, ` +
    `${result.serverErrors} answers 5xx, statuses ${JSON.stringify(result.statuses)}`);
  result.unexpected.forEach((line) => console.log(`     ${line}`));
  results.push(result);
}
mkdirSync(dirname(resultFile), { recursive: true });
writeFileSync(resultFile, JSON.stringify({
  runs: results.length,
  serverErrors: results.reduce((sum, result) => sum + result.serverErrors, 0),
  worstP99Ms: Math.max(...results.map((result) => result.latencyMs.p99)),
  results,
}, null, 2) + '\n');
