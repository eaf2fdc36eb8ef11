# The failure cases of the direct load; sourced by tests/postgres/run.sh (its server, sql,
# url, fail). Each must print one `ecomgen: error:` line, exit as stated and leave no table.

# expect_error CODE DATABASE ARGS...: runs ecomgen ARGS, checks exit code, one error line and
# that DATABASE (when not empty) has no table of the run.
expect_error() {
  local code="$1" database="$2"
  shift 2
  local rc=0
  "$ecomgen" "$@" --quiet 2>"$work/err" || rc=$?
  [[ "$rc" == "$code" ]] || fail "ecomgen $*: exit $rc, expected $code"
  [[ $(wc -l <"$work/err") == 1 ]] && grep -q '^ecomgen: error: ' "$work/err" ||
    fail "ecomgen $*: expected one error line, got: $(cat "$work/err")"
  if [[ -n "$database" ]]; then
    local left
    left="$(sql -d "$database" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
    [[ "$left" == 0 ]] || fail "ecomgen $*: $left tables left in $database"
  fi
}
no_tables() {
  local left
  left="$(sql -d "$1" -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
  [[ "$left" == 0 ]] || fail "$2: $left tables left in $1"
}

sql -d postgres -c "CREATE DATABASE failures"
expect_error 2 failures baseline --scale 0.01 --to "mysql://ecomgen@127.0.0.1:$port/failures"
expect_error 2 failures baseline --scale 0.01 --to "postgresql://127.0.0.1:$port/%zz"
expect_error 2 failures baseline --scale 0.01 --to "$(url failures)" --output parquet
expect_error 2 failures baseline --scale 0.01 --to "$(url failures)" --tables orders
expect_error 2 failures baseline --scale 0.01 --to "$(url failures)" --shard 1/2
expect_error 1 failures baseline --scale 0.01 --to "postgresql://ecomgen@127.0.0.1:$((port + 1))/failures"
expect_error 1 "" baseline --scale 0.01 --to "$(url no_such_database)"
# Authentication: a password rule for one role, ahead of the trust rules.
sed -i "1i host all pw_user 127.0.0.1/32 scram-sha-256" "$data/pg_hba.conf"
sql -d postgres -c "CREATE ROLE pw_user LOGIN PASSWORD 'right'; SELECT pg_reload_conf()" >/dev/null
expect_error 1 failures baseline --scale 0.01 --to "postgresql://pw_user:wrong@127.0.0.1:$port/failures"
grep -q wrong "$work/err" && fail "the error line shows the password"

# Existing tables: refused without --force (the loaded data stays), replaced with it.
before="$(sql -d baseline_direct -c "SELECT count(*) FROM orders")"
expect_error 2 "" baseline --scale 0.01 --seed 11 --to "$(url baseline_direct)"
grep -q 'already has table' "$work/err" || fail "existing tables: $(cat "$work/err")"
after="$(sql -d baseline_direct -c "SELECT count(*) FROM orders")"
[[ "$before" == "$after" ]] || fail "a refused load changed orders: $before -> $after rows"
"$ecomgen" baseline --scale 0.01 --seed 11 --quiet --force --to "$(url baseline_direct)" ||
  fail "--force did not replace the tables"
[[ "$(sql -d baseline_direct -c "SELECT count(*) FROM orders")" != "$before" ]] ||
  fail "--force load left the old orders"

# wait_for_copy DATABASE: until a COPY into DATABASE is running (at most ~30 s).
wait_for_copy() {
  for _ in $(seq 300); do
    [[ "$(sql -d postgres -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '$1'
          AND query LIKE 'COPY order_items%'")" == 1 ]] && return 0
    sleep 0.1
  done
  return 1
}
# A failure in the middle of a COPY (the server ends the session): exit 1, nothing left.
"$ecomgen" baseline --scale 1 --quiet --threads 1 --to "$(url failures)" 2>"$work/err" &
pid=$!
wait_for_copy failures || fail "the killed load never reached COPY order_items"
sql -d postgres -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'failures'" >/dev/null
rc=0; wait "$pid" || rc=$?
[[ "$rc" == 1 ]] || fail "load whose session was killed: exit $rc, expected 1"
[[ $(wc -l <"$work/err") == 1 ]] || fail "killed session: $(cat "$work/err")"
no_tables failures "killed session"
# SIGINT in the middle of a COPY: exit 130, nothing left.
"$ecomgen" baseline --scale 1 --quiet --threads 1 --to "$(url failures)" 2>"$work/err" &
pid=$!
wait_for_copy failures || fail "the interrupted load never reached COPY order_items"
kill -INT "$pid"
rc=0; wait "$pid" || rc=$?
[[ "$rc" == 130 ]] || fail "interrupted load: exit $rc, expected 130"
sleep 0.5  # the server notices the closed connection and rolls back
no_tables failures "interrupted load"
echo "== direct load: failure cases checked"
