#!/usr/bin/env bash
# The CLI uses the library through its public headers only: every quoted #include in src/cli
# names include/ecomgen ("ecomgen/...") or the CLI's own folder ("cli/...").
#
#   tests/api/cli_includes.sh SOURCE_DIR
set -euo pipefail
cli_dir=${1:?usage: $0 SOURCE_DIR}/src/cli
bad=$(grep -HnE '^#include "' "$cli_dir"/*.h "$cli_dir"/*.cc | grep -vE '#include "(ecomgen|cli)/' |
  grep -v '_test\.cc:' || true)
if [[ -n $bad ]]; then
  echo "src/cli includes internal headers (add what it needs to include/ecomgen instead):" >&2
  echo "$bad" >&2
  exit 1
fi
echo "src/cli includes only ecomgen/ and cli/ headers"
