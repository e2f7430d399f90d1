#!/usr/bin/env bash
# Reliability drills of quality.md (R-A … R-E) and the S-D bad-input sweep, on SQLite and on PostgreSQL (a throwaway
# server started by etc/scripts/postgres.sh and stopped afterwards). Each drill runs the suite's own tests for that
# target at a larger size (ROBOTPLAN_DRILL_SCALE, default 5 here, 1 in the normal suite) and prints what it did and
# what it found: the tests append one readable line each to a summary file (ROBOTPLAN_DRILL_SUMMARY).
#   etc/scripts/drill.sh <ra|rb|rc|rd|re|bad-input|all> [scale]
#   ROBOTPLAN_DRILL_PROVIDERS="sqlite" etc/scripts/drill.sh ra      one provider only
#   ROBOTPLAN_PG_PORT=55462 etc/scripts/drill.sh all                PostgreSQL on another port
# Exit status: 0 when every drill's tests passed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
what="${1:-all}"
export ROBOTPLAN_DRILL_SCALE="${2:-${ROBOTPLAN_DRILL_SCALE:-5}}"
providers="${ROBOTPLAN_DRILL_PROVIDERS:-sqlite postgresql}"
out="$root/artifacts/drills/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

app=test/RobotPlan.Application.Tests
web=test/RobotPlan.Web.Tests
# drill → "project;test filter;what it does"
declare -A plan=(
  [ra]="$app;FullyQualifiedName~RobotPlan.Application.Tests.Payouts.PayoutFaults;R-A payouts exactly once: the same batch executed by 2+scale executors at once, a crash between the treasury call and the commit, timeouts, 500s/503s with back-off, slow answers, lost answers, 429s, mixed faults with client retries; after each: ledger = treasury records, no award paid twice, none lost"
  [ra-hangfire]="$web;FullyQualifiedName~TwoHangfireServers_Tests;R-A with Hangfire itself: a batch approved over HTTP, its execution job queued twice, two Hangfire servers (one worker each) run both copies at once against a slow treasury: each award paid once"
  [rb]="$app;FullyQualifiedName~Two_Reviewers_Acting_At_Once;R-B two reviewers act on the same claim at once (approve ∥ return), 5×scale rounds: one wins, the other gets a concurrency conflict (409), history whole"
  [rb-http]="$web;FullyQualifiedName~Should_Answer_409_When_Saving_A_Stale_Version_Over_Http;R-B over HTTP: a stale concurrency stamp is answered 409"
  [rc]="$app;FullyQualifiedName~BudgetLedger_Tests|FullyQualifiedName~Many_Finance_Confirmations_At_Once;R-C budget: 40×scale concurrent reservations and 30 concurrent finance confirmations whose sum exceeds the budget: reserved never exceeds it"
  [rd]="$web;FullyQualifiedName~RecurringJobsRerun_Tests;R-D every recurring job registered with Hangfire run twice at five dates on the demo data: the second run changes no row"
  [re]="$app;FullyQualifiedName~BackupRestore_Tests;R-E backup.sh and restore.sh on real data: every table's rows restored as at the backup"
  [bad-input]="$web;FullyQualifiedName~BadInputSweep_Tests;S-D every api endpoint fed bad input (as every matrix actor when scale > 1): no 500, nothing impossible accepted, no row changed"
)
case "$what" in
  all) drills=(ra ra-hangfire rb rb-http rc rd re bad-input) ;;
  ra) drills=(ra ra-hangfire) ;;
  rb) drills=(rb rb-http) ;;
  rc|rd|re|bad-input) drills=("$what") ;;
  *) echo "usage: $0 <ra|rb|rc|rd|re|bad-input|all> [scale]" >&2; exit 2 ;;
esac

echo "== drills: ${drills[*]} · scale $ROBOTPLAN_DRILL_SCALE · providers: $providers · $(nproc) cores · $(date -u '+%Y-%m-%d %H:%M UTC')"
dotnet build RobotPlan.sln -c Release --nologo -v q -clp:ErrorsOnly

failed=0
run_drills() { # provider
  local provider=$1
  for d in "${drills[@]}"; do
    local project filter description
    IFS=';' read -r project filter description <<<"${plan[$d]}"
    export ROBOTPLAN_DRILL_SUMMARY="$out/$d-$provider.txt"
    : >"$ROBOTPLAN_DRILL_SUMMARY"
    echo
    echo "-- $d on $provider: $description"
    local t0=$(date +%s) status=0
    dotnet test "$project" -c Release --no-build --nologo --filter "$filter" \
      --logger "trx;LogFileName=$d-$provider.trx" --results-directory "$out" >"$out/$d-$provider.log" 2>&1 || status=$?
    grep -E "^(Passed!|Failed!)|^\s+Failed " "$out/$d-$provider.log" | sed 's/^/   /' || true
    sed 's/^/   /' "$ROBOTPLAN_DRILL_SUMMARY"
    echo "   ($(( $(date +%s) - t0 )) s; log $out/$d-$provider.log)"
    [ "$status" -eq 0 ] || failed=1
  done
}

for provider in $providers; do
  case "$provider" in
    sqlite) ROBOTPLAN_TEST_PROVIDER=Sqlite run_drills sqlite ;;
    postgresql)
      if ! pg="$(etc/scripts/postgres.sh start)"; then echo "drill.sh: PostgreSQL could not be started" >&2; failed=1; continue; fi
      trap 'etc/scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
      ROBOTPLAN_TEST_PROVIDER=PostgreSql ROBOTPLAN_TEST_POSTGRES="$pg" run_drills postgresql
      etc/scripts/postgres.sh stop >/dev/null 2>&1 || true
      trap - EXIT
      ;;
    *) echo "drill.sh: unknown provider $provider" >&2; exit 2 ;;
  esac
done
echo
[ "$failed" -eq 0 ] && echo "== all drills passed (results in $out)" || echo "== SOME DRILLS FAILED (results in $out)"
exit "$failed"
