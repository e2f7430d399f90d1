#!/usr/bin/env bash
# A throwaway PostgreSQL for tests and benchmarks: initdb + pg_ctl on a loopback port, data under /tmp.
#   etc/scripts/postgres.sh start   → prints the connection string on stdout
#   etc/scripts/postgres.sh stop
# Installs Debian's postgresql package when it is missing and we are root.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
port="${ROBOTPLAN_PG_PORT:-55432}"
# The postgres account must reach it, so not under a root-only home.
data="${ROBOTPLAN_PG_DATA:-/tmp/robotplan-pgdata-$port}"

find_bin() {
  for dir in /usr/lib/postgresql/*/bin; do [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }; done
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v pg_ctl)"; return; }
  return 1
}

ensure_installed() {
  if ! find_bin >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      echo "postgres.sh: installing postgresql (apt-get)" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    else
      echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; return 1
    fi
  fi
}

# initdb and the server refuse to run as root: use the postgres account then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

case "${1:-start}" in
  start)
    ensure_installed
    bin="$(find_bin)"
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"; [ "$(id -u)" = 0 ] && chown postgres "$data"
      as_owner "'$bin/initdb' -D '$data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >&2
    fi
    if ! as_owner "'$bin/pg_ctl' -D '$data' status" >/dev/null 2>&1; then
      as_owner "'$bin/pg_ctl' -D '$data' -l '$data/server.log' -w -o \"-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start" >&2
    fi
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
    ;;
  stop)
    bin="$(find_bin)" || exit 0
    [ -f "$data/PG_VERSION" ] && as_owner "'$bin/pg_ctl' -D '$data' -m fast stop" >&2 || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
