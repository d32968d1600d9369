#!/usr/bin/env bash
# Statistics benchmark (README, "Benchmarks"): one year of 100 professionals' bookings (156,600)
# and calendar entries (52,200) written straight into the embedded database of the packaged service,
# then every statistics answer timed over HTTP (curl, after one warm-up): the indicators, counts
# grouped by each dimension and by four at once, the CSV export and time use. Target: every answer
# under 1 second. Runs with the service's default database settings (fsync and synchronous commit on).
# Needs psql (PostgreSQL client tools).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
JAR=booking-adapters/target/quarkus-app/quarkus-run.jar
RUNS=${BENCH_RUNS:-5}
PGBIN=$(dirname "$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)")
[ -x "$PGBIN/psql" ] || { echo "psql not found: install the PostgreSQL client tools"; exit 1; }
[ -f "$JAR" ] || ./mvnw -q package -DskipTests

dir=$(mktemp -d)
port=$(free_port)
dbport=$(free_port)
BOOKING_DATA_DIR=$dir QUARKUS_HTTP_PORT=$port BOOKING_EMBEDDED_DB_PORT=$dbport \
  java -Xms512m -Xmx1g -jar "$JAR" > "$dir/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2> /dev/null || true; wait $pid 2> /dev/null || true; rm -rf "$dir"' EXIT
await_ready "$port" $pid "$dir/service.log" 600

echo "== loading one year (2025) of 100 professionals in ten teams of the demo organisation's supervisor"
export PGHOST=localhost PGPORT=$dbport PGUSER=booking PGDATABASE=booking
PGPASSWORD=$(cat "$dir/postgres-secrets/booking") && export PGPASSWORD
start=$(date +%s)
"$PGBIN/psql" -q -v ON_ERROR_STOP=1 <<'SQL'
create temporary table bench_resource as
select gen_random_uuid() as id, i,
       (select supervisor_subject from resource where organisation_id = 'kymenlaakso-demo'
          and supervisor_subject is not null limit 1) as supervisor
  from generate_series(1, 100) as i;
insert into resource (id, organisation_id, kind, name, team, supervisor_subject, social_service_ids, languages)
select r.id, 'kymenlaakso-demo', 'PROFESSIONAL', 'Bench ' || r.i, 'BENCH_' || (r.i % 10), r.supervisor,
       array[(select id from social_service where organisation_id = 'kymenlaakso-demo' order by code
               offset (r.i % 6) limit 1)], '{fi}'
  from bench_resource r;
-- weekdays of 2025, six one-hour bookings a day from 8:00 (Helsinki), each professional's clients their own
create temporary table bench_day as
select d::date as day from generate_series('2025-01-01'::date, '2025-12-31'::date, '1 day') as d
 where extract(isodow from d) < 6;
create temporary table bench_product as
select row_number() over (order by p.code) - 1 as n, p.id, p.contact_modes[1] as mode, p.social_service_id
  from bookable_product p where p.organisation_id = 'kymenlaakso-demo' and p.capacity = 1;
insert into booking (id, organisation_id, resource_id, product_id, during, occupied, capacity, time_key, contact_mode,
    client_reference, client_language, channel, booked_by, booked_at, status, version)
select gen_random_uuid(), 'kymenlaakso-demo', r.id, p.id, tstzrange(t, t + interval '1 hour'),
       tstzrange(t, t + interval '1 hour'), 1, gen_random_uuid()::text, p.mode,
       'bench-' || r.i || '-' || (extract(doy from d.day)::int * 6 + h) % 120, 'fi',
       (array['PROFESSIONAL', 'COUNSELLING', 'CLIENT_SELF_SERVICE', 'INTEGRATION', 'PROFESSIONAL'])[1 + (r.i + h) % 5],
       'bench', t - interval '14 days',
       (array['FULFILLED', 'FULFILLED', 'FULFILLED', 'NO_SHOW', 'CANCELLED', 'BOOKED'])[1 + (extract(doy from d.day)::int + h) % 6],
       0
  from bench_resource r cross join bench_day d cross join generate_series(0, 5) as h
  cross join lateral (select ((d.day + make_time(8 + h, 0, 0)) at time zone 'Europe/Helsinki') as t) as at_time
  join bench_product p on p.n = (r.i + h) % (select count(*) from bench_product);
insert into calendar_entry (id, organisation_id, resource_id, entry_type, blocks_booking, during)
select gen_random_uuid(), 'kymenlaakso-demo', r.id, e.type, e.blocks,
       tstzrange((d.day + e.at) at time zone 'Europe/Helsinki', (d.day + e.at + interval '1 hour') at time zone 'Europe/Helsinki')
  from bench_resource r cross join bench_day d
  cross join (values ('TEAM_MEETING', true, time '14:00'), ('DOCUMENTATION', false, time '15:00')) as e(type, blocks, at);
analyze;
select (select count(*) from booking where booked_by = 'bench') as bookings,
       (select count(*) from calendar_entry e join resource r on r.id = e.resource_id where r.name like 'Bench %') as entries;
select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'shared_buffers', 'work_mem');
SQL
echo "   loaded in $(( $(date +%s) - start )) s"

token=$(cat "$dir/tokens/supervisor.jwt")
base="http://localhost:$port/api/v1/statistics"
year="from=2025-01-01&to=2025-12-31"
results=()
worst=0
for query in "indicators?$year" "indicators?$year&audience=EXTERNAL" "bookings?$year" \
             "bookings?$year&groupBy=CHANNEL" "bookings?$year&groupBy=SERVICE_TASK" "bookings?$year&groupBy=SOCIAL_SERVICE" \
             "bookings?$year&groupBy=CONTACT_MODE" "bookings?$year&groupBy=STATUS" "bookings?$year&groupBy=SERVICE_POINT" \
             "bookings?$year&groupBy=CHANNEL,SOCIAL_SERVICE,CONTACT_MODE,STATUS" "bookings?$year&groupBy=CHANNEL,SERVICE_TASK|csv" \
             "time-use?$year"; do
  path=${query%|csv}
  accept="application/json"; [ "$path" != "$query" ] && accept="text/csv"
  curl -fs -o /dev/null -H "Authorization: Bearer $token" -H "Accept: $accept" "$base/$path"
  times=()
  for _ in $(seq 1 "$RUNS"); do
    times+=("$(curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" -H "Accept: $accept" "$base/$path")")
  done
  max=$(printf '%s\n' "${times[@]}" | sort -g | tail -1)
  median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
  printf '%-80s median %6.0f ms, max %6.0f ms\n' "$query" "$(echo "$median * 1000" | bc)" "$(echo "$max * 1000" | bc)"
  results+=("{\"query\":\"$query\",\"medianMs\":$(echo "$median * 1000 / 1" | bc),\"maxMs\":$(echo "$max * 1000 / 1" | bc)}")
  worst=$(echo "if ($max > $worst) $max else $worst" | bc)
done
printf '{\n  "rows": {"bookings": 156600, "calendarEntries": 52200},\n  "runsPerQuery": %s,\n  "worstMs": %s,\n  "queries": [\n    %s\n  ]\n}\n' \
  "$RUNS" "$(echo "$worst * 1000 / 1" | bc)" "$(IFS=,; echo "${results[*]}" | sed 's/},{/},\n    {/g')" > bench/results/statistics.json
echo "worst answer: $(echo "$worst * 1000 / 1" | bc) ms (target: under 1000 ms)"
