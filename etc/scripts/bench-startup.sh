#!/usr/bin/env bash
# P-4: time from process start to the first 200 from /health/ready, on SQLite.
#   cold = first start on an empty data folder (migrations + seeding); warm = every later start.
# Prints one line per run and the RSS of the process after start.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/artifacts/publish/web"
data="$(mktemp -d)"
port="${PORT:-5091}"
runs="${RUNS:-5}"
dotnet publish "$root/src/RobotPlan.Web" -c Release -o "$out" --nologo -v q >/dev/null

start_once() { # label
  local t0 t1 pid
  t0=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Development RobotPlan__DataFolder="$data" ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$out/RobotPlan.Web.dll" --contentRoot "$out" >"$data/$1.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.02; done
  t1=$(date +%s%N)
  sleep 1
  local rss_kb; rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  printf '%-6s start→ready %5d ms   RSS %4d MB\n' "$1" $(( (t1 - t0) / 1000000 )) $(( rss_kb / 1024 ))
  kill $pid; wait $pid 2>/dev/null || true
}

start_once cold
for i in $(seq 1 "$runs"); do start_once "warm$i"; done
rm -rf "$data"
