#!/usr/bin/env bash
# Checks with independent implementations. First check_schema.mjs validates every built-in
# scenario's `ecomgen show` output (and configs that must fail) against `ecomgen schema` with
# Ajv. Then the Parquet interop: for every built-in scenario, a small run in CSV and in Parquet
# (same seed), then check_parquet.mjs reads the Parquet files with DuckDB and hyparquet and
# compares them to the CSV. For two scenarios check_ddl.mjs then builds a DuckDB database with
# `ecomgen ddl --dialect duckdb --parquet-dir` and compares it to the CSV.
# Usage: tests/interop/run.sh path/to/ecomgen
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ecomgen="$(realpath "$1")"
if [[ ! -d "$here/node_modules/@duckdb/node-api" || ! -d "$here/node_modules/hyparquet" ||
      ! -d "$here/node_modules/ajv" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$here/check_schema.mjs" "$ecomgen"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for scenario in baseline flash_sale returns_wave supply_disruption payment_outage viral_moment \
                customer_segments seasonal_planning multi_channel; do
  args=(--seed 7 --scale 0.05 --quiet)
  case "$scenario" in
    customer_segments|multi_channel|seasonal_planning) args+=(--duration 14d) ;;
  esac
  if [[ "$scenario" == multi_channel ]]; then args=(--seed 7 --scale 0.05 --quiet --duration 40d); fi
  "$ecomgen" "$scenario" "${args[@]}" --out-dir "$work/$scenario/csv"
  for compression in zstd snappy none; do
    "$ecomgen" "$scenario" "${args[@]}" --output parquet --compression "$compression" \
      --out-dir "$work/$scenario/$compression"
    echo "== $scenario ($compression)"
    node "$here/check_parquet.mjs" "$work/$scenario/csv" "$work/$scenario/$compression"
  done
  case "$scenario" in
    baseline|payment_outage)
      echo "== $scenario (ddl --dialect duckdb)"
      node "$here/check_ddl.mjs" "$ecomgen" "$work/$scenario/csv" "$work/$scenario/zstd" ;;
  esac
done

# The event stream: read by DuckDB (the README's recipe) and compared with the CSV files of
# the same run, then the README's Kafka pipeline into kcat. No broker is reachable here, so
# kcat produces to librdkafka's in-process mock cluster (-X test.mock.num.brokers=1): this
# tests the command line and the producer side, not a real broker.
echo "== stream (returns_wave)"
"$ecomgen" returns_wave --seed 7 --scale 0.05 --quiet --out-dir "$work/stream/csv"
"$ecomgen" stream returns_wave --seed 7 --scale 0.05 --to "$work/stream/events.ndjson"
node "$here/check_stream.mjs" "$work/stream/events.ndjson" "$work/stream/csv"
"$ecomgen" stream flash_sale --scale 0.05 --until 2024-11-29T09:00:00Z |
  sed -E 's/^\{"table":"([a-z_]+)"/\1\t&/' |
  kcat -P -b localhost:9092 -X test.mock.num.brokers=1 -t ecomgen_events -K $'\t'
echo "ok   kcat produced the stream (mock cluster)"

# The HTML report, rendered offline in headless Chromium.
echo "== report (payment_outage)"
"$ecomgen" payment_outage --seed 7 --scale 0.2 --quiet --out-dir "$work/report"
"$ecomgen" report "$work/report" --out "$work/report/report.html"
"$here/check_report.sh" "$work/report/report.html" "$work/report/shots"
