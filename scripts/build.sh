# build.sh: sourced by every script that builds: the one build-and-install step.
#
#   build_install [clean]   take the install lock, build with the test flags
#                           (make STRICT=1: -Wall -Wextra -Werror) and install into the
#                           PostgreSQL of PG_CONFIG (default: pg_config on PATH); "clean"
#                           first removes earlier build output.  Returns non-zero on a
#                           build or install failure, with the compiler's output shown.
#   install_lock            only take the lock (to measure what is installed)
#   bench_build             what a benchmark does first: build_install, or with
#                           BENCH_NO_BUILD=1 only install_lock (measure what is installed)
#
# The lock (file descriptor 9) is held until the calling script exits: the installed
# library is shared by every checkout on this machine, so a test run, the demo or a
# benchmark must not see it change under them.  It is /tmp/indicator-install.lock, or with
# PG_PRIVATE=DIR a lock of DIR's own (below).
#
# PG_PRIVATE=DIR (for developers working in several checkouts at once): a private copy of
# the server's installation under DIR (made on first use, by copying PG_CONFIG's bindir,
# pkglibdir and sharedir; the server finds its files relative to its binary, so the copy
# runs as it is), into which `make install DESTDIR=DIR` installs; scripts/cluster.sh then
# starts the server from DIR.  Checkouts with different DIRs never wait for each other.
# Packages installed later (pgTAP by scripts/setup.sh) reach the copy when DIR is deleted.

install_lock() {
    if [ -n "${PG_PRIVATE:-}" ]; then
        private_install_tree || return 1
        exec 9>"$PG_PRIVATE/.install.lock"
    else
        exec 9>/tmp/indicator-install.lock
    fi
    flock 9
}

# The private copy of the server installation (see PG_PRIVATE above).
private_install_tree() {
    local pgc=${PG_CONFIG:-pg_config} d
    private_locale || return 1
    [ -f "$PG_PRIVATE/.complete" ] && return 0
    mkdir -p "$PG_PRIVATE" && chmod 755 "$PG_PRIVATE" || return 1
    for d in "$($pgc --bindir)" "$($pgc --pkglibdir)" "$($pgc --sharedir)"; do
        mkdir -p "$PG_PRIVATE$(dirname "$d")" && cp -a "$d" "$PG_PRIVATE$(dirname "$d")/" || return 1
    done
    chmod -R a+rX "$PG_PRIVATE"
    touch "$PG_PRIVATE/.complete"
}

# The server's own message catalogs (postgres-15.mo ...): the copy looks for them relative
# to its binary too, so without them lc_messages = 'zh_CN.UTF-8' leaves ERROR untranslated.
private_locale() {
    local pgc=${PG_CONFIG:-pg_config} dir f
    [ -f "$PG_PRIVATE/.locale" ] && return 0
    mkdir -p "$PG_PRIVATE" && chmod 755 "$PG_PRIVATE" || return 1
    dir=$($pgc --localedir) || return 1
    find "$dir" -path '*/LC_MESSAGES/*' -name "*-$($pgc --version | sed 's/^PostgreSQL \([0-9]*\).*/\1/').mo" \
        ! -name 'indicator-*' 2>/dev/null | while read -r f; do
        mkdir -p "$PG_PRIVATE$(dirname "$f")" && cp -a "$f" "$PG_PRIVATE$f"
    done
    chmod -R a+rX "$PG_PRIVATE"
    touch "$PG_PRIVATE/.locale"
}

build_install() {
    install_lock || return 1
    [ "${1:-}" = clean ] && make -s clean >/dev/null 2>&1
    make -s STRICT=1 ${PG_CONFIG:+PG_CONFIG=$PG_CONFIG} >/dev/null || return 1
    make -s ${PG_CONFIG:+PG_CONFIG=$PG_CONFIG} ${PG_PRIVATE:+DESTDIR=$PG_PRIVATE} install >/dev/null || return 1
}

bench_build() {
    if [ -n "${BENCH_NO_BUILD:-}" ]; then
        install_lock
    else
        build_install
    fi
}
