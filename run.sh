#!/usr/bin/env bash
# Runs the embedded default (H2 under ./data, demo data, development login) from the packaged application, the fast
# way: from Spring Boot's extracted layout and, on a JDK with an ahead-of-time cache (JDK 24 and newer), with that
# cache. The first run packages the application if needed and trains the cache once (one extra start that stops as
# soon as the application context is up); later runs start with about a third less CPU (docs/benchmarks.md,
# "Start-up"). Arguments are passed to the application, e.g. ./run.sh --server.port=9090
set -euo pipefail
cd "$(dirname "$0")"

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
release=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
if [[ -z $release || ${release%%.*} -lt 21 ]]; then
    echo "Leerbudget needs JDK 21 or newer, but $java is Java ${release:-?}. Set JAVA_HOME to a JDK 21+" \
        "(for example JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64) and run the command again." >&2
    exit 1
fi
jar=$(ls target/leerbudget-*.jar 2>/dev/null | grep -v plain | head -n 1 || true)
if [[ -z $jar || -n $(find src pom.xml -newer "$jar" -print -quit) ]]; then
    echo "Packaging the application (./mvnw package, without tests)"
    ./mvnw -q -B -ntp package -DskipTests
    jar=$(ls target/leerbudget-*.jar | grep -v plain | head -n 1)
fi

run=target/run
app=$run/$(basename "$jar")
if [[ ! -f $app || $jar -nt $app ]]; then
    rm -rf "$run"
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$run" >/dev/null
fi

options=()
if "$java" -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1; then
    cache=$run/leerbudget.aot
    if [[ ! -f $cache ]]; then
        echo "Training the JDK's ahead-of-time cache (once; one start that stops when the context is up)"
        "$java" -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh -jar "$app" "$@" >"$run/training.log" 2>&1 \
            || { echo "Training failed (see $run/training.log); starting without the cache"; rm -f "$cache"; }
    fi
    [[ -f $cache ]] && options+=(-XX:AOTCache="$cache")
fi
exec "$java" "${options[@]}" -jar "$app" "$@"
