#!/usr/bin/env bash
# Rebuilds the validator fuzz corpora (corpus/csv_table, corpus/parquet_table,
# corpus/run_summary) from tiny real runs of the binary given as $1.
#
# A table input is one byte naming the table (its index in TableId order, as the targets
# read it) followed by the file: a CSV cut to its header and first rows, a whole Parquet
# file. Files stay a few KB so that the fuzzer mutates structure, not bulk; products has no
# Parquet entry because even its smallest file is about 160 KB.
set -euo pipefail
bin="${1:?usage: fuzz/make-corpus.sh path/to/ecomgen}"
here="$(cd "$(dirname "$0")" && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
tables=(customers suppliers products campaigns orders order_items support_tickets
        cart_abandonment returns system_metrics)

gen() {  # gen DIR ARGS...: one quiet run into $scratch/DIR
  local dir="$scratch/$1"
  shift
  "$bin" baseline --seed 7 --quiet --start 2024-11-29T00:00:00Z --out-dir "$dir" "$@"
}
gen csv --scale 0.05 --duration 6h
gen dims --scale 0.001 --duration 30m --output parquet --compression none \
  --tables customers,suppliers,campaigns,system_metrics
gen facts --scale 0.05 --duration 6h --output parquet --compression none \
  --tables orders,order_items,cart_abandonment,returns,support_tickets
gen zstd --scale 0.05 --duration 6h --output parquet --compression zstd --tables orders
gen snappy --scale 0.05 --duration 6h --output parquet --compression snappy --tables order_items
"$bin" flash_sale --seed 7 --quiet --scale 0.01 --duration 2h --tables orders \
  --out-dir "$scratch/flash"

rm -rf "$here/corpus/csv_table" "$here/corpus/parquet_table" "$here/corpus/run_summary"
mkdir -p "$here/corpus/csv_table" "$here/corpus/parquet_table" "$here/corpus/run_summary"
for idx in "${!tables[@]}"; do
  table="${tables[$idx]}"
  byte="\\x$(printf %02x "$idx")"  # printed by printf: a shell variable cannot hold NUL
  { printf "$byte"; head -n 12 "$scratch"/csv/*_"$table".csv; } \
    >"$here/corpus/csv_table/$table"
  for dir in dims facts zstd snappy; do
    for file in "$scratch/$dir"/*_"$table".parquet; do
      [[ -e "$file" ]] || continue
      { printf "$byte"; cat "$file"; } >"$here/corpus/parquet_table/${table}_$dir"
    done
  done
done
cp "$scratch"/csv/*_summary.json "$here/corpus/run_summary/baseline.json"
cp "$scratch"/zstd/*_summary.json "$here/corpus/run_summary/parquet_one_table.json"
cp "$scratch"/flash/*_summary.json "$here/corpus/run_summary/flash_sale.json"
