#!/usr/bin/env bash
# setup.sh: install what building and testing need on Debian 12, as root, with no stdin.
# Does nothing when everything is present.  Usage: scripts/setup.sh [--bench]
set -euo pipefail

# The PostgreSQL to build for: that of pg_config (the client package has it), else 15.
PG_MAJOR=${PG_MAJOR:-$(${PG_CONFIG:-pg_config} --version 2>/dev/null | sed -n 's/^PostgreSQL \([0-9]*\).*/\1/p')}
PG_MAJOR=${PG_MAJOR:-15}
want=(postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR libicu-dev
      postgresql-$PG_MAJOR-pgtap libtap-parser-sourcehandler-pgtap-perl make gcc)
# The fuzz target needs clang and its sanitizer runtime (not when the fuzz run is off).
if [ "${FUZZ_SECONDS:-20}" != 0 ]; then
    want+=(clang-14 libclang-rt-14-dev)
fi
# The client tests (test/clients): psycopg 2 and 3, SQLAlchemy, the JDBC driver and a JDK (java runs
# the test as a single source file, so no javac step), not when CLIENT_TESTS=0.
if [ "${CLIENT_TESTS:-1}" != 0 ]; then
    want+=(python3-psycopg2 python3-psycopg python3-sqlalchemy libpostgresql-jdbc-java
           default-jdk-headless)
fi
if [ "${1:-}" = "--bench" ]; then
    want+=(postgresql-$PG_MAJOR-icu-ext)
fi

missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing packages ${missing[*]}; run as root to install them" >&2
    exit 1
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq -o DPkg::Lock::Timeout=300 </dev/null
apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" </dev/null >/dev/null
