#!/usr/bin/env bash
# Booking benchmark (README, "Benchmarks"): booking creates per second and latency with 32
# concurrent clients on free times and on five contended times; the mixed contended workload (64
# connections booking, holding, cancelling and rescheduling 20 hot times, BENCH_MIXED_RUNS runs of it,
# default 1) with its rate, p99, answers 5xx and PostgreSQL's deadlock count; and pgbench inserting
# straight into the booking table of the same database, so the service's rate is a share of the raw rate.
# Runs the packaged service on its embedded PostgreSQL with the service's default settings
# (fsync and synchronous commit on). Needs pgbench (PostgreSQL client tools) and Node.js.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAR=booking-adapters/target/quarkus-app/quarkus-run.jar
SECONDS_PER_RUN=${BENCH_SECONDS:-30}
PGBIN=$(dirname "$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)")
[ -x "$PGBIN/pgbench" ] || { echo "pgbench not found: install the PostgreSQL client tools"; exit 1; }
[ -f "$JAR" ] || ./mvnw -q package -DskipTests
(cd bench && { [ -x node_modules/.bin/autocannon ] || npm ci --no-audit --no-fund --loglevel=error; })

dir=$(mktemp -d)
port=$(free_port)
dbport=$(free_port)
echo "== loading the demo catalogue of 102 professionals (data in $dir)"
BOOKING_DATA_DIR=$dir QUARKUS_HTTP_PORT=$port BOOKING_EMBEDDED_DB_PORT=$dbport \
  BOOKING_DEMO_DATA_PROFESSIONALS_PER_SERVICE=17 java -Xms512m -Xmx1g -jar "$JAR" > "$dir/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2> /dev/null || true; wait $pid 2> /dev/null || true; rm -rf "$dir"' EXIT
await_ready "$port" $pid "$dir/service.log" 600

export PGHOST=localhost PGPORT=$dbport PGUSER=booking PGDATABASE=booking
PGPASSWORD=$(cat "$dir/postgres-secrets/booking") && export PGPASSWORD
deadlocks() { "$PGBIN/psql" -Atc "select deadlocks from pg_stat_database where datname = 'booking'"; }

echo "== the service: POST /api/v1/bookings"
node bench/booking-load.mjs "http://localhost:$port" "$dir" bench/results/booking-service.json "$SECONDS_PER_RUN"

echo "== the mixed contended workload: 64 connections, 20 hot times"
before=$(deadlocks)
node bench/booking-mixed-load.mjs "http://localhost:$port" "$dir" bench/results/booking-mixed.json \
  "$SECONDS_PER_RUN" "${BENCH_MIXED_RUNS:-1}"
node -e '
const fs = require("fs");
const file = "bench/results/booking-mixed.json";
const result = { ...JSON.parse(fs.readFileSync(file, "utf8")), deadlocks: Number(process.argv[1]) };
fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
console.log(`   ${result.runs} runs: ${result.serverErrors} answers 5xx, worst p99 ${result.worstP99Ms} ms, ${result.deadlocks} deadlocks`);
' "$(( $(deadlocks) - before ))"

echo "== the database alone: pgbench, 32 clients, inserting into the booking table"
"$PGBIN/psql" -q -c "create sequence if not exists pgbench_booking_time" \
  -c "select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'shared_buffers', 'max_connections')"
"$PGBIN/pgbench" -n -M prepared -c 32 -j 2 -T "$SECONDS_PER_RUN" -f bench/booking-insert.sql | tee "$dir/pgbench.log" | grep -E "tps|latency"
"$PGBIN/psql" -q -c "delete from booking where organisation_id = 'pgbench'" -c "drop sequence pgbench_booking_time"

node -e '
const fs = require("fs");
const service = require("./bench/results/booking-service.json");
const tps = Number(/tps = ([0-9.]+)/.exec(fs.readFileSync(process.argv[1], "utf8"))[1]);
const result = { ...service, pgbench: { clients: 32, transactionsPerSecond: Math.round(tps) },
  shareOfRawRate: Number((service.free.requestsPerSecond / tps).toFixed(2)) };
fs.writeFileSync("bench/results/booking-service.json", JSON.stringify(result, null, 2) + "\n");
console.log(`service ${service.free.requestsPerSecond}/s (p99 ${service.free.latencyMs.p99} ms), pgbench ${Math.round(tps)}/s: ` +
  `${result.shareOfRawRate} of the raw rate`);' "$dir/pgbench.log"
