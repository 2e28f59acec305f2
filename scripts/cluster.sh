# cluster.sh: sourced by test.sh, demo.sh, try.sh, test/dump and bench/: a throwaway
# PostgreSQL cluster.
#
# cluster_start creates a data directory and a private socket directory under /tmp,
# runs initdb and the server as an unprivileged user (postgres refuses root), with
# no TCP listener, and exports PGHOST/PGPORT/PGUSER for the clients, which run as the
# caller.  cluster_stop stops the server and deletes everything; it is installed as an
# EXIT/INT/TERM trap so a failure or Ctrl-C never leaves a cluster behind.

# With PG_PRIVATE (scripts/build.sh), the server runs from that private installation.
PG_BINDIR=${PG_PRIVATE:-}$(${PG_CONFIG:-pg_config} --bindir)
CLUSTER_USER=${CLUSTER_USER:-postgres}
export PATH="$PATH:/usr/sbin:/sbin"

cluster_as_user() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u "$CLUSTER_USER" -- "$@")
    else
        (cd / && "$@")
    fi
}

cluster_stop() {
    if [ -n "${CLUSTER_DIR:-}" ] && [ -d "$CLUSTER_DIR" ]; then
        if [ -f "$CLUSTER_DIR/data/postmaster.pid" ]; then
            cluster_as_user "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
            local pid
            pid=$(head -1 "$CLUSTER_DIR/data/postmaster.pid" 2>/dev/null || true)
            [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
        fi
        rm -rf "$CLUSTER_DIR"
    fi
    CLUSTER_DIR=
}

cluster_start() {
    CLUSTER_DIR=$(mktemp -d /tmp/indicator-cluster.XXXXXX)
    export CLUSTER_DIR
    # CLUSTER_RECORD: a file that learns the directory, so that a supervisor (the chroot
    # runs of scripts/test-pg.sh) can stop a server whose script was killed.
    [ -n "${CLUSTER_RECORD:-}" ] && echo "$CLUSTER_DIR" >"$CLUSTER_RECORD"
    trap 'rc=$?; cluster_stop; exit $rc' EXIT
    trap 'cluster_stop; exit 130' INT
    trap 'cluster_stop; exit 143' TERM
    chmod 755 "$CLUSTER_DIR"
    mkdir "$CLUSTER_DIR/data" "$CLUSTER_DIR/socket"
    [ "$(id -u)" -eq 0 ] && chown "$CLUSTER_USER" "$CLUSTER_DIR/data" "$CLUSTER_DIR/socket"
    cluster_as_user "$PG_BINDIR/initdb" -D "$CLUSTER_DIR/data" -U postgres --auth=trust \
        --locale=C.UTF-8 --encoding=UTF8 >"$CLUSTER_DIR/initdb.log" 2>&1 \
        || { cat "$CLUSTER_DIR/initdb.log" >&2; return 1; }
    # The port only names the socket file in our private directory.
    export PGPORT=${CLUSTER_PORT:-54329}
    export PGHOST="$CLUSTER_DIR/socket"
    export PGUSER=postgres
    export PGCLIENTENCODING=UTF8
    export PGDATABASE=postgres
    touch "$CLUSTER_DIR/server.log" && chmod 666 "$CLUSTER_DIR/server.log"
    cluster_as_user "$PG_BINDIR/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses='' -k $PGHOST -p $PGPORT -c max_worker_processes=8 -c fsync=off -c jit=off ${CLUSTER_OPTS:-}" \
        start >/dev/null 9>&- \
        || { cat "$CLUSTER_DIR/server.log" >&2; return 1; }
}
