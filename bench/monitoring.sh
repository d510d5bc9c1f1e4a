#!/usr/bin/env bash
# The statistics on PostgreSQL at 1,000,000 learning accounts and 300,000 applications: the p99 of the published
# tables under a few concurrent clients, against a reference in the same run, and the cost of keeping them current.
#
# The tables are computed when they are published (ADR 0022): each request reads the aggregate views of schemes and
# register, protects the table (disclosure control with the exact check) and keeps a release when its hidden cells
# change. So the write path does no statistics work at all, and what keeping them current costs is the read. The
# script measures, over HTTP at one instance (demo data on, so there are schemes, windows and offerings):
#   - the reference: GET /actuator/health (a database round trip), same clients and requests;
#   - GET /api/v1/statistics/{name} for the five tables (the open-data export; the pages publish the same tables);
#   - 1,000 new grants written with COPY, and the first publication after them against the steady p50.
# Accounts, applicants and applications are generated in SQL, written to CSV files and loaded with \copy.
#
#   bash bench/monitoring.sh                                                   # 1,000,000 accounts, 300,000 applications
#   BENCH_ACCOUNTS=20000 BENCH_APPLICATIONS=6000 BENCH_REQUESTS=20 bash bench/monitoring.sh   # the small run
#
# Knobs (environment):
#   BENCH_ACCOUNTS       learning accounts                                  (default 1000000)
#   BENCH_APPLICATIONS   applications, one applicant each                    (default 300000)
#   BENCH_CLIENTS        concurrent clients                                  (default 4)
#   BENCH_REQUESTS       requests per client per route, after 3 of warm-up   (default 50)
#   BENCH_PORT           the instance's loopback port                        (default 18094)
#   BENCH_DB             database to (re)create; its name must contain "bench" (default leerbudget_bench_monitoring)
#   PGHOST PGPORT PGUSER PGPASSWORD                 (default localhost 5432 leerbudget leerbudget)
#   JAVA_HOME            a JDK 21+                   (default /usr/lib/jvm/temurin-25-jdk-amd64)
#
# Output: target/bench/monitoring/report.md (and the instance's log beside it).
set -euo pipefail
cd "$(dirname "$0")/.."

accounts=${BENCH_ACCOUNTS:-1000000}
applications=${BENCH_APPLICATIONS:-300000}
clients=${BENCH_CLIENTS:-4}
requests=${BENCH_REQUESTS:-50}
port=${BENCH_PORT:-18094}
db=${BENCH_DB:-leerbudget_bench_monitoring}
source bench/lib.sh
run=target/bench/monitoring
mkdir -p "$run"

require_bench_db "$db"
require_postgres
recreate_db "$db"
start_demo_instance "$db" "$port" "$run" 240
# The demo data is loaded by runners after the health check answers: wait for its windows and offerings.
for _ in $(seq 1 120); do
    ready=$(psql -X -At -d "$db" -c "select (select count(*) from scheme_window) > 0
        and (select count(*) from offering where status = 'ADMITTED') > 50")
    [[ $ready == t ]] && break
    sleep 1
done
[[ $ready == t ]] || { echo "no demo windows or offerings" >&2; exit 1; }

data=$PWD/$run
log "Generating $accounts learning accounts and $applications applicants with applications (CSV, then \\copy)"
started=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
\\copy (select gen_random_uuid(), gen_random_uuid(), now() from generate_series(1, $accounts)) to '$data/accounts.csv' with (format csv)
\\copy learning_account (id, person_id, opened_at) from '$data/accounts.csv' with (format csv)
create temporary table bench_person as
select g, gen_random_uuid() as person_id from generate_series(1, $applications) g;
\\copy (select person_id, date '1960-01-01' + ((g::bigint * 7919) % 16000)::int, g % 7 <> 0, (array['NONE','MBO_1','MBO_2','MBO_3','MBO_4','ASSOCIATE_DEGREE','BACHELOR','MASTER','DOCTORATE'])[1 + (g * 31) % 9], case when g % 7 = 0 then null else (array['bouw','zorg','techniek','onderwijs','handel','vervoer','ict','horeca'])[1 + (g * 17) % 8] end, now() from bench_person) to '$data/applicants.csv' with (format csv)
\\copy scheme_applicant (person_id, birth_date, labour_market, education_level, sector, updated_at) from '$data/applicants.csv' with (format csv)
create temporary table bench_window as select row_number() over (order by opens_at, id) as n, id from scheme_window;
create temporary table bench_offering as
select row_number() over (order by o.id) as n, o.id, o.provider_id from offering o where o.status = 'ADMITTED';
\\copy (select gen_random_uuid(), w.id, 10000000 + p.g, gen_random_uuid(), p.person_id, o.id, current_date + 30, 'bench', now() - ((p.g % 365) || ' days')::interval, s.status, case when s.status = 'REJECTED' then null else 50000 + (p.g % 50) * 1000 end, case when s.status = 'REJECTED' then null else 0 end, case when s.status = 'REJECTED' then 'S1' || chr(9) || 'Niet toegelaten' else null end, case when s.status = 'REJECTED' then null else gen_random_uuid() end, current_date + 365, now() - ((p.g % 365) || ' days')::interval, case when s.status = 'STARTED' then o.provider_id else null end, case when s.status = 'STARTED' then current_date - (p.g % 300) else null end, case when s.status = 'STARTED' then gen_random_uuid() else null end, case when s.status in ('WITHDRAWN', 'LAPSED') then now() else null end from bench_person p join bench_window w on w.n = 1 + p.g % (select count(*) from bench_window) join bench_offering o on o.n = 1 + (p.g * 13) % (select count(*) from bench_offering) cross join lateral (select case when p.g % 20 < 10 then 'GRANTED' when p.g % 20 < 14 then 'STARTED' when p.g % 20 < 16 then 'LAPSED' when p.g % 20 = 16 then 'WITHDRAWN' else 'REJECTED' end as status) s) to '$data/applications.csv' with (format csv)
\\copy scheme_application (id, window_id, receipt, request_id, person_id, offering_id, planned_start, submitted_by, received_at, status, amount_cents, own_cents, reasons, compartment_id, lapses_on, decided_at, provider_id, started_on, settlement_id, ended_at) from '$data/applications.csv' with (format csv)
analyze learning_account; analyze scheme_applicant; analyze scheme_application;
SQL
generated=$(awk "BEGIN { printf \"%.1f\", $(date +%s.%N) - $started }")
read -r n_accounts n_applications < <(psql -X -At -F ' ' -d "$db" -c "select (select count(*) from learning_account),
    (select count(*) from scheme_application)")
echo "generated in $generated s: $n_accounts learning accounts, $n_applications applications"

# One route driven by $clients clients, each sending $requests requests one after the other (after 3 of warm-up);
# prints "p50 p99 max" in milliseconds of curl's time_total.
drive() {
    local path=$1 name=$2
    for c in $(seq 1 "$clients"); do
        (
            for _ in 1 2 3; do curl -fs -o /dev/null "$url$path"; done
            for _ in $(seq 1 "$requests"); do
                curl -fs -o /dev/null -w '%{time_total}\n' "$url$path"
            done
        ) >"$run/$name.$c.times" &
    done
    wait
    cat "$run/$name".*.times | sort -n | awk '{ t[NR] = $1 * 1000 } END {
        p50 = t[int(NR * 0.50 + 0.5)]; i99 = int(NR * 0.99 + 0.999); if (i99 > NR) i99 = NR;
        printf "%.1f %.1f %.1f\n", p50, t[i99], t[NR] }'
}

log "Reference: GET /actuator/health, $clients clients x $requests requests"
read -r ref50 ref99 refmax < <(drive /actuator/health health)
echo "health: p50 $ref50 ms, p99 $ref99 ms"

rows=""
for table in gebruik-naar-opleidingsniveau gebruik-naar-sector gebruik-naar-arbeidsmarkt \
    subsidiebedrag-naar-soort-opleiding subsidiebedrag-naar-tijdvak; do
    log "GET /api/v1/statistics/$table, $clients clients x $requests requests"
    read -r p50 p99 max < <(drive "/api/v1/statistics/$table" "$table")
    echo "$table: p50 $p50 ms, p99 $p99 ms, max $max ms"
    rows+="| \`$table\` | $p50 | $p99 | $max | $(awk "BEGIN { printf \"%.0f\", $p99 / $ref99 }") |"$'\n'
done

log "Keeping current: 1,000 new grants with COPY, then the first publication of the table by window"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
\\copy (select gen_random_uuid(), (select id from scheme_window order by opens_at, id limit 1), 20000000 + g, gen_random_uuid(), gen_random_uuid(), (select id from offering where status = 'ADMITTED' order by id limit 1), current_date + 30, 'bench', now(), 'GRANTED', 75000, 0, gen_random_uuid(), current_date + 365, now() from generate_series(1, 1000) g) to '$data/new-grants.csv' with (format csv)
SQL
started=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "\\copy scheme_application (id, window_id, receipt, request_id, person_id, offering_id, planned_start, submitted_by, received_at, status, amount_cents, own_cents, compartment_id, lapses_on, decided_at) from '$data/new-grants.csv' with (format csv)"
write=$(awk "BEGIN { printf \"%.0f\", ($(date +%s.%N) - $started) * 1000 }")
first=$(curl -fs -o /dev/null -w '%{time_total}' "$url/api/v1/statistics/subsidiebedrag-naar-tijdvak" | awk '{ printf "%.1f", $1 * 1000 }')
releases=$(psql -X -At -d "$db" -c "select count(*) from statistics_release")
echo "1,000 grants written in $write ms; first publication after: $first ms; $releases releases kept"

cpus=$(nproc)
cat >"$run/report.md" <<MD
Statistics on PostgreSQL $(psql -X -At -d postgres -c 'show server_version'), $(date -u +%Y-%m-%d), $cpus cores,
$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $n_accounts learning accounts, $n_applications applications
(generated and loaded with \\copy in $generated s); $clients concurrent clients, $requests requests each per route.

| route | p50 ms | p99 ms | max ms | p99 × reference |
|---|---:|---:|---:|---:|
| reference: \`GET /actuator/health\` | $ref50 | $ref99 | $refmax | 1 |
$rows
Keeping the statistics current: the write path does no statistics work (they are computed when published), so
1,000 new grants cost what writing them costs ($write ms with \\copy here) and nothing more. The first publication
after them took $first ms (it reads the new data and keeps a release only if the hidden cells changed; $releases
releases kept in the whole run).
MD
cat "$run/report.md"
