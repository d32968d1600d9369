#!/usr/bin/env bash
# Slot search benchmark (README, "Benchmarks"): the demo catalogue scaled to 100 professionals with
# six months of weekly released time and entries, searched by 32 concurrent clients; then the same
# with ten times the calendar data (nine more organisations of the same size in the same tables).
# Runs the packaged service on its embedded PostgreSQL with the service's default settings.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAR=booking-adapters/target/quarkus-app/quarkus-run.jar
SECONDS_PER_RUN=${BENCH_SECONDS:-30}
[ -f "$JAR" ] || ./mvnw -q package -DskipTests
(cd bench && { [ -x node_modules/.bin/autocannon ] || npm ci --no-audit --no-fund --loglevel=error; })

run() {
  local label=$1 organisations=$2
  local dir port pid
  dir=$(mktemp -d)
  port=$(free_port)
  echo "== $label: loading $organisations organisation(s) of 102 professionals (data in $dir)"
  BOOKING_DATA_DIR=$dir QUARKUS_HTTP_PORT=$port \
    BOOKING_DEMO_DATA_PROFESSIONALS_PER_SERVICE=17 BOOKING_DEMO_DATA_ORGANISATIONS=$organisations \
    java -Xms512m -Xmx1g -jar "$JAR" > "$dir/service.log" 2>&1 &
  pid=$!
  await_ready "$port" $pid "$dir/service.log" 600
  grep -h "Loaded the demo catalogue" "$dir/service.log" | sed 's/.*Loaded/   loaded/' | head -2
  node bench/slot-search-load.mjs "http://localhost:$port" "$dir/tokens/counsellor.jwt" "$label" \
    "bench/results/slot-search-$label.json" "$SECONDS_PER_RUN"
  kill $pid; wait $pid 2> /dev/null || true
  rm -rf "$dir"
}

run 1x 1
run 10x 10
node -e '
const a = require("./bench/results/slot-search-1x.json"), b = require("./bench/results/slot-search-10x.json");
console.log(`p99 ${a.latencyMs.p99} ms -> ${b.latencyMs.p99} ms (x${(b.latencyMs.p99 / a.latencyMs.p99).toFixed(2)}), ` +
  `throughput ${a.requestsPerSecond}/s -> ${b.requestsPerSecond}/s (x${(a.requestsPerSecond / b.requestsPerSecond).toFixed(2)} slower)`);'
