#!/usr/bin/env bash
# Compares ecomgen with the script a user would otherwise write (peer/customers_faker.py:
# numpy + pandas + Faker) on the customers table, and prints both rates and their ratio.
#
# Usage:
#   bench/peer_compare.sh [path/to/ecomgen]
#
# The binary defaults to $ECOMGEN, else build/ecomgen next to this folder. Environment:
#   PEER_ROWS      rows for the peer (default 200000)
#   PEER_SCALE     ecomgen --scale; the baseline has 10,000 customers (plus signups over
#                  the window) per unit of scale, so 20 gives about 200,000 (default 20)
#   PEER_THREADS   ecomgen --threads (default 1: the peer runs on one core)
#   PEER_RUNS      runs of each side; the median rate is reported (default 3 for ecomgen,
#                  1 for the peer, which is slow: set PEER_PEER_RUNS to change that)
#   PYTHON         interpreter with pandas, numpy and Faker (default: the first of python3,
#                  /usr/bin/python3 that has them). Debian 12:
#                  apt-get install -y python3-pandas python3-numpy python3-fake-factory
#
# Both rates count generation plus writing the CSV. ecomgen's is its whole process wall time
# (start-up and the plan included); the peer's is measured inside the script, so its
# interpreter start-up and imports are left out, in its favour.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ecomgen=${1:-${ECOMGEN:-$script_dir/../build/ecomgen}}
peer_rows=${PEER_ROWS:-200000}
scale=${PEER_SCALE:-20}
threads=${PEER_THREADS:-1}
ecomgen_runs=${PEER_RUNS:-3}
peer_runs=${PEER_PEER_RUNS:-1}

if [[ ! -x $ecomgen ]]; then
  echo "peer_compare: no ecomgen binary at '$ecomgen' (pass its path or set ECOMGEN)" >&2
  exit 2
fi

python=""
for candidate in ${PYTHON:-} python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
    "$candidate" -c 'import pandas, numpy, faker' >/dev/null 2>&1; then
    python=$candidate
    break
  fi
done
if [[ -z $python ]]; then
  echo "peer_compare: no python3 with pandas, numpy and faker; on Debian 12:" >&2
  echo "  apt-get install -y python3-pandas python3-numpy python3-fake-factory" >&2
  exit 2
fi

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ecomgen-peer.XXXXXX")
trap 'rm -rf "$work_dir"' EXIT
trap 'exit 130' INT TERM

median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR % 2) printf "%.0f\n", v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ecomgen_rates=()
rows=0
for ((run = 0; run < ecomgen_runs; ++run)); do
  out_dir=$work_dir/out
  rm -rf "$out_dir"
  start=$EPOCHREALTIME
  "$ecomgen" baseline --tables customers --scale "$scale" --threads "$threads" \
    --out-dir "$out_dir" --quiet
  end=$EPOCHREALTIME
  rows=$(awk '/^  "tables": *\{/ { t = 1 } t && $1 == "\"rows\":" { gsub(/,/, "", $2); print $2; exit }' \
    "$out_dir"/*_summary.json)
  ecomgen_rates+=("$(awk -v r="$rows" -v a="$start" -v b="$end" 'BEGIN { printf "%.0f\n", r / (b - a) }')")
  rm -rf "$out_dir"
done

peer_rates=()
for ((run = 0; run < peer_runs; ++run)); do
  line=$("$python" "$script_dir/peer/customers_faker.py" "$peer_rows" "$work_dir/peer.csv" | tail -n 1)
  peer_rates+=("${line#rows_per_s=}")
  rm -f "$work_dir/peer.csv"
done

ecomgen_rate=$(median "${ecomgen_rates[@]}")
peer_rate=$(median "${peer_rates[@]}")
echo "ecomgen baseline --tables customers --scale $scale --threads $threads: $rows rows, $ecomgen_rate rows/s (median of $ecomgen_runs)"
echo "peer customers_faker.py $peer_rows ($python): $peer_rate rows/s (median of $peer_runs)"
awk -v e="$ecomgen_rate" -v p="$peer_rate" 'BEGIN { printf "ratio ecomgen / peer: %.0fx\n", e / p }'
