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
