#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a free loopback port, for the tests
# (scripts/test.sh) and the benchmarks. Test settings: trust
# authentication on 127.0.0.1 only, and no fsync (the tests kill the
# server, never PostgreSQL, so its own durability is not what they test).
# PG_DURABLE=1 keeps PostgreSQL's durable defaults (fsync, synchronous
# commits, full-page writes) instead: the benchmarks (scripts/bench.sh)
# measure commits as production makes them.
#
#   scripts/pg.sh start DIR   # creates the cluster in DIR (once), starts it,
#                             # prints its URL: postgres://postgres@127.0.0.1:PORT/postgres
#   scripts/pg.sh stop DIR    # stops it (DIR stays; remove it to forget it)
#   scripts/pg.sh url DIR     # the URL of the running cluster
#
# As root (CI), the cluster runs as the `postgres` user the package made:
# PostgreSQL refuses to run as root.
set -euo pipefail

usage() { echo "usage: scripts/pg.sh start|stop|url DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
cmd="$1"
dir="$(mkdir -p "$2" && cd "$2" && pwd)"

bin="$(compgen -G '/usr/lib/postgresql/*/bin' | sort -V | tail -n 1 || true)"
if [ -z "$bin" ] || [ ! -x "$bin/postgres" ]; then
  echo "scripts/pg.sh: no PostgreSQL server here (scripts/setup.sh --postgres installs it)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

url() { echo "postgres://postgres@127.0.0.1:$(cat "$dir/port")/postgres"; }

case "$cmd" in
  start)
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log"
    fi
    if as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      url
      exit 0
    fi
    # A restarted cluster keeps its port (its clients reconnect to it).
    if [ ! -f "$dir/port" ]; then
      python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' >"$dir/port"
    fi
    port="$(cat "$dir/port")"
    durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    if [ "${PG_DURABLE:-0}" = 1 ]; then durability=""; fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $durability -c max_connections=300" >/dev/null
    url
    ;;
  stop)
    if [ -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
  url)
    url
    ;;
  *) usage ;;
esac
