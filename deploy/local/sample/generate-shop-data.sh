#!/usr/bin/env bash
# Creates the sample shop tables in an (empty) PostgreSQL database and fills them with deterministic rows.
# Connection from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD). Hand-written.
#   PGHOST=127.0.0.1 PGPORT=55432 PGUSER=... PGPASSWORD=... deploy/local/sample/generate-shop-data.sh shop
set -euo pipefail

usage() { echo "usage: generate-shop-data.sh [--scale N] DATABASE" >&2; }

scale=1 db=""
while [ $# -gt 0 ]; do
    case $1 in
        --scale)
            scale=${2:?--scale needs a value}
            shift
            ;;
        -h | --help)
            usage
            exit 0
            ;;
        -*)
            usage
            exit 2
            ;;
        *) db=$1 ;;
    esac
    shift
done
[ -n "$db" ] || {
    usage
    exit 2
}
[[ $scale =~ ^[1-9][0-9]*$ ]] || {
    echo "--scale must be a positive integer" >&2
    exit 2
}

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
psql_bin=$(command -v psql || true)
if [ -z "$psql_bin" ]; then
    found=(/usr/lib/postgresql/*/bin/psql)
    [ -x "${found[-1]}" ] && psql_bin=${found[-1]}
fi
[ -n "$psql_bin" ] || {
    echo "psql not found (install postgresql-client)" >&2
    exit 1
}

"$psql_bin" -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$here/shop-schema.sql"
"$psql_bin" -X -q -v ON_ERROR_STOP=1 -v scale="$scale" -d "$db" -f "$here/shop-data.sql" >/dev/null
"$psql_bin" -X -q -At -d "$db" -c "select 'loaded ' || string_agg(t || '=' || n, ', ' order by t) from (
    select 'customers' t, count(*) n from customers union all
    select 'products', count(*) from products union all
    select 'orders', count(*) from orders union all
    select 'order_items', count(*) from order_items) c"
