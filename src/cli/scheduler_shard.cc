#include "cli/scheduler_shard.h"

#include <charconv>
#include <cstdint>
#include <cstdlib>

namespace ecomgen::cli {
namespace {

constexpr const char* kPrefix = "--shard auto: ";

std::optional<std::string> Variable(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr) return std::nullopt;
  return std::string(value);
}

// A non-negative decimal that is the whole text and fits an int (ids and counts are compared
// and subtracted in int64_t below, so no arithmetic on them can overflow).
Result<int64_t> WholeNumber(const char* name, const std::string& text) {
  int value = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || stop != end || text.empty() || value < 0) {
    return Status::InvalidArgument(std::string(kPrefix) + name +
                                   ": expected a non-negative whole number, got \"" + text + "\"");
  }
  return static_cast<int64_t>(value);
}

Result<ShardPosition> FromSlurm(const SchedulerEnvironment& env, std::optional<int> shards) {
  if (!env.slurm_task_min) {
    return Status::InvalidArgument(std::string(kPrefix) +
                                   "SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_MIN is not");
  }
  if (!env.slurm_task_max && !env.slurm_task_count) {
    return Status::InvalidArgument(
        std::string(kPrefix) +
        "SLURM_ARRAY_TASK_ID is set but neither SLURM_ARRAY_TASK_MAX nor SLURM_ARRAY_TASK_COUNT");
  }
  const Result<int64_t> id = WholeNumber("SLURM_ARRAY_TASK_ID", *env.slurm_task_id);
  if (!id) return id.error();
  const Result<int64_t> min = WholeNumber("SLURM_ARRAY_TASK_MIN", *env.slurm_task_min);
  if (!min) return min.error();
  int64_t step = 1;
  if (env.slurm_task_step) {
    const Result<int64_t> value = WholeNumber("SLURM_ARRAY_TASK_STEP", *env.slurm_task_step);
    if (!value) return value.error();
    if (*value < 1) {
      return Status::InvalidArgument(std::string(kPrefix) +
                                     "SLURM_ARRAY_TASK_STEP: must be >= 1, got \"" +
                                     *env.slurm_task_step + "\"");
    }
    step = *value;
  }
  if (*id < *min || (*id - *min) % step != 0) {
    return Status::InvalidArgument(std::string(kPrefix) + "SLURM_ARRAY_TASK_ID " +
                                   *env.slurm_task_id + " is not on the array's range from " +
                                   "SLURM_ARRAY_TASK_MIN " + *env.slurm_task_min + " in steps of " +
                                   std::to_string(step));
  }
  const int64_t index = (*id - *min) / step + 1;
  std::optional<int64_t> count;
  if (env.slurm_task_max) {
    const Result<int64_t> max = WholeNumber("SLURM_ARRAY_TASK_MAX", *env.slurm_task_max);
    if (!max) return max.error();
    if (*max < *id) {
      return Status::InvalidArgument(std::string(kPrefix) + "SLURM_ARRAY_TASK_ID " +
                                     *env.slurm_task_id + " is above SLURM_ARRAY_TASK_MAX " +
                                     *env.slurm_task_max);
    }
    count = (*max - *min) / step + 1;
  }
  if (env.slurm_task_count) {
    const Result<int64_t> given = WholeNumber("SLURM_ARRAY_TASK_COUNT", *env.slurm_task_count);
    if (!given) return given.error();
    // A list such as --array=1,2,7 has MIN 1 and MAX 7 but 3 tasks: its shards would not
    // cover the run, so it is refused rather than guessed at.
    if (count && *given != *count) {
      return Status::InvalidArgument(
          std::string(kPrefix) + "SLURM_ARRAY_TASK_COUNT " + *env.slurm_task_count +
          " does not match the range MIN..MAX (" + std::to_string(*count) +
          " tasks): give sbatch a range, --array=MIN-MAX[:STEP]");
    }
    if (*given < index) {
      return Status::InvalidArgument(std::string(kPrefix) + "SLURM_ARRAY_TASK_ID " +
                                     *env.slurm_task_id + " is task " + std::to_string(index) +
                                     " of only SLURM_ARRAY_TASK_COUNT " + *env.slurm_task_count);
    }
    count = *given;
  }
  if (shards && *shards != *count) {
    return Status::InvalidArgument(std::string(kPrefix) + "--shards " + std::to_string(*shards) +
                                   " does not match the Slurm array's " + std::to_string(*count) +
                                   " tasks");
  }
  return ShardPosition{static_cast<int>(index), static_cast<int>(*count)};
}

Result<ShardPosition> FromKubernetes(const SchedulerEnvironment& env, std::optional<int> shards) {
  if (!shards) {
    return Status::InvalidArgument(std::string(kPrefix) +
                                   "JOB_COMPLETION_INDEX is set: give the job's completions as "
                                   "--shards N");
  }
  const Result<int64_t> index = WholeNumber("JOB_COMPLETION_INDEX", *env.completion_index);
  if (!index) return index.error();
  if (*index >= *shards) {
    return Status::InvalidArgument(std::string(kPrefix) + "JOB_COMPLETION_INDEX " +
                                   *env.completion_index + " is outside --shards " +
                                   std::to_string(*shards) + " (0-based: at most " +
                                   std::to_string(*shards - 1) + ")");
  }
  return ShardPosition{static_cast<int>(*index + 1), *shards};
}

}  // namespace

SchedulerEnvironment ReadSchedulerEnvironment() {
  SchedulerEnvironment env;
  env.slurm_task_id = Variable("SLURM_ARRAY_TASK_ID");
  env.slurm_task_min = Variable("SLURM_ARRAY_TASK_MIN");
  env.slurm_task_max = Variable("SLURM_ARRAY_TASK_MAX");
  env.slurm_task_step = Variable("SLURM_ARRAY_TASK_STEP");
  env.slurm_task_count = Variable("SLURM_ARRAY_TASK_COUNT");
  env.completion_index = Variable("JOB_COMPLETION_INDEX");
  return env;
}

Result<ShardPosition> ShardFromScheduler(const SchedulerEnvironment& env,
                                         std::optional<int> shards) {
  if (env.slurm_task_id && env.completion_index) {
    return Status::InvalidArgument(std::string(kPrefix) +
                                   "both SLURM_ARRAY_TASK_ID and JOB_COMPLETION_INDEX are set; "
                                   "unset the one that does not belong to this job");
  }
  if (env.slurm_task_id) return FromSlurm(env, shards);
  if (env.completion_index) return FromKubernetes(env, shards);
  return Status::InvalidArgument(std::string(kPrefix) +
                                 "neither SLURM_ARRAY_TASK_ID (Slurm job array) nor "
                                 "JOB_COMPLETION_INDEX (Kubernetes Indexed Job) is set");
}

}  // namespace ecomgen::cli
