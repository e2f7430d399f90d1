#!/usr/bin/env bash
# The one test command: every test project on SQLite and, at the same time, the database-backed projects again on
# PostgreSQL (a throwaway server started by etc/scripts/postgres.sh). With CI=true a lane that cannot run fails the run.
# The browser tests (Web.Tests.Browser: pages, layout, accessibility audit) run in the SQLite lane only: they drive the
# same pages over the same app services, whose PostgreSQL behaviour the lane's other Web tests check over HTTP; running
# them twice cost ~2 min of the 15 the whole command may take (P-6). ROBOTPLAN_PG_BROWSER=1 runs them there too.
#   etc/scripts/test.sh                 both lanes
#   ROBOTPLAN_LANES=sqlite etc/scripts/test.sh   one lane (sqlite | postgresql)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
lanes="${ROBOTPLAN_LANES:-sqlite postgresql}"
results="$root/artifacts/test-results"
mkdir -p "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

started=$(date +%s)
dotnet build RobotPlan.sln -c Release --nologo -v q -clp:ErrorsOnly

run_lane() { # lane name, projects...: runs every project, fails when one failed
  local lane=$1; shift
  local t0=$(date +%s) failed=0
  for project in "$@"; do
    local filter=()
    if [ "$lane" = postgresql ] && [ "$project" = test/RobotPlan.Web.Tests ] && [ -z "${ROBOTPLAN_PG_BROWSER:-}" ]; then
      filter=(--filter "FullyQualifiedName!~RobotPlan.Web.Tests.Browser.")
    fi
    dotnet test "$project" -c Release --no-build --nologo "${filter[@]}" \
      --logger "trx;LogFilePrefix=$lane" --results-directory "$results/$lane" \
      --logger "console;verbosity=minimal" || failed=1
  done
  echo "== lane $lane: $(( $(date +%s) - t0 )) s$([ $failed = 0 ] || echo ', FAILED')"
  return $failed
}

all_projects=(test/RobotPlan.Domain.Tests test/RobotPlan.Application.Tests test/RobotPlan.EntityFrameworkCore.Tests test/RobotPlan.Web.Tests test/RobotPlan.Api.Client.Tests)
db_projects=(test/RobotPlan.Application.Tests test/RobotPlan.EntityFrameworkCore.Tests test/RobotPlan.Web.Tests test/RobotPlan.Api.Client.Tests)

# The two lanes run side by side: a lane spends most of its time waiting (databases, browser, hosts starting), using
# about a third of two cores alone, and they share nothing (own databases, temporary folders, result folders).
# The PostgreSQL lane's output is printed when it ends (artifacts/test-results/postgresql.log).
status=0 pg_pid=""
for lane in $lanes; do
  case "$lane" in
    sqlite) ;;
    postgresql)
      if ! pg="$(etc/scripts/postgres.sh start)"; then
        if [ "${CI:-}" = "true" ]; then echo "test.sh: PostgreSQL is required in CI" >&2; exit 1; fi
        echo "test.sh: PostgreSQL unavailable: the postgresql lane is SKIPPED (install postgresql)" >&2
        continue
      fi
      trap 'etc/scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
      (ROBOTPLAN_TEST_PROVIDER=PostgreSql ROBOTPLAN_TEST_POSTGRES="$pg" run_lane postgresql "${db_projects[@]}") \
        >"$results/postgresql.log" 2>&1 &
      pg_pid=$!
      ;;
    *) echo "test.sh: unknown lane $lane" >&2; exit 2 ;;
  esac
done
if [[ " $lanes " == *" sqlite "* ]]; then
  ROBOTPLAN_TEST_PROVIDER=Sqlite run_lane sqlite "${all_projects[@]}" || status=1
fi
if [ -n "$pg_pid" ]; then
  wait "$pg_pid" || status=1
  cat "$results/postgresql.log"
fi
echo "== all tests: $(( $(date +%s) - started )) s$([ $status = 0 ] || echo ', FAILED')"
exit $status
