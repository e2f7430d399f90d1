#!/usr/bin/env bash
# P-3: N awards (default 10,000) paid through the sandbox treasury over loopback HTTP with LATENCY ms (default 20)
# per call and a rate limit of R requests/s (default 100); prints throughput against R, then the exactly-once check.
#   etc/scripts/bench-payouts.sh                                  SQLite, defaults
#   ROBOTPLAN_BENCH_R=200 ROBOTPLAN_BENCH_PARALLELISM=16 etc/scripts/bench-payouts.sh
#   ROBOTPLAN_BENCH_PROVIDER=postgresql ROBOTPLAN_PG_PORT=55442 etc/scripts/bench-payouts.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
n="${ROBOTPLAN_BENCH_AWARDS:-10000}"
rate="${ROBOTPLAN_BENCH_R:-100}"
latency="${ROBOTPLAN_BENCH_LATENCY_MS:-20}"
parallelism="${ROBOTPLAN_BENCH_PARALLELISM:-16}"
work="${ROBOTPLAN_BENCH_DIR:-/tmp/robotplan-bench}"
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build test/RobotPlan.Benchmarks -c Release --nologo -v q -clp:ErrorsOnly
bench=(dotnet test/RobotPlan.Benchmarks/bin/Release/net10.0/RobotPlan.Benchmarks.dll payouts)
case "${ROBOTPLAN_BENCH_PROVIDER:-sqlite}" in
  sqlite)
    rm -f "$work/payouts.db"*
    "${bench[@]}" Sqlite "Data Source=$work/payouts.db;Default Timeout=30" "$n" "$rate" "$latency" "$parallelism" ;;
  postgresql)
    export ROBOTPLAN_PG_PORT="${ROBOTPLAN_PG_PORT:-55442}"
    server="$(etc/scripts/postgres.sh start)"
    db="rp_bench_payouts"
    "$(dirname "$(ls /usr/lib/postgresql/*/bin/psql | head -1)")/psql" -q "host=127.0.0.1 port=$ROBOTPLAN_PG_PORT user=postgres dbname=postgres" \
      -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
    "${bench[@]}" PostgreSql "${server/Database=postgres/Database=$db}" "$n" "$rate" "$latency" "$parallelism" ;;
  *) echo "bench-payouts.sh: unknown provider" >&2; exit 2 ;;
esac
