#!/usr/bin/env bash
# Failover drill (README, "Running on two database servers"): the packaged service on a PostgreSQL primary with a
# synchronous standby (PostgreSQL's own streaming replication), found through a multi-host JDBC URL. Under booking
# load the primary is killed outright (SIGKILL to every one of its processes, as if its machine were lost) and the
# standby promoted with pg_ctl promote. Reports every booking confirmed with 201 that the new primary lacks (it must
# be none), the time from the kill to the first 201 after it, and what the service answered in between.
# Needs the PostgreSQL server binaries (PGBIN, by default Debian's /usr/lib/postgresql/15/bin) and Node.js.
# DRILL_SECONDS_BEFORE_KILL and DRILL_SECONDS_AFTER_KILL (20 each) set the phases; DRILL_KEEP=1 keeps the servers'
# data and logs in the temporary directory for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAR=booking-adapters/target/quarkus-app/quarkus-run.jar
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)}
BEFORE_KILL=${DRILL_SECONDS_BEFORE_KILL:-20}
AFTER_KILL=${DRILL_SECONDS_AFTER_KILL:-20}
for tool in initdb pg_ctl pg_basebackup postgres psql; do
  [ -x "$PGBIN/$tool" ] || { echo "$PGBIN/$tool not found: install the PostgreSQL server (Debian: postgresql-15) or set PGBIN"; exit 1; }
done
[ -f "$JAR" ] || ./mvnw -q package -DskipTests

dir=$(mktemp -d)
# PostgreSQL refuses to run as root: then the servers run as the postgres user, who owns the drill's directory
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$dir"
primary=$dir/primary standby=$dir/standby
primary_port=$(free_port) standby_port=$(free_port) port=$(free_port)
password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
service_pid=
cleanup() {
  [ -n "$service_pid" ] && { kill "$service_pid" 2> /dev/null || true; wait "$service_pid" 2> /dev/null || true; }
  for data in "$primary" "$standby"; do
    [ -f "$data/postmaster.pid" ] && as_postgres "$PGBIN/pg_ctl" -D "$data" -m immediate stop > /dev/null 2>&1 || true
  done
  [ -n "${DRILL_KEEP:-}" ] || rm -rf "$dir"
}
trap cleanup EXIT

echo "== a primary on port $primary_port and a synchronous standby on port $standby_port (data in $dir)"
as_postgres sh -c "umask 077 && cat > '$dir/pwfile'" <<< "$password"
as_postgres "$PGBIN/initdb" -D "$primary" -U postgres --auth=scram-sha-256 --pwfile="$dir/pwfile" > "$dir/initdb.log"
as_postgres tee -a "$primary/postgresql.conf" > /dev/null << EOF
port = $primary_port
listen_addresses = 'localhost'
unix_socket_directories = ''
wal_level = replica
max_wal_senders = 4
synchronous_commit = on
EOF
echo "host replication postgres 127.0.0.1/32 scram-sha-256" | as_postgres tee -a "$primary/pg_hba.conf" > /dev/null
as_postgres "$PGBIN/pg_ctl" -D "$primary" -l "$dir/primary.log" -w start > /dev/null
export PGHOST=localhost PGUSER=postgres PGPASSWORD=$password
"$PGBIN/psql" -q -p "$primary_port" -d postgres \
  -c "create role booking login password '$password'" -c "create database booking owner booking"

as_postgres env PGPASSWORD="$password" "$PGBIN/pg_basebackup" -h localhost -p "$primary_port" -U postgres \
  -D "$standby" -X stream
as_postgres tee -a "$standby/postgresql.conf" > /dev/null << EOF
port = $standby_port
# promoted, it has no standby of its own to wait for
synchronous_standby_names = ''
primary_conninfo = 'host=localhost port=$primary_port user=postgres password=$password application_name=standby'
EOF
as_postgres touch "$standby/standby.signal"
as_postgres "$PGBIN/pg_ctl" -D "$standby" -l "$dir/standby.log" -w start > /dev/null
# from now on a commit on the primary is confirmed only once the standby has it
"$PGBIN/psql" -q -p "$primary_port" -d postgres -c "alter system set synchronous_standby_names = 'standby'" \
  -c "select pg_reload_conf()" > /dev/null
for _ in $(seq 1 30); do
  state=$("$PGBIN/psql" -At -p "$primary_port" -d postgres -c "select sync_state from pg_stat_replication")
  [ "$state" = sync ] && break
  sleep 1
done
[ "$state" = sync ] || { echo "the standby did not become synchronous"; exit 1; }
echo "   replication: $state"

echo "== the service on jdbc:postgresql://localhost:$primary_port,localhost:$standby_port (the primary of the two)"
BOOKING_DATA_DIR=$dir/service QUARKUS_HTTP_PORT=$port BOOKING_DEMO_DATA_LOAD=true \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$primary_port,localhost:$standby_port/booking?targetServerType=primary&hostRecheckSeconds=1&connectTimeout=2" \
  QUARKUS_DATASOURCE_USERNAME=booking QUARKUS_DATASOURCE_PASSWORD=$password \
  java -Xms512m -Xmx1g -jar "$JAR" > "$dir/service.log" 2>&1 &
service_pid=$!
await_ready "$port" $service_pid "$dir/service.log" 300

echo "== booking with 8 connections; the primary is killed after ${BEFORE_KILL} s"
node bench/failover-load.mjs "http://localhost:$port" "$dir/service" "$dir/load.json" "$dir/stop" 8 &
load_pid=$!
until [ -f "$dir/stop.started" ]; do kill -0 $load_pid || exit 1; sleep 0.2; done
sleep "$BEFORE_KILL"
postmaster=$(head -1 "$primary/postmaster.pid")
# the postmaster and every backend at once, as when its machine is lost
kill -KILL "$postmaster" $(pgrep -P "$postmaster")
killed_at=$(date +%s%3N)
echo "   killed the primary (postmaster $postmaster and its processes)"
as_postgres "$PGBIN/pg_ctl" -D "$standby" -w promote > /dev/null
promoted_at=$(date +%s%3N)
echo "   promoted the standby in $((promoted_at - killed_at)) ms"
sleep "$AFTER_KILL"
touch "$dir/stop"
wait $load_pid

ids=$(node -e 'console.log(require(process.argv[1]).confirmed.map((c) => c.id).join("\n"))' "$dir/load.json")
printf '%s\n' "$ids" > "$dir/confirmed.txt"
"$PGBIN/psql" -q -v ON_ERROR_STOP=1 -p "$standby_port" -d booking -c "create temporary table confirmed (id uuid)" \
  -c "\\copy confirmed from '$dir/confirmed.txt'" \
  -At -c "select count(*) from confirmed c where not exists (select 1 from booking b where b.id = c.id)" > "$dir/lost.txt"
mkdir -p bench/results
node -e '
const fs = require("fs");
const [file, killedAt, promotedAt, lostFile, out] = process.argv.slice(1);
const { confirmed, refused } = JSON.parse(fs.readFileSync(file, "utf8"));
const killed = Number(killedAt), promoted = Number(promotedAt);
// the first booking asked for after the kill and confirmed
const firstAfter = confirmed.filter((c) => c.sent > killed).reduce((a, c) => Math.min(a, c.at), Infinity);
const byAnswer = {};
for (const r of refused) { const key = `${r.status} ${r.code ?? ""}`.trim(); byAnswer[key] = (byAnswer[key] ?? 0) + 1; }
const result = {
  confirmed: confirmed.length,
  confirmedBeforeKill: confirmed.filter((c) => c.at <= killed).length,
  lost: Number(fs.readFileSync(lostFile, "utf8").trim()),
  promotedAfterMs: promoted - killed,
  firstConfirmedAfterKillMs: firstAfter - killed,
  refused: byAnswer,
  errors5xxOther503: refused.filter((r) => r.status >= 500 && r.status !== 503).length,
};
fs.writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
console.log(JSON.stringify(result, null, 2));
' "$dir/load.json" "$killed_at" "$promoted_at" "$dir/lost.txt" bench/results/failover.json
lost=$(cat "$dir/lost.txt")
[ -n "$lost" ] || { echo "the confirmed bookings could not be checked"; exit 1; }
[ "$lost" = 0 ] || { echo "LOST $lost confirmed bookings"; exit 1; }
echo "== no confirmed booking lost"
