#!/usr/bin/env bash
# Catalogue search latency on PostgreSQL with 100,000 generated offerings, with pgbench on the same database as the
# yardstick.
#
# The machine is shared and noisy, so the report gives the catalogue's latencies beside what plain PostgreSQL does on
# the same machine, same database, same number of clients: an indexed lookup of one catalogue entry by a random key.
#
#   bash bench/catalogue.sh                                   # from the project root; about 6 minutes
#   BENCH_CLIENTS=8 BENCH_SECONDS=60 bash bench/catalogue.sh  # longer, more clients
#
# Knobs (environment):
#   BENCH_OFFERINGS       admitted offerings to generate                                      (default 100000)
#   BENCH_PROVIDERS       providers they belong to (about one in forty suspended)             (default 800)
#   BENCH_CLIENTS         client threads / connections, for pgbench and the catalogue alike   (default 4)
#   BENCH_SECONDS         seconds per measurement                                             (default 30)
#   BENCH_WARMUP_SECONDS  catalogue warm-up before each measurement, not reported             (default 10)
#   BENCH_DB              database to (re)create; its name must contain "bench"   (default leerbudget_bench_catalogue)
#   PGHOST PGPORT PGUSER PGPASSWORD                 (default localhost 5432 leerbudget leerbudget)
#   JAVA_HOME             a JDK 21+                                 (default /usr/lib/jvm/temurin-25-jdk-amd64)
#
# Two catalogue measurements with the same queries: first with every query counted anew (the SQL alone:
# leerbudget.catalogue.cells-kept=0), then as configured by default (facet cells kept per catalogue generation,
# so later pages and repeated searches reuse them until the catalogue changes).
#
# Output: target/bench/catalogue-report.md (plus the pgbench log and each measurement's table beside it).
set -euo pipefail

started=$SECONDS
cd "$(dirname "$0")/.."

offerings=${BENCH_OFFERINGS:-100000}
providers=${BENCH_PROVIDERS:-800}
clients=${BENCH_CLIENTS:-4}
seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP_SECONDS:-10}
db=${BENCH_DB:-leerbudget_bench_catalogue}
source bench/lib.sh

out=target/bench
scripts=$out/pgbench

require_bench_db "$db"

require_postgres
server_version=$(psql -X -At -d postgres -c 'show server_version')
echo "PostgreSQL $server_version"
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)

recreate_db "$db"
mkdir -p "$scripts"
rm -f "$out"/catalogue-*.md "$out"/catalogue-*.csv "$out/catalogue-report.md"

export LEERBUDGET_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db?reWriteBatchedInserts=true"
export LEERBUDGET_DB_USER=$PGUSER
export LEERBUDGET_DB_PASSWORD=$PGPASSWORD
export LEERBUDGET_DEMO_DATA=false

# Runs the catalogue benchmark; $1 = output name, the rest are extra -D settings.
catalogue_run() {
    local name=$1
    shift
    ./mvnw -B -q -Pbench -Dspotless.check.skip=true test-compile exec:java \
        -Dexec.mainClass=nl.leerbudget.bench.CatalogueSearch \
        -Dbench.output="$out/catalogue-$name.md" \
        -Dbench.offerings="$offerings" \
        -Dbench.providers="$providers" \
        -Dbench.threads="$clients" \
        -Dbench.seconds="$seconds" \
        -Dbench.warmupSeconds="$warmup" \
        "$@"
}

log "Catalogue: generating $offerings offerings, building the catalogue, searching with nothing kept"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
catalogue_run uncached -Dbench.cellsKept=0

log "pgbench reference: an indexed lookup of one catalogue entry, $clients clients, ${seconds}s"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
create table bench_entry_key (n integer primary key, offering_id uuid not null);
insert into bench_entry_key select row_number() over (order by offering_id), offering_id from catalogue_entry;
vacuum analyze bench_entry_key;
SQL
keys=$(psql -X -At -d "$db" -c 'select count(*) from bench_entry_key')
cat >"$scripts/catalogue-lookup.sql" <<SQL
\set n random(1, $keys)
SELECT e.* FROM bench_entry_key k JOIN catalogue_entry e ON e.offering_id = k.offering_id WHERE k.n = :n;
SQL
as_admin psql -X -q -d "$db" -c checkpoint >/dev/null 2>&1 || true
pgbench -n -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -c "$clients" -j 2 -T "$seconds" -r \
    -f "$scripts/catalogue-lookup.sql" "$db" >"$out/pgbench-catalogue-lookup.log" 2>&1 || {
    cat "$out/pgbench-catalogue-lookup.log" >&2
    exit 1
}
read -r tps latency <<<"$(awk '/^tps = / { tps = $3 } /^latency average = / { latency = $4 }
    END { printf "%.1f %.3f", tps, latency }' "$out/pgbench-catalogue-lookup.log")"
echo "pgbench lookup: $tps tps, latency average $latency ms"

log "Catalogue: searching again with facet cells kept (the default)"
catalogue_run cached -Dbench.cellsKept=500000 -Dbench.reuse=true

elapsed=$((SECONDS - started))
report=$out/catalogue-report.md
{
    echo "# Catalogue search on PostgreSQL"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load average $load_before before the run;" \
        "PostgreSQL $server_version; $java_version; database \`$db\`; $clients clients;" \
        "${seconds} s per measurement; the whole script took ${elapsed} s."
    echo
    echo "## pgbench reference (same database, \`pgbench -n -c $clients -j 2 -T $seconds\`)"
    echo
    echo "| script | tps | latency avg ms |"
    echo "| --- | ---: | ---: |"
    echo "| SELECT one catalogue entry by a random key (two primary-key lookups) | $tps | $latency |"
    echo
    echo "## Catalogue.search, nothing kept (every query counted anew)"
    echo
    cat "$out/catalogue-uncached.md"
    echo
    echo "## Catalogue.search, facet cells kept per catalogue generation (default)"
    echo
    cat "$out/catalogue-cached.md"
    echo
    echo "## Ratios"
    echo
    echo "| measurement | queries/s | ÷ pgbench tps | p50 ÷ pgbench latency | p99 ms |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    for name in uncached cached; do
        awk -F, -v name="$name" -v tps="$tps" -v lat="$latency" 'NR == 2 {
            printf "| %s | %.1f | %.3f | %.1f | %.1f |\n", name, $3, $3 / tps, $4 / lat, $5 }' \
            "$out/catalogue-$name.csv"
    done
} >"$report"

log "Report ($report)"
cat "$report"
