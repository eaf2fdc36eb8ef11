#!/usr/bin/env bash
# Runs `ecomgen ddl --dialect postgres` in a real PostgreSQL 15 server: a throwaway cluster in
# a temp dir on loopback (as the postgres system user when run as root, since initdb refuses
# root), stopped on exit. For two scenarios: create the tables, load the run's CSV with
# \copy, add the foreign keys (the server checks every row), then compare row counts and
# money sums to the CSV and check that every column has its comment. Then the direct load
# (`--to postgresql://...`) of the same runs is checked the same way, and its failures: bad
# URL, refused connection, failed authentication, existing tables, a killed server session
# and SIGINT in the middle of a COPY, each leaving no table behind.
# Usage: tests/postgres/run.sh path/to/ecomgen
set -euo pipefail
ecomgen="$(realpath "$1")"
bin=/usr/lib/postgresql/15/bin
work="$(mktemp -d)"
chmod 755 "$work"
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  chown postgres "$work"
  as_pg=(runuser -u postgres --)
fi
data="$work/data"
port=$((20000 + RANDOM % 20000))
stop() {
  if [[ -f "$data/postmaster.pid" ]]; then "${as_pg[@]}" "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT
"${as_pg[@]}" "$bin/initdb" -D "$data" -U ecomgen --auth=trust -E UTF8 --no-locale >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$data" -w -l "$work/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off" start >/dev/null
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U ecomgen "$@"; }

failures=0
fail() { echo "FAIL $*" >&2; failures=$((failures + 1)); }
# Sum of a money column of a CSV without free text, in cents.
csv_cents() {
  awk -F, -v name="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == name) col = i; next }
                        { v = $col; sub(/\./, "", v); sum += v } END { printf "%.0f\n", sum }' "$1"
}

ddl="$work/schema.sql"
"$ecomgen" ddl --dialect postgres >"$ddl"
grep -v '^ALTER TABLE' "$ddl" >"$work/tables.sql"
grep '^ALTER TABLE' "$ddl" >"$work/keys.sql"
tables=(customers suppliers products campaigns orders order_items support_tickets
        cart_abandonment returns system_metrics)
url() { echo "postgresql://ecomgen@127.0.0.1:$port/$1"; }
for run in "baseline --scale 0.05" "payment_outage --scale 0.1" \
           "baseline_direct --scale 0.05" "payment_outage_direct --scale 0.1"; do
  read -r database scale_flag scale <<<"$run"
  scenario="${database%_direct}"
  out="$work/$scenario"
  sql -d postgres -c "CREATE DATABASE $database"
  if [[ "$database" == *_direct ]]; then
    # The same run as the CSV below (same seed), straight into the database.
    "$ecomgen" "$scenario" "$scale_flag" "$scale" --seed 11 --quiet --to "$(url "$database")"
  else
    "$ecomgen" "$scenario" "$scale_flag" "$scale" --seed 11 --quiet --out-dir "$out"
    sql -d "$scenario" -f "$work/tables.sql"
    for table in "${tables[@]}"; do
      file=("$out"/*_"$table".csv)
      sql -d "$scenario" -c "\\copy $table FROM '${file[0]}' WITH (FORMAT csv, HEADER true)"
    done
    sql -d "$scenario" -f "$work/keys.sql"
  fi
  scenario="$database"
  for table in "${tables[@]}"; do
    file=("$out"/*_"$table".csv)
    expected=$(($(wc -l <"${file[0]}") - 1))
    actual="$(sql -d "$scenario" -c "SELECT count(*) FROM $table")"
    [[ "$actual" == "$expected" ]] || fail "$scenario.$table: $actual rows in PostgreSQL, $expected in the CSV"
  done
  for pair in orders:total_amount order_items:line_total returns:refund_amount; do
    table="${pair%%:*}" column="${pair#*:}"
    file=("$out"/*_"$table".csv)
    expected="$(csv_cents "${file[0]}" "$column")"
    actual="$(sql -d "$scenario" -c "SELECT (coalesce(sum($column), 0) * 100)::bigint FROM $table")"
    [[ "$actual" == "$expected" ]] || fail "$scenario.$table.$column: $actual cents in PostgreSQL, $expected in the CSV"
  done
  keys="$(sql -d "$scenario" -c "SELECT count(*) FROM pg_constraint WHERE contype = 'f'")"
  [[ "$keys" == 12 ]] || fail "$scenario: $keys foreign keys, expected 12"
  uncommented="$(sql -d "$scenario" -c "SELECT count(*) FROM pg_attribute a JOIN pg_class c
    ON a.attrelid = c.oid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'
    AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND col_description(c.oid, a.attnum) IS NULL")"
  [[ "$uncommented" == 0 ]] || fail "$scenario: $uncommented columns without a comment"
  echo "== $scenario: $(sql -d "$scenario" -c "SELECT count(*) FROM orders") orders loaded and checked"
done
source "$(dirname "${BASH_SOURCE[0]}")/direct_load_failures.sh"
# A dangling key must be refused by the constraints the DDL declares.
if sql -d baseline -c "INSERT INTO order_items SELECT order_item_id + 100000000, 999999999, product_id,
    quantity, unit_price, discount_pct, line_total FROM order_items LIMIT 1" 2>/dev/null; then
  fail "PostgreSQL accepted an order item of no order"
fi
(( failures == 0 ))
