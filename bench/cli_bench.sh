#!/usr/bin/env bash
# Times the ecomgen CLI end to end: wall time, rows/s, MB/s of output and peak RSS per case.
#
# Usage:
#   bench/cli_bench.sh [path/to/ecomgen]
#
# The binary defaults to $ECOMGEN, else build/ecomgen next to this folder. Environment:
#   CLI_BENCH_RUNS   runs per case; the median is reported (default 3)
#   CLI_BENCH_CASES  space-separated cases "format:scale:threads" (default below)
#   CLI_BENCH_SCENARIO  scenario to generate (default baseline)
#   CLI_BENCH_TIMER  "gnu" (default when available) or "bash" to use the fallback below
#   CLI_BENCH_PER_TABLE  1 (default) prints each table's rows/s and MB/s under its case, the
#                    medians over the case's runs, and of_run: the table's MB/s over its
#                    run's (median, and the lowest run in brackets); orders, order_items and
#                    returns come from one generator in one pass, so they are reported
#                    together; tables done in under 5 ms (the tiny dimensions) are left out
#   TMPDIR           where the temporary output directory goes (default /tmp)
#
# cpu_s is user + system time (GNU time only): on a shared machine it moves less than wall time.
# Each run writes into a fresh temporary directory, which is deleted afterwards (also on
# Ctrl-C). Rows and bytes are the totals over all tables from the run's summary JSON.
# Wall time and peak RSS come from GNU time (/usr/bin/time -v) when it is installed
# (Debian package `time`); otherwise wall time is taken with bash's clock and peak RSS by
# polling VmHWM in /proc/<pid>/status every 50 ms, which can miss a last short peak.
#
# Example:
#   CLI_BENCH_RUNS=5 CLI_BENCH_CASES="csv:10:1 csv:10:2" bench/cli_bench.sh build/ecomgen
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ecomgen=${1:-${ECOMGEN:-$script_dir/../build/ecomgen}}
runs=${CLI_BENCH_RUNS:-3}
cases=${CLI_BENCH_CASES:-"csv:10:1 csv:10:2 csv:100:1 csv:100:2 parquet:10:1 parquet:10:2"}
scenario=${CLI_BENCH_SCENARIO:-baseline}

if [[ ! -x $ecomgen ]]; then
  echo "cli_bench: no ecomgen binary at '$ecomgen' (pass its path or set ECOMGEN)" >&2
  exit 2
fi
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
  echo "cli_bench: CLI_BENCH_RUNS must be a positive integer, got '$runs'" >&2
  exit 2
fi

gnu_time=""
if [[ ${CLI_BENCH_TIMER:-gnu} != bash && -x /usr/bin/time ]] &&
  /usr/bin/time -v true >/dev/null 2>&1; then
  gnu_time=/usr/bin/time
fi

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/ecomgen-bench.XXXXXX")
trap 'rm -rf "$work_dir"' EXIT
trap 'exit 130' INT TERM

# Sums "rows" (or "bytes") over the "tables" object of a summary JSON.
summary_total() {
  local key=$1 file=$2
  awk -v key="\"$key\":" '
    /^  "tables": *\{/ { in_tables = 1; next }
    in_tables && /^  \}/ { in_tables = 0 }
    in_tables && $1 == key { gsub(/,/, "", $2); total += $2 }
    END { printf "%.0f\n", total }' "$file"
}

# Prints "table rows bytes seconds" for each table of a summary JSON.
summary_tables() {
  awk '
    /^  "tables": *\{/ { in_tables = 1; next }
    in_tables && /^  \}/ { in_tables = 0 }
    in_tables && /^    "[a-z_]+": *\{/ { name = $1; gsub(/[":]/, "", name) }
    in_tables && $1 == "\"rows\":" { gsub(/,/, "", $2); rows = $2 }
    in_tables && $1 == "\"bytes\":" { gsub(/,/, "", $2); bytes = $2 }
    in_tables && $1 == "\"seconds\":" { gsub(/,/, "", $2); print name, rows, bytes, $2 }' "$1"
}

# "h:mm:ss" or "m:ss.cc" (GNU time's elapsed field) to seconds.
clock_to_seconds() {
  awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; printf "%.3f\n", s }' <<<"$1"
}

# The median of the numbers given as arguments.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Runs ecomgen once with the arguments given; sets run_seconds, run_rss_kb and run_cpu_seconds
# (user + system; "-" without GNU time).
timed_run() {
  local time_log=$work_dir/time.log
  if [[ -n $gnu_time ]]; then
    if ! "$gnu_time" -v -o "$time_log" "$ecomgen" "$@" >/dev/null 2>"$work_dir/stderr.log"; then
      echo "cli_bench: ecomgen $* failed:" >&2
      cat "$work_dir/stderr.log" >&2
      exit 1
    fi
    run_seconds=$(clock_to_seconds "$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$time_log")")
    run_rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$time_log")
    run_cpu_seconds=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 }
                                  END { printf "%.2f\n", s }' "$time_log")
    return
  fi
  local start=$EPOCHREALTIME hwm peak=0 pid status=0
  "$ecomgen" "$@" >/dev/null 2>"$work_dir/stderr.log" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)
    if [[ -n $hwm ]] && ((hwm > peak)); then peak=$hwm; fi
    sleep 0.05
  done
  wait "$pid" || status=$?
  local end=$EPOCHREALTIME
  if ((status != 0)); then
    echo "cli_bench: ecomgen $* failed:" >&2
    cat "$work_dir/stderr.log" >&2
    exit 1
  fi
  run_seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }')
  run_rss_kb=$peak
  run_cpu_seconds=-
}

echo "ecomgen: $ecomgen"
echo "scenario: $scenario, runs per case: $runs (median), timer: ${gnu_time:-bash clock + /proc polling}"
echo "cpus: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-18s %9s %12s %12s %10s %9s %11s %6s\n' case wall_s rows rows_per_s out_MB MB_per_s peak_RSS_MB cpu_s

# Rows per scale, from runs whose summary reports them; the row counts do not depend on the
# format, so a run whose summary says 0 rows borrows them (marked with *).
declare -A rows_at_scale=()
borrowed=""
for case_spec in $cases; do
  IFS=: read -r format scale threads <<<"$case_spec"
  seconds=() rss=() cpu=()
  rows=0 bytes=0 mark=
  per_table=""  # "run wall run_bytes table rows bytes seconds" lines
  for ((run = 0; run < runs; ++run)); do
    out_dir=$work_dir/out
    rm -rf "$out_dir"
    timed_run "$scenario" --scale "$scale" --threads "$threads" --output "$format" \
      --out-dir "$out_dir" --quiet
    summary=$(ls "$out_dir"/*_summary.json)
    rows=$(summary_total rows "$summary")
    bytes=$(summary_total bytes "$summary")
    per_table+=$(summary_tables "$summary" |
      awk -v r="$run" -v w="$run_seconds" -v b="$bytes" '{ print r, w, b, $0 }')$'\n'
    seconds+=("$run_seconds")
    rss+=("$run_rss_kb")
    cpu+=("$run_cpu_seconds")
    rm -rf "$out_dir"
  done
  if ((rows > 0)); then
    rows_at_scale[$scale]=$rows
  elif [[ -n ${rows_at_scale[$scale]:-} ]]; then
    rows=${rows_at_scale[$scale]} mark="*" borrowed=1
  fi
  wall=$(median "${seconds[@]}")
  peak_kb=$(median "${rss[@]}")
  cpu_s=-
  if [[ ${cpu[0]} != - ]]; then cpu_s=$(median "${cpu[@]}"); fi
  awk -v c="$format s=$scale t=$threads" -v w="$wall" -v r="$rows" -v b="$bytes" -v k="$peak_kb" \
    -v m="$mark" -v u="$cpu_s" 'BEGIN { printf "%-18s %9.2f %11d%1s %12.0f %10.1f %9.1f %11.1f %6s\n",
        c, w, r, m, (w > 0 ? r / w : 0), b / 1e6, (w > 0 ? b / 1e6 / w : 0), k / 1024, u }'
  if [[ ${CLI_BENCH_PER_TABLE:-1} == 1 ]]; then
    # Within a run, tables with the same seconds came from one generator: one group. Then
    # per group, over the runs: median seconds, and median and lowest share of the run's rate.
    awk '
      function sort(a, n,   i, j, v) {
        for (i = 2; i <= n; ++i) { v = a[i]; for (j = i - 1; j > 0 && a[j] > v; --j) a[j + 1] = a[j]; a[j + 1] = v }
      }
      function mid(a, n) { return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
      NF == 7 && $7 > 0.005 {
        key = $1 " " $7
        if (!(key in group)) { group[key] = $4; keys[++k] = key; wall[key] = $2; total[key] = $3 }
        else group[key] = group[key] "+" $4
        rows[key] += $5; bytes[key] += $6; secs[key] = $7 }
      END {
        for (i = 1; i <= k; ++i) {
          key = keys[i]; g = group[key]
          if (!(g in count)) order[++n] = g
          c = ++count[g]; s[g, c] = secs[key]; rows_of[g] = rows[key]; bytes_of[g] = bytes[key]
          share[g, c] = (bytes[key] / secs[key]) / (total[key] / wall[key])
        }
        for (i = 1; i <= n; ++i) {
          g = order[i]; c = count[g]
          for (j = 1; j <= c; ++j) { t[j] = s[g, j]; f[j] = share[g, j] }
          sort(t, c); sort(f, c); m = mid(t, c)
          printf "  %-33s %6.2f %10d %12.0f %10.1f %9.1f  of_run %.2f (%.2f)\n", g, m, rows_of[g],
                 rows_of[g] / m, bytes_of[g] / 1e6, bytes_of[g] / 1e6 / m, mid(f, c), f[1]
        }
      }' <<<"$per_table"
  fi
done
if [[ -n $borrowed ]]; then
  echo "* the run's summary reported 0 rows; rows taken from a run at the same scale"
fi
