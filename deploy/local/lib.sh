# shellcheck shell=bash
# Shared functions of deploy/local/up, down, token, example-migration and bench/baseline.sh.
# Sourced, never run. Hand-written.
#
# Layout of the state directory (default deploy/local/.state, override with DFLUX_STATE_DIR):
#   keys/jwt-private.pem, keys/jwt-public.pem   RSA key pair; `token` signs with the private key
#   keys/crypto.env                             DFLUX_CRYPTO_KEY_ID and DFLUX_CRYPTO_KEY for discovery-service
#   stack/                                      LocalStack's data (PostgreSQL, Kafka) and its stack.env
#   logs/<name>.log                             one log per process
#   run/<name>.pid                              one pid file per process
#   testkit.classpath                           runtime classpath of testkit, written by Maven

DFLUX_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DFLUX_SERVICES=(discovery-service compatibility-service executor-service validation-service rollback-service)

say() { printf '[dflux] %s\n' "$*"; }
warn() { printf '[dflux] %s\n' "$*" >&2; }
die() {
    printf '[dflux] error: %s\n' "$*" >&2
    exit 1
}

need_cmd() {
    local c
    for c in "$@"; do
        command -v "$c" >/dev/null 2>&1 || die "'$c' is not installed (see README.md, Prerequisites)"
    done
}

# Sets STATE_DIR (absolute) and the paths below it.
init_state_dir() {
    local dir=${DFLUX_STATE_DIR:-$DFLUX_ROOT/deploy/local/.state}
    if [ -d "$dir" ]; then
        STATE_DIR=$(cd "$dir" && pwd)
    else
        STATE_DIR=$dir
    fi
    KEYS_DIR=$STATE_DIR/keys
    LOG_DIR=$STATE_DIR/logs
    RUN_DIR=$STATE_DIR/run
    STACK_DIR=$STATE_DIR/stack
    JWT_PRIVATE_KEY=$KEYS_DIR/jwt-private.pem
    JWT_PUBLIC_KEY=$KEYS_DIR/jwt-public.pem
    CRYPTO_ENV=$KEYS_DIR/crypto.env
}

# Creates the state directory and its folders, then sets the paths as init_state_dir does.
create_state_dir() {
    local dir=${DFLUX_STATE_DIR:-$DFLUX_ROOT/deploy/local/.state}
    mkdir -p "$dir/logs" "$dir/run" "$dir/keys" "$dir/stack"
    init_state_dir
}

# Prints the path of psql: the one on PATH, else the newest under /usr/lib/postgresql; empty when none.
find_psql() {
    local found
    if command -v psql >/dev/null 2>&1; then
        command -v psql
        return 0
    fi
    found=(/usr/lib/postgresql/*/bin/psql)
    [ -x "${found[-1]}" ] && echo "${found[-1]}"
    return 0
}

# Default HTTP port of a service, overridable by DFLUX_<NAME>_PORT.
service_port() {
    case $1 in
        discovery-service) echo "${DFLUX_DISCOVERY_PORT:-8081}" ;;
        compatibility-service) echo "${DFLUX_COMPATIBILITY_PORT:-8082}" ;;
        executor-service) echo "${DFLUX_EXECUTOR_PORT:-8083}" ;;
        validation-service) echo "${DFLUX_VALIDATION_PORT:-8084}" ;;
        rollback-service) echo "${DFLUX_ROLLBACK_PORT:-8085}" ;;
        *) die "unknown service $1" ;;
    esac
}

service_jar() { echo "$DFLUX_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# The testkit jar, without the -tests or -sources jars next to it; empty when not built.
testkit_jar() {
    local f
    for f in "$DFLUX_ROOT"/testkit/target/testkit-*.jar; do
        case $f in
            *-tests.jar | *-sources.jar | *-javadoc.jar) continue ;;
        esac
        [ -f "$f" ] && {
            echo "$f"
            return 0
        }
    done
    return 0
}

# Builds with Maven when a service jar or the testkit jar is missing or older than a POM or a main source file.
# DFLUX_SKIP_BUILD=1 skips the check.
ensure_built() {
    if [ "${DFLUX_SKIP_BUILD:-0}" = 1 ]; then
        return 0
    fi
    local jars=() j missing="" oldest="" newer=""
    jars+=("$(testkit_jar)")
    for j in "${DFLUX_SERVICES[@]}"; do jars+=("$(service_jar "$j")"); done
    for j in "${jars[@]}"; do
        if [ -z "$j" ] || [ ! -f "$j" ]; then
            missing=yes
            break
        fi
        if [ -z "$oldest" ] || [ "$j" -ot "$oldest" ]; then oldest=$j; fi
    done
    if [ -z "$missing" ]; then
        newer=$(
            cd "$DFLUX_ROOT" || exit 0
            find pom.xml ./*/pom.xml ./*/src/main -newer "$oldest" -type f -print -quit 2>/dev/null
        ) || true
        [ -z "$newer" ] && return 0
        say "sources changed since the last build (e.g. ${newer#./}): building"
    else
        say "service or testkit jars missing: building"
    fi
    local t0=$SECONDS
    (cd "$DFLUX_ROOT" && ./mvnw -B -q package -DskipTests) || die "the build failed (./mvnw -B -q package -DskipTests)"
    # Maven leaves a jar untouched when its content did not change; mark them all as built now.
    touch "$(testkit_jar)"
    for j in "${DFLUX_SERVICES[@]}"; do touch "$(service_jar "$j")"; done
    say "built in $((SECONDS - t0)) s"
}

# Prints the classpath to start ai.dflux.testkit.LocalStack with (testkit jar plus its runtime dependencies).
testkit_classpath() {
    local cpfile=$STATE_DIR/testkit.classpath jar
    jar=$(testkit_jar)
    [ -n "$jar" ] || die "testkit jar not built (run ./mvnw -B -q package -DskipTests)"
    if [ ! -s "$cpfile" ] || [ "$DFLUX_ROOT/testkit/pom.xml" -nt "$cpfile" ] || [ "$DFLUX_ROOT/pom.xml" -nt "$cpfile" ]; then
        (cd "$DFLUX_ROOT" && ./mvnw -B -q -pl testkit dependency:build-classpath \
            -Dmdep.outputFile="$cpfile" -Dmdep.includeScope=runtime) >&2 ||
            die "could not resolve the testkit classpath"
    fi
    printf '%s:%s' "$jar" "$(cat "$cpfile")"
}

# Generates, once, the JWT key pair and the credentials encryption key. Never committed (.state is git-ignored).
ensure_keys() {
    need_cmd openssl
    (
        umask 077
        mkdir -p "$KEYS_DIR"
        chmod 700 "$KEYS_DIR"
        if [ ! -f "$JWT_PRIVATE_KEY" ]; then
            openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$JWT_PRIVATE_KEY" 2>/dev/null ||
                die "openssl could not generate the JWT key pair"
            rm -f "$JWT_PUBLIC_KEY"
            say "generated the JWT signing key $JWT_PRIVATE_KEY"
        fi
        if [ ! -f "$JWT_PUBLIC_KEY" ]; then
            openssl pkey -in "$JWT_PRIVATE_KEY" -pubout -out "$JWT_PUBLIC_KEY" 2>/dev/null ||
                die "openssl could not write the JWT public key"
        fi
        if [ ! -f "$CRYPTO_ENV" ]; then
            {
                echo "DFLUX_CRYPTO_KEY_ID=local-$(date -u +%Y%m%d%H%M%S)"
                echo "DFLUX_CRYPTO_KEY=$(openssl rand -base64 32)"
            } >"$CRYPTO_ENV"
            say "generated the credentials encryption key $CRYPTO_ENV"
        fi
    )
}

# Exports every KEY=VALUE line of a file (no shell evaluation of the values).
export_env_file() {
    local line
    [ -f "$1" ] || die "$1 does not exist"
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%$'\r'}
        case $line in
            '' | '#'*) continue ;;
        esac
        if [[ $line =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then
            export "${line?}"
        fi
    done <"$1"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# True when pid $1 is alive and its command line contains $2.
pid_is() {
    local pid=$1 marker=$2
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker"
}

# Pid recorded in run/$1.pid when that process is still ours and alive; empty otherwise.
running_pid() {
    local f=$RUN_DIR/$1.pid pid
    [ -f "$f" ] || return 0
    pid=$(cat "$f" 2>/dev/null || true)
    if pid_is "$pid" "$STATE_DIR"; then echo "$pid"; fi
    return 0
}

# Starts a command detached (own session, no terminal), output to a log; writes the pid file.
# start_detached NAME LOGFILE COMMAND...
start_detached() {
    local name=$1 logfile=$2 pid
    shift 2
    mkdir -p "$(dirname "$logfile")" "$RUN_DIR"
    {
        echo "=== $(date -u +%Y-%m-%dT%H:%M:%SZ) starting $name"
    } >>"$logfile"
    if command -v setsid >/dev/null 2>&1; then
        setsid "$@" >>"$logfile" 2>&1 </dev/null &
    else
        nohup "$@" >>"$logfile" 2>&1 </dev/null &
    fi
    pid=$!
    echo "$pid" >"$RUN_DIR/$name.pid"
    echo "$pid"
}

# Stops the process of run/NAME.pid: SIGTERM, wait up to $2 seconds, then SIGKILL (its process group too).
stop_named() {
    local name=$1 timeout=${2:-30} pid i
    pid=$(running_pid "$name")
    if [ -n "$pid" ]; then
        say "stopping $name (pid $pid)"
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < timeout * 10; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$pid" 2>/dev/null; then
            warn "$name did not stop within ${timeout}s: killing it"
            kill -KILL -- "-$pid" 2>/dev/null || true
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$RUN_DIR/$name.pid"
}

# Starts LocalStack (Kafka + control-plane PostgreSQL) in STACK_DIR unless it is already running; waits for READY.
# ensure_localstack KAFKA_PORT PG_PORT TIMEOUT_SECONDS
ensure_localstack() {
    local kafka_port=$1 pg_port=$2 timeout=${3:-180} pid cp i log=$LOG_DIR/localstack.log
    pid=$(running_pid localstack)
    if [ -n "$pid" ] && [ -s "$STACK_DIR/stack.env" ]; then
        say "Kafka and PostgreSQL already running (LocalStack pid $pid)"
        return 0
    fi
    [ -n "$pid" ] && stop_named localstack 30
    local p
    for p in "$kafka_port" "$pg_port"; do
        port_in_use "$p" && die "port $p is already in use; choose others with DFLUX_KAFKA_PORT / DFLUX_PG_PORT"
    done
    cp=$(testkit_classpath)
    mkdir -p "$STACK_DIR"
    rm -f "$STACK_DIR/stack.env"
    : >"$log"
    local t0=$SECONDS
    # shellcheck disable=SC2086 # DFLUX_LOCALSTACK_JAVA_OPTS is a list of options
    pid=$(start_detached localstack "$log" java ${DFLUX_LOCALSTACK_JAVA_OPTS:-} -cp "$cp" ai.dflux.testkit.LocalStack \
        --state-dir "$STACK_DIR" --kafka-port "$kafka_port" --pg-port "$pg_port")
    say "starting Kafka on :$kafka_port and PostgreSQL on :$pg_port (LocalStack pid $pid, log $log)"
    for ((i = 0; i < timeout * 5; i++)); do
        if grep -Eq '^READY[[:space:]]*$' "$log" 2>/dev/null && [ -s "$STACK_DIR/stack.env" ]; then
            say "Kafka and PostgreSQL ready in $((SECONDS - t0)) s"
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            warn "LocalStack exited before it was ready; last lines of $log:"
            tail -n 40 "$log" >&2
            rm -f "$RUN_DIR/localstack.pid"
            exit 1
        fi
        sleep 0.2
    done
    warn "LocalStack was not READY after ${timeout}s; last lines of $log:"
    tail -n 40 "$log" >&2
    exit 1
}

# Exports the environment every service gets: control plane from stack.env, JWT verification, and for
# discovery-service the credentials key. Call in a subshell.
export_service_env() {
    local svc=$1 port=$2
    export_env_file "$STACK_DIR/stack.env"
    export QUARKUS_HTTP_PORT=$port
    export MP_JWT_VERIFY_PUBLICKEY_LOCATION=$JWT_PUBLIC_KEY
    export MP_JWT_VERIFY_ISSUER=dflux-gateway
    # Agents read each other's internal API with a service token; a month outlives any local session.
    DFLUX_SERVICE_AGENT_TOKEN=$("$(dirname "${BASH_SOURCE[0]}")/token" --agent "$svc" --ttl 2592000)
    export DFLUX_SERVICE_AGENT_TOKEN
    export QUARKUS_REST_CLIENT_DFLUX_DISCOVERY_URL="http://127.0.0.1:$(service_port discovery-service)"
    export QUARKUS_REST_CLIENT_DFLUX_COMPATIBILITY_URL="http://127.0.0.1:$(service_port compatibility-service)"
    if [ "$svc" = discovery-service ]; then
        export_env_file "$CRYPTO_ENV"
    fi
}

# Starts one service from its jar; prints its pid. The -Ddflux.local.state marker lets `down` recognise it.
start_service() {
    local svc=$1 port=$2 jar
    jar=$(service_jar "$svc")
    [ -f "$jar" ] || die "$jar is missing (run ./mvnw -B -q package -DskipTests)"
    (
        export_service_env "$svc" "$port"
        # shellcheck disable=SC2086 # DFLUX_JAVA_OPTS is a list of options
        start_detached "$svc" "$LOG_DIR/$svc.log" java ${DFLUX_JAVA_OPTS:-} "-Ddflux.local.state=$STATE_DIR" -jar "$jar"
    )
}

# True when /q/health/ready of the service on $1 answers 200 (UP); Quarkus answers 503 while DOWN.
is_ready() {
    curl -fsS -m 2 -o /dev/null "http://127.0.0.1:$1/q/health/ready" 2>/dev/null
}

# Prints the last lines of a log, indented, to stderr.
show_log_tail() {
    warn "last lines of $1:"
    tail -n "${2:-40}" "$1" 2>/dev/null | sed 's/^/    /' >&2 || true
}

# Stops every java or postgres process that still names STATE_DIR on its command line, and every PostgreSQL
# server whose postmaster.pid lies under STATE_DIR. A safety net for processes whose parent died hard.
sweep_state_processes() {
    local f pid i found=()
    while IFS= read -r f; do
        pid=$(head -n 1 "$f" 2>/dev/null || true)
        if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ]; then
            warn "PostgreSQL (pid $pid, $(dirname "$f")) still running: fast shutdown"
            kill -INT "$pid" 2>/dev/null || true
            found+=("$pid")
        fi
    done < <(find "$STATE_DIR" -name postmaster.pid -type f 2>/dev/null)
    for f in /proc/[0-9]*; do
        pid=${f#/proc/}
        [ "$pid" = "$$" ] && continue
        [[ " ${found[*]} " == *" $pid "* ]] && continue
        case "$(cat "$f/comm" 2>/dev/null)" in
            java | postgres | postmaster) ;;
            *) continue ;;
        esac
        if pid_is "$pid" "$STATE_DIR"; then
            warn "leftover process $pid ($(tr '\0' ' ' <"$f/cmdline" | cut -c1-100)...): stopping it"
            kill -TERM "$pid" 2>/dev/null || true
            found+=("$pid")
        fi
    done
    [ ${#found[@]} -eq 0 ] && return 0
    for ((i = 0; i < 150; i++)); do
        local alive=0
        for pid in "${found[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        [ $alive = 0 ] && return 0
        sleep 0.1
    done
    for pid in "${found[@]}"; do
        kill -0 "$pid" 2>/dev/null && {
            warn "killing $pid"
            kill -KILL "$pid" 2>/dev/null || true
        }
    done
    return 0
}

# Pretty-prints JSON from stdin with jq, or python3 when jq is missing; raw text when neither can parse it.
pretty_json() {
    local body
    body=$(cat)
    if command -v jq >/dev/null 2>&1 && printf '%s' "$body" | jq . 2>/dev/null; then
        return 0
    fi
    if command -v python3 >/dev/null 2>&1 && printf '%s' "$body" | python3 -m json.tool 2>/dev/null; then
        return 0
    fi
    printf '%s\n' "$body"
}
