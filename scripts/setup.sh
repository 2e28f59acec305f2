#!/usr/bin/env bash
# setup.sh: install what building and testing need on Debian 12, as root, with no stdin.
# Does nothing when everything is present.  Usage: scripts/setup.sh [--bench]
set -euo pipefail

# The PostgreSQL to build for: that of pg_config (the client package has it), else 15.
PG_MAJOR=${PG_MAJOR:-$(${PG_CONFIG:-pg_config} --version 2>/dev/null | sed -n 's/^PostgreSQL \([0-9]*\).*/\1/p')}
PG_MAJOR=${PG_MAJOR:-15}
# gettext builds the Chinese message catalog (msgfmt); locales gives the zh_CN.UTF-8 locale
# the messages test runs under (generated below).
want=(postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR libicu-dev
      postgresql-$PG_MAJOR-pgtap libtap-parser-sourcehandler-pgtap-perl make gcc
      gettext locales)
# The fuzz target needs clang and its sanitizer runtime (not when the fuzz run is off).
if [ "${FUZZ_SECONDS:-20}" != 0 ]; then
    want+=(clang-14 libclang-rt-14-dev)
fi
# The client tests (test/clients): psycopg 2 and 3, SQLAlchemy, Alembic, pip and setuptools
# (clients/python is installed as users install it), the JDBC driver and a JDK (java runs
# the test as a single source file, so no javac step), not when CLIENT_TESTS=0.
if [ "${CLIENT_TESTS:-1}" != 0 ]; then
    want+=(python3-psycopg2 python3-psycopg python3-sqlalchemy python3-alembic python3-pip
           python3-setuptools libpostgresql-jdbc-java default-jdk-headless)
fi
if [ "${1:-}" = "--bench" ]; then
    want+=(postgresql-$PG_MAJOR-icu-ext)
fi

# node-pg for the client tests, from the npm registry (node and npm come with the machine);
# without them, or if the registry fails, that one client is skipped, never the run.
if [ "${CLIENT_TESTS:-1}" != 0 ] && command -v npm >/dev/null &&
   [ ! -d "$(dirname "$0")/../test/clients/node_modules/pg" ]; then
    echo "setup: npm install pg@8 into test/clients/node_modules (for the node-pg client test; CLIENT_TESTS=0 skips it)"
    timeout 180 npm install --no-audit --no-fund --no-save --no-package-lock --prefix "$(dirname "$0")/../test/clients" pg@8 \
        >/dev/null 2>&1 || echo "setup: npm install pg failed; the node-pg client test will be skipped"
fi
missing=()
for p in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
has_zh_locale() { locale -a 2>/dev/null | grep -qix 'zh_CN\.utf-\?8'; }
[ ${#missing[@]} -eq 0 ] && has_zh_locale && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing packages ${missing[*]:-none}${missing[*]:+;} or the zh_CN.UTF-8 locale;" \
         "run as root to install them" >&2
    exit 1
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq -o DPkg::Lock::Timeout=300 </dev/null
    apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}" </dev/null >/dev/null
fi
# The server needs the locale itself to answer in Chinese (lc_messages = 'zh_CN.UTF-8').
if ! has_zh_locale; then
    echo "setup: generating the zh_CN.UTF-8 locale"
    sed -i 's/^# *\(zh_CN\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    grep -q '^zh_CN\.UTF-8 UTF-8' /etc/locale.gen || echo 'zh_CN.UTF-8 UTF-8' >>/etc/locale.gen
    locale-gen >/dev/null
fi
