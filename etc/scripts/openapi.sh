#!/usr/bin/env bash
# The API contract in one command (ADR 0008): writes the served OpenAPI document to etc/openapi/robotplan.v1.json,
# lints it with @redocly/cli (pinned, rules in redocly.yaml) and regenerates the Kiota client in
# test/RobotPlan.Api.Client/Generated (never edited by hand). Rerun after any API change, or after merging branches
# that changed the API, and commit what changed.
#   etc/scripts/openapi.sh            snapshot + lint + client
#   etc/scripts/openapi.sh --lint     lint the committed snapshot only
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
redocly_version=2.77.0
kiota_out=test/RobotPlan.Api.Client/Generated

lint() { npx --yes "@redocly/cli@$redocly_version" lint --config redocly.yaml --format stylish; }

if [ "${1:-}" = "--lint" ]; then lint; exit; fi

# The snapshot test writes the document its test host serves (SQLite, Development) when asked to.
dotnet build test/RobotPlan.Web.Tests -c Release --nologo -v q -clp:ErrorsOnly
ROBOTPLAN_TEST_PROVIDER=Sqlite ROBOTPLAN_OPENAPI_WRITE=1 dotnet test test/RobotPlan.Web.Tests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~OpenApiDocument_Tests.Should_Equal_The_Committed_Snapshot" --logger "console;verbosity=minimal"
lint

dotnet tool restore >/dev/null
dotnet kiota generate --language CSharp --openapi etc/openapi/robotplan.v1.json --class-name RobotPlanApiClient \
  --namespace-name RobotPlan.Api.Client --output "$kiota_out" --clean-output --exclude-backward-compatible --log-level Warning
echo "openapi.sh: snapshot, lint and client are up to date; commit etc/openapi/ and $kiota_out"
