#!/usr/bin/env bash
# P-4 under abuse (issue #18): the Web host's RSS during and after a flood of requests it refuses — CONNECTIONS
# connections for DURATION seconds against the rate-limited public search (API and page; 600 a minute per address, so
# nearly every answer is a 429) — then REST seconds of quiet. Prints the RSS every 10 s, the peak during the flood, the
# RSS after, the answers by status, and the GC the host ran with.
#   etc/scripts/bench-flood.sh                  CONNECTIONS=32 DURATION=60 REST=30 (defaults)
#   DOTNET_gcServer=1 etc/scripts/bench-flood.sh    the same with another GC setting (any DOTNET_* variable passes through)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
connections="${CONNECTIONS:-32}" duration="${DURATION:-60}" rest="${REST:-30}" port="${PORT:-55449}"
work="$(mktemp -d)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; } >&2
dotnet publish src/RobotPlan.Web -c Release -o "$work/web" --nologo -v q -clp:ErrorsOnly >/dev/null

ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" RobotPlan__DataFolder="$work/data" \
  dotnet "$work/web/RobotPlan.Web.dll" --contentRoot "$work/web" >"$work/web.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.1; done
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"; }
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(git rev-parse --short HEAD), wrk -c$connections -d${duration}s; GC: $(
  [ "${DOTNET_gcServer:-}" = 0 ] && echo workstation || echo "as published")"
echo "RSS after start: $(rss) MB"

# Half the connections on the API, half on the search page (an HTML 429).
BENCH_PATH="/api/public/listings?keyword=" wrk -t1 -c$((connections / 2)) -d"${duration}s" -s etc/scripts/bench-load.lua \
  "http://127.0.0.1:$port" >"$work/wrk-api.txt" &
w1=$!
BENCH_PATH="/search?keyword=" wrk -t1 -c$((connections / 2)) -d"${duration}s" -s etc/scripts/bench-load.lua \
  "http://127.0.0.1:$port" >"$work/wrk-page.txt" &
w2=$!
peak=0
for s in $(seq 1 "$duration"); do
  sleep 1
  now=$(rss); [ "$now" -gt "$peak" ] && peak=$now
  [ $((s % 10)) -eq 0 ] && echo "  ${s} s: RSS $now MB"
done
wait $w1 $w2
sleep "$rest"
for f in api page; do
  awk -v what="$f" '/requests in/ {n = $1} /Non-2xx/ {bad = $NF} /Requests\/sec/ {rps = $2}
    END {printf "%s: %s requests (%s/s), %s not 2xx\n", what, n, rps, bad + 0}' "$work/wrk-$f.txt"
done
echo "RSS peak during the flood: $peak MB; after ${rest} s of quiet: $(rss) MB (target <= 300 MB)"
echo "log lines written: $(wc -l <"$work/web.log")"
