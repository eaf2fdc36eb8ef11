#!/usr/bin/env bash
# Installs what is missing, builds ecomgen (Release) and generates a scenario into ./output.
#   scripts/run.sh                    the baseline scenario, all 10 tables, CSV
#   scripts/run.sh flash_sale --output parquet
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DECOMGEN_BUILD_TESTS=OFF \
      -DECOMGEN_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/release -j"$(nproc)" --target ecomgen
if (( $# == 0 )); then set -- baseline; fi
exec build/release/ecomgen "$@"
