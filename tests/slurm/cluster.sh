# A throwaway one-node Slurm cluster for tests/slurm/run.sh, sourced by it: a MUNGE daemon
# with its own key and socket, slurmctld and slurmd, all configured, keeping their state and
# logs under one temp dir and reached on loopback ports that were free. Nothing of a system
# MUNGE or Slurm (/etc/munge, /etc/slurm, /run/munge, ports 6817/6818) is read or touched, so
# the test runs the same whether or not the packages' own services are running.
# Runs as root (SlurmUser=root): CI does, and root needs no service account set up.
#   cluster_start DIR   start the daemons, config in DIR, and wait until the node is idle;
#                       exports SLURM_CONF, so sbatch, squeue, scontrol use this cluster
#   cluster_stop        cancel the cluster's jobs, then end every process it started
# Every process of the cluster (the daemons, the slurmstepd of each job, the job's own
# processes) carries ECOMGEN_SLURM_CLUSTER=DIR in its environment: slurmstepd detaches from
# slurmd, so the marker is how cluster_stop finds them by process id, and it ends only those.

cluster_dir=""
cluster_marker=""

# Prints a TCP port on which nothing listens on 127.0.0.1, from a range the usual services do
# not use; a port taken between this check and the daemon's start fails the start, loudly.
cluster_free_port() {
  local attempt port
  for attempt in $(seq 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free TCP port found on 127.0.0.1 after $attempt tries" >&2
  return 1
}

# Prints the ids of the processes that carry the cluster's marker.
cluster_pids() {
  local environ pid
  for environ in /proc/[0-9]*/environ; do
    pid="${environ#/proc/}"
    pid="${pid%/environ}"
    if grep -qzx -- "$cluster_marker" "$environ" 2>/dev/null; then echo "$pid"; fi
  done
}

cluster_write_config() {
  local ctld_port slurmd_port memory_mb
  ctld_port="$(cluster_free_port)"
  slurmd_port="$(cluster_free_port)"
  while [[ "$slurmd_port" == "$ctld_port" ]]; do slurmd_port="$(cluster_free_port)"; done
  # Memory is not a scheduled resource here (CR_CPU); the node only has to declare no more
  # than it has, or slurmd marks it invalid.
  memory_mb=$(($(awk '/^MemTotal:/ { print $2 }' /proc/meminfo) / 1024 / 2))
  cat >"$cluster_dir/slurm.conf" <<EOF
ClusterName=ecomgen-test
SlurmctldHost=localhost
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$cluster_dir/munge/munge.socket
# slurmd listens on NodeAddr only; slurmctld has no such option and listens on every
# address, but accepts only messages signed with this run's MUNGE key.
CommunicationParameters=NoInAddrAny
StateSaveLocation=$cluster_dir/state
SlurmdSpoolDir=$cluster_dir/spool
SlurmctldPidFile=$cluster_dir/slurmctld.pid
SlurmdPidFile=$cluster_dir/slurmd.pid
SlurmctldLogFile=$cluster_dir/log/slurmctld.log
SlurmdLogFile=$cluster_dir/log/slurmd.log
# No cgroups (a container may not delegate them), no accounting database.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
# The node as declared here, whatever hwloc makes of a container's CPUs.
SlurmdParameters=config_overrides
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$memory_mb State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
}

# munged insists that its socket directory be searchable by everyone and its key readable by
# its user alone.
cluster_start_munge() {
  local munge_dir="$cluster_dir/munge"
  mkdir -m 755 "$munge_dir"
  mungekey --create --keyfile="$munge_dir/munge.key" || return 1
  env "$cluster_marker" munged --socket="$munge_dir/munge.socket" \
    --key-file="$munge_dir/munge.key" --pid-file="$munge_dir/munged.pid" \
    --log-file="$cluster_dir/log/munged.log" --seed-file="$munge_dir/munged.seed" ||
    { tail -n 5 "$cluster_dir/log/munged.log" >&2; return 1; }
}

cluster_start() {
  cluster_dir="$1"
  cluster_marker="ECOMGEN_SLURM_CLUSTER=$cluster_dir"
  mkdir -p "$cluster_dir/state" "$cluster_dir/spool" "$cluster_dir/log"
  cluster_write_config
  export SLURM_CONF="$cluster_dir/slurm.conf"
  cluster_start_munge
  env "$cluster_marker" slurmctld ||
    { tail -n 20 "$cluster_dir/log/slurmctld.log" >&2; echo "slurmctld did not start" >&2; return 1; }
  # The node's name in slurm.conf is localhost, not this machine's host name.
  env "$cluster_marker" slurmd -N localhost ||
    { tail -n 20 "$cluster_dir/log/slurmd.log" >&2; echo "slurmd did not start" >&2; return 1; }
  local deadline=$((SECONDS + 60)) state=""
  while (( SECONDS < deadline )); do
    state="$(sinfo --noheader --nodes=localhost --format=%T 2>/dev/null || true)"
    if [[ "$state" == idle ]]; then return 0; fi
    sleep 1
  done
  tail -n 20 "$cluster_dir/log/slurmctld.log" "$cluster_dir/log/slurmd.log" >&2
  echo "the Slurm node was not idle within 60 s (state: ${state:-no answer from slurmctld})" >&2
  return 1
}

cluster_stop() {
  if [[ -z "$cluster_marker" ]]; then return 0; fi
  # A job still running (after a timeout) is cancelled while slurmctld can still do it, so
  # slurmstepd ends its processes; whatever is left is then signalled directly.
  if [[ -f "$cluster_dir/slurmctld.pid" ]]; then
    timeout 10 scancel --quiet --user=root >/dev/null 2>&1 || true
  fi
  local pids signal deadline
  for signal in TERM KILL; do
    mapfile -t pids < <(cluster_pids)
    if (( ${#pids[@]} == 0 )); then break; fi
    kill -s "$signal" "${pids[@]}" 2>/dev/null || true
    deadline=$((SECONDS + 15))
    while (( SECONDS < deadline )) && [[ -n "$(cluster_pids)" ]]; do sleep 0.2; done
  done
  if [[ -n "$(cluster_pids)" ]]; then
    echo "processes of the test cluster still running: $(cluster_pids | tr '\n' ' ')" >&2
    return 1
  fi
}
