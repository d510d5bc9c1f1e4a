#!/usr/bin/env bash
# Ledger throughput on PostgreSQL, with pgbench on the same database as the yardstick.
#
# The machine is shared and noisy, so absolute numbers say little from run to run: the report gives the ledger's
# transfers per second as ratios to what plain PostgreSQL does on the same machine, same database, same number of
# clients and same duration, measured minutes apart.
#
#   bash bench/ledger.sh                                   # from the project root
#   BENCH_SECONDS=30 BENCH_CLIENTS=8 bash bench/ledger.sh  # longer, more clients
#
# Knobs (environment):
#   BENCH_CLIENTS         client connections / threads, for pgbench and the ledger alike   (default 4)
#   BENCH_SECONDS         seconds per pgbench script and per ledger scenario               (default 15)
#   BENCH_WARMUP_SECONDS  ledger warm-up before measuring, not reported                   (default 5)
#   BENCH_COMPARTMENTS    compartments the ledger spreads transfers over                  (default 10000)
#   BENCH_PROVIDERS       provider payable accounts (credit side of the uniform scenario)  (default 1000)
#   BENCH_BATCH_SIZES     ledger commands per database transaction                        (default 1,100,1000)
#   BENCH_GROUP_CLIENTS   callers sending single commands at once, to show group commit;
#                         pgbench's same-row UPDATE runs with as many clients (comma list, default 32)
#   BENCH_GROUP_SIZE      the most single commands group commit puts in one transaction;
#                         0 turns group commit off, for a run to compare with                (default 500)
#   BENCH_DB              database to (re)create; its name must contain "bench"           (default leerbudget_bench)
#   PGHOST PGPORT PGUSER PGPASSWORD                 (default localhost 5432 leerbudget leerbudget)
#   JAVA_HOME             a JDK 21+                                 (default /usr/lib/jvm/temurin-25-jdk-amd64)
#
# Output: target/bench/ledger-report.md (plus pgbench logs and the ledger's own table and CSV beside it).
set -euo pipefail

started=$SECONDS
cd "$(dirname "$0")/.."

clients=${BENCH_CLIENTS:-4}
seconds=${BENCH_SECONDS:-15}
warmup=${BENCH_WARMUP_SECONDS:-5}
compartments=${BENCH_COMPARTMENTS:-10000}
providers=${BENCH_PROVIDERS:-1000}
batch_sizes=${BENCH_BATCH_SIZES:-1,100,1000}
group_clients=${BENCH_GROUP_CLIENTS:-32}
group_size=${BENCH_GROUP_SIZE:-500}
db=${BENCH_DB:-leerbudget_bench}
source bench/lib.sh

# pgbench's reference table size, the same order as the ledger's accounts.
reference_rows=10000
out=target/bench
scripts=$out/pgbench

require_bench_db "$db"

require_postgres
server_version=$(psql -X -At -d postgres -c 'show server_version')
echo "PostgreSQL $server_version"
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)

recreate_db "$db"

mkdir -p "$scripts"
rm -f "$out/ledger.md" "$out/ledger.csv" "$out/ledger-errors.txt" "$out/ledger-report.md"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
create table bench_account (
    id      integer primary key,
    balance bigint not null default 0,
    filler  char(84) not null default ''
);
insert into bench_account (id) select g from generate_series(1, $reference_rows) g;
-- Shaped like ledger_transfer without its foreign keys, checks and secondary indexes: what a bare insert costs.
create table bench_transfer (
    id                uuid primary key,
    seq               bigint generated always as identity,
    command_id        uuid not null,
    kind              varchar(16) not null,
    debit_account_id  uuid not null,
    credit_account_id uuid not null,
    amount            bigint not null,
    unit              varchar(16) not null,
    code              varchar(20) not null,
    reference         varchar(200),
    booked_at         timestamp with time zone not null
);
vacuum analyze;
SQL

cat >"$scripts/update-uniform.sql" <<SQL
\set id random(1, $reference_rows)
UPDATE bench_account SET balance = balance + 1 WHERE id = :id;
SQL
cat >"$scripts/update-hot.sql" <<'SQL'
UPDATE bench_account SET balance = balance + 1 WHERE id = 1;
SQL
cat >"$scripts/insert-transfer.sql" <<'SQL'
\set amount random(1, 10000)
INSERT INTO bench_transfer (id, command_id, kind, debit_account_id, credit_account_id, amount, unit, code, booked_at)
VALUES (gen_random_uuid(), gen_random_uuid(), 'POSTED', gen_random_uuid(), gen_random_uuid(), :amount, 'EUR', 'SPEND', now());
SQL

# Runs one pgbench script; prints "tps latency_ms" (tps excluding connection time).
pgbench_run() {
    local name=$1 clients=${2:-$clients}
    # Starts each run with clean buffers; needs a superuser (or pg_checkpoint), otherwise runs are just noisier.
    as_admin psql -X -q -d "$db" -c checkpoint >/dev/null 2>&1 || true
    pgbench -n -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -c "$clients" -j 2 -T "$seconds" \
        -f "$scripts/$name.sql" "$db" >"$out/pgbench-$name-c$clients.log" 2>&1 || {
        cat "$out/pgbench-$name-c$clients.log" >&2
        return 1
    }
    local result
    result=$(awk '/^tps = / { tps = $3 } /^latency average = / { latency = $4 }
                  END { if (tps != "") printf "%.1f %.2f", tps, latency }' "$out/pgbench-$name-c$clients.log")
    [[ -n $result ]] || { echo "no tps in $out/pgbench-$name-c$clients.log" >&2; return 1; }
    echo "$result"
}

log "pgbench references: $clients clients, ${seconds}s each"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
result=$(pgbench_run update-uniform)
read -r tps_update_uniform latency_update_uniform <<<"$result"
echo "UPDATE one random row of $reference_rows: $tps_update_uniform tps"
result=$(pgbench_run update-hot)
read -r tps_update_hot latency_update_hot <<<"$result"
echo "UPDATE always row 1:              $tps_update_hot tps"
result=$(pgbench_run insert-transfer)
read -r tps_insert latency_insert <<<"$result"
echo "INSERT into bench_transfer:       $tps_insert tps"
# The same-row UPDATE with as many clients as the group-commit runs have callers: "client:tps" pairs for the ratios.
hot_by_clients="$clients:$tps_update_hot"
hot_rows=""
for n in ${group_clients//,/ }; do
    result=$(pgbench_run update-hot "$n")
    read -r tps latency <<<"$result"
    echo "UPDATE always row 1, $n clients:   $tps tps"
    hot_by_clients="$hot_by_clients,$n:$tps"
    hot_rows="$hot_rows| UPDATE always the same row, $n clients (\`update-hot\`) | $tps | $latency |"$'\n'
done

log "Ledger benchmark (cleans and migrates $db)"
# reWriteBatchedInserts lets the driver send each JDBC insert batch as multi-row inserts: the ledger writes its
# command, transfer and account rows in batches, and without it a 1,000-command transaction pays 1,000 round trips.
export LEERBUDGET_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db?reWriteBatchedInserts=true"
export LEERBUDGET_DB_USER=$PGUSER
export LEERBUDGET_DB_PASSWORD=$PGPASSWORD
export LEERBUDGET_DEMO_DATA=false
./mvnw -B -q -Pbench -Dspotless.check.skip=true test-compile exec:java \
    -Dexec.mainClass=nl.leerbudget.bench.LedgerThroughput \
    -Dbench.output="$out/ledger.md" \
    -Dbench.threads="$clients" \
    -Dbench.seconds="$seconds" \
    -Dbench.warmupSeconds="$warmup" \
    -Dbench.compartments="$compartments" \
    -Dbench.providers="$providers" \
    -Dbench.batchSizes="$batch_sizes" \
    -Dbench.groupClients="$group_clients" \
    -Dbench.groupSize="$group_size"

elapsed=$((SECONDS - started))
report=$out/ledger-report.md
{
    echo "# Ledger throughput on PostgreSQL"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load average $load_before before the run;" \
        "PostgreSQL $server_version; $java_version; database \`$db\`; $clients clients; group commit up to" \
        "$group_size commands (0: off);" \
        "${seconds} s per measurement; the whole script took ${elapsed} s."
    echo
    echo "## pgbench reference (same database, \`pgbench -n -c $clients -j 2 -T $seconds\`)"
    echo
    echo "| script | tps | latency avg ms |"
    echo "| --- | ---: | ---: |"
    echo "| UPDATE one random row of $reference_rows (\`update-uniform\`) | $tps_update_uniform | $latency_update_uniform |"
    echo "| UPDATE always the same row (\`update-hot\`) | $tps_update_hot | $latency_update_hot |"
    echo "| INSERT a ledger_transfer-like row, primary key only (\`insert-transfer\`) | $tps_insert | $latency_insert |"
    printf '%s' "$hot_rows"
    echo
    echo "## Ledger"
    echo
    cat "$out/ledger.md"
    echo
    echo "## Ratios"
    echo
    echo "Ledger transfers/s divided by pgbench tps. Uniform scenarios are compared with the random-row UPDATE," \
        "hot-spot scenarios with the same-row UPDATE at the same number of clients; both with the INSERT."
    echo
    echo "| scenario | transfers/tx | clients | transfers/s | ÷ UPDATE tps | ÷ INSERT tps |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: |"
    awk -F, -v uniform="$tps_update_uniform" -v hot_by_clients="$hot_by_clients" -v insert="$tps_insert" '
        BEGIN {
            n = split(hot_by_clients, pairs, ",")
            for (i = 1; i <= n; i++) { split(pairs[i], kv, ":"); hot[kv[1]] = kv[2] }
        }
        NR > 1 {
            if ($1 == "hot-spot" && ($3 in hot)) {
                update = hot[$3]; label = "hot spot (same-row UPDATE)"
            } else if ($1 == "hot-spot") {
                next
            } else {
                update = uniform; label = "uniform (random-row UPDATE, " '"$clients"' " clients)"
            }
            printf "| %s | %d | %d | %.1f | %.3f | %.3f |\n", label, $2, $3, $6, $6 / update, $6 / insert
        }' "$out/ledger.csv"
} >"$report"

log "Report ($report)"
cat "$report"
