#!/usr/bin/env bash
# test-pg.sh: the test command (scripts/test.sh) on other PostgreSQL major versions, each
# in a Debian chroot, without touching the host's PostgreSQL.  Run as root, no stdin:
#
#   bash scripts/test-pg.sh 17            one version
#   bash scripts/test-pg.sh 15 17 18      several (also: all); 15 is the host's own run
#   bash scripts/test.sh --pg 17,18       the same, through the test command
#
# Versions and where they come from (Debian's own packages, the host's mirror):
#   15  the host (Debian 12 bookworm): plain scripts/test.sh
#   17  a Debian 13 trixie chroot       postgresql-17
#   18  a Debian sid chroot             postgresql-18 (sid's Release file may be past its
#                                       Valid-Until on a frozen mirror: apt is told to
#                                       accept it inside the chroot)
#   16  not packaged by any Debian suite the mirror serves (bookworm, bookworm-backports,
#       trixie, trixie-backports, sid, experimental): refused with that reason
#
# For a chroot version:
#   1. install debootstrap if missing; create the chroot at
#      ${PG_CHROOT_BASE:-/var/tmp}/pgNNchroot if it is missing (same mirror as the host's
#      apt sources; a few minutes), else reuse it
#   2. mount /proc and a private tmpfs on /dev/shm inside it (unmounted by an EXIT trap,
#      also on failure or Ctrl-C); the script runs in its own mount and IPC namespace when
#      unshare is available, so nothing it mounts is ever visible on the host
#   3. install, if missing, postgresql-NN, its server headers, pgTAP, pg_prove, libicu-dev,
#      gcc, make, gettext and locales inside the chroot (no cluster, no service started)
#   4. copy `git archive HEAD` to a fresh /build/indicator in the chroot (uncommitted
#      changes are NOT tested)
#   5. inside the chroot: scripts/test.sh, the same test command as on the host, with
#      FUZZ_SECONDS=0 (the fuzz run tests the backend-free core, which does not depend on
#      the server version; clang-14 is a bookworm package) and CLIENT_TESTS=0 (the client
#      drivers and a JDK in every chroot; TEST_PG_CLIENTS=1 runs them); the cluster is
#      always stopped
#   6. print test.sh's stage lines and `pgNN: N passed, N failed` last; with several
#      versions, one line per version and `versions: N passed, N failed` last; exit
#      non-zero on any failure
#
# Environment: PG_CHROOT_BASE (directory of the chroots, default /var/tmp),
# PG_MIRROR (default: the host's Debian mirror), TEST_PG_CLIENTS (1: the client tests too).
# Logs of the last run stay in the chroot under /build (one file per stage).
set -uo pipefail

usage() {
    echo "usage: scripts/test-pg.sh VERSION... (15, 17, 18 or all)" >&2
    exit 2
}

# ====================================================================== inside the chroot
# The chroot runs the very test command of the host: its setup finds the chroot's packages
# present and pg_config on PATH is the chroot's PostgreSQL.
if [ "${1:-}" = "--inside" ]; then
    B=/build
    cd "$B/indicator" || { echo "0 1 snapshot" >"$B/tally"; exit 1; }
    out=$(FUZZ_SECONDS=0 CLIENT_TESTS=${TEST_PG_CLIENTS:-0} STAGE_LOG_DIR=$B \
          CLUSTER_RECORD=$B/cluster-dir bash scripts/test.sh 2>&1)
    rc=$?
    echo "$out"
    line=$(echo "$out" | sed -n 's/^tests: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' | tail -1)
    [ -z "$line" ] && line="0 1"
    [ $rc -ne 0 ] && [ "${line#* }" = 0 ] && line="${line% *} 1"
    echo "$line $(echo "$out" | sed -n 's/^FAILED: //p')" >"$B/tally"
    exit 0
fi

SELF=$(readlink -f "$0")
[ $# -ge 1 ] || usage
versions=()
for a in "$@"; do
    case $a in
        all) versions+=(15 17 18) ;;
        *,*) IFS=, read -r -a more <<<"$a"; versions+=("${more[@]}") ;;
        *) versions+=("$a") ;;
    esac
done

# ====================================================================== several versions
if [ ${#versions[@]} -gt 1 ]; then
    total_p=0; total_f=0; lines=()
    for v in "${versions[@]}"; do
        echo "######## PostgreSQL $v"
        out=$(bash "$SELF" "$v" 2>&1); rc=$?
        echo "$out"
        line=$(echo "$out" | sed -n "s/^pg$v: \([0-9]*\) passed, \([0-9]*\) failed\$/\1 \2/p" | tail -1)
        [ -z "$line" ] && line="0 1"
        p=${line% *}; f=${line#* }
        [ $rc -ne 0 ] && [ "$f" -eq 0 ] && f=1
        total_p=$((total_p + p)); total_f=$((total_f + f))
        lines+=("pg$v: $p passed, $f failed")
    done
    echo
    printf '%s\n' "${lines[@]}"
    echo "versions: $total_p passed, $total_f failed"
    [ $total_f -eq 0 ]
    exit
fi

PGV=${versions[0]}
case $PGV in
    15)
        # The host's own PostgreSQL: the test command itself.
        cd "$(dirname "$SELF")/.." || exit 1
        out=$(bash scripts/test.sh 2>&1); rc=$?
        echo "$out"
        line=$(echo "$out" | sed -n 's/^tests: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' | tail -1)
        [ -z "$line" ] && line="0 1"
        [ $rc -ne 0 ] && [ "${line#* }" = 0 ] && line="${line% *} 1"
        echo "pg15: ${line% *} passed, ${line#* } failed"
        [ $rc -eq 0 ]
        exit ;;
    16)
        echo "test-pg.sh: no Debian suite on this mirror packages PostgreSQL 16 (bookworm has 15," \
             "trixie 17, sid 18; the backports have none); see doc/development.md" >&2
        echo "pg16: 0 passed, 1 failed"
        exit 1 ;;
    17) SUITE=trixie ;;
    18) SUITE=sid ;;
    *) echo "test-pg.sh: PostgreSQL $PGV is not supported (15, 17, 18)" >&2
       echo "pg$PGV: 0 passed, 1 failed"; exit 1 ;;
esac
PACKAGES=(postgresql-$PGV postgresql-server-dev-$PGV postgresql-$PGV-pgtap
          libtap-parser-sourcehandler-pgtap-perl libicu-dev gcc make gettext locales util-linux)

# ====================================================================== on the host
if [ "$(id -u)" -ne 0 ]; then
    echo "test-pg.sh: run as root (debootstrap, chroot and mount need it)" >&2
    echo "pg$PGV: 0 passed, 1 failed"; exit 1
fi
exec </dev/null
# Own mount and IPC namespaces: mounts made below vanish with the script even if it is
# killed, and the chroot's server shares no SysV IPC with the host's.
if [ -z "${TEST_PG_UNSHARED:-}" ] && command -v unshare >/dev/null &&
   unshare --mount --ipc --propagation private true 2>/dev/null; then
    export TEST_PG_UNSHARED=1
    exec unshare --mount --ipc --propagation private bash "$SELF" "$PGV"
fi

cd "$(dirname "$SELF")/.." || exit 1
ROOT=$PWD
. scripts/stages.sh
CH=${PG_CHROOT_BASE:-/var/tmp}
CH=${CH%/}/pg${PGV}chroot
START=$(date +%s)
export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:$PATH"

summary() {
    echo
    echo "pg$PGV: time $(( $(date +%s) - START )) s, chroot $CH"
    [ $failed -gt 0 ] && echo "FAILED: ${failures[*]}"
    echo "pg$PGV: $passed passed, $failed failed"
}
die() {   # stage message
    echo "test-pg.sh: $2" >&2
    note_result "$1" 0 1
    exit 1
}

MOUNTED=()
cleanup() {
    local rc=$1 d pid i
    trap - EXIT INT TERM
    # A server left by a killed inner run (normally cluster.sh's own trap stops it).
    if [ -f "$CH/build/cluster-dir" ]; then
        d=$(cat "$CH/build/cluster-dir")
        if [ -n "$d" ] && [ -f "$CH$d/data/postmaster.pid" ]; then
            pid=$(head -1 "$CH$d/data/postmaster.pid")
            chroot "$CH" runuser -u postgres -- /usr/lib/postgresql/$PGV/bin/pg_ctl \
                -D "$d/data" -m immediate -w stop >/dev/null 2>&1 || true
            [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
            rm -rf "${CH:?}$d"
        fi
        rm -f "$CH/build/cluster-dir"
    fi
    for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTED[i]}" 2>/dev/null || umount -l "${MOUNTED[i]}" 2>/dev/null ||
            echo "test-pg.sh: could not unmount ${MOUNTED[i]}" >&2
    done
    MOUNTED=()
    [ "$rc" -ne 0 ] && [ $failed -eq 0 ] && note_result interrupted 0 1
    summary
    [ $failed -eq 0 ] && [ "$rc" -eq 0 ] && exit 0
    exit 1
}
trap 'cleanup $?' EXIT
trap 'echo "test-pg.sh: interrupted" >&2; exit 130' INT
trap 'exit 143' TERM

# One run at a time per chroot (the extension is installed into it).
mkdir -p "$(dirname "$CH")"
exec 9>"$CH.lock"
flock 9

# ---------------------------------------------------------------- 1. the chroot
host_mirror() {
    local m
    m=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n' | grep -E '^https?://.*/debian/?$' | head -1)
    [ -z "$m" ] && m=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
        sed -n 's/^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\(https\?:[^[:space:]]*\/debian\/\?\)[[:space:]].*/\2/p' | head -1)
    echo "${m:-http://deb.debian.org/debian}"
}
MIRROR=${PG_MIRROR:-$(host_mirror)}

if [ -x "$CH/usr/bin/apt-get" ] && [ -f "$CH/etc/debian_version" ]; then
    echo "== chroot: reusing $CH (Debian $(cat "$CH/etc/debian_version"))"
else
    [ -e "$CH" ] && die chroot "$CH exists but is not a Debian chroot; remove it or set PG_CHROOT_BASE"
    if ! command -v debootstrap >/dev/null; then
        echo "== installing debootstrap"
        export DEBIAN_FRONTEND=noninteractive
        { apt-get update -qq -o DPkg::Lock::Timeout=300 &&
          apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=300 debootstrap >/dev/null; } ||
            die chroot "could not install debootstrap"
    fi
    # Build in CH.new and rename on success, so an interrupted debootstrap is never reused.
    if [ -e "$CH.new" ]; then
        grep -q " $CH.new/" /proc/mounts && die chroot "$CH.new has mounts inside; unmount them first"
        rm -rf "${CH:?}.new"
    fi
    echo "== chroot: debootstrap $SUITE from $MIRROR into $CH (a few minutes)"
    if ! debootstrap --variant=minbase "$SUITE" "$CH.new" "$MIRROR" >"$CH.debootstrap.log" 2>&1; then
        tail -n 20 "$CH.debootstrap.log"
        die chroot "debootstrap failed (log: $CH.debootstrap.log)"
    fi
    mv "$CH.new" "$CH" || die chroot "could not rename $CH.new"
fi
# A frozen mirror serves sid's Release file past its Valid-Until date: apt would refuse it.
if [ "$SUITE" = sid ]; then
    echo 'Acquire::Check-Valid-Until "false";' >"$CH/etc/apt/apt.conf.d/99indicator-valid-until"
fi

# ---------------------------------------------------------------- 2. mounts
mountin() {   # mount args..., target last
    local target=${*: -1}
    mount "$@" || die mount "could not mount $target"
    MOUNTED+=("$target")
}
grep -q " $CH/proc " /proc/mounts || mountin -t proc proc "$CH/proc"
# PostgreSQL's dynamic shared memory lives in /dev/shm: a private tmpfs, not the host's.
mkdir -p "$CH/dev/shm"
grep -q " $CH/dev/shm " /proc/mounts || mountin -t tmpfs -o mode=1777,size=512m tmpfs "$CH/dev/shm"
# debootstrap creates the device nodes; bind the host's /dev only if they are missing.
if [ ! -c "$CH/dev/null" ] || [ ! -c "$CH/dev/urandom" ]; then
    mountin --bind /dev "$CH/dev"
    mount --make-private "$CH/dev" 2>/dev/null
fi

inchroot() {   # command... ; a clean environment (no host PG* variables)
    chroot "$CH" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive \
        PATH=/usr/lib/postgresql/$PGV/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"
}

# ---------------------------------------------------------------- 3. packages
cp -L /etc/resolv.conf "$CH/etc/resolv.conf" 2>/dev/null   # setup.sh may need apt too
missing=()
for p in "${PACKAGES[@]}"; do
    inchroot dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== packages: installing ${missing[*]}"
    # No services are started in the chroot, and postgresql-common makes no main cluster.
    printf '#!/bin/sh\nexit 101\n' >"$CH/usr/sbin/policy-rc.d"; chmod 755 "$CH/usr/sbin/policy-rc.d"
    mkdir -p "$CH/etc/postgresql-common"
    grep -qs '^create_main_cluster' "$CH/etc/postgresql-common/createcluster.conf" ||
        echo 'create_main_cluster = false' >>"$CH/etc/postgresql-common/createcluster.conf"
    if ! { inchroot apt-get update -qq &&
           inchroot apt-get install -y -q --no-install-recommends "${missing[@]}" >"$CH.apt.log" 2>&1; }; then
        tail -n 20 "$CH.apt.log"
        die packages "apt-get install failed in the chroot (log: $CH.apt.log)"
    fi
fi
echo "== packages: $(inchroot dpkg-query -W -f='${Package} ${Version}' postgresql-$PGV)," \
     "$(inchroot dpkg-query -W -f='${Package} ${Version}' libicu-dev)"

# ---------------------------------------------------------------- 4. snapshot of HEAD
head=$(git -c safe.directory="$ROOT" -C "$ROOT" rev-parse --short HEAD) || die snapshot "not a git work tree: $ROOT"
echo "== snapshot: git archive HEAD ($head) -> $CH/build/indicator"
if [ -n "$(git -c safe.directory="$ROOT" -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    echo "   note: the work tree has uncommitted changes; they are not tested"
fi
rm -rf "${CH:?}/build"
mkdir -p "$CH/build/indicator"
git -c safe.directory="$ROOT" -C "$ROOT" archive --format=tar HEAD | tar -x -C "$CH/build/indicator" ||
    die snapshot "git archive failed"
cp "$SELF" "$CH/build/test-pg.sh"

# ---------------------------------------------------------------- 5. build and test inside
inchroot bash /build/test-pg.sh --inside
if [ -f "$CH/build/tally" ]; then
    read -r p f names <"$CH/build/tally"
    passed=$((passed + p)); failed=$((failed + f))
    [ -n "${names:-}" ] && failures+=($names)
else
    note_result inside 0 1
fi
exit 0
