#!/usr/bin/env bash
# The surge's fault runs, small enough for every CI run: the same surge as bench/surge.sh, once with the second
# application instance killed (kill -9) and once with PostgreSQL restarted, each after 30% of the applications are
# answered. Clients retry with the same request id; the checker must pass after each. Needs a local PostgreSQL that
# this user may restart (root, or sudo for pg_ctlcluster).
#
#   bash bench/surge-faults.sh
#
# Knobs: BENCH_APPLICANTS (default 6000), BENCH_BUDGET_EUROS (default 1500000), BENCH_FAULT_AT (default 30), and
# those of bench/surge.sh. Reports: target/bench/surge-fault-<fault>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

export BENCH_APPLICANTS=${BENCH_APPLICANTS:-6000}
export BENCH_BUDGET_EUROS=${BENCH_BUDGET_EUROS:-1500000}
export BENCH_REFERENCES=off
status=0
for fault in kill-instance restart-database; do
    printf '\n=== Surge with a fault: %s ===\n' "$fault"
    if BENCH_FAULT=$fault bash bench/surge.sh; then
        cp target/bench/surge-report.md "target/bench/surge-fault-$fault.md"
    else
        echo "The surge with fault $fault FAILED" >&2
        cp target/bench/surge-report.md "target/bench/surge-fault-$fault.md" 2>/dev/null || true
        status=1
    fi
done
exit "$status"
