#!/usr/bin/env bash
# The golden test (ctest: golden_outputs): the runs of ECOMGEN_BINARY, on three threads, must
# give exactly the bytes listed in manifest.txt (written on one thread by regenerate.sh).
#
#   tests/golden/check.sh ECOMGEN_BINARY
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 ECOMGEN_BINARY" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$here/hash_runs.sh" "$1" 3 >"$actual"
if ! diff -u "$here/manifest.txt" "$actual"; then
  echo "golden outputs changed (lines above: - expected, + actual)." >&2
  echo "If the change is deliberate: tests/golden/regenerate.sh $1, then list it with the" >&2
  echo "new hashes in CHANGELOG.md (see docs/compatibility.md). Otherwise it is a bug." >&2
  exit 1
fi
echo "golden outputs: $(wc -l <"$here/manifest.txt") files match"
