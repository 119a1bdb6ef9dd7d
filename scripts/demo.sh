#!/usr/bin/env bash
# The main job: set up, ingest the demo corpus into an embedded SQLite store, show what was read.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB="${VEILLE_DB:-demo.db}"
status=0
.venv/bin/veille ingest demo/ --db "$DB" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || exit "$status"
.venv/bin/veille stats --db "$DB"
echo
echo "Try: .venv/bin/veille search grève --db $DB"
.venv/bin/veille search "grève" --db "$DB" --limit 5
