#!/usr/bin/env bash
# The main job: set up, ingest the demo corpus into an embedded SQLite store, serve the web UI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DB="${VEILLE_DB:-demo.db}"
status=0
.venv/bin/veille ingest demo/ --db "$DB" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || exit "$status"
.venv/bin/veille stats --db "$DB"
echo "Serving the demo corpus on http://${VEILLE_HOST:-127.0.0.1}:${VEILLE_PORT:-8000}/ (Ctrl-C to stop)"
exec .venv/bin/veille serve --db "$DB"
