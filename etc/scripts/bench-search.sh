#!/usr/bin/env bash
# P-1/P-5: buyer search (1-, 2-, 3+-character keywords; page + total + facets) and the Excel export, on SQLite and
# PostgreSQL, at each size given (default 1000 10000 100000). Each size gets a fresh database filled once, then three
# runs (database size, load, page-cache state and CPU by thread per run) and, on the same data, the Dapper baseline's
# query and a plain scan as ratios (issue #18).
#   etc/scripts/bench-search.sh                  both providers
#   ROBOTPLAN_BENCH_PROVIDERS=sqlite ROBOTPLAN_BENCH_SIZES="10000" etc/scripts/bench-search.sh
#   ROBOTPLAN_BENCH_REUSE=1 ...                  keep a database filled by an earlier run (same schema) instead of refilling
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
sizes="${ROBOTPLAN_BENCH_SIZES:-1000 10000 100000}"
providers="${ROBOTPLAN_BENCH_PROVIDERS:-sqlite postgresql}"
work="${ROBOTPLAN_BENCH_DIR:-/tmp/robotplan-bench}"
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build test/RobotPlan.Benchmarks -c Release --nologo -v q -clp:ErrorsOnly
bench=(dotnet test/RobotPlan.Benchmarks/bin/Release/net10.0/RobotPlan.Benchmarks.dll)

for provider in $providers; do
  case "$provider" in
    sqlite)
      for n in $sizes; do
        [ -n "${ROBOTPLAN_BENCH_REUSE:-}" ] || rm -f "$work/listings-$n.db"*
        export_flag=""; [ "$n" -ge 100000 ] && export_flag="--export"
        "${bench[@]}" Sqlite "Data Source=$work/listings-$n.db;Default Timeout=30" "$n" 200 $export_flag
      done ;;
    postgresql)
      export ROBOTPLAN_PG_PORT="${ROBOTPLAN_PG_PORT:-55482}" ROBOTPLAN_PG_DATA="${ROBOTPLAN_PG_DATA:-/tmp/pg-listings}"
      server="$(etc/scripts/postgres.sh start)"
      for n in $sizes; do
        db="rp_bench_$n"
        dotnet_conn="${server/Database=postgres/Database=$db}"
        if [ -z "${ROBOTPLAN_BENCH_REUSE:-}" ]; then
          "$(dirname "$(ls /usr/lib/postgresql/*/bin/psql | head -1)")/psql" -q "host=127.0.0.1 port=$ROBOTPLAN_PG_PORT user=postgres dbname=postgres" \
            -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
        fi
        export_flag=""; [ "$n" -ge 100000 ] && export_flag="--export"
        "${bench[@]}" PostgreSql "$dotnet_conn" "$n" 200 $export_flag
      done ;;
    *) echo "bench-search.sh: unknown provider $provider" >&2; exit 2 ;;
  esac
done
