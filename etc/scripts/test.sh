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
# After the build, two streams run side by side, each test project in its own process with its own databases and
# result folder: the SQLite lane's Web tests (the longest run: browser tests and host classes one at a time), and every
# other run one after another (the SQLite lane's other projects, then the PostgreSQL lane). Their console lines are
# prefixed [web] / [others]; the command fails if any run failed (all runs still finish).
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

run_project() { # lane, project: one test project on the lane's provider
  local lane=$1 project=$2 t0=$(date +%s) filter=()
  if [ "$lane" = postgresql ] && [ "$project" = test/RobotPlan.Web.Tests ] && [ -z "${ROBOTPLAN_PG_FULL:-}" ]; then
    filter=(--filter "FullyQualifiedName!~RobotPlan.Web.Tests.Browser.&FullyQualifiedName!~RobotPlan.Web.Tests.Pages.&FullyQualifiedName!~RobotPlan.Web.Tests.BadInput.")
  fi
  local provider=Sqlite rc=0
  if [ "$lane" = postgresql ]; then provider=PostgreSql; fi
  ROBOTPLAN_TEST_PROVIDER=$provider dotnet test "$project" -c Release --no-build --nologo "${filter[@]}" \
    --logger "trx;LogFilePrefix=$lane" --results-directory "$results/$lane" \
    --logger "console;verbosity=minimal" || rc=$?
  echo "== $lane ${project#test/}: $(( $(date +%s) - t0 )) s$([ $rc = 0 ] || echo ", FAILED")"
  return $rc
}

run_stream() { # lane:project items, one after another; fails if any failed
  local failed=0
  for item in "$@"; do run_project "${item%%:*}" "${item#*:}" || failed=1; done
  return $failed
}

all_projects=(test/RobotPlan.Domain.Tests test/RobotPlan.Application.Tests test/RobotPlan.EntityFrameworkCore.Tests test/RobotPlan.Web.Tests test/RobotPlan.Api.Client.Tests)
db_projects=(test/RobotPlan.Application.Tests test/RobotPlan.EntityFrameworkCore.Tests test/RobotPlan.Web.Tests)
if [ -n "${ROBOTPLAN_PG_FULL:-}" ]; then db_projects+=(test/RobotPlan.Api.Client.Tests); fi

# Two streams side by side (P-6): the SQLite lane's Web tests (the browser audit and journeys: one test at a time,
# waiting on Chromium and the host), and every other run one after another. Each run has its own process, databases
# and result folder.
web=() others=()
for lane in $lanes; do
  case "$lane" in
    sqlite)
      for project in "${all_projects[@]}"; do
        if [ "$project" = test/RobotPlan.Web.Tests ]; then web+=("sqlite:$project"); else others+=("sqlite:$project"); fi
      done
      ;;
    postgresql)
      if ! pg="$(etc/scripts/postgres.sh start)"; then
        if [ "${CI:-}" = "true" ]; then echo "test.sh: PostgreSQL is required in CI" >&2; exit 1; fi
        echo "test.sh: PostgreSQL unavailable: the postgresql lane is SKIPPED (install postgresql)" >&2
        continue
      fi
      trap 'etc/scripts/postgres.sh stop >/dev/null 2>&1 || true' EXIT
      export ROBOTPLAN_TEST_POSTGRES="$pg"
      for project in "${db_projects[@]}"; do others+=("postgresql:$project"); done
      ;;
    *) echo "test.sh: unknown lane $lane" >&2; exit 2 ;;
  esac
done

(run_stream "${web[@]}" 2>&1 | sed -u 's/^/[web] /') &
web_pid=$!
(run_stream "${others[@]}" 2>&1 | sed -u 's/^/[others] /') &
others_pid=$!
failed=0
wait $web_pid || failed=1
wait $others_pid || failed=1
echo "== all tests: $(( $(date +%s) - started )) s"
exit $failed
