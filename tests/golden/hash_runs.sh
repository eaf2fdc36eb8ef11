#!/usr/bin/env bash
# Prints the golden manifest of the runs in this folder: one line "<case>/<file> <sha256>"
# per output file, sorted. Used by regenerate.sh (to write manifest.txt) and check.sh (to
# compare with it).
#
#   tests/golden/hash_runs.sh ECOMGEN_BINARY THREADS
#
# File names drop the run's `{scenario}_{YYYYMMDD}_{HHMMSS}_` prefix (the CLI stamps runs
# with the current time), so lines are keyed by case and table. The summary JSON is hashed
# with its per-table "seconds" lines removed (wall-clock timings) and the run stamp in its
# file names replaced by STAMP; everything else in it (config, counts, bytes, KPIs) counts.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 ECOMGEN_BINARY THREADS" >&2
  exit 2
fi
binary=$1
threads=$2
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# case name | arguments. Three scenarios in India (the default market), one in the US, each
# as CSV and as Parquet; small scales keep the whole set near a second.
cases=(
  "baseline_csv|baseline --scale 0.02 --duration 7d"
  "baseline_parquet|baseline --scale 0.02 --duration 7d --output parquet"
  "flash_sale_csv|flash_sale --scale 0.05"
  "flash_sale_parquet|flash_sale --scale 0.05 --output parquet"
  "payment_outage_csv|payment_outage --scale 0.05"
  "payment_outage_parquet|payment_outage --scale 0.05 --output parquet --compression snappy"
  "us_flash_sale_csv|custom --config $here/us_flash_sale.json --scale 0.05"
  "us_flash_sale_parquet|custom --config $here/us_flash_sale.json --scale 0.05 --output parquet"
)

for entry in "${cases[@]}"; do
  name=${entry%%|*}
  read -r -a args <<<"${entry#*|}"
  out="$work/$name"
  "$binary" "${args[@]}" --threads "$threads" --out-dir "$out" --quiet
  for file in "$out"/*; do
    base=$(basename "$file")
    # {scenario}_{YYYYMMDD}_{HHMMSS}_{rest}: keep {rest}.
    rest=$(sed -E 's/^.*_[0-9]{8}_[0-9]{6}_//' <<<"$base")
    if [[ $rest == summary.json ]]; then
      hash=$(grep -v '"seconds":' "$file" | sed -E 's/_[0-9]{8}_[0-9]{6}_/_STAMP_/g' |
        sha256sum | cut -d' ' -f1)
    else
      hash=$(sha256sum "$file" | cut -d' ' -f1)
    fi
    echo "$name/$rest $hash"
  done
done | LC_ALL=C sort
