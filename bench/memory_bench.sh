#!/usr/bin/env bash
# Peak memory (RSS) of whole ecomgen runs, for the figures the README and docs/performance.md
# give: the largest window (--duration 1461d), large scales, and many threads.
#
# Usage:
#   bench/memory_bench.sh [path/to/ecomgen]
#
# The binary defaults to $ECOMGEN, else build/ecomgen next to this folder. Environment:
#   MEMORY_BENCH_RUNS   runs per case (default 3); min, median and max are reported
#   MEMORY_BENCH_CASES  space-separated cases "scenario:scale:threads[:duration]" (default
#                       below; no duration = the scenario's own)
#   TMPDIR              where the temporary output directory goes (default /tmp)
#
# Peak RSS is GNU time's "maximum resident set size" (Debian package `time`), the same number
# as getrusage's ru_maxrss of the run, printed in MB of 10^6 bytes. Each run writes CSV into
# a fresh temporary directory, deleted right after it (a 1461-day run writes about 0.3 GB,
# --scale 100 2.4 GB).
#
# Example:
#   MEMORY_BENCH_RUNS=1 MEMORY_BENCH_CASES="baseline:50:2" bench/memory_bench.sh build/ecomgen
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ecomgen=${1:-${ECOMGEN:-$script_dir/../build/ecomgen}}
runs=${MEMORY_BENCH_RUNS:-3}
cases=${MEMORY_BENCH_CASES:-"baseline:1:1 baseline:50:2 baseline:100:1 baseline:100:2 baseline:10:64 baseline:1:2:1461d payment_outage:1:2:1461d"}

if [[ ! -x $ecomgen ]]; then
  echo "memory_bench: no ecomgen binary at '$ecomgen' (pass its path or set ECOMGEN)" >&2
  exit 2
fi
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "memory_bench: MEMORY_BENCH_RUNS must be a positive integer, got '$runs'" >&2
  exit 2
fi
if ! /usr/bin/time -f %M true >/dev/null 2>&1; then
  echo "memory_bench: needs GNU time at /usr/bin/time (Debian package 'time')" >&2
  exit 2
fi

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ecomgen-memory-bench.XXXXXX")
trap 'rm -rf "$work_dir"' EXIT
trap 'exit 130' INT TERM

printf '%-36s %6s %10s %10s %10s %9s\n' case runs min_MB median_MB max_MB wall_s
for spec in $cases; do
  IFS=: read -r scenario scale threads duration <<<"$spec"
  args=("$scenario" --scale "$scale" --threads "$threads" --quiet)
  if [[ -n ${duration:-} ]]; then args+=(--duration "$duration"); fi
  peaks=()
  walls=()
  for ((run = 0; run < runs; run++)); do
    out="$work_dir/out"
    rm -rf "$out"
    # "%M %e": peak RSS in KiB, wall seconds; the last line of the -o file.
    /usr/bin/time -f '%M %e' -o "$work_dir/time" "$ecomgen" "${args[@]}" --out-dir "$out"
    read -r peak_kb wall_s < <(tail -n 1 "$work_dir/time")
    peaks+=("$peak_kb")
    walls+=("$wall_s")
    rm -rf "$out"
  done
  mapfile -t sorted < <(printf '%s\n' "${peaks[@]}" | sort -n)
  mapfile -t sorted_walls < <(printf '%s\n' "${walls[@]}" | sort -g)
  mid=$((runs / 2))
  to_mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb * 1024 / 1e6 }'; }
  printf '%-36s %6d %10s %10s %10s %9s\n' "$spec" "$runs" "$(to_mb "${sorted[0]}")" \
    "$(to_mb "${sorted[$mid]}")" "$(to_mb "${sorted[$((runs - 1))]}")" "${sorted_walls[$mid]}"
done
