#!/usr/bin/env bash
# Adds a migration with the same name to both providers: scripts/add-migration.sh AddReferrals
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh MigrationName}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/Homeward.Migrations.$provider" --startup-project "src/Homeward.Migrations.$provider" --context HomewardDbContext --output-dir Migrations
done
