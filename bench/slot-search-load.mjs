// Drives slot search with a realistic mix of searches and reports throughput and latency.
// Usage: node slot-search-load.mjs <base url> <token file> <label> <result file> [seconds] [warm-up seconds]
import autocannon from 'autocannon';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const [url, tokenFile, label, resultFile, seconds = '30', warmUpSeconds = '90'] = process.argv.slice(2);
const headers = { authorization: `Bearer ${readFileSync(tokenFile, 'utf8').trim()}` };
const get = async (path) => (await fetch(url + path, { headers })).json();

const services = (await get('/api/v1/social-services')).items.map((s) => s.id);
const areas = (await get('/api/v1/service-points')).items.map((p) => p.area);
const day = 24 * 3600 * 1000;
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];

// A counsellor on the phone: a social service, a start day within the next five months, and
// sometimes an area or a language; the first page of 20 times.
const paths = Array.from({ length: 2000 }, () => {
  const from = new Date(Date.now() + Math.floor(random() * 150) * day).toISOString();
  let path = `/api/v1/slots?socialService=${pick(services)}&from=${encodeURIComponent(from)}&limit=20`;
  const variant = random();
  if (variant < 0.2) path += `&area=${pick(areas)}`;
  else if (variant < 0.3) path += '&language=sv';
  return path;
});
let next = 0;
const request = { method: 'GET', headers, setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) };

const run = (duration) => new Promise((resolve, reject) =>
  autocannon({ url, connections: 32, duration, requests: [request] }, (err, result) => (err ? reject(err) : resolve(result))));

// warm-up: on two cores the JIT compilers stay busy for a minute or more under load; also the
// connection pool, database caches and the housekeeping after loading
await run(Number(warmUpSeconds));
const result = await run(Number(seconds));
const summary = {
  label,
  connections: 32,
  seconds: Number(seconds),
  requestsPerSecond: Math.round(result.requests.average),
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  total: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors,
};
mkdirSync(dirname(resultFile), { recursive: true });
writeFileSync(resultFile, JSON.stringify(summary, null, 2) + '\n');
console.log(JSON.stringify(summary));
