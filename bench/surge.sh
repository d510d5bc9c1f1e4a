#!/usr/bin/env bash
# A surge on one first-come voucher window: every applicant applies at once, over HTTP, at two application instances
# sharing one PostgreSQL database; afterwards a checker replays the allocation and compares every decision. Two
# references in the same script: pgbench inserting one row per transaction into a plain table of the same database,
# and the same driver asking GET /api/v1/me (token check and JSON, no write) with the same tokens and requests in
# flight, which bounds what any API call reaches on this machine.
#
#   bash bench/surge.sh                                                   # 300,000 applicants, budget for 60,000
#   BENCH_APPLICANTS=20000 BENCH_BUDGET_EUROS=4000000 bash bench/surge.sh  # the small run (under two minutes)
#
# Knobs (environment):
#   BENCH_APPLICANTS       synthetic applicants, about 22% of them ineligible          (default 300000)
#   BENCH_BUDGET_EUROS     the window's budget; each grant is EUR 1,000                 (default 60000000)
#   BENCH_SUB_BUDGET_EUROS reserved for applicants with at most mbo 4                  (default a third of the budget)
#   BENCH_IN_FLIGHT        applications in flight at once (and pgbench clients)          (default 64)
#   BENCH_BATCH_SIZE       leerbudget.schemes.batch-size of the instances               (default 500)
#   BENCH_POOL_SIZE        database connections per instance                            (default 10)
#   BENCH_REFERENCE_SECONDS  duration of the pgbench reference                          (default 10)
#   BENCH_REFERENCE_REQUESTS GET /api/v1/me requests of the HTTP reference          (default 20000)
#   BENCH_REFERENCE_CLIENTS  pgbench clients (the database is shared: stay below its connection limit)  (default 16)
#   BENCH_INSTANCE_OPTS    extra JVM options for both instances (a flight recording, say)  (default none)
#   BENCH_FAULT            none, kill-instance (kill -9 the second instance) or restart-database (PostgreSQL
#                          restarted, fast mode), once BENCH_FAULT_AT percent of the applications are answered  (default none)
#   BENCH_FAULT_AT         percentage answered before the fault                          (default 30)
#   BENCH_REFERENCES       on, or off to skip both references (the fault runs)           (default on)
#   BENCH_PORTS            the two instances' loopback ports                            (default "18081 18082")
#   BENCH_DB               database to (re)create; its name must contain "bench"        (default leerbudget_bench_surge)
#   PGHOST PGPORT PGUSER PGPASSWORD                 (default localhost 5432 leerbudget leerbudget)
#   JAVA_HOME              a JDK 21+                (default /usr/lib/jvm/temurin-25-jdk-amd64)
#
# Steps: package the application once (and the test classes, where the driver lives); recreate the database; set up
# the scheme, funder, offering, window and applicants (nl.leerbudget.bench.Surge setup) with a development key file
# that both instances share; start both instances (demo data off); the pgbench reference; the surge (Surge drive);
# the check (Surge check); stop the instances. Exits non-zero when the check fails.
# Report: target/bench/surge-report.md; files of the run under target/bench/surge/.
set -euo pipefail

cd "$(dirname "$0")/.."
applicants=${BENCH_APPLICANTS:-300000}
budget=${BENCH_BUDGET_EUROS:-60000000}
sub_budget=${BENCH_SUB_BUDGET_EUROS:-$((budget / 3))}
in_flight=${BENCH_IN_FLIGHT:-64}
batch_size=${BENCH_BATCH_SIZE:-500}
pool_size=${BENCH_POOL_SIZE:-10}
reference_seconds=${BENCH_REFERENCE_SECONDS:-10}
reference_clients=${BENCH_REFERENCE_CLIENTS:-16}
read -r -a ports <<<"${BENCH_PORTS:-18081 18082}"
fault=${BENCH_FAULT:-none}
fault_at=${BENCH_FAULT_AT:-30}
references=${BENCH_REFERENCES:-on}
case $fault in
    none | kill-instance | restart-database) ;;
    *) echo "BENCH_FAULT=$fault: expected none, kill-instance or restart-database" >&2; exit 2 ;;
esac
db=${BENCH_DB:-leerbudget_bench_surge}
source bench/lib.sh
out=target/bench
run=$out/surge
issuer=http://localhost:${ports[0]}/dev-idp

require_bench_db "$db"
require_postgres

log "Packaging the application"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
./mvnw -B -q -Dspotless.check.skip=true dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
jar=$(ls target/leerbudget-*.jar | grep -v original | head -n 1)
classpath=target/test-classes:target/classes:$(cat target/bench-classpath.txt)

rm -rf "$run"
mkdir -p "$run"
recreate_db "$db"
export LEERBUDGET_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db?reWriteBatchedInserts=true"
export LEERBUDGET_DB_USER=$PGUSER LEERBUDGET_DB_PASSWORD=$PGPASSWORD
export LEERBUDGET_DEMO_DATA=false LEERBUDGET_DEV_ISSUER=$issuer LEERBUDGET_DEV_KEY_FILE=$run/dev-key.json

bench_java() {
    "$JAVA_HOME/bin/java" -cp "$classpath" -Dbench.dir="$run" -Dbench.keyFile="$LEERBUDGET_DEV_KEY_FILE" "$@"
}

log "Setup: scheme, funder, offering, window (EUR $budget, EUR $sub_budget up to mbo 4), $applicants applicants"
started=$(date +%s.%N)
bench_java -Dbench.applicants="$applicants" -Dbench.budgetEuros="$budget" -Dbench.subBudgetEuros="$sub_budget" \
    nl.leerbudget.bench.Surge setup 2>&1 | tee "$run/setup.log" | grep -v -E '^\s*$|INFO|WARN' || true
grep -q '^window=' "$run/setup.properties" || { tail -n 30 "$run/setup.log" >&2; exit 1; }
setup_seconds=$(awk "BEGIN { printf \"%.0f\", $(date +%s.%N) - $started }")
psql -X -q -d "$db" -c "analyze" 2>/dev/null || true

pids=()
stop_instances() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    pids=()
}
trap stop_instances EXIT

log "Starting two instances on ports ${ports[*]}"
urls=()
for port in "${ports[@]}"; do
    # shellcheck disable=SC2086
    "$JAVA_HOME/bin/java" ${BENCH_INSTANCE_OPTS:-} -jar "$jar" --server.port="$port" \
        --spring.datasource.hikari.maximum-pool-size="$pool_size" \
        --leerbudget.schemes.batch-size="$batch_size" >"$run/instance-$port.log" 2>&1 &
    pids+=($!)
    urls+=("http://127.0.0.1:$port")
done
for port in "${ports[@]}"; do
    for _ in $(seq 1 120); do
        curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
        sleep 1
    done
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null || {
        tail -n 30 "$run/instance-$port.log" >&2
        exit 1
    }
done

# CPU seconds used so far by the instances and by PostgreSQL's processes (user + system), to report the CPU each
# application costs: a figure that the other work on a shared machine disturbs far less than the wall-clock time.
cpu_seconds() {
    local ticks=0 pid fields
    for pid in "$@"; do
        if [[ -r /proc/$pid/stat ]]; then
            read -r -a fields <<<"$(sed 's/^.*) //' "/proc/$pid/stat")"
            ticks=$((ticks + fields[11] + fields[12]))
        fi
    done
    awk "BEGIN { printf \"%.1f\", $ticks / $(getconf CLK_TCK) }"
}
postgres_pids() { pgrep -u postgres | tr '\n' ' '; }
reference_tps=0
if [[ $references == on ]]; then
log "Reference: pgbench, one-row insert per transaction, $reference_clients clients, ${reference_seconds} s"
psql -X -q -d "$db" -c "create table reference_application (id uuid primary key, request_id uuid not null,
    person_id uuid not null, status varchar(16) not null, received_at timestamp with time zone not null)"
cat >"$run/insert.sql" <<'SQL'
INSERT INTO reference_application VALUES (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'GRANTED', now());
SQL
pgbench -n -c "$reference_clients" -j 2 -T "$reference_seconds" -f "$run/insert.sql" "$db" >"$run/pgbench.log" 2>&1 ||
    tail -n 3 "$run/pgbench.log" >&2
reference_tps=$(sed -n 's/^tps = \([0-9]*\).*/\1/p' "$run/pgbench.log" | head -n 1)
reference_tps=${reference_tps:-0}
echo "pgbench: $reference_tps inserts per second"
psql -X -q -d "$db" -c "drop table reference_application"

log "Reference: the same tokens and requests in flight, GET /api/v1/me (no write), at both instances"
reference_cpu_before=$(cpu_seconds "${pids[@]}")
bench_java -Xmx1g -Dbench.inFlight="$in_flight" -Dbench.urls="$(IFS=,; echo "${urls[*]}")" \
    -Dbench.referenceRequests="${BENCH_REFERENCE_REQUESTS:-20000}" \
    nl.leerbudget.bench.Surge reference 2>&1 | tee "$run/reference.log" | grep -v -E 'INFO|WARN|DEBUG' || true
reference_cpu=$(awk "BEGIN { printf \"%.1f\", $(cpu_seconds "${pids[@]}") - $reference_cpu_before }")
else
    printf 'requests=0\nperSecond=0\ndriverCpuSeconds=0\n' >"$run/reference.properties"
    reference_cpu=0
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
instances_cpu_before=$(cpu_seconds "${pids[@]}")
database_cpu_before=$(cpu_seconds $(postgres_pids))

rm -f "$run/progress"
if [[ $fault != none ]]; then
    # Waits until the driver has had the given share answered, then breaks something under it.
    (
        threshold=$((applicants * fault_at / 100))
        answered=0
        while ((answered < threshold)); do
            sleep 0.1
            answered=$(cat "$run/progress" 2>/dev/null || echo 0)
            answered=${answered:-0}
        done
        case $fault in
            kill-instance)
                kill -9 "${pids[1]}"
                echo "fault: instance on port ${ports[1]} killed (kill -9) after $answered answers"
                ;;
            restart-database)
                restart_postgres
                echo "fault: PostgreSQL restarted after $answered answers"
                ;;
        esac
    ) >"$run/fault.log" 2>&1 &
    fault_pid=$!
fi

log "The surge: $applicants applications, $in_flight in flight, to ${urls[*]}${fault/none/}"
bench_java -Xmx1g -Dbench.inFlight="$in_flight" -Dbench.urls="$(IFS=,; echo "${urls[*]}")" \
    nl.leerbudget.bench.Surge drive 2>&1 | tee "$run/drive.log" | grep -v -E 'INFO|WARN|DEBUG'  || true

instances_cpu=$(awk "BEGIN { printf \"%.1f\", $(cpu_seconds "${pids[@]}") - $instances_cpu_before }")
database_cpu=$(awk "BEGIN { printf \"%.1f\", $(cpu_seconds $(postgres_pids)) - $database_cpu_before }")

# Where the first instance's CPU went, by thread kind (compilers, collectors, request handlers, ...).
thread_cpu() {
    local task name fields
    for task in /proc/"$1"/task/*; do
        name=$(cat "$task/comm" 2>/dev/null) || continue
        read -r -a fields <<<"$(sed 's/^.*) //' "$task/stat")"
        echo "$((fields[11] + fields[12])) ${name%%[0-9#]*}"
    done | awk -v tck="$(getconf CLK_TCK)" '{ s[$2] += $1 } END { for (k in s) printf "%8.1f s  %s\n", s[k] / tck, k }' |
        sort -rn
}
thread_cpu "${pids[0]}" >"$run/instance-threads.txt" || true

if [[ $fault != none ]]; then
    wait "$fault_pid" || true
    cat "$run/fault.log"
    grep -q '^fault:' "$run/fault.log" || { echo "the fault was never made: the surge ended first" >&2; exit 1; }
fi

log "Checking"
check_status=0
bench_java nl.leerbudget.bench.Surge check 2>&1 | tee "$run/check.log" | grep -v -E 'INFO|DEBUG' || check_status=$?
grep -q '^CHECK PASSED' "$run/check.log" || check_status=1
audit=$(psql -X -At -d "$db" -c "select count(*) from audit_record" 2>/dev/null || echo "?")
stop_instances

figure() { sed -n "s/^$1=//p" "$run/drive.properties" | sed 's/\\//g'; }
reference() { sed -n "s/^$1=//p" "$run/reference.properties" | sed 's/\\//g'; }
per_second=$(figure perSecond)
per_request() { awk "BEGIN { n = $(reference requests); if (n > 0) printf \"%.2f\", 1000 * $1 / n; else print \"n/a\" }"; }
per_application() { awk "BEGIN { printf \"%.2f\", 1000 * $1 / $applicants }"; }
ratio=$(awk "BEGIN { if ($reference_tps > 0) printf \"%.3f\", $per_second / $reference_tps; else print \"n/a\" }")
cat >"$out/surge-report.md" <<REPORT
# Voucher window surge

$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load $load_before before the surge; $(psql -X -At -d "$db" -c 'show server_version');
$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1). $applicants applicants, window budget EUR $budget (EUR $sub_budget up to
mbo 4), grants of EUR 1,000; two instances (batch size $batch_size, $pool_size connections each), $in_flight in flight.
Setup (not timed below): ${setup_seconds} s.

| figure | value |
| --- | ---: |
| fault | $fault$( [[ $fault == none ]] || sed -n 's/^fault: / — /p' "$run/fault.log") |
| applications acknowledged | $(figure acknowledged) of $(figure applications) |
| all decided within (first sent to last acknowledged) | $(figure seconds) s |
| applications per second | $per_second |
| latency p50 / p99 / p99.9 / max (ms, retries included) | $(figure p50) / $(figure p99) / $(figure p999) / $(figure max) |
| retries on 503 / on connection errors | $(figure retried503) / $(figure retriedConnection) |
| reference: pgbench one-row inserts per second ($reference_clients clients) | $reference_tps |
| ratio applications ÷ reference inserts | $ratio |
| reference: GET /api/v1/me per second, same tokens and requests in flight ($(reference requests) requests) | $(reference perSecond) |
| ratio applications ÷ reference GETs | $(awk "BEGIN { r = $(reference perSecond); if (r > 0) printf \"%.3f\", $per_second / r; else print \"n/a\" }") |
| CPU milliseconds per reference GET: instances / driver | $(per_request "$reference_cpu") / $(per_request "$(reference driverCpuSeconds)") |
| audit records written | $audit |
| CPU seconds during the surge: instances / PostgreSQL / driver | $instances_cpu / $database_cpu / $(figure driverCpuSeconds) |
| CPU milliseconds per application: instances / PostgreSQL / driver | $(per_application "$instances_cpu") / $(per_application "$database_cpu") / $(per_application "$(figure driverCpuSeconds)") |

Decisions: $(figure statuses)

Check: $(grep -E '^(Checked|CHECK)' "$run/check.log" | tr '\n' ' ')
REPORT
cat "$out/surge-report.md"
exit "$check_status"
