#!/usr/bin/env bash
# R-E: restores a backup made by backup.sh. Stop the web nodes first (or point them at the restored database after).
#   etc/scripts/restore.sh sqlite     backups/robotplan-2026-11-29.db   App_Data/robotplan.db   [App_Data/files]
#   etc/scripts/restore.sh postgresql backups/robotplan-2026-11-29.dump "host=db dbname=robotplan user=robotplan" [files dir]
# SQLite: refuses to overwrite an existing database unless ROBOTPLAN_RESTORE_FORCE=1 (then the old file, -wal and -shm
# are moved aside as *.before-restore); the backup is checked with integrity_check first.
# PostgreSQL: the target database must exist (createdb); objects are dropped and recreated from the dump
# (pg_restore --clean --if-exists) in one transaction, so a failed restore leaves the database as it was.
# With a files folder, <backup>.files.tar.gz is unpacked into it. Afterwards run the DbMigrator (or start a node with
# RobotPlan:MigrateOnStart) if the backup predates the running version: it applies the missing migrations.
set -euo pipefail
usage() { echo "usage: $0 sqlite|postgresql BACKUP TARGET [FILES_DIR]" >&2; exit 2; }
[ $# -ge 3 ] || usage
provider=$1 backup=$2 target=$3 files=${4:-}
[ -f "$backup" ] || { echo "restore.sh: no backup at $backup" >&2; exit 1; }

case "$provider" in
  sqlite)
    command -v sqlite3 >/dev/null 2>&1 || { echo "restore.sh: sqlite3 is missing (apt-get install sqlite3)" >&2; exit 1; }
    [ "$(sqlite3 "$backup" 'PRAGMA integrity_check')" = ok ] || { echo "restore.sh: $backup fails integrity_check" >&2; exit 1; }
    if [ -e "$target" ]; then
      [ "${ROBOTPLAN_RESTORE_FORCE:-}" = 1 ] || { echo "restore.sh: $target exists (ROBOTPLAN_RESTORE_FORCE=1 to replace it)" >&2; exit 1; }
      for suffix in "" -wal -shm; do [ -e "$target$suffix" ] && mv "$target$suffix" "$target$suffix.before-restore"; done
    fi
    mkdir -p "$(dirname "$target")"
    cp "$backup" "$target.partial" && mv "$target.partial" "$target"
    ;;
  postgresql)
    command -v pg_restore >/dev/null 2>&1 || { echo "restore.sh: pg_restore is missing (apt-get install postgresql-client)" >&2; exit 1; }
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error --dbname="$target" "$backup"
    ;;
  *) usage ;;
esac
if [ -n "$files" ]; then
  [ -f "$backup.files.tar.gz" ] || { echo "restore.sh: no $backup.files.tar.gz" >&2; exit 1; }
  mkdir -p "$files"
  tar -C "$files" -xzf "$backup.files.tar.gz"
  echo "restore.sh: files $backup.files.tar.gz -> $files"
fi
echo "restore.sh: $provider $backup -> $target"
