#!/usr/bin/env bash
# Set up and run the whole test suite against real parts (SQLite files, Chromium, ../shared corpora).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/system-deps.sh
mkdir -p artifacts
exec .venv/bin/python -m pytest -p no:cacheprovider "$@"
