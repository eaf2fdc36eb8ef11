#!/usr/bin/env bash
# Times loading a run into PostgreSQL the file way: generate the CSV, create the tables from
# `ecomgen ddl --dialect postgres`, \copy every table, add the foreign keys. Prints seconds
# and rows/s of each step. Then the direct load of the same run (same seed) into a fresh
# database: `ecomgen SCENARIO --to postgresql://...` (schema, COPY of every table, foreign
# keys, one transaction). The server comes from the usual libpq variables (PGHOST, PGPORT,
# PGUSER); a database ecomgen_bench is created and dropped.
# Usage: bench/load_postgres.sh path/to/ecomgen [SCENARIO [SCALE]]
set -euo pipefail
ecomgen="$(realpath "$1")"
scenario="${2:-baseline}"
scale="${3:-1}"
work="$(mktemp -d)"
db=ecomgen_bench
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }
url="postgresql://${PGUSER:-$USER}@${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$db"
trap 'sql -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
tables=(customers suppliers products campaigns orders order_items support_tickets
        cart_abandonment returns system_metrics)
now() { date +%s.%N; }
rate() { awk -v rows="$1" -v start="$2" -v end="$3" \
  'BEGIN { s = end - start; printf "%.2f s, %.0f rows/s\n", s, rows / s }'; }

start="$(now)"
"$ecomgen" "$scenario" --scale "$scale" --seed 1 --quiet --out-dir "$work/run"
generated="$(now)"
rows=0
for table in "${tables[@]}"; do
  file=("$work"/run/*_"$table".csv)
  rows=$((rows + $(wc -l <"${file[0]}") - 1))
done
"$ecomgen" ddl --dialect postgres >"$work/schema.sql"
sql -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
grep -v '^ALTER TABLE' "$work/schema.sql" | sql -d "$db"
copy_start="$(now)"
for table in "${tables[@]}"; do
  file=("$work"/run/*_"$table".csv)
  sql -d "$db" -c "\\copy $table FROM '${file[0]}' WITH (FORMAT csv, HEADER true)"
done
copied="$(now)"
grep '^ALTER TABLE' "$work/schema.sql" | sql -d "$db"
keyed="$(now)"
echo "$scenario --scale $scale: $rows rows"
echo "generate CSV:      $(rate "$rows" "$start" "$generated")"
echo "\\copy all tables:  $(rate "$rows" "$copy_start" "$copied")"
echo "add foreign keys:  $(rate "$rows" "$copied" "$keyed")"
echo "generate + load:   $(rate "$rows" "$start" "$keyed")"
sql -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
direct_start="$(now)"
"$ecomgen" "$scenario" --scale "$scale" --seed 1 --quiet --to "$url"
direct_end="$(now)"
loaded="$(for table in "${tables[@]}"; do sql -d "$db" -c "SELECT count(*) FROM $table"; done |
  awk '{ n += $1 } END { print n }')"
[[ "$loaded" == "$rows" ]] || { echo "direct load: $loaded rows, the CSV has $rows" >&2; exit 1; }
echo "direct --to load:  $(rate "$rows" "$direct_start" "$direct_end")"
