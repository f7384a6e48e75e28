#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the server tests: start DIR | stop DIR | env DIR
#   start: initdb (if needed) and start a cluster in DIR on 127.0.0.1 and a free port; prints the port.
#   stop:  stops it (fast) — the data stays until DIR is removed.
#   env:   prints TRAINPLAN_TEST_PG=postgresql://postgres@127.0.0.1:PORT/postgres for the tests.
# initdb refuses to run as root, so as root the cluster belongs to the 'postgres' user (Debian's package
# creates it). Debian keeps the binaries outside PATH, in /usr/lib/postgresql/<version>/bin.
set -euo pipefail
cmd="${1:?usage: pg-cluster.sh start|stop|env DIR}"
dir="$(mkdir -p "${2:?usage: pg-cluster.sh start|stop|env DIR}" && cd "$2" && pwd)"

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir="$candidate"
done
if [ -z "$bindir" ]; then
    bindir="$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"
fi
[ -x "$bindir/initdb" ] || { echo "pg-cluster: initdb not found (install the Debian package postgresql)" >&2; exit 3; }

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
    # A checkout under a private home folder (mode 0700) cannot be reached by the postgres user: the cluster then lives
    # under /tmp, at a path derived from DIR so that start, stop and env agree.
    if ! runuser -u postgres -- test -x "$dir"; then
        dir="/tmp/trainplan-pg-$(printf '%s' "$dir" | md5sum | cut -c1-12)"
        mkdir -p "$dir"
    fi
    chown postgres "$dir"
fi

free_port() {
    python3 - <<'PY' 2>/dev/null || echo 55432
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

case "$cmd" in
start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # Already running (a developer's own start before the suite): that cluster is used, not a second start that
    # fails and leaves the server tests skipped.
    if [ -f "$dir/port" ] && "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        cat "$dir/port"
        exit 0
    fi
    port="$(free_port)"
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    echo "$port"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    ;;
env)
    echo "TRAINPLAN_TEST_PG=postgresql://postgres@127.0.0.1:$(cat "$dir/port")/postgres"
    ;;
*)
    echo "usage: pg-cluster.sh start|stop|env DIR" >&2
    exit 2
    ;;
esac
