#!/usr/bin/env bash
# Start-up of the embedded default: seconds from launching the JVM until the first page (GET /) answers 200, and the
# CPU seconds the process used until then, on an empty data directory (first start: migrations and demo data) and on
# the data directory that start left (a restart). Three ways to launch the same packaged application:
#   reference  java -version: the JVM alone, the floor under any launch on this machine;
#   jar        java -jar on the extracted application (Spring Boot's recommended layout);
#   aot        the same with the JDK's ahead-of-time cache (JDK 24 and newer, JEP 483/514/515), trained once by a run
#              that stops after the application context has started (-Dspring.context.exit=onRefresh).
# Loopback only; every launched process is stopped before the next starts.
#
#   bash bench/startup.sh                 # 3 launches of each kind, medians
#   BENCH_RUNS=5 bash bench/startup.sh
#   BENCH_SKIP_BUILD=1 bash bench/startup.sh   # use target/leerbudget-*.jar as it is
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
java="$JAVA_HOME/bin/java"
runs=${BENCH_RUNS:-3}
port=${BENCH_PORT:-18190}
work=target/startup
tick=$(getconf CLK_TCK)

if [[ -z ${BENCH_SKIP_BUILD:-} ]]; then
    echo "== Packaging the application"
    ./mvnw -q -B -ntp package -DskipTests -Dspotless.check.skip=true
fi
jar=$(ls target/leerbudget-*.jar | grep -v plain | head -n 1)
rm -rf "$work" && mkdir -p "$work"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
app=$PWD/$work/extracted/$(basename "$jar")

# launch <data directory> <java options...>: prints "<wall seconds> <cpu seconds>"
launch() {
    local dir=$1; shift
    mkdir -p "$dir"
    local start end pid
    start=$(date +%s%N)
    (cd "$dir" && exec "$java" "$@" -jar "$app" --server.port="$port" >app.log 2>&1) &
    pid=$!
    local deadline=$((SECONDS + 180))
    until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true) == 200 ]]; do
        if ! kill -0 "$pid" 2>/dev/null || ((SECONDS > deadline)); then
            echo "the application did not answer; its log: $dir/app.log" >&2
            kill "$pid" 2>/dev/null || true
            exit 1
        fi
        sleep 0.05
    done
    end=$(date +%s%N)
    local cpu
    cpu=$(awk -v t="$tick" '{printf "%.1f", ($14 + $15) / t}' "/proc/$pid/stat")
    kill "$pid" && wait "$pid" 2>/dev/null || true
    printf '%.2f %s\n' "$(echo "($end - $start) / 1000000000" | bc -l)" "$cpu"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

measure() {
    local label=$1; shift
    local fresh=() kept=() fresh_cpu=() kept_cpu=()
    for ((i = 1; i <= runs; i++)); do
        local dir="$work/run-$label-$i"
        read -r w c < <(launch "$dir" "$@"); fresh+=("$w"); fresh_cpu+=("$c")
        read -r w c < <(launch "$dir" "$@"); kept+=("$w"); kept_cpu+=("$c")
    done
    printf '%-9s first start %6.2f s (CPU %5.1f s)   restart %6.2f s (CPU %5.1f s)   [first starts: %s]\n' "$label" \
        "$(printf '%s\n' "${fresh[@]}" | median)" "$(printf '%s\n' "${fresh_cpu[@]}" | median)" \
        "$(printf '%s\n' "${kept[@]}" | median)" "$(printf '%s\n' "${kept_cpu[@]}" | median)" "${fresh[*]}"
}

echo "== $("$java" -version 2>&1 | head -n 1), $(nproc) cores, $runs launches each, medians"
reference=()
for ((i = 1; i <= runs; i++)); do
    start=$(date +%s%N); "$java" -version >/dev/null 2>&1; end=$(date +%s%N)
    reference+=("$(echo "($end - $start) / 1000000000" | bc -l)")
done
printf '%-9s %6.2f s\n' reference "$(printf '%s\n' "${reference[@]}" | median)"
measure jar
if "$java" -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1; then
    mkdir -p "$work/train"
    (cd "$work/train" && "$java" -XX:AOTCacheOutput="$PWD/../app.aot" -Dspring.context.exit=onRefresh \
        -jar "$app" --server.port="$port" >train.log 2>&1)
    echo "AOT cache: $(du -h "$work/app.aot" | cut -f1), trained in one start that stops once the context is up"
    measure aot -XX:AOTCache="$PWD/$work/app.aot"
else
    echo "aot       not measured: this JDK has no ahead-of-time cache (JDK 24 or newer)"
fi
