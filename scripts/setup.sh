#!/usr/bin/env bash
# Create ./.venv (Python 3.11) and install veille with its test dependencies and Ray (--engine ray),
# from PyPI only.
# Re-running is cheap: pip skips what is already installed, and the spaCy rebuild runs once per version.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test,ray]'
# spaCy's Python 3.11 wheels carry Cython profiling hooks that slow its parser: rebuild those modules once.
bash scripts/faster-spacy.sh .venv
