#!/usr/bin/env bash
# Installs what is missing, then builds and runs every test stage; this is what CI runs. Each
# stage prints a header and its time; the script exits non-zero on the first failure.
#   normal  build/test, RelWithDebInfo, warnings are errors, with the Python module (built for
#           the system /usr/bin/python3, which has pandas): the whole ctest suite (unit,
#           property, end-to-end CLI tests, the module's pytest suite), then the interop checks
#           with independent implementations (the config schema with Ajv; Parquet with DuckDB
#           and hyparquet; the event stream with DuckDB and kcat; the HTML report in
#           headless Chromium)
#   postgres  the PostgreSQL DDL (`ecomgen ddl --dialect postgres`) run by a throwaway
#           PostgreSQL 15 server on loopback, loading two scenarios' CSV and checking them
#           (tests/postgres/run.sh, with the build/test ecomgen)
#   slurm   the README's Slurm job script as a 4-task array on a throwaway one-node Slurm
#           cluster on loopback (slurmctld, slurmd, MUNGE, all stopped on exit), in CSV and
#           Parquet; the shards' rows are compared with the single run's (tests/slurm/run.sh,
#           with the build/test ecomgen; needs root)
#   asan    build/asan: the whole ctest suite under AddressSanitizer + UndefinedBehaviorSanitizer
#           (the end-to-end tests run the sanitized ecomgen too)
#   tsan    build/tsan: the multi-threaded generation tests, run against ecomgen built with
#           ThreadSanitizer
#   fuzz    build/fuzz (clang): each libFuzzer target in fuzz/ for FUZZ_SECONDS (default 20),
#           starting from its checked-in corpus in fuzz/corpus/, under ASan+UBSan with
#           -rss_limit_mb=2048 and -malloc_limit_mb=512 (one allocation past that is a crash)
# scripts/test.sh STAGE... runs only the stages named; BUILD_ROOT (default build) moves the
# build directories.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test

jobs="$(nproc)"
root="${BUILD_ROOT:-build}"
fuzz_seconds="${FUZZ_SECONDS:-20}"
# Any sanitizer report fails the test that triggered it: UBSan aborts (-fno-sanitize-recover),
# ASan and TSan stop at the first report.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"

configure_normal() {
  cmake -S . -B "$root/test" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECOMGEN_WERROR=ON \
    -DECOMGEN_PYTHON=ON -DPython3_EXECUTABLE=/usr/bin/python3 >/dev/null
}

stage_normal() {
  configure_normal
  cmake --build "$root/test" -j"$jobs"
  ctest --test-dir "$root/test" --output-on-failure -j"$jobs" --timeout 900
  tests/interop/run.sh "$root/test/ecomgen"
}

stage_postgres() {
  configure_normal
  cmake --build "$root/test" -j"$jobs" --target ecomgen
  tests/postgres/run.sh "$root/test/ecomgen"
}

stage_slurm() {
  configure_normal
  cmake --build "$root/test" -j"$jobs" --target ecomgen
  tests/slurm/run.sh "$root/test/ecomgen"
}

# Sanitized builds skip the benchmarks, which no stage runs.
stage_asan() {
  cmake -S . -B "$root/asan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECOMGEN_WERROR=ON \
    -DECOMGEN_BUILD_BENCHMARKS=OFF -DECOMGEN_SANITIZE=address,undefined >/dev/null
  cmake --build "$root/asan" -j"$jobs"
  ctest --test-dir "$root/asan" --output-on-failure -j"$jobs" --timeout 900
}

# The tests where several threads generate, write or stop one run (thread counts 1, 2 and 7,
# shards, runs interrupted or failed mid-write), run from the normal test binary against a
# ThreadSanitizer build of ecomgen: the threads are all in ecomgen, and building only it saves
# compiling the whole test suite a third time.
stage_tsan() {
  cmake -S . -B "$root/tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECOMGEN_WERROR=ON \
    -DECOMGEN_BUILD_TESTS=OFF -DECOMGEN_BUILD_BENCHMARKS=OFF -DECOMGEN_SANITIZE=thread >/dev/null
  cmake --build "$root/tsan" -j"$jobs" --target ecomgen
  configure_normal
  cmake --build "$root/test" -j"$jobs" --target ecomgen_tests
  ECOMGEN_TEST_BINARY="$root/tsan/ecomgen" "$root/test/ecomgen_tests" \
    --gtest_filter='DeterminismE2ETest.*:ShardE2ETest.*:NoPartialOutputE2ETest.*'
}

# New inputs go to a scratch directory, so the checked-in corpus only changes by hand.
stage_fuzz() {
  CXX=clang++-14 cmake -S . -B "$root/fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DECOMGEN_WERROR=ON \
    -DECOMGEN_BUILD_TESTS=OFF -DECOMGEN_BUILD_BENCHMARKS=OFF -DECOMGEN_FUZZ=ON \
    -DECOMGEN_SANITIZE=address,undefined >/dev/null
  cmake --build "$root/fuzz" -j"$jobs"
  mkdir -p "$root/fuzz/artifacts"
  for target in config_json time_parse cli_args csv_table parquet_table run_summary; do
    echo "--- ${target}_fuzzer, ${fuzz_seconds}s"
    local scratch log
    scratch="$(mktemp -d)"
    log="$root/fuzz/${target}.log"
    if ! "$root/fuzz/fuzz/${target}_fuzzer" -max_total_time="$fuzz_seconds" -timeout=10 \
        -rss_limit_mb=2048 -malloc_limit_mb=512 -print_final_stats=1 -artifact_prefix="$root/fuzz/artifacts/" \
        "$scratch" fuzz/corpus/"$target" >"$log" 2>&1; then
      rm -rf "$scratch"
      tail -n 60 "$log" >&2
      echo "${target}_fuzzer failed; the input is in $root/fuzz/artifacts/" >&2
      return 1
    fi
    rm -rf "$scratch"
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$log"
  done
}

stages=("$@")
if (( ${#stages[@]} == 0 )); then stages=(normal postgres slurm asan tsan fuzz); fi
for stage in "${stages[@]}"; do
  echo
  echo "=== stage: $stage ==="
  started="$SECONDS"
  "stage_$stage"
  echo "=== stage $stage passed in $((SECONDS - started))s ==="
done
