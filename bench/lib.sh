# What the benchmark scripts share; sourced by bench/*.sh after they set $db (the database to recreate).
#   PGHOST PGPORT PGUSER PGPASSWORD   (default localhost 5432 leerbudget leerbudget)
#   JAVA_HOME                         (default /usr/lib/jvm/temurin-25-jdk-amd64)

export PGHOST=${PGHOST:-localhost}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-leerbudget}
export PGPASSWORD=${PGPASSWORD:-leerbudget}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

log() { printf '\n== %s\n' "$*"; }

# A benchmark drops and recreates its database: only one whose name says it is a benchmark's.
require_bench_db() {
    case $1 in
        *bench*) ;;
        *) echo "BENCH_DB=$1: refusing to drop a database whose name does not contain 'bench'" >&2; exit 2 ;;
    esac
}

require_postgres() {
    log "Checking PostgreSQL at $PGHOST:$PGPORT as $PGUSER"
    if ! pg_isready -q -h "$PGHOST" -p "$PGPORT" -t 10; then
        echo "PostgreSQL is not accepting connections at $PGHOST:$PGPORT (try: pg_ctlcluster 15 main start)" >&2
        exit 1
    fi
}

# Runs a client tool as $PGUSER, or as the postgres superuser when $PGUSER may not (a role without CREATEDB).
as_admin() {
    "$@" 2>/dev/null && return 0
    [[ $(id -u) == 0 ]] || { "$@"; return; }
    # The postgres OS user connects over the local socket as itself, not with the benchmark's credentials.
    su postgres -c "unset PGHOST PGUSER PGPASSWORD; $(printf '%q ' "$@")"
}

recreate_db() {
    log "Recreating database $1"
    as_admin dropdb --if-exists "$1"
    as_admin createdb -O "$PGUSER" "$1"
}

# Restarts the PostgreSQL cluster that serves $PGPORT (fast mode: sessions are ended, open transactions rolled back).
restart_postgres() {
    local cluster
    cluster=$(pg_lsclusters --no-header | awk -v port="$PGPORT" '$3 == port { print $1 " " $2; exit }')
    [[ -n $cluster ]] || { echo "no local PostgreSQL cluster on port $PGPORT to restart" >&2; return 1; }
    # pg_ctlcluster may report a start as failed that its own log shows ready (its wait gives up first on a loaded
    # machine): what counts is whether the server answers afterwards.
    # shellcheck disable=SC2086
    if [[ $(id -u) == 0 ]]; then
        pg_ctlcluster --mode fast $cluster restart || echo "pg_ctlcluster reported a failed restart; waiting for the server"
    else
        sudo -n pg_ctlcluster --mode fast $cluster restart \
            || echo "pg_ctlcluster reported a failed restart; waiting for the server"
    fi
    for _ in $(seq 1 60); do
        pg_isready -q -h "$PGHOST" -p "$PGPORT" && return 0
        sleep 0.5
    done
    return 1
}

# Packages the application and starts one instance with demo data on database $1 and loopback port $2, logging to
# $3/instance.log; waits up to $4 seconds for its health, and stops it when the script exits. Sets $url and $pid.
start_demo_instance() {
    local db=$1 port=$2 run=$3 wait_seconds=$4 jar
    log "Packaging the application"
    ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package
    jar=$(ls target/leerbudget-*.jar | grep -v original | head -n 1)

    export LEERBUDGET_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db?reWriteBatchedInserts=true"
    export LEERBUDGET_DB_USER=$PGUSER LEERBUDGET_DB_PASSWORD=$PGPASSWORD
    export LEERBUDGET_DEMO_DATA=true LEERBUDGET_DEV_ISSUER=http://localhost:$port/dev-idp
    url=http://localhost:$port

    log "Starting the instance on port $port (Flyway migration and demo data)"
    "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" --server.port="$port" >"$run/instance.log" 2>&1 &
    pid=$!
    trap stop_demo_instance EXIT
    for _ in $(seq 1 "$wait_seconds"); do
        curl -fs "$url/actuator/health" >/dev/null 2>&1 && break
        sleep 1
    done
    curl -fs "$url/actuator/health" >/dev/null || { tail -n 30 "$run/instance.log" >&2; exit 1; }
}

stop_demo_instance() {
    if [[ -n ${pid:-} ]]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
}
