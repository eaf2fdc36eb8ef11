#!/usr/bin/env bash
# Runs the README's Slurm job script (between <!-- slurm-job:begin --> and
# <!-- slurm-job:end -->) as a 4-task job array on a throwaway one-node Slurm cluster
# (tests/slurm/cluster.sh: MUNGE, slurmctld and slurmd on loopback, state in a temp dir, all
# stopped on exit). The script runs as written; the test sets only what it must through the
# variables the script reads: SCALE (small, yet every shard holds orders), OUT_DIR (a temp
# dir), STAMP (one time stamp for all tasks), OUTPUT (csv for the first array). On the
# command line sbatch also overrides two #SBATCH lines: --array=1-4 and --cpus-per-task=1,
# for a 2-core machine. Checks:
#   - the array ends (sbatch --wait, bounded) and every task COMPLETED with exit code 0
#   - every shard's summary is there, and so is every file it names; every shard holds orders
#   - CSV: for every table, the shards' rows (headers dropped) sorted with LC_ALL=C have the
#     SHA-256 of the single run's rows sorted, and in shard order they are those rows in order
#   - Parquet (the script's default format): per table, the shards' row counts add up to the
#     single Parquet run's, which are the CSV run's
#   - `ecomgen validate` on the sharded directory, if that version reads shards; one that
#     reads unsharded runs only says so, and the check is reported as skipped
# Usage: tests/slurm/run.sh path/to/ecomgen   (as root)
set -Eeuo pipefail
started="$SECONDS"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ecomgen="$(realpath "$1")"
source "$here/cluster.sh"
# sbatch passes this environment to the job: what the job script reads comes from the test
# alone, and Slurm variables of an enclosing job (CI itself under Slurm) do not leak in.
unset SCALE OUTPUT OUT_DIR STAMP
while read -r variable; do unset "$variable"; done < <(compgen -e | grep -E '^(SLURM|SBATCH)_' || true)

shards=4
scale=3
stamp=20240601_000000
# Seconds an array may take, from submission to its last task's end; 4 tasks take about 10.
array_timeout_s=300
work="$(mktemp -d)"
chmod 755 "$work"
sbatch_pid=""
finish() {
  local status=$?
  trap - ERR
  if [[ -n "$sbatch_pid" ]]; then kill "$sbatch_pid" 2>/dev/null || true; fi
  cluster_stop || status=1
  rm -rf "$work"
  echo "slurm test: $( ((status == 0)) && echo passed || echo FAILED) in $((SECONDS - started))s"
  exit "$status"
}
trap finish EXIT
die() {
  echo "FAIL $*" >&2
  exit 1
}
trap 'die "line $LINENO: \"$BASH_COMMAND\" exited with $?"' ERR
trap 'die "interrupted by a signal"' INT TERM HUP

if [[ $(id -u) -ne 0 ]]; then die "run as root: the test cluster runs its daemons as SlurmUser=root"; fi
for tool in munged mungekey slurmctld slurmd sbatch jq; do
  command -v "$tool" >/dev/null || die "$tool not found: run scripts/install-deps.sh --test"
done

# The job script, exactly as the README shows it.
job="$work/job.sh"
awk '/<!-- slurm-job:end -->/ { inside = 0 }
     inside && /^```/ { fence++; next }
     inside && fence == 1 { print }
     /<!-- slurm-job:begin -->/ { inside = 1 }' "$here/../../README.md" >"$job"
[[ "$(head -n 1 "$job")" == "#!/bin/sh" ]] ||
  die "README.md has no \`\`\`sh block starting with #!/bin/sh between its slurm-job markers"
chmod 755 "$job"
# The single run must be the run the shards split, so it takes scenario and seed from the script.
scenario="$(grep -oE '^(exec )?ecomgen [a-z_]+' "$job" | head -n 1 | awk '{ print $NF }')"
seed="$(grep -oE -- '--seed [0-9]+' "$job" | head -n 1 | cut -d' ' -f2)"
[[ -n "$scenario" && -n "$seed" ]] || die "the README's Slurm script names no scenario or no --seed N"
prefix="${scenario}_${stamp}"

cluster_start "$work/cluster" || die "the test cluster did not start (its log is above)"
echo "== Slurm cluster up: $(sinfo --noheader --format='%P %D node(s) %c CPUs %T')"

# Submits the job script as an array of $shards tasks writing to $work/$1; the rest of the
# arguments are variables for the script. Waits (bounded) and checks every task's end.
submit_array() {
  local name="$1" out="$work/$1" job_id status
  shift
  mkdir -p "$out" "$work/logs"
  local exports="ALL,$cluster_marker,PATH=$(dirname "$ecomgen"):$PATH,STAMP=$stamp,SCALE=$scale"
  exports+=",OUT_DIR=$out"
  for variable in "$@"; do exports+=",$variable"; done
  # In the background, so that a signal to this script is handled at once, not after sbatch.
  timeout "$array_timeout_s" sbatch --parsable --wait --array=1-"$shards" --cpus-per-task=1 \
    --job-name="ecomgen-$name" --output="$work/logs/$name-%a.out" --export="$exports" \
    "$job" >"$work/$name.job_id" &
  sbatch_pid=$!
  status=0
  wait "$sbatch_pid" || status=$?
  sbatch_pid=""
  job_id="$(cat "$work/$name.job_id")"
  if (( status == 124 )); then die "$name: the job array did not finish within $array_timeout_s s"; fi
  [[ -n "$job_id" ]] || die "$name: sbatch did not submit the job (exit $status)"
  local task state exit_code
  for task in $(seq "$shards"); do
    # Finished jobs stay known to slurmctld for MinJobAge (300 s), no accounting needed.
    local record
    record="$(scontrol --oneliner show job "${job_id}_$task")"
    state="$(grep -oE 'JobState=[^ ]+' <<<"$record" | cut -d= -f2)"
    exit_code="$(grep -oE 'ExitCode=[^ ]+' <<<"$record" | cut -d= -f2)"
    if [[ "$state" != COMPLETED || "$exit_code" != 0:0 ]]; then
      tail -n 20 "$work/logs/$name-$task.out" >&2 || true
      die "$name: task $task of job $job_id ended $state with exit code $exit_code (its output is above)"
    fi
  done
  (( status == 0 )) || die "$name: sbatch --wait exited $status though every task completed"
  echo "== $name: job $job_id, tasks 1-$shards COMPLETED with exit code 0"
}

# Checks that every shard's summary, and every file it lists, is in $work/$1.
check_shard_files() {
  local out="$work/$1" shard summary file
  for shard in $(seq "$shards"); do
    summary="$out/${prefix}_shard${shard}of${shards}_summary.json"
    [[ -f "$summary" ]] || die "$1: shard $shard/$shards wrote no summary ($summary)"
    while read -r file; do
      [[ -f "$out/$file" ]] || die "$1: $file, listed in shard $shard's summary, is missing"
    done < <(jq -r '.tables[].file' "$summary")
    (( $(jq '.tables.orders.rows' "$summary") > 0 )) ||
      die "$1: shard $shard/$shards holds no orders; raise scale (now $scale) so every shard is tested"
  done
}

# Rows of CSV files without their header lines.
rows() { local file; for file; do tail -n +2 "$file"; done; }

compare_csv() {
  local out="$work/$1" single="$work/single-csv" file table shard count=0
  for file in "$single/${prefix}"_*.csv; do
    table="${file#"$single/${prefix}_"}"
    table="${table%.csv}"
    local parts=()
    for shard in $(seq "$shards"); do
      if [[ -f "$out/${prefix}_${table}_shard${shard}of${shards}.csv" ]]; then
        parts+=("$out/${prefix}_${table}_shard${shard}of${shards}.csv")
      fi
    done
    (( ${#parts[@]} > 0 )) || die "$1: no shard wrote $table"
    for part in "${parts[@]}"; do
      [[ "$(head -n 1 "$part")" == "$(head -n 1 "$file")" ]] || die "$1: the header of $part differs"
    done
    local expected actual
    expected="$(rows "$file" | LC_ALL=C sort | sha256sum)"
    actual="$(rows "${parts[@]}" | LC_ALL=C sort | sha256sum)"
    [[ "$actual" == "$expected" ]] ||
      die "$1: $table: the shards' sorted rows hash to ${actual%% *}, the single run's to ${expected%% *}"
    [[ "$(rows "${parts[@]}" | sha256sum)" == "$(rows "$file" | sha256sum)" ]] ||
      die "$1: $table: the shards hold the single run's rows, but not in the same order"
    count=$((count + 1))
  done
  (( count == 10 )) || die "the single run wrote $count CSV tables, not 10"
  echo "== $1: the $shards shards hold the single run's rows, in order, for all $count tables"
}

compare_parquet_counts() {
  local out="$work/$1" table single_rows csv_rows shard_rows
  for table in $(jq -r '.tables | keys[]' "$work/single-parquet/${prefix}_summary.json"); do
    single_rows="$(jq ".tables.$table.rows" "$work/single-parquet/${prefix}_summary.json")"
    csv_rows="$(jq ".tables.$table.rows" "$work/single-csv/${prefix}_summary.json")"
    shard_rows="$(jq -s "map(.tables.$table.rows // 0) | add" "$out/${prefix}"_shard*of"${shards}"_summary.json)"
    [[ "$single_rows" == "$csv_rows" ]] ||
      die "$table: $single_rows rows in the single Parquet run, $csv_rows in the CSV run"
    [[ "$shard_rows" == "$single_rows" ]] ||
      die "$1: $table: the shards hold $shard_rows rows, the single run $single_rows"
  done
  echo "== $1: the shards' row counts add up to the single run's for every table"
}

# `ecomgen validate` of a sharded directory, where this ecomgen supports it.
validate_shards() {
  local output status=0
  output="$(timeout 120 "$ecomgen" validate "$work/$1" 2>&1)" || status=$?
  if (( status == 0 )); then
    echo "== $1: ecomgen validate passed ($(tail -n 1 <<<"$output"))"
  elif (( status == 2 )) && grep -q 'validate reads unsharded runs only' <<<"$output"; then
    echo "== $1: ecomgen validate skipped: this version reads unsharded runs only"
  else
    echo "$output" | tail -n 20 >&2
    die "$1: ecomgen validate exited $status on the sharded run (its output is above)"
  fi
}

submit_array sharded-csv OUTPUT=csv
timeout 120 "$ecomgen" "$scenario" --scale "$scale" --seed "$seed" --output csv \
  --run-stamp "$stamp" --quiet --out-dir "$work/single-csv"
check_shard_files sharded-csv
compare_csv sharded-csv
validate_shards sharded-csv

submit_array sharded-parquet
timeout 120 "$ecomgen" "$scenario" --scale "$scale" --seed "$seed" --output parquet \
  --run-stamp "$stamp" --quiet --out-dir "$work/single-parquet"
check_shard_files sharded-parquet
compare_parquet_counts sharded-parquet
validate_shards sharded-parquet
