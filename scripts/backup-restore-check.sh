#!/usr/bin/env bash
# Proves a Homeward PostgreSQL backup can be restored: dumps DATABASE with pg_dump (custom format), restores the dump
# into a new database with pg_restore, then checks that every table holds the same number of rows, that the audit
# log ends on the same hash and that identity sequences carry on from the same value.
#
#   PGHOST=db PGPORT=5432 PGUSER=homeward scripts/backup-restore-check.sh homeward [--keep]
#
# Connection settings come from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass). The
# restored copy is DATABASE_restore_check; it is dropped at the end unless --keep is given. The dump file is kept in
# $BACKUP_DIR (default: a new temporary folder) and its path printed. Exit code 0 only when everything matches.
set -euo pipefail

db="${1:?usage: scripts/backup-restore-check.sh DATABASE [--keep]}"
keep="${2:-}"
restored="${db}_restore_check"
dir="${BACKUP_DIR:-$(mktemp -d)}"
dump="$dir/$db-$(date -u +%Y%m%dT%H%M%SZ).dump"

for tool in pg_dump pg_restore psql createdb dropdb; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed (Debian: apt-get install postgresql-client)"; exit 2; }
done

q() { psql -X -v ON_ERROR_STOP=1 -qtAd "$1" -c "$2"; }

started=$(date +%s)
echo "Dumping $db to $dump"
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file "$dump" "$db"
echo "  $(du -h "$dump" | cut -f1) in $(( $(date +%s) - started )) s"

started=$(date +%s)
echo "Restoring into $restored"
dropdb --if-exists --force "$restored"
createdb --template=template0 --encoding=UTF8 "$restored"
pg_restore --no-owner --no-privileges --exit-on-error --jobs=2 --dbname "$restored" "$dump"
echo "  restored in $(( $(date +%s) - started )) s"

tables=$(q "$db" "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
failed=0
printf '%-28s %12s %12s\n' table original restored
for t in $tables; do
  a=$(q "$db" "SELECT COUNT(*) FROM \"$t\"")
  b=$(q "$restored" "SELECT COUNT(*) FROM \"$t\"")
  mark=""; [[ "$a" == "$b" ]] || { mark="  MISMATCH"; failed=1; }
  printf '%-28s %12s %12s%s\n' "$t" "$a" "$b" "$mark"
done

# The audit log is a hash chain: the restored copy must end on the same line.
last_hash='SELECT COALESCE((SELECT "Hash" FROM audit_log ORDER BY "Sequence" DESC LIMIT 1), '"'"'none'"'"')'
a=$(q "$db" "$last_hash"); b=$(q "$restored" "$last_hash")
[[ "$a" == "$b" ]] && echo "audit log ends on the same hash ($a)" || { echo "audit log hash MISMATCH: $a vs $b"; failed=1; }

# New rows after a restore must not collide with restored ones: identity sequences carry on from the same value.
sequences='SELECT string_agg(sequencename || '"'"'='"'"' || COALESCE(last_value, 0), '"'"' '"'"' ORDER BY sequencename) FROM pg_sequences WHERE schemaname = '"'"'public'"'"''
a=$(q "$db" "$sequences"); b=$(q "$restored" "$sequences")
[[ "$a" == "$b" ]] && echo "sequences match (${a:-none})" || { echo "sequence MISMATCH: $a vs $b"; failed=1; }

if [[ "$keep" != "--keep" ]]; then dropdb --force "$restored"; fi
if (( failed )); then echo "RESTORE CHECK FAILED (dump kept at $dump)"; exit 1; fi
echo "Restore check passed: every table of $db matches its restored copy. Dump: $dump"
