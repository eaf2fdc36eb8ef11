#!/usr/bin/env bash
# Rewrites tests/golden/manifest.txt from the runs of ECOMGEN_BINARY (one thread). Run it
# only for a deliberate change of output bytes, review the diff, and list the change with the
# new manifest lines in CHANGELOG.md (docs/compatibility.md).
#
#   tests/golden/regenerate.sh build/release/ecomgen
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 ECOMGEN_BINARY" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
"$here/hash_runs.sh" "$1" 1 >"$here/manifest.txt.new"
mv "$here/manifest.txt.new" "$here/manifest.txt"
echo "wrote $here/manifest.txt ($(wc -l <"$here/manifest.txt") files); review it with git diff"
