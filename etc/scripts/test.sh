#!/usr/bin/env bash
# The one test command: every test project on SQLite, then the database-backed projects again on PostgreSQL
# (a throwaway server started by etc/scripts/postgres.sh). With CI=true a lane that cannot run fails the run.
# The PostgreSQL lane runs what the provider can change: the application services and repositories (Application,
# EntityFrameworkCore), the API over HTTP with its authorization scoping, hosting (data-protection keys, Hangfire, health)
# and the drills. Three kinds of web test run in the SQLite lane only, because they drive the same app services a
# second time through a surface that does not touch the database differently: the browser tests (Web.Tests.Browser:
# layout, accessibility audit, journeys), the Razor page tests (Web.Tests.Pages: HTML over the app services) and the
# bad-input sweeps (Web.Tests.BadInput: refused by model validation before any query); nor does the generated API
# client's contract test (Api.Client.Tests: the same endpoints, which the lane's Web API tests call on PostgreSQL).
# Running them twice cost ~4 min of the 15 the whole command may take (P-6). ROBOTPLAN_PG_FULL=1 runs them there too.
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

run_lane() { # lane name, projects...
  local lane=$1; shift
  local t0=$(date +%s)
  for project in "$@"; do
    local filter=()
    if [ "$lane" = postgresql ] && [ "$project" = test/RobotPlan.Web.Tests ] && [ -z "${ROBOTPLAN_PG_FULL:-}" ]; then
      filter=(--filter "FullyQualifiedName!~RobotPlan.Web.Tests.Browser.&FullyQualifiedName!~RobotPlan.Web.Tests.Pages.&FullyQualifiedName!~RobotPlan.Web.Tests.BadInput.")
    fi
    dotnet test "$project" -c Release --no-build --nologo "${filter[@]}" \
      --logger "trx;LogFilePrefix=$lane" --results-directory "$results/$lane" \
      --logger "console;verbosity=minimal"
  done
  echo "== lane $lane: $(( $(date +%s) - t0 )) s"
}

all_projects=(test/RobotPlan.Domain.Tests test/RobotPlan.Application.Tests test/RobotPlan.EntityFrameworkCore.Tests test/RobotPlan.Web.Tests test/RobotPlan.Api.Client.Tests)
db_projects=(test/RobotPlan.Application.Tests test/RobotPlan.EntityFrameworkCore.Tests test/RobotPlan.Web.Tests)
if [ -n "${ROBOTPLAN_PG_FULL:-}" ]; then db_projects+=(test/RobotPlan.Api.Client.Tests); fi

for lane in $lanes; do
  case "$lane" in
    sqlite)
      ROBOTPLAN_TEST_PROVIDER=Sqlite run_lane sqlite "${all_projects[@]}"
      ;;
    postgresql)
      if ! pg="$(etc/scripts/postgres.sh start)"; then
        if [ "${CI:-}" = "true" ]; then echo "test.sh: PostgreSQL is required in CI" >&2; exit 1; fi
        echo "test.sh: PostgreSQL unavailable: the postgresql lane is SKIPPED (install postgresql)" >&2
        continue
      fi
      trap 'etc/scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
      ROBOTPLAN_TEST_PROVIDER=PostgreSql ROBOTPLAN_TEST_POSTGRES="$pg" run_lane postgresql "${db_projects[@]}"
      ;;
    *) echo "test.sh: unknown lane $lane" >&2; exit 2 ;;
  esac
done
echo "== all tests: $(( $(date +%s) - started )) s"
