#!/usr/bin/env bash
# Measures dflux's baseline figures and records them in docs/benchmarks.json, then renders docs/benchmarks.md.
# Hand-written. Run it on an otherwise idle machine.
#
#   bench/baseline.sh                          service figures only (builds the jars first if they are missing)
#   bench/baseline.sh --build-and-test         also times ./mvnw -B verify (long: the whole test suite)
#   bench/baseline.sh --build-seconds 812      also records an already measured ./mvnw -B verify wall time
#   bench/baseline.sh --build-and-test --no-services
#
# Figures (see docs/benchmarks.md):
#   baseline.build_and_test.seconds            wall time of ./mvnw -B verify
#   baseline.<service>.start_seconds           launch of `java -jar quarkus-run.jar` -> /q/health/ready UP (JVM mode)
#   baseline.<service>.quarkus_started_seconds the "started in Xs" that Quarkus logs
#   baseline.<service>.rss_mb                  VmRSS of /proc/<pid>/status, MiB, --settle seconds after ready
# Each service is started alone, --runs times (median recorded), against Kafka and PostgreSQL from testkit's
# LocalStack on free ports in a temporary state directory; nothing of deploy/local/.state is touched.
set -euo pipefail
# shellcheck source=deploy/local/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../deploy/local/lib.sh"

usage() {
    sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'
    cat <<EOF
options:
  --build-and-test        time ./mvnw -B verify and record it
  --build-seconds N       record N as the ./mvnw -B verify wall time (measured elsewhere)
  --no-services           skip the service start and memory figures
  --runs N                starts per service (default 3)
  --settle S              seconds between ready and the RSS reading (default 2)
  --keep                  keep the temporary state directory and its logs
EOF
}

build_and_test=no build_seconds="" services=yes runs=3 settle=2 keep=no
while [ $# -gt 0 ]; do
    case $1 in
        --build-and-test) build_and_test=yes ;;
        --build-seconds)
            build_seconds=${2:?--build-seconds needs a value}
            shift
            ;;
        --no-services) services=no ;;
        --runs)
            runs=${2:?--runs needs a value}
            shift
            ;;
        --settle)
            settle=${2:?--settle needs a value}
            shift
            ;;
        --keep) keep=yes ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            exit 2
            ;;
    esac
    shift
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer"
[[ $settle =~ ^[0-9]+([.][0-9]+)?$ ]] || die "--settle must be a number of seconds"
if [ -n "$build_seconds" ]; then
    [[ $build_seconds =~ ^[0-9]+([.][0-9]+)?$ ]] || die "--build-seconds must be a number of seconds"
    [ $build_and_test = no ] || die "use either --build-and-test or --build-seconds"
fi
need_cmd java curl openssl python3

entries=$(mktemp)
cleanup_entries() { rm -f "$entries"; }
trap cleanup_entries EXIT

# Seconds since the epoch with nanoseconds, as a decimal number.
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
# Median of the numbers on standard input, one a line.
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
entry() { printf '{"name":"%s","value":%s,"unit":"%s"}\n' "$1" "$2" "$3" >>"$entries"; }

# ---------------------------------------------------------------------------------------------------------------
if [ $build_and_test = yes ]; then
    say "timing ./mvnw -B verify (the whole test suite)"
    t0=$(now)
    (cd "$DFLUX_ROOT" && ./mvnw -B verify) || die "./mvnw -B verify failed: nothing recorded"
    build_seconds=$(elapsed "$t0" "$(now)")
    say "./mvnw -B verify took ${build_seconds} s"
fi
if [ -n "$build_seconds" ]; then
    entry baseline.build_and_test.seconds "$build_seconds" s
fi

# ---------------------------------------------------------------------------------------------------------------
if [ $services = yes ]; then
    bench_dir=$(mktemp -d "${TMPDIR:-/tmp}/dflux-bench.XXXXXX")
    # The private PostgreSQL runs as the postgres OS user when we are root: it must reach its data directory.
    chmod 755 "$bench_dir"
    export DFLUX_STATE_DIR=$bench_dir
    create_state_dir
    cleanup() {
        local svc
        for svc in "${DFLUX_SERVICES[@]}"; do stop_named "$svc" 30; done
        stop_named localstack 60
        sweep_state_processes
        if [ $keep = yes ]; then
            say "kept $bench_dir (logs in $LOG_DIR)"
        else
            rm -rf "$bench_dir"
        fi
        cleanup_entries
    }
    trap cleanup EXIT

    ensure_built
    ensure_keys
    # Seven free ports: Kafka, PostgreSQL and one per service.
    read -r -a ports <<<"$(python3 -c 'import socket
socks = [socket.socket() for _ in range(7)]
for s in socks: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks: s.close()')"
    ensure_localstack "${ports[0]}" "${ports[1]}" 180

    i=2
    for svc in "${DFLUX_SERVICES[@]}"; do
        port=${ports[$i]}
        i=$((i + 1))
        starts=() started=() rss=()
        for ((run = 1; run <= runs; run++)); do
            log=$LOG_DIR/$svc.log
            : >"$log"
            t0=$(now)
            pid=$(start_service "$svc" "$port")
            deadline=$((SECONDS + 180))
            until is_ready "$port"; do
                if ! kill -0 "$pid" 2>/dev/null; then
                    show_log_tail "$log"
                    die "$svc exited before it was ready"
                fi
                if [ $SECONDS -ge $deadline ]; then
                    show_log_tail "$log"
                    die "$svc not ready after 180 s"
                fi
                sleep 0.1
            done
            t_ready=$(now)
            sleep "$settle"
            kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
            starts+=("$(elapsed "$t0" "$t_ready")")
            rss+=("$(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }')")
            q=$(sed -n 's/.* started in \([0-9][0-9.]*\)s.*/\1/p' "$log" | tail -n 1)
            [ -n "$q" ] && started+=("$q")
            say "$svc run $run/$runs: ready after ${starts[-1]} s (Quarkus: ${q:-?} s), RSS ${rss[-1]} MiB"
            stop_named "$svc" 30
        done
        entry "baseline.$svc.start_seconds" "$(printf '%s\n' "${starts[@]}" | median)" s
        entry "baseline.$svc.rss_mb" "$(printf '%s\n' "${rss[@]}" | median)" MiB
        if [ ${#started[@]} -gt 0 ]; then
            entry "baseline.$svc.quarkus_started_seconds" "$(printf '%s\n' "${started[@]}" | median)" s
        else
            warn "no \"started in\" line in the log of $svc: that figure is not recorded"
        fi
    done
fi

# ---------------------------------------------------------------------------------------------------------------
if [ ! -s "$entries" ]; then
    say "nothing measured (see --help)"
    exit 0
fi
python3 "$DFLUX_ROOT/bench/record-benchmarks.py" --file "$DFLUX_ROOT/docs/benchmarks.json" <"$entries"
python3 "$DFLUX_ROOT/bench/render-benchmarks.py"
