#!/usr/bin/env bash
# Until the first release the schema is one `Initial` migration per provider (README). After a model change, or
# after merging branches that each changed the model, regenerate both from the model in one step:
#   etc/scripts/regenerate-initial-migration.sh
# It deletes both providers' migrations, builds the EF Core project and adds `Initial` again for each.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
project=src/RobotPlan.EntityFrameworkCore
# The old migrations must leave the compiled assembly too, or `ef` finds "Initial" still there.
rm -rf "$project/Migrations/Sqlite" "$project/Migrations/PostgreSql"
dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly
for provider in Sqlite PostgreSql; do
  dotnet ef migrations add Initial --project "$project" --context "${provider}RobotPlanDbContext" \
    -o "Migrations/$provider" --configuration Release --no-build >/dev/null
  echo "regenerated $project/Migrations/$provider"
done
rm -f "$project/design.db"
