#!/usr/bin/env bash
# The national learning-rights batch on PostgreSQL, end to end, against a reference in the same script that only
# COPYs the same number of rows (the population file itself) into a plain table of the same database.
#
#   bash bench/rights.sh                          # 10,000,000 people; from the project root
#   BENCH_PEOPLE=1000000 bash bench/rights.sh     # a smaller population
#
# Knobs (environment):
#   BENCH_PEOPLE    people in the generated population                          (default 10000000)
#   BENCH_SEED      seed of the generator (the same seed gives the same file)   (default 2027)
#   BENCH_CHUNK     people per transaction of the batch                          (default 10000)
#   BENCH_WORKERS   chunks in flight at once                                     (default 2)
#   BENCH_DB        database to (re)create; its name must contain "bench"        (default leerbudget_bench_rights)
#   PGHOST PGPORT PGUSER PGPASSWORD                 (default localhost 5432 leerbudget leerbudget)
#   JAVA_HOME       a JDK 21+                       (default /usr/lib/jvm/temurin-25-jdk-amd64)
#
# Steps: package the application; generate the population file (reused when it exists for the same size and seed);
# recreate the database; reference: `\copy` the file into a plain table (no index); drop that table; then the batch
# as an operator runs it: `java -jar … --leerbudget.rights.batch.file=…` on the empty database (Flyway migration and
# start included), timed from start to exit. Afterwards the books are checked with SQL; then the floor: the rows the
# batch wrote, copied into empty tables of the same shape and indexes (the least any batch must write). Report:
# target/bench/rights-report.md
set -euo pipefail

cd "$(dirname "$0")/.."
people=${BENCH_PEOPLE:-10000000}
seed=${BENCH_SEED:-2027}
chunk=${BENCH_CHUNK:-10000}
workers=${BENCH_WORKERS:-2}
db=${BENCH_DB:-leerbudget_bench_rights}
source bench/lib.sh
out=target/bench
file=$out/population-$people-$seed.csv
mkdir -p "$out"

require_bench_db "$db"
require_postgres

log "Packaging the application"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
jar=$(ls target/leerbudget-*.jar | grep -v original | head -n 1)

if [[ ! -s $file ]]; then
    log "Generating $people people (seed $seed)"
    "$JAVA_HOME/bin/java" -cp target/classes nl.leerbudget.simulation.PopulationFile \
        --people "$people" --seed "$seed" --out "$file"
fi
size=$(du -h "$file" | cut -f1)

recreate_db "$db"

log "Reference: \\copy of the $people-line file into a plain table"
psql -X -q -d "$db" -c "create table reference_population (person_id uuid, birth_date date, history text)"
as_admin psql -X -q -d "$db" -c checkpoint >/dev/null 2>&1 || true
started=$(date +%s.%N)
psql -X -q -d "$db" -c "\\copy reference_population from '$file' with (format csv, header true)"
reference=$(awk "BEGIN { print $(date +%s.%N) - $started }")
psql -X -q -d "$db" -c "drop table reference_population"
as_admin psql -X -q -d "$db" -c checkpoint >/dev/null 2>&1 || true
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

log "The national batch, end to end"
started=$(date +%s.%N)
LEERBUDGET_DEMO_DATA=false "$JAVA_HOME/bin/java" -jar "$jar" \
    --spring.main.web-application-type=none \
    "--spring.datasource.url=jdbc:postgresql://$PGHOST:$PGPORT/$db?reWriteBatchedInserts=true" \
    "--spring.datasource.username=$PGUSER" "--spring.datasource.password=$PGPASSWORD" \
    "--leerbudget.rights.batch.file=$file" "--leerbudget.rights.batch.chunk-size=$chunk" \
    "--leerbudget.rights.batch.workers=$workers" >"$out/rights-batch.log" 2>&1 || {
    tail -n 30 "$out/rights-batch.log" >&2
    exit 1
}
grep '^Leerrechten' "$out/rights-batch.log" | tail -n 4
batch=$(awk "BEGIN { print $(date +%s.%N) - $started }")

log "Checking the books"
check=$(psql -X -At -d "$db" <<'SQL'
select 'rights ' || count(*) from learning_right;
select 'compartments ' || count(*) from ledger_account where name = 'Leerrecht';
select 'transfers ' || count(*) from ledger_transfer where code = 'DEPOSIT';
select 'chunks ' || count(*) from rights_batch_chunk;
select 'mismatched ' || count(*) from learning_right r join ledger_account a on a.id = r.compartment_id
  where a.credits_posted <> r.amount_cents;
select 'unbalanced ' || count(*) from (select unit, sum(credits_posted) - sum(debits_posted) d from ledger_account
  group by unit having sum(credits_posted) - sum(debits_posted) <> 0) u;
SQL
)
echo "$check"
log "Floor: the rows the batch wrote, \\copy'd into empty tables of the same shape (same indexes, no foreign keys)"
# What PostgreSQL needs only to take in the rows that the books require, with no reading of the file, no computation
# and no checks: five COPYs at once into copies of the tables the batch writes. The batch cannot be faster than this.
floor_tables=(learning_account ledger_account ledger_transfer education_history learning_right)
floor_rows=0
for t in "${floor_tables[@]}"; do
    psql -X -q -d "$db" -c "\\copy (select * from $t) to '$out/floor-$t.bin' with (format binary)"
    psql -X -q -d "$db" -c "create table floor_$t (like $t including defaults including constraints including indexes)"
    floor_rows=$((floor_rows + $(psql -X -At -d "$db" -c "select count(*) from $t")))
done
as_admin psql -X -q -d "$db" -c checkpoint >/dev/null 2>&1 || true
started=$(date +%s.%N)
for t in "${floor_tables[@]}"; do
    psql -X -q -d "$db" -c "\\copy floor_$t from '$out/floor-$t.bin' with (format binary)" &
done
wait
floor=$(awk "BEGIN { print $(date +%s.%N) - $started }")
for t in "${floor_tables[@]}"; do
    psql -X -q -d "$db" -c "drop table floor_$t"
    rm -f "$out/floor-$t.bin"
done

ratio=$(awk "BEGIN { printf \"%.2f\", $batch / $reference }")
floor_ratio=$(awk "BEGIN { printf \"%.2f\", $floor / $reference }")
batch_to_floor=$(awk "BEGIN { printf \"%.2f\", $batch / $floor }")
cat >"$out/rights-report.md" <<REPORT
# National learning-rights batch on PostgreSQL

$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load $load_before before the batch; $(psql -X -At -d "$db" -c 'show server_version');
$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $people people (file $size, seed $seed); chunk $chunk, $workers workers.

| step | seconds |
| --- | ---: |
| reference: \`\\copy\` of the file into a plain table | $(printf '%.1f' "$reference") |
| national batch, end to end (start, migration, batch, exit) | $(printf '%.1f' "$batch") |
| ratio batch ÷ reference | $ratio |
| floor: the $floor_rows rows the batch wrote, \`\\copy\` into empty copies of their five tables at once | $(printf '%.1f' "$floor") |
| ratio floor ÷ reference (no batch can do better) | $floor_ratio |
| ratio batch ÷ floor | $batch_to_floor |

Books: $(echo $check | tr '\n' ' ')

Last lines of the batch:

\`\`\`
$(tail -n 3 "$out/rights-batch.log")
\`\`\`
REPORT
cat "$out/rights-report.md"
