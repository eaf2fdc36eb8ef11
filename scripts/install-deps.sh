#!/usr/bin/env bash
# Installs the Debian 12 packages ecomgen needs, skipping those already present.
#   scripts/install-deps.sh          build dependencies
#   scripts/install-deps.sh --test   also what the tests need: Node.js + npm for the interop
#                                    checks (Ajv, DuckDB, hyparquet), clang 14 with its
#                                    runtime libraries for libFuzzer, pybind11 + pandas +
#                                    pytest for the Python module, Chromium for the HTML
#                                    report check, kcat for the stream's Kafka pipeline,
#                                    PostgreSQL 15 server and client for the postgres stage,
#                                    Slurm (controller, node daemon, client commands) and
#                                    MUNGE for the slurm stage, jq for its summary checks
# The tests use none of the services these packages may start: the postgres and slurm stages
# run private servers with their own configuration, key, sockets and ports in temp dirs, and
# leave a system server alone. (Containers' policy-rc.d usually keeps the services from
# starting; under systemd the slurmctld and slurmd units wait for an /etc/slurm/slurm.conf
# that nothing here writes, and a system munged, if started, only serves its own socket.)
set -euo pipefail

packages=(build-essential cmake g++ libfmt-dev libcli11-dev nlohmann-json3-dev libzstd-dev
          libsnappy-dev libpq-dev libgtest-dev libgmock-dev libbenchmark-dev librapidcheck-dev)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(nodejs npm clang-14 libclang-rt-14-dev pybind11-dev python3-dev python3-pandas
             python3-pytest chromium kcat postgresql-15 postgresql-client-15
             slurmctld slurmd slurm-client munge jq)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    # Node.js installed outside apt (e.g. a newer release) is fine too.
    if [[ "$package" == nodejs || "$package" == npm ]] && command -v "${package/nodejs/node}" >/dev/null; then
      continue
    fi
    missing+=("$package")
  fi
done
if (( ${#missing[@]} == 0 )); then
  exit 0
fi

echo "installing: ${missing[*]}" >&2
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
