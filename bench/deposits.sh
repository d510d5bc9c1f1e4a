#!/usr/bin/env bash
# A bulk deposit of 100,000 people on PostgreSQL through the funder portal's API, against a COPY of the same rows.
#
# The demo employer (API client bouwbedrijf-de-vries) uploads a CSV file with one line per person
# (POST /api/v1/funders/{id}/deposit-files: read, every line checked, each person found in the person registry,
# the checked result stored) and confirms it (POST …/confirmation: one Ledger.creditInBulk, all or nothing, a new
# compartment and a transfer per person and a learning account for who has none, COPY on PostgreSQL). The
# reference is psql's \copy of the same file into a plain table without indexes, in the same script and database:
# what PostgreSQL takes just to take the rows in. The report gives each step's time and its ratio to the reference.
#
#   bash bench/deposits.sh                        # 100,000 people
#   BENCH_PEOPLE=10000 bash bench/deposits.sh     # smaller
#
# Knobs (environment):
#   BENCH_PEOPLE   lines of the file, one person each (at most 100000, the file limit)   (default 100000)
#   BENCH_PORT     the instance's loopback port                                          (default 18093)
#   BENCH_DB       database to (re)create; its name must contain "bench"                 (default leerbudget_bench_deposits)
#   PGHOST PGPORT PGUSER PGPASSWORD                 (default localhost 5432 leerbudget leerbudget)
#   JAVA_HOME      a JDK 21+                        (default /usr/lib/jvm/temurin-25-jdk-amd64)
#
# Output: target/bench/deposits/report.md (and the instance's log beside it).
set -euo pipefail
cd "$(dirname "$0")/.."

people=${BENCH_PEOPLE:-100000}
port=${BENCH_PORT:-18093}
db=${BENCH_DB:-leerbudget_bench_deposits}
source bench/lib.sh
run=target/bench/deposits
mkdir -p "$run"

require_bench_db "$db"
require_postgres
recreate_db "$db"
start_demo_instance "$db" "$port" "$run" 180
# The demo data is loaded by runners after the health check answers: wait for the employer's account.
funder=
for _ in $(seq 1 60); do
    funder=$(psql -X -At -d "$db" -c "select id from ledger_account where kind = 'FUNDER' and name = 'Bouwbedrijf De Vries B.V.'")
    [[ -n $funder ]] && break
    sleep 1
done
[[ -n $funder ]] || { echo "no demo employer account" >&2; exit 1; }

log "Registering $people people and writing the file"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
insert into person (id, bsn_lookup, bsn_encrypted, display_name, created_at)
select gen_random_uuid(), 'bench-' || g, 'bench', 'Persoon ' || g, now() from generate_series(1, $people) g;
SQL
file=$PWD/$run/deposits.csv
psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
    -c "\\copy (select id, '0.40' from person where bsn_lookup like 'bench-%' order by id) to '$file' with (format csv, header false)"
sed -i '1i persoon-id,bedrag' "$file"
size=$(du -h "$file" | cut -f1)

log "Reference: \\copy of the same $people rows into a plain table"
psql -X -q -d "$db" -c "create table bench_reference (person_id uuid, amount numeric(19, 2))"
started=$(date +%s.%N)
psql -X -q -d "$db" -c "\\copy bench_reference from '$file' with (format csv, header true)"
reference=$(awk "BEGIN { printf \"%.3f\", $(date +%s.%N) - $started }")
psql -X -q -d "$db" -c "drop table bench_reference"
echo "copy: $reference s"

token=$(curl -fs -u bouwbedrijf-de-vries:bouwbedrijf-de-vries-secret -d grant_type=client_credentials -d scope=api \
    "$url/oauth2/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
[[ -n $token ]] || { echo "no access token" >&2; exit 1; }

log "Upload: the file read, checked and its people found (POST deposit-files)"
started=$(date +%s.%N)
answer=$(curl -fsS -H "Authorization: Bearer $token" -F "file=@$file;type=text/csv" -F label=Benchmark \
    "$url/api/v1/funders/$funder/deposit-files")
upload=$(awk "BEGIN { printf \"%.3f\", $(date +%s.%N) - $started }")
file_id=$(echo "$answer" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
echo "$answer" | grep -q '"problems":\[\]' || { echo "the file has problems: ${answer:0:500}" >&2; exit 1; }
echo "upload: $upload s"

log "Confirmation: one bulk credit of $people compartments (POST confirmation)"
started=$(date +%s.%N)
curl -fsS -o "$run/confirmation.json" -H "Authorization: Bearer $token" -X POST \
    "$url/api/v1/funders/$funder/deposit-files/$file_id/confirmation"
confirm=$(awk "BEGIN { printf \"%.3f\", $(date +%s.%N) - $started }")
echo "confirmation: $confirm s ($(cat "$run/confirmation.json"))"

log "Check: every person once, the funder paid once"
read -r compartments accounts total < <(psql -X -At -F ' ' -d "$db" -c "select count(*), count(distinct learning_account_id),
    coalesce(sum(credits_posted), 0) from ledger_account where kind = 'COMPARTMENT' and name = 'Benchmark'")
[[ $compartments == "$people" && $accounts == "$people" && $total == $((people * 40)) ]] \
    || { echo "check failed: $compartments compartments, $accounts accounts, $total cents" >&2; exit 1; }
echo "ok: $compartments compartments in $accounts learning accounts, $total cents"

both=$(awk "BEGIN { printf \"%.3f\", $upload + $confirm }")
ratio() { awk "BEGIN { printf \"%.1f\", $1 / $reference }"; }
cpus=$(nproc)
cat >"$run/report.md" <<MD
Bulk deposit of $people people on PostgreSQL $(psql -X -At -d postgres -c 'show server_version'),
$(date -u +%Y-%m-%d), $cpus cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); file $size.

| step | seconds | × \`\\copy\` |
|---|---:|---:|
| reference: \`\\copy\` of the file into a plain table | $reference | 1.0 |
| upload: read, check every line, find each person, store the result | $upload | $(ratio "$upload") |
| confirmation: one bulk credit (compartments, transfers, learning accounts) | $confirm | $(ratio "$confirm") |
| both | $both | $(ratio "$both") |
MD
cat "$run/report.md"
