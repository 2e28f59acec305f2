# build.sh: sourced by every script that builds: the one build-and-install step.
#
#   build_install [clean]   take the machine-wide install lock, build with the test flags
#                           (make STRICT=1: -Wall -Wextra -Werror) and install into the
#                           PostgreSQL of PG_CONFIG (default: pg_config on PATH); "clean"
#                           first removes earlier build output.  Returns non-zero on a
#                           build or install failure, with the compiler's output shown.
#   install_lock            only take the lock (to measure what is installed)
#   bench_build             what a benchmark does first: build_install, or with
#                           BENCH_NO_BUILD=1 only install_lock (measure what is installed)
#
# The lock (/tmp/indicator-install.lock, file descriptor 9) is held until the calling
# script exits: the installed library is shared by every checkout on this machine, so a
# test run, the demo or a benchmark must not see it change under them.

install_lock() {
    exec 9>/tmp/indicator-install.lock
    flock 9
}

build_install() {
    install_lock
    [ "${1:-}" = clean ] && make -s clean >/dev/null 2>&1
    make -s STRICT=1 ${PG_CONFIG:+PG_CONFIG=$PG_CONFIG} >/dev/null || return 1
    make -s ${PG_CONFIG:+PG_CONFIG=$PG_CONFIG} install >/dev/null || return 1
}

bench_build() {
    if [ -n "${BENCH_NO_BUILD:-}" ]; then
        install_lock
    else
        build_install
    fi
}
