#!/usr/bin/env bash
# The policy simulator at national scale, against a reference in the same run: DuckDB computing the same yearly cost
# by group over the same cohort.
#
#   bash bench/simulation.sh                          # 10,000,000 people; from the project root
#   BENCH_PEOPLE=1000000 bash bench/simulation.sh     # a smaller cohort
#
# Knobs (environment):
#   BENCH_PEOPLE   people in the cohort                 (default 10000000)
#   BENCH_SEED     seed of the cohort and the runs      (default 2027)
#   BENCH_HEAP     the JVM's maximum heap               (default 2g: the target is 10 million people in 2 GB)
#   JAVA_HOME      a JDK 21+                            (default /usr/lib/jvm/temurin-25-jdk-amd64)
#
# Steps (nl.leerbudget.bench.SimulationBench): draw the cohort (population, labour-market position, sector,
# propensity, and every person's regressive and neutral right by Entitlement.amount, the rules of Entitlement.assess
# without the explanation), on all cores, reported apart; run the four variants (stap, leerrekening, regressief,
# neutraal) for one year, timed together, on all cores; a ten-year run of combinatie; the peak heap, and the heap in use
# after a full collection. The JVM's collections are logged to target/bench/simulation/gc.log. Reference: the cohort's columns exported to CSV, loaded into an in-process DuckDB, and the learning
# account's yearly public cost by education level computed by SQL; the simulator's figures by group must be the same
# to the cent (the run fails otherwise), and the ratio of the times is reported. Report: target/bench/simulation/
set -euo pipefail

cd "$(dirname "$0")/.."
people=${BENCH_PEOPLE:-10000000}
seed=${BENCH_SEED:-2027}
heap=${BENCH_HEAP:-2g}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
out=target/bench/simulation
mkdir -p "$out"

printf '\n== Compiling\n'
./mvnw -B -q -Dspotless.check.skip=true test-compile
./mvnw -B -q -Dspotless.check.skip=true dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath=target/test-classes:target/classes:$(cat target/bench-classpath.txt)

printf '\n== %s people, seed %s, heap %s; %s cores\n' "$people" "$seed" "$heap" "$(nproc)"
"$JAVA_HOME/bin/java" -Xmx"$heap" -XX:+UseParallelGC -Xlog:gc:file="$out/gc.log" -cp "$classpath" nl.leerbudget.bench.SimulationBench \
    "$people" "$seed" "$out"
rm -f "$out/cohort.csv"
