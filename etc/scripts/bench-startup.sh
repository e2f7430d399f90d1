#!/usr/bin/env bash
# P-4: time from process start to the first 200 from /health/ready, on SQLite, as a ratio to a bare ASP.NET Core app
# (`dotnet new web`, published the same way, timed to its first 200 in the same run) — machines differ, the ratio less.
#   cold = first start on an empty data folder (migrations + seeding); warm = every later start.
#   RUNS=5 (warm starts of each app, interleaved)
#   Both apps are published as the Dockerfile publishes a node: ReadyToRun for linux-x64 (JIT=1: without it).
# Prints one line per start with the RSS of the process a second after it answered, then the medians and the ratio.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
out="$work/web" bare_out="$work/bare" data="$work/data"
port="${PORT:-5091}"
runs="${RUNS:-5}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
publish=(-c Release --nologo -v q -clp:ErrorsOnly)
[ -z "${JIT:-}" ] && publish+=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true)
dotnet publish "$root/src/RobotPlan.Web" "${publish[@]}" -o "$out" >/dev/null
dotnet new web -o "$work/bare-src" -n Bare >/dev/null
dotnet publish "$work/bare-src" "${publish[@]}" -o "$bare_out" >/dev/null
mkdir -p "$data"

declare -a robotplan_ms bare_ms
start_once() { # label dll url
  local t0 t1 pid rss_kb ms
  t0=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Development RobotPlan__DataFolder="$data" ASPNETCORE_URLS="http://127.0.0.1:$port" \
    dotnet "$2" --contentRoot "$(dirname "$2")" >"$work/$1.log" 2>&1 &
  pid=$!
  until curl -fs "$3" >/dev/null 2>&1; do sleep 0.01; done
  t1=$(date +%s%N)
  sleep 1
  rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  ms=$(( (t1 - t0) / 1000000 ))
  printf '%-12s start→200 %5d ms   RSS %4d MB\n' "$1" "$ms" $(( rss_kb / 1024 )) >&2
  kill $pid; wait $pid 2>/dev/null || true
  echo "$ms"
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

start_once cold "$out/RobotPlan.Web.dll" "http://127.0.0.1:$port/health/ready" >/dev/null
for i in $(seq 1 "$runs"); do
  robotplan_ms+=("$(start_once "robotplan$i" "$out/RobotPlan.Web.dll" "http://127.0.0.1:$port/health/ready")")
  bare_ms+=("$(start_once "bare$i" "$bare_out/Bare.dll" "http://127.0.0.1:$port/")")
done
r=$(median "${robotplan_ms[@]}") b=$(median "${bare_ms[@]}")
echo "warm start, median of $runs: RobotPlan $r ms [${robotplan_ms[*]}], bare ASP.NET Core $b ms [${bare_ms[*]}]; ratio $(awk -v r="$r" -v b="$b" 'BEGIN {printf "%.1f", r / b}') (target <= 3); load $(cut -d' ' -f1 /proc/loadavg)${JIT:+; JIT-compiled}"
rm -rf "$work"
