#!/usr/bin/env bash
# Debian packages the tests drive for real: Chromium (browser tests, through playwright, no browser
# download) and PostgreSQL 15 (initdb/pg_ctl on a temp dir). Installed only when missing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
if ! command -v initdb >/dev/null 2>&1 && [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
  missing+=(postgresql-15)  # Debian 12 ships unaccent and the other contrib modules in it
fi
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
