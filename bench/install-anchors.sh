#!/usr/bin/env bash
# Installs the tools that benchmarks measure dflux against (their "anchors"), when they are missing. Hand-written.
# Idempotent: a tool already on the PATH is left alone. Needs root (or sudo) and a reachable Debian registry.
#
#   bench/install-anchors.sh
#
# Anchors:
#   pgloader   Debian package pgloader; the anchor of the compatibility benchmark (CompatibilityBenchmarkIT) and of
#              the MariaDB copy of the Executor benchmark (ExecutorBenchmarkIT)
#   pgcopydb   Debian package pgcopydb; `pgcopydb clone`, measured beside pg_dump | psql in ExecutorBenchmarkIT
#   pgbench    ships with the PostgreSQL server (Debian package postgresql-<major>, in /usr/lib/postgresql/<major>/bin);
#              loads and drives the Executor benchmark's data
# Not run by CI: CI does not run benchmarks.
set -euo pipefail

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "install-anchors: need root or sudo to run: $*" >&2
        exit 1
    fi
}

apt_updated=no
install_package() {
    local package=$1
    if [ "$apt_updated" = no ]; then
        echo "install-anchors: apt-get update"
        as_root apt-get update -q
        apt_updated=yes
    fi
    echo "install-anchors: apt-get install -y $package"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package"
}

ensure() {
    local program=$1 package=$2
    if command -v "$program" >/dev/null 2>&1; then
        echo "install-anchors: $program present ($(command -v "$program")), nothing to do"
        return
    fi
    install_package "$package"
    if ! command -v "$program" >/dev/null 2>&1; then
        echo "install-anchors: $package installed but $program is not on the PATH" >&2
        exit 1
    fi
    echo "install-anchors: installed $package ($(command -v "$program"))"
}

# pgbench lives beside the server binaries, not necessarily on the PATH: look there first.
ensure_pgbench() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -n "$found" ]; then
        echo "install-anchors: pgbench present ($found), nothing to do"
        return
    fi
    if command -v pgbench >/dev/null 2>&1 && pgbench --version >/dev/null 2>&1; then
        echo "install-anchors: pgbench present ($(command -v pgbench)), nothing to do"
        return
    fi
    local major
    major=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1 || true)
    install_package "postgresql-${major:-15}"
    found=$(ls -d /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$found" ]; then
        echo "install-anchors: postgresql-${major:-15} installed but no pgbench under /usr/lib/postgresql" >&2
        exit 1
    fi
    echo "install-anchors: installed pgbench ($found)"
}

ensure pgloader pgloader
pgloader --version | sed 's/^/install-anchors: /'
ensure pgcopydb pgcopydb
pgcopydb --version 2>&1 | sed 's/^/install-anchors: /'
ensure_pgbench
