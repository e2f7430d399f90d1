#!/usr/bin/env bash
# R-E: a consistent backup of a running RobotPlan database, and optionally of its uploaded files.
#   etc/scripts/backup.sh sqlite     App_Data/robotplan.db          backups/robotplan-2026-11-29.db   [App_Data/files]
#   etc/scripts/backup.sh postgresql "host=db dbname=robotplan user=robotplan"  backups/robotplan-2026-11-29.dump [files dir]
# SQLite: VACUUM INTO writes a compact, transactionally consistent copy while the web nodes keep running (WAL readers
# and writers are not blocked). PostgreSQL: pg_dump custom format (-Fc), one snapshot, restorable with pg_restore
# (PGPASSWORD or ~/.pgpass for the password; never put it on the command line). With a files folder, a .tar.gz of it
# is written beside the backup (attachments, test reports: the database only holds their names and SHA-256).
# Prints what it wrote; exits non-zero on any failure and leaves no partial backup behind.
set -euo pipefail
usage() { echo "usage: $0 sqlite|postgresql SOURCE OUTPUT [FILES_DIR]" >&2; exit 2; }
[ $# -ge 3 ] || usage
provider=$1 source=$2 output=$3 files=${4:-}
[ -e "$output" ] && { echo "backup.sh: $output exists; refusing to overwrite" >&2; exit 1; }
mkdir -p "$(dirname "$output")"
tmp="$output.partial"
trap 'rm -f "$tmp" "$tmp.tar.gz"' EXIT

need() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return
  if [ "$(id -u)" = 0 ]; then
    echo "backup.sh: installing $2 (apt-get)" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2") >&2
  else
    echo "backup.sh: $1 is missing (apt-get install $2)" >&2; exit 1
  fi
}

case "$provider" in
  sqlite)
    need sqlite3 sqlite3
    [ -f "$source" ] || { echo "backup.sh: no SQLite database at $source" >&2; exit 1; }
    # The path is a SQL string literal: double any single quote.
    # A running node may hold the write lock for a moment: wait for it (30 s) instead of failing with "database is locked".
    sqlite3 -cmd ".timeout 30000" "$source" "VACUUM INTO '${tmp//\'/\'\'}'"
    [ "$(sqlite3 "$tmp" 'PRAGMA integrity_check')" = ok ] || { echo "backup.sh: the copy fails integrity_check" >&2; exit 1; }
    ;;
  postgresql)
    need pg_dump postgresql-client
    pg_dump --format=custom --no-owner --no-privileges --file="$tmp" --dbname="$source"
    ;;
  *) usage ;;
esac
if [ -n "$files" ]; then
  [ -d "$files" ] || { echo "backup.sh: no files folder at $files" >&2; exit 1; }
  tar -C "$files" -czf "$tmp.tar.gz" .
  mv "$tmp.tar.gz" "$output.files.tar.gz"
  echo "backup.sh: files $files -> $output.files.tar.gz ($(du -h "$output.files.tar.gz" | cut -f1))"
fi
mv "$tmp" "$output"
echo "backup.sh: $provider $source -> $output ($(du -h "$output" | cut -f1))"
