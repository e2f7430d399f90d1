#!/usr/bin/env bash
# S-D bad-input sweep on SQLite and PostgreSQL: requests sent, answers by status code, 500s, tables checked.
#   etc/scripts/drill-bad-input.sh            as the normal suite does (anonymous, administrator, enterprise A / who may)
#   etc/scripts/drill-bad-input.sh --large    as every actor of the authorization matrix
set -euo pipefail
scale=1
[ "${1:-}" = "--large" ] && scale=5
exec "$(dirname "$0")/drill.sh" bad-input "$scale"
