#!/usr/bin/env bash
# P-1 / P-2 under load: wrk on loopback against the real RobotPlan Web host (Release, Production environment, ReadyToRun
# as etc/docker/Dockerfile publishes a node) and a bare baseline (RobotPlan.Benchmarks `baseline`: minimal ASP.NET Core +
# Dapper, the same query in raw SQL) on the same database, in one run. Prints one table row per measurement: requests/s,
# p50/p90/p99 (wrk --latency), errors, load, and the server process's CPU time per request (/proc/<pid>/stat: what a
# request costs, whatever the machine's load).
#   etc/scripts/bench-load.sh [sqlite|postgresql] [N]          default: sqlite 1000
#   CONNECTIONS=32 THREADS=2 DURATION=30s WARMUP=30s            wrk parameters (defaults shown). The warm-up is long
#                                                               because a node serves for days: after 5 s the runtime's
#                                                               tiering thread still took 0.43 of 1.77 ms per request
#                                                               (gone after 60 s), so 5-s figures measured the JIT, not
#                                                               the request (issue #18, 2026-12-08)
#   ROBOTPLAN_PG_PORT=55446                                    the PostgreSQL of this run (etc/scripts/postgres.sh)
# Settings that differ from a production deployment, for the bench only (environment variables of the Web host):
#   RateLimits__PublicSearchPerMinute=100000000   the public search limit (600/min per address) is lifted: all of wrk's
#                                                 connections come from 127.0.0.1, one "client"
#   RobotPlan__SeedDemoData=false                 the database holds the generated listings only
#   ListingSearch__CacheSeconds=0 | 60            measured both ways (60 = the default)
# Everything else is the Production configuration (appsettings.json: request logging at Information, Hangfire server on).
# The generated listings are valid on 2026-03-02; the API requests ask for that day (validOn), the HTML page has no such
# parameter and searches today (most generated listings are still valid; the totals are a little smaller).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
provider="${1:-sqlite}"
n="${2:-1000}"
connections="${CONNECTIONS:-32}" threads="${THREADS:-2}" duration="${DURATION:-30s}" warmup="${WARMUP:-30s}"
work="${ROBOTPLAN_BENCH_DIR:-/tmp/robotplan-bench}"
web_port="${WEB_PORT:-55447}" base_port="${BASELINE_PORT:-55448}"
valid_on="2026-03-02"
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null; then
  echo "bench-load.sh: installing wrk (apt-get)" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk) >&2
fi

echo "# building (Release)" >&2
# As the Dockerfile (-r linux-x64): a runtime named makes the publish ReadyToRun (RobotPlan.Web.csproj's condition;
# --use-current-runtime sets it too late for that). Without it the host starts fully JIT-compiled and the 5-s warm-up
# measures tier-0 code and the tiering thread (issue #18, P-1).
rid="$(dotnet --info | awk '$1 == "RID:" {print $2; exit}')"
dotnet publish src/RobotPlan.Web -c Release -r "$rid" --self-contained false -o "$work/web" --nologo -v q -clp:ErrorsOnly >/dev/null
dotnet build test/RobotPlan.Benchmarks -c Release --nologo -v q -clp:ErrorsOnly >/dev/null
bench=(dotnet test/RobotPlan.Benchmarks/bin/Release/net10.0/RobotPlan.Benchmarks.dll)

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  [ "$provider" = postgresql ] && [ -z "${KEEP_PG:-}" ] && etc/scripts/postgres.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

case "$provider" in
  sqlite)
    db_provider=Sqlite
    conn="Data Source=$work/load-$n.db;Default Timeout=30" ;;
  postgresql)
    db_provider=PostgreSql
    export ROBOTPLAN_PG_PORT="${ROBOTPLAN_PG_PORT:-55446}" ROBOTPLAN_PG_DATA="${ROBOTPLAN_PG_DATA:-/tmp/pg-bench-load}"
    server="$(etc/scripts/postgres.sh start)"
    db="rp_load_$n"
    psql="$(dirname "$(ls /usr/lib/postgresql/*/bin/psql | head -1)")/psql"
    if ! "$psql" -qtA "host=127.0.0.1 port=$ROBOTPLAN_PG_PORT user=postgres dbname=postgres" -c "SELECT 1 FROM pg_database WHERE datname='$db'" | grep -q 1; then
      "$psql" -q "host=127.0.0.1 port=$ROBOTPLAN_PG_PORT user=postgres dbname=postgres" -c "CREATE DATABASE $db" >/dev/null
    fi
    conn="${server/Database=postgres/Database=$db}" ;;
  *) echo "usage: bench-load.sh [sqlite|postgresql] [N]" >&2; exit 2 ;;
esac

# Filled once per provider and N (the generator of bench-search.sh); a later run reuses it.
echo "# database: $db_provider, $n listings" >&2
"${bench[@]}" "$db_provider" "$conn" "$n" --fill-only >&2

wait_ready() { # url
  for _ in $(seq 1 600); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "bench-load.sh: $1 did not answer" >&2; return 1
}

start_web() { # cache seconds
  mkdir -p "$work/web-data"
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$web_port" \
    Database__Provider="$db_provider" ConnectionStrings__Default="$conn" RobotPlan__DataFolder="$work/web-data" \
    RobotPlan__SeedDemoData=false RateLimits__PublicSearchPerMinute=100000000 ListingSearch__CacheSeconds="$1" \
    dotnet "$work/web/RobotPlan.Web.dll" --contentRoot "$work/web" >"$work/web-$provider-$n-cache$1.log" 2>&1 &
  web_pid=$!
  pids+=("$web_pid")
  wait_ready "http://127.0.0.1:$web_port/health/ready"
}

stop_web() {
  kill "$web_pid"; wait "$web_pid" 2>/dev/null || true
}

# Server time (P-2's measure): the Web host's own request log ("HTTP GET <path> responded 200 in <ms> ms", Serilog at
# Information, the Production setting), warm-up requests included.
server_times() { # log label
  for path in /api/public/listings /search; do
    grep -o "HTTP GET $path responded [0-9]* in [0-9.]* ms" "$1" | awk '{print $(NF-1)}' | sort -n | awk -v what="$2 $path" '
      { t[NR] = $1 } END { if (NR) printf "# server time %s: %d requests, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", what, NR,
        t[int(NR * 0.50) + 1], t[int(NR * 0.95) + 1], t[int(NR * 0.99) + 1] }'
  done
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system time of a process, in clock ticks

measure() { # label url-prefix port server-pid
  local out load0 load1 cpu0 cpu1
  BENCH_PATH="$2" wrk -t"$threads" -c"$connections" -d"$warmup" -s etc/scripts/bench-load.lua "http://127.0.0.1:${3}" >/dev/null
  load0=$(cut -d' ' -f1 /proc/loadavg)
  cpu0=$(cpu_ticks "$4")
  out="$(BENCH_PATH="$2" wrk -t"$threads" -c"$connections" -d"$duration" --latency -s etc/scripts/bench-load.lua "http://127.0.0.1:${3}")"
  load1=$(cut -d' ' -f1 /proc/loadavg)
  cpu1=$(cpu_ticks "$4")
  local file="${1//[^A-Za-z0-9]/_}"
  echo "$out" >"$work/wrk-$provider-$n-$file.txt"
  echo "$out" | awk -v label="$1" -v p="$db_provider" -v n="$n" -v l0="$load0" -v l1="$load1" -v cpu="$(( (cpu1 - cpu0) * 1000 / $(getconf CLK_TCK) ))" '
    function ms(v) { if (v ~ /us$/) return sprintf("%.1f", v / 1000); if (v ~ /ms$/) return sprintf("%.1f", v + 0); if (v ~ /s$/) return sprintf("%.0f", v * 1000); return v }
    /^ +50%/ { p50 = ms($2) } /^ +90%/ { p90 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Requests\/sec/ { rps = $2 } /requests in/ { total = $1 }
    /Non-2xx/ { bad = $NF } /Socket errors/ { sock = $0; sub(/.*Socket errors: /, "", sock) }
    END { if (bad == "") bad = 0; if (sock == "") sock = "-"
          printf "| %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %s | %s | %s→%s |\n", p, n, label, rps, p50, p90, p99, total, cpu / total, bad, sock, l0, l1 }'
}

api="/api/public/listings?validOn=$valid_on&keyword="
page="/search?keyword="
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, wrk -t$threads -c$connections -d$duration, $(git rev-parse --short HEAD); $("${bench[@]}" cpu-reference)"
echo "| provider | listings | endpoint | requests/s | p50 ms | p90 ms | p99 ms | requests | server CPU ms/request | non-2xx | socket errors | load avg (1 min) before→after |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"

"${bench[@]}" baseline "$db_provider" "$conn" "http://127.0.0.1:$base_port" >"$work/baseline-$provider-$n.log" 2>&1 &
base_pid=$!
pids+=("$base_pid")
wait_ready "http://127.0.0.1:$base_port/health"
# The two answer the same: same total for a 1-, 2- and 3+-character keyword (the facets and page are printed for a look).
start_web 0
for k in %E7%84%8A %E7%84%8A%E6%8E%A5 %E5%87%8F%E9%80%9F%E5%99%A8; do
  a="$(curl -fs "http://127.0.0.1:$web_port$api$k" | grep -o '"totalCount":[0-9]*')"
  b="$(curl -fs "http://127.0.0.1:$base_port$api$k" | grep -o '"totalCount":[0-9]*')"
  [ "$a" = "$b" ] || { echo "bench-load.sh: RobotPlan and the baseline disagree for $k: $a vs $b" >&2; exit 1; }
  echo "# keyword $k: RobotPlan $a, baseline $b" >&2
done

measure "baseline (Dapper)" "$api" "$base_port" "$base_pid"
measure "RobotPlan API, cache off" "$api" "$web_port" "$web_pid"
measure "RobotPlan /search page, cache off" "$page" "$web_port" "$web_pid"
stop_web
server_times "$work/web-$provider-$n-cache0.log" "cache off"
start_web 60
measure "RobotPlan API, cache 60 s" "$api" "$web_port" "$web_pid"
measure "RobotPlan /search page, cache 60 s" "$page" "$web_port" "$web_pid"
echo "# RobotPlan Web RSS after the load: $(( $(awk '/VmRSS/ {print $2}' /proc/$web_pid/status) / 1024 )) MB"
stop_web
server_times "$work/web-$provider-$n-cache60.log" "cache 60 s"
measure "baseline (Dapper), again" "$api" "$base_port" "$base_pid"
echo "# at the end: $("${bench[@]}" cpu-reference)"
