// `--shard auto`: the shard index and count a batch scheduler gives each task of an array,
// so that one job script serves every task. Two schedulers are understood:
//   Slurm job arrays (sbatch --array=MIN-MAX[:STEP]): SLURM_ARRAY_TASK_ID, _MIN, _MAX, _STEP
//     and _COUNT; shard = (id - min) / step + 1 of (max - min) / step + 1.
//   Kubernetes Indexed Jobs: JOB_COMPLETION_INDEX (0-based) of `--shards N` (the job's
//     completions; Kubernetes does not put the count in the pod's environment).
// The environment is read once (ReadSchedulerEnvironment); the rest is a pure function of the
// values, so every case is testable without touching the process environment.
//
// Thread safety: ShardFromScheduler is pure; ReadSchedulerEnvironment calls getenv.
#pragma once

#include <optional>
#include <string>

#include "ecomgen/result.h"

namespace ecomgen::cli {

// The scheduler variables as set (nullopt when unset).
struct SchedulerEnvironment {
  std::optional<std::string> slurm_task_id;     // SLURM_ARRAY_TASK_ID
  std::optional<std::string> slurm_task_min;    // SLURM_ARRAY_TASK_MIN
  std::optional<std::string> slurm_task_max;    // SLURM_ARRAY_TASK_MAX
  std::optional<std::string> slurm_task_step;   // SLURM_ARRAY_TASK_STEP
  std::optional<std::string> slurm_task_count;  // SLURM_ARRAY_TASK_COUNT
  std::optional<std::string> completion_index;  // JOB_COMPLETION_INDEX
};

// 1-based index of count.
struct ShardPosition {
  int index = 1;
  int count = 1;
};

SchedulerEnvironment ReadSchedulerEnvironment();

// The shard `env` names; `shards` is the `--shards` count, if given (required with
// JOB_COMPLETION_INDEX; with Slurm it must agree with the array). Every error is
// InvalidArgument, starts with "--shard auto" and names the variable at fault.
Result<ShardPosition> ShardFromScheduler(const SchedulerEnvironment& env,
                                         std::optional<int> shards);

}  // namespace ecomgen::cli
