#!/usr/bin/env bash
# Financing plans and bookings on PostgreSQL, over HTTP at one instance: a population of people with their compartments
# (on average 4, some with 20), GET /api/v1/financing-plans open-loop at a fixed rate, then bookings (the plan, then
# POST /api/v1/bookings on its fingerprint) and, in the same run on the same database, the ledger's single-transfer
# rate (one hold per command) as the reference the booking rate is a ratio to.
#
#   bash bench/plans.sh                                           # 1,000,000 people, 500 plans a second for 60 s
#   BENCH_PEOPLE=20000 BENCH_WARMUP_SECONDS=15 BENCH_SECONDS=20 BENCH_BOOK_PEOPLE=1000 BENCH_LEDGER_SECONDS=10 \
#       BENCH_PROFILE=off bash bench/plans.sh                      # the small run (about four minutes)
#
# Knobs (environment):
#   BENCH_PEOPLE            people, each with 1 to 6 compartments (3% with 20)          (default 1000000)
#   BENCH_RATE              plans a second, sent open-loop                                (default 500)
#   BENCH_SECONDS           the measured drive                                            (default 60)
#   BENCH_WARMUP_SECONDS    the warm-up drive before it, same rate, not reported          (default 60)
#   BENCH_PLAN_PEOPLE       people who ask for plans (a random sample, each with a token)  (default 40000, at most half)
#   BENCH_BOOK_PEOPLE       people who book, in each of the two booking runs              (default 3000, at most 1/8)
#   BENCH_BOOK_WARMUP_PEOPLE  people who book first, to warm up the booking path (not reported)
#                                                                                         (default 1000, at most 1/16)
#   BENCH_IN_FLIGHT         bookings in flight, and the ledger reference's threads         (default 8)
#   BENCH_LEDGER_SECONDS    the ledger reference's measurement (after 5 s of warm-up)      (default 20)
#   BENCH_POOL_SIZE         database connections of the instance                          (default 10)
#   BENCH_FLOOR_SECONDS     the floor: GET /api/v1/me, same people and rate, after the plans (default 20; 0: none)
#   BENCH_PROFILE           on: a flight recording of a further drive at the same rate     (default on)
#   BENCH_PROFILE_SECONDS   its length                                                    (default 20)
#   BENCH_INSTANCE_OPTS     JVM options for the instance  (default -Xms2g -Xmx2g -XX:MaxGCPauseMillis=10: a fixed
#                           heap, and G1 asked for short pauses instead of its default target of 200 ms)
#   BENCH_DRIVER_OPTS       extra JVM options for the driver's modes                      (default none)
#   BENCH_ACCESS_LOG        on: the instance writes an access log with each request's time in the instance, and the
#                           report compares it with the driver's latency of the plans     (default on)
#   BENCH_SEED              the seed of the population and of every drive                 (default 2027)
#   BENCH_PORT              the instance's loopback port                                  (default 18091)
#   BENCH_KEEP_DB           on: keep the database afterwards (for EXPLAIN by hand)        (default off: dropped)
#   BENCH_REUSE             on: no setup; the database and target/bench/plans/ of an earlier run with
#                           BENCH_KEEP_DB=on, to compare a change on the same population  (default off)
#   BENCH_BOOKINGS          off: plans only (no bookings, ledger reference or check)     (default on; off when reusing)
#   BENCH_DB                database to (re)create; its name must contain "bench"         (default leerbudget_bench_plans)
#   PGHOST PGPORT PGUSER PGPASSWORD                 (default localhost 5432 leerbudget leerbudget)
#   JAVA_HOME               a JDK 21+                (default /usr/lib/jvm/temurin-25-jdk-amd64)
#
# Steps: package the application once (and the test classes, where the driver lives); recreate the database; set up
# offerings, funders, people and compartments (nl.leerbudget.bench.Plans setup, timed) with a development key file the
# instance shares; start one instance from the packaged jar (demo data off); the plan drive (Plans drive); the flight
# recording (Plans profile); EXPLAIN ANALYZE of the plan's queries; the bookings (Plans book, Plans post); the ledger
# reference (Plans ledger); the check (Plans check); stop the instance. Exits non-zero when the check fails.
# Report: target/bench/plans-report.md; files of the run under target/bench/plans/.
set -euo pipefail

cd "$(dirname "$0")/.."
people=${BENCH_PEOPLE:-1000000}
rate=${BENCH_RATE:-500}
seconds=${BENCH_SECONDS:-60}
warmup=${BENCH_WARMUP_SECONDS:-60}
plan_people=${BENCH_PLAN_PEOPLE:-40000}
book_people=${BENCH_BOOK_PEOPLE:-3000}
warm_people=${BENCH_BOOK_WARMUP_PEOPLE:-1000}
in_flight=${BENCH_IN_FLIGHT:-8}
ledger_seconds=${BENCH_LEDGER_SECONDS:-20}
pool_size=${BENCH_POOL_SIZE:-10}
floor_seconds=${BENCH_FLOOR_SECONDS:-20}
profile=${BENCH_PROFILE:-on}
profile_seconds=${BENCH_PROFILE_SECONDS:-20}
seed=${BENCH_SEED:-2027}
port=${BENCH_PORT:-18091}
keep=${BENCH_KEEP_DB:-off}
access_log=${BENCH_ACCESS_LOG:-on}
reuse=${BENCH_REUSE:-off}
bookings=${BENCH_BOOKINGS:-on}
# The people of an earlier run have booked already: the same requests again would be replays.
[[ $reuse == on ]] && bookings=off
db=${BENCH_DB:-leerbudget_bench_plans}
source bench/lib.sh
out=target/bench
run=$out/plans
url=http://127.0.0.1:$port
started_script=$SECONDS

require_bench_db "$db"
require_postgres

log "Packaging the application"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
./mvnw -B -q -Dspotless.check.skip=true dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
jar=$(ls target/leerbudget-*.jar | grep -v original | head -n 1)
classpath=target/test-classes:target/classes:$(cat target/bench-classpath.txt)

if [[ $reuse == on ]]; then
    [[ -f $run/setup.properties ]] || { echo "BENCH_REUSE=on: no $run/setup.properties of an earlier run" >&2; exit 2; }
    psql -X -q -d "$db" -c "select 1" >/dev/null || { echo "BENCH_REUSE=on: no database $db" >&2; exit 2; }
    find "$run" -maxdepth 1 -type f ! -name 'setup.*' ! -name '*.tsv' ! -name 'dev-key.json' \
        ! -name 'ledger-compartments.txt' -delete
else
    rm -rf "$run"
    mkdir -p "$run"
    recreate_db "$db"
fi
export LEERBUDGET_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db?reWriteBatchedInserts=true"
export LEERBUDGET_DB_USER=$PGUSER LEERBUDGET_DB_PASSWORD=$PGPASSWORD
export LEERBUDGET_DEMO_DATA=false LEERBUDGET_DEV_ISSUER=http://localhost:$port/dev-idp
export LEERBUDGET_DEV_KEY_FILE=$run/dev-key.json

postgres_uid=$(id -u postgres 2>/dev/null || echo -1)
bench_java() {
    "$JAVA_HOME/bin/java" ${BENCH_DRIVER_OPTS:-} -cp "$classpath" -Dbench.dir="$run" -Dbench.keyFile="$LEERBUDGET_DEV_KEY_FILE" \
        -Dbench.seed="$seed" -Dbench.postgresUid="$postgres_uid" -Dbench.clockTicks="$(getconf CLK_TCK)" "$@"
}
quiet() { grep -v -E '^\s*$|INFO|WARN|DEBUG' || true; }

if [[ $reuse == on ]]; then
    log "Reusing the population of an earlier run in $db"
    setup_seconds=$(sed -n 's/^scriptSetupSeconds=//p' "$run/setup.properties")
    analyze_seconds=$(sed -n 's/^analyzeSeconds=//p' "$run/setup.properties")
else
    log "Setup: offerings, funders, $people people and their compartments"
    setup_started=$(date +%s.%N)
    bench_java -Xmx4g -Dbench.people="$people" -Dbench.planPeople="$plan_people" -Dbench.bookPeople="$book_people" \
        -Dbench.bookWarmupPeople="$warm_people" nl.leerbudget.bench.Plans setup 2>&1 | tee "$run/setup.log" | quiet
    grep -q '^compartments=' "$run/setup.properties" 2>/dev/null || { tail -n 30 "$run/setup.log" >&2; exit 1; }
    analyze_started=$(date +%s.%N)
    psql -X -q -d "$db" -c "vacuum analyze"
    analyze_seconds=$(awk "BEGIN { printf \"%.0f\", $(date +%s.%N) - $analyze_started }")
    setup_seconds=$(awk "BEGIN { printf \"%.0f\", $(date +%s.%N) - $setup_started }")
    printf 'scriptSetupSeconds=%s\nanalyzeSeconds=%s\n' "$setup_seconds" "$analyze_seconds" >>"$run/setup.properties"
fi
database_size=$(psql -X -At -d "$db" -c "select pg_size_pretty(pg_database_size(current_database()))")
echo "Setup took ${setup_seconds} s (vacuum analyze ${analyze_seconds} s); database $database_size"

pid=
stop_instance() {
    if [[ -n $pid ]]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        pid=
    fi
}
trap stop_instance EXIT

log "Starting the instance on port $port"
gc_log=-Xlog:gc:file=$run/instance-gc.log
access=()
if [[ $access_log == on ]]; then
    # Per request: when it began (epoch ms), the time in the instance (microseconds), whether the connection stays
    # open (+) or is closed (-), the status and the path.
    access=(--server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$PWD/$run"
        --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log
        --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=true
        "--server.tomcat.accesslog.pattern=%{begin:msec}t %D %X %s %U")
fi
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" "$gc_log" ${BENCH_INSTANCE_OPTS--Xms2g -Xmx2g -XX:MaxGCPauseMillis=10} -jar "$jar" --server.port="$port" \
    --spring.datasource.hikari.maximum-pool-size="$pool_size" "${access[@]}" >"$run/instance.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    curl -fs "$url/actuator/health" >/dev/null 2>&1 && break
    sleep 1
done
curl -fs "$url/actuator/health" >/dev/null || { tail -n 30 "$run/instance.log" >&2; exit 1; }
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

log "Plans: $rate a second open-loop, ${warmup} s warm-up, ${seconds} s measured"
bench_java -Xmx2g -Dbench.url="$url" -Dbench.instancePid="$pid" -Dbench.rate="$rate" \
    -Dbench.warmupSeconds="$warmup" -Dbench.seconds="$seconds" -Dbench.name=drive \
    nl.leerbudget.bench.Plans drive 2>&1 | tee "$run/drive.log" | quiet

if ((floor_seconds > 0)); then
    log "Floor: GET /api/v1/me, the same people, $rate a second open-loop, ${floor_seconds} s"
    bench_java -Xmx2g -Dbench.url="$url" -Dbench.instancePid="$pid" -Dbench.rate="$rate" -Dbench.warmupSeconds=10 \
        -Dbench.seconds="$floor_seconds" -Dbench.statsPause=0 -Dbench.name=floor -Dbench.target=me \
        nl.leerbudget.bench.Plans drive 2>&1 | tee "$run/floor.log" | quiet
fi

if [[ $profile == on ]]; then
    log "Profile: a flight recording of the instance during a further ${profile_seconds} s at $rate a second"
    "$JAVA_HOME/bin/jcmd" "$pid" JFR.start name=plans settings=profile filename="$PWD/$run/instance.jfr" >/dev/null
    bench_java -Xmx2g -Dbench.url="$url" -Dbench.instancePid="$pid" -Dbench.rate="$rate" -Dbench.warmupSeconds=0 \
        -Dbench.seconds="$profile_seconds" -Dbench.statsPause=0 -Dbench.name=profiled \
        nl.leerbudget.bench.Plans drive 2>&1 | tee "$run/profiled.log" | quiet
    "$JAVA_HOME/bin/jcmd" "$pid" JFR.stop name=plans >/dev/null
    bench_java nl.leerbudget.bench.Plans profile "$run/instance.jfr" >"$run/profile.log" 2>&1 || true
fi

log "EXPLAIN ANALYZE of the plan's queries, for a person with 20 compartments"
setting() { sed -n "s/^$1=//p" "$run/setup.properties" | sed 's/\\//g'; }
learning_account=$(setting exampleLearningAccount)
offering=$(setting offering.0)
subject=$(psql -X -At -d "$db" -c "select s.subject from login_subject s join app_user u on u.id = s.user_id
    where u.person_id = '$(setting examplePerson)'")
funders=$(psql -X -At -d "$db" -c "select string_agg(distinct '''' || funder_account_id::text || '''', ', ')
    from ledger_account where learning_account_id = '$learning_account'")
columns="id, kind, unit, name, allow_negative, funder_type, learning_account_id, funder_account_id,
    cond_offering_types, cond_recognised_only, cond_offering_id, cond_sectors, valid_from, valid_until,
    expiry_rule, expired_at, debits_posted, credits_posted, debits_pending, credits_pending, created_at"
{
    for query in \
        "select u.id from app_user u join login_subject s on s.user_id = u.id where s.issuer = '$LEERBUDGET_DEV_ISSUER' and s.subject = '$subject'" \
        "select o.id, v.* from offering o join offering_version v on v.offering_id = o.id and v.version = o.current_version where o.id = '$offering' order by o.updated_at, o.id limit 1" \
        "select id, person_id, opened_at from learning_account where id = '$learning_account'" \
        "select $columns from ledger_account where learning_account_id = '$learning_account' order by created_at, id" \
        "select $columns from ledger_account where id in ($funders)"; do
        echo "$query" | tr -s ' \n' ' '
        echo
        psql -X -At -d "$db" -c "explain (analyze, buffers, costs off) $query" | sed 's/^/    /'
        echo
    done
} >"$run/explain.txt" 2>&1
cat "$run/explain.txt"

check_status=0
if [[ $bookings == on ]]; then
    log "Bookings: warming up the booking path ($warm_people people, not reported)"
    bench_java -Xmx1g -Dbench.url="$url" -Dbench.instancePid="$pid" -Dbench.inFlight="$in_flight" \
        -Dbench.statsPause=0 nl.leerbudget.bench.Plans warm 2>&1 | tee "$run/warm.log" | quiet
    # The booking and ledger tables were empty when the setup analysed them: the planner then reads them whole for
    # every lookup by key. A running system's autovacuum analyses them as they fill; here it is done at once.
    psql -X -q -d "$db" -c "analyze"

    log "Bookings: the plan, then the booking, $in_flight in flight ($book_people people)"
    bench_java -Xmx1g -Dbench.url="$url" -Dbench.instancePid="$pid" -Dbench.inFlight="$in_flight" \
        nl.leerbudget.bench.Plans book 2>&1 | tee "$run/book.log" | quiet
    log "Bookings: the booking POST alone (the plans fetched first), $in_flight in flight ($book_people other people)"
    bench_java -Xmx1g -Dbench.url="$url" -Dbench.instancePid="$pid" -Dbench.inFlight="$in_flight" \
        nl.leerbudget.bench.Plans post 2>&1 | tee "$run/post.log" | quiet

    log "Reference: the ledger, one hold per command, $in_flight threads, ${ledger_seconds} s (same database)"
    bench_java -Xmx1g -Dbench.inFlight="$in_flight" -Dbench.ledgerSeconds="$ledger_seconds" \
        nl.leerbudget.bench.Plans ledger 2>&1 | tee "$run/ledger.log" | quiet

    log "Checking"
    bench_java nl.leerbudget.bench.Plans check 2>&1 | tee "$run/check.log" | quiet || check_status=$?
    grep -q '^CHECK PASSED' "$run/check.log" || check_status=1
else
    echo "Plans only: no bookings, ledger reference or check" | tee "$run/check.log"
fi
stop_instance

figure() {
    [[ -f $run/$1.properties ]] || { echo "–"; return; }
    sed -n "s/^$2=//p" "$run/$1.properties" | sed 's/\\//g'
}
ratio() {
    [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]] || { echo "n/a"; return; }
    awk "BEGIN { if ($2 > 0) printf \"%.3f\", $1 / $2; else print \"n/a\" }"
}
p99=$(figure drive p99)
verdict=$(awk -v p99="$p99" -v rate="$(figure drive sentPerSecond)" -v target="$rate" -v errors="$(figure drive errors)" \
    'BEGIN { if (p99 + 0 <= 20 && rate >= 0.99 * target && errors == 0) print "**met**"; else print "**not met**" }')
stats_table() {
    local name=$1 key
    [[ -f $run/$name.properties ]] || return 0
    for key in $(figure "$name" statsMoved | tr ',' ' '); do
        printf '| %s | %s |\n' "$key" "$(figure "$name" "stats.$key")"
    done
}
cat >"$out/plans-report.md" <<REPORT
# Financing plans and bookings (PostgreSQL)

$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GB, load $load_before before the drive;
PostgreSQL $(psql -X -At -d postgres -c 'show server_version') (shared_buffers $(psql -X -At -d postgres -c 'show shared_buffers'));
$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); one instance, $pool_size connections. Seed $seed.

Population: $(grep -m1 '^Population' "$run/check.log" 2>/dev/null | sed 's/^Population: //' || echo "$(setting people) people, $(setting compartments) compartments").
Setup ${setup_seconds} s: people $(setting peopleSeconds) s, compartments through \`Ledger.creditInBulk\` $(setting compartmentSeconds) s,
$(setting tokens) access tokens $(setting tokenSeconds) s, vacuum analyze ${analyze_seconds} s; database $database_size.
The whole script took $((SECONDS - started_script)) s.

## Plans: GET /api/v1/financing-plans, open-loop at $rate a second

$(figure drive requests) requests in ${seconds} s after ${warmup} s of warm-up, each at a time fixed in advance (latency counted
from then); a random person of $(setting planPeople) (each with a token) and a random offering (8) and start date (3).

| figure | value |
| --- | ---: |
| sent a second / answered a second | $(figure drive sentPerSecond) / $(figure drive answeredPerSecond) |
| latency p50 / p99 / p99.9 / max (ms) | $(figure drive p50) / **$p99** / $(figure drive p999) / $(figure drive max) |
| p50 / p99 for people with 20 compartments ($(figure drive requestsMany) requests) | $(figure drive p50many) / $(figure drive p99many) |
| p99 for the others | $(figure drive p99few) |
| errors | $(figure drive errors) $(figure drive errorKinds) |
| compartments per plan / paying per plan (average) | $(figure drive compartmentsPerPlan) / $(figure drive payingPerPlan) |
| most requests in flight at once | $(figure drive maxInFlight) |
| driver's send lag p99 / max (ms) | $(figure drive sendLagP99) / $(figure drive sendLagMax) |
| CPU seconds: instance / PostgreSQL / driver | $(figure drive instanceCpuSeconds) / $(figure drive databaseCpuSeconds) / $(figure drive driverCpuSeconds) |
| CPU ms per plan: instance / PostgreSQL / driver | $(figure drive instanceCpuMs) / $(figure drive databaseCpuMs) / $(figure drive driverCpuMs) |

Target p99 <= 20 ms at $rate a second: $verdict.

$(if [[ -f $run/access.log ]]; then
    from=$(figure drive startedAtMillis) to=$(figure drive endedAtMillis)
    awk -v from="$from" -v to="$to" '$1 >= from && $1 <= to && $5 == "/api/v1/financing-plans" { print $2 / 1000 }' \
        "$run/access.log" | sort -n >"$run/access-plans.txt"
    closed=$(awk -v from="$from" -v to="$to" '$1 >= from && $1 <= to && $3 == "-"' "$run/access.log" | wc -l)
    n=$(wc -l <"$run/access-plans.txt")
    at() { sed -n "$(awk -v n="$n" -v q="$1" 'BEGIN { i = int(q * n + 0.999); print (i < 1 ? 1 : i) }')p" "$run/access-plans.txt"; }
    echo "In the instance (its access log, the same $n requests): p50 $(at 0.50) ms, p99 $(at 0.99) ms, max $(at 1) ms;" \
        "$closed answers closed their connection."
    echo
fi)
Second by second (\`target/bench/plans/drive-timeline.csv\`): in $(figure drive slowSeconds) of $(figure drive timelineSeconds) seconds the
p99 of the requests due in that second was above 20 ms. Cores in use on average (of $(nproc)):

| seconds | machine | instance | PostgreSQL | driver | everything else |
| --- | ---: | ---: | ---: | ---: | ---: |
| p99 above 20 ms | $(figure drive cores.machine.slow) | $(figure drive cores.instance.slow) | $(figure drive cores.postgres.slow) | $(figure drive cores.driver.slow) | $(figure drive cores.other.slow) |
| p99 at most 20 ms | $(figure drive cores.machine.fast) | $(figure drive cores.instance.fast) | $(figure drive cores.postgres.fast) | $(figure drive cores.driver.fast) | $(figure drive cores.other.fast) |

Floor, the same people at the same rate for ${floor_seconds} s after the plans: \`GET /api/v1/me\` (token check, the caller's
user, JSON; no plan): sent $(figure floor sentPerSecond) a second, p50 / p99 $(figure floor p50) / $(figure floor p99) ms, errors
$(figure floor errors); CPU ms per request: instance / PostgreSQL / driver $(figure floor instanceCpuMs) /
$(figure floor databaseCpuMs) / $(figure floor driverCpuMs).

PostgreSQL's counters per plan (pg_stat_user_tables, pg_stat_database; counted within 10 s of idling, so approximate;
PostgreSQL 15 counts an index scan for every value of an \`in (...)\` list):

| counter | per plan |
| --- | ---: |
$(stats_table drive)

## Bookings

| figure | plan, then booking | booking POST alone |
| --- | ---: | ---: |
| bookings acknowledged (201) / people | $(figure book booked) / $(figure book requests) | $(figure post booked) / $(figure post requests) |
| of which with holds | $(figure book bookedWithHolds) | $(figure post bookedWithHolds) |
| outcomes | $(figure book outcomes) | $(figure post outcomes) |
| bookings a second ($in_flight in flight) | **$(figure book perSecond)** | $(figure post perSecond) |
| latency p50 / p99 (ms) | $(figure book p50) / $(figure book p99) | $(figure post p50) / $(figure post p99) |
| the POST's latency p50 / p99 (ms) | $(figure book postP50) / $(figure book postP99) | $(figure post postP50) / $(figure post postP99) |
| CPU ms per booking: instance / PostgreSQL / driver | $(figure book instanceCpuMs) / $(figure book databaseCpuMs) / $(figure book driverCpuMs) | $(figure post instanceCpuMs) / $(figure post databaseCpuMs) / $(figure post driverCpuMs) |

Reference, same run and database: the ledger, one hold per command (\`Ledger.execute\`, compartment to the payable
account of one of the eight providers, naming its offering, as a booking's holds do), $in_flight threads in one JVM without
HTTP, ${ledger_seconds} s after 5 s of warm-up, on $(figure ledger compartments) compartments without conditions:

| figure | value |
| --- | ---: |
| holds a second | $(figure ledger perSecond) |
| latency p50 / p99 (ms) | $(figure ledger p50) / $(figure ledger p99) |
| rejected | $(figure ledger rejected) |
| CPU ms per hold: that JVM / PostgreSQL | $(figure ledger driverCpuMs) / $(figure ledger databaseCpuMs) |
| **ratio bookings a second (plan, then booking) ÷ holds a second** | **$(ratio "$(figure book perSecond)" "$(figure ledger perSecond)")** |
| ratio booking POSTs alone a second ÷ holds a second | $(ratio "$(figure post perSecond)" "$(figure ledger perSecond)") |

PostgreSQL's counters per booking POST alone:

| counter | per booking |
| --- | ---: |
$(stats_table post)

## Where the time goes

EXPLAIN ANALYZE of the plan's queries for a person with 20 compartments: \`target/bench/plans/explain.txt\`.
$(if [[ -f $run/profile.txt ]]; then
    echo
    echo "Instance profile (flight recording, ${profile_seconds} s at $rate a second; $(figure profiled p99) ms p99 meanwhile):"
    echo
    cat "$run/profile.txt"
fi)

Garbage collection in the instance over its whole life ($(basename "$run")/instance-gc.log): $(awk '
    /Pause/ { ms = $NF; sub(/ms$/, "", ms); n++; total += ms; if (ms > max) max = ms; if (ms > 10) long++ }
    END { printf "%d pauses, %.0f ms in all, the longest %.1f ms, %d longer than 10 ms", n, total, max, long }' \
    "$run/instance-gc.log" 2>/dev/null).

Check: $(grep -E '^(Checked|CHECK)' "$run/check.log" | tr '\n' ' ')
REPORT
cat "$out/plans-report.md"

if [[ $keep != on ]]; then
    log "Dropping $db"
    as_admin dropdb --if-exists "$db"
fi
exit "$check_status"
