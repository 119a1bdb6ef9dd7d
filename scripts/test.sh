#!/usr/bin/env bash
# Set up and run the whole test suite against real parts (SQLite files, ../shared corpora).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p artifacts
status=0
.venv/bin/python -m pytest -p no:cacheprovider "$@" || status=$?
# pytest's 5 means "no tests ran": that is a failure here, never a pass.
exit "$status"
