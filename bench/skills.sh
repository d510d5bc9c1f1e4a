#!/usr/bin/env bash
# The skills module on PostgreSQL: the full import of the shipped ESCO v1.1.1 release, and gap + recommendations
# over 100,000 tagged offerings, each beside a reference measured in the same run.
#
#   bash bench/skills.sh                                 # from the project root; about 4 minutes
#   BENCH_CLIENTS=8 BENCH_SECONDS=60 bash bench/skills.sh
#
# Knobs (environment):
#   BENCH_OFFERINGS       admitted offerings to generate and tag with ESCO skills                  (default 100000)
#   BENCH_CLIENTS         client threads                                                          (default 4)
#   BENCH_SECONDS         seconds per measurement                                                 (default 30)
#   BENCH_WARMUP_SECONDS  warm-up before each measurement, not reported                           (default 10)
#   BENCH_DB              database to (re)create; its name must contain "bench"       (default leerbudget_bench_skills)
#   PGHOST PGPORT PGUSER PGPASSWORD                 (default localhost 5432 leerbudget leerbudget)
#   JAVA_HOME             a JDK 21+                                 (default /usr/lib/jvm/temurin-25-jdk-amd64)
#
# References: the import beside reading and parsing the release's files alone (what is left is the database's
# work); gap + recommendations beside reading one ESCO label by its primary key through the same connection pool,
# by as many clients. Ratios say how the figures move on another machine; the absolute numbers depend on it.
#
# Output: target/bench/skills-report.md.
set -euo pipefail

started=$SECONDS
cd "$(dirname "$0")/.."

offerings=${BENCH_OFFERINGS:-100000}
clients=${BENCH_CLIENTS:-4}
seconds=${BENCH_SECONDS:-30}
warmup=${BENCH_WARMUP_SECONDS:-10}
db=${BENCH_DB:-leerbudget_bench_skills}
source bench/lib.sh

out=target/bench
require_bench_db "$db"
require_postgres
server_version=$(psql -X -At -d postgres -c 'show server_version')
java_version=$("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)
recreate_db "$db"
mkdir -p "$out"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

export LEERBUDGET_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db?reWriteBatchedInserts=true"
export LEERBUDGET_DB_USER=$PGUSER
export LEERBUDGET_DB_PASSWORD=$PGPASSWORD
export LEERBUDGET_DEMO_DATA=false

log "Skills: importing ESCO v1.1.1, tagging $offerings offerings, measuring gap + recommendations"
./mvnw -B -q -Pbench -Dspotless.check.skip=true test-compile exec:java \
    -Dexec.mainClass=nl.leerbudget.bench.SkillsGap \
    -Dbench.output="$out/skills.md" \
    -Dbench.offerings="$offerings" \
    -Dbench.threads="$clients" \
    -Dbench.seconds="$seconds" \
    -Dbench.warmupSeconds="$warmup"

elapsed=$((SECONDS - started))
report=$out/skills-report.md
{
    echo "# Skills on PostgreSQL"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load average $load_before before the run;" \
        "PostgreSQL $server_version; $java_version; database \`$db\`; $clients clients;" \
        "${seconds} s per measurement; the whole script took ${elapsed} s."
    echo
    cat "$out/skills.md"
} >"$report"
log "Report ($report)"
cat "$report"
