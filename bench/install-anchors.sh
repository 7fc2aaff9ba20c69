#!/usr/bin/env bash
# Installs the tools that benchmarks measure dflux against (their "anchors"), when they are missing. Hand-written.
# Idempotent: a tool already on the PATH is left alone. Needs root (or sudo) and a reachable Debian registry.
#
#   bench/install-anchors.sh
#
# Anchors:
#   pgloader   Debian package pgloader; the anchor of the compatibility benchmark (CompatibilityBenchmarkIT)
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

ensure pgloader pgloader
pgloader --version | sed 's/^/install-anchors: /'
