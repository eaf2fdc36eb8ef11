#include "cli/scheduler_shard.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ecomgen::cli {
namespace {

// What sbatch sets for --array=MIN-MAX[:STEP] in the task with `id`.
SchedulerEnvironment Slurm(const std::string& id, const std::string& min, const std::string& max,
                           const std::string& step, const std::string& count) {
  SchedulerEnvironment env;
  env.slurm_task_id = id;
  env.slurm_task_min = min;
  env.slurm_task_max = max;
  env.slurm_task_step = step;
  env.slurm_task_count = count;
  return env;
}

void ExpectShard(const Result<ShardPosition>& position, int index, int count) {
  ASSERT_TRUE(position) << position.error().message();
  EXPECT_EQ(position->index, index);
  EXPECT_EQ(position->count, count);
}

// The error names `variable` and says where it came from.
void ExpectError(const Result<ShardPosition>& position, const std::string& variable) {
  ASSERT_FALSE(position) << variable;
  EXPECT_EQ(position.error().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(position.error().message().rfind("--shard auto: ", 0), 0u)
      << position.error().message();
  EXPECT_NE(position.error().message().find(variable), std::string::npos)
      << variable << ": " << position.error().message();
  EXPECT_EQ(position.error().message().find('\n'), std::string::npos);
}

TEST(SchedulerShardTest, SlurmArrayTaskIsItsPlaceInTheRange) {
  ExpectShard(ShardFromScheduler(Slurm("1", "1", "4", "1", "4"), std::nullopt), 1, 4);
  ExpectShard(ShardFromScheduler(Slurm("4", "1", "4", "1", "4"), std::nullopt), 4, 4);
  // --array=0-7: Slurm's ids may start at 0; shards are 1-based.
  ExpectShard(ShardFromScheduler(Slurm("0", "0", "7", "1", "8"), std::nullopt), 1, 8);
  ExpectShard(ShardFromScheduler(Slurm("12", "10", "13", "1", "4"), std::nullopt), 3, 4);
  // --shards may repeat the count.
  ExpectShard(ShardFromScheduler(Slurm("2", "1", "2", "1", "2"), 2), 2, 2);
}

TEST(SchedulerShardTest, SlurmCountStandsInForMaxAndStepDefaultsToOne) {
  SchedulerEnvironment env = Slurm("3", "1", "", "", "5");
  env.slurm_task_max.reset();
  env.slurm_task_step.reset();
  ExpectShard(ShardFromScheduler(env, std::nullopt), 3, 5);
  env = Slurm("3", "1", "5", "", "");
  env.slurm_task_step.reset();
  env.slurm_task_count.reset();
  ExpectShard(ShardFromScheduler(env, std::nullopt), 3, 5);
}

// --array=1-7:2 runs tasks 1, 3, 5, 7: four shards.
TEST(SchedulerShardTest, SlurmStepArraysCountTheirTasks) {
  ExpectShard(ShardFromScheduler(Slurm("1", "1", "7", "2", "4"), std::nullopt), 1, 4);
  ExpectShard(ShardFromScheduler(Slurm("5", "1", "7", "2", "4"), std::nullopt), 3, 4);
  ExpectShard(ShardFromScheduler(Slurm("7", "1", "7", "2", "4"), std::nullopt), 4, 4);
  ExpectError(ShardFromScheduler(Slurm("4", "1", "7", "2", "4"), std::nullopt),
              "SLURM_ARRAY_TASK_ID");
}

TEST(SchedulerShardTest, KubernetesIndexIsZeroBasedOfTheGivenCount) {
  SchedulerEnvironment env;
  env.completion_index = "0";
  ExpectShard(ShardFromScheduler(env, 8), 1, 8);
  env.completion_index = "7";
  ExpectShard(ShardFromScheduler(env, 8), 8, 8);
  ExpectError(ShardFromScheduler(env, 7), "JOB_COMPLETION_INDEX");
  ExpectError(ShardFromScheduler(env, std::nullopt), "--shards");
}

TEST(SchedulerShardTest, NoSchedulerIsAnErrorNamingBothVariables) {
  const Result<ShardPosition> none = ShardFromScheduler(SchedulerEnvironment{}, std::nullopt);
  ExpectError(none, "SLURM_ARRAY_TASK_ID");
  ExpectError(none, "JOB_COMPLETION_INDEX");
  SchedulerEnvironment both = Slurm("1", "1", "2", "1", "2");
  both.completion_index = "0";
  ExpectError(ShardFromScheduler(both, 2), "JOB_COMPLETION_INDEX");
}

TEST(SchedulerShardTest, MalformedSlurmValuesNameTheirVariable) {
  for (const char* bad : {"", "x", "1x", " 1", "+1", "-1", "1.0", "99999999999"}) {
    ExpectError(ShardFromScheduler(Slurm(bad, "1", "4", "1", "4"), std::nullopt),
                "SLURM_ARRAY_TASK_ID");
    ExpectError(ShardFromScheduler(Slurm("1", bad, "4", "1", "4"), std::nullopt),
                "SLURM_ARRAY_TASK_MIN");
    ExpectError(ShardFromScheduler(Slurm("1", "1", bad, "1", "4"), std::nullopt),
                "SLURM_ARRAY_TASK_MAX");
    ExpectError(ShardFromScheduler(Slurm("1", "1", "4", bad, "4"), std::nullopt),
                "SLURM_ARRAY_TASK_STEP");
    ExpectError(ShardFromScheduler(Slurm("1", "1", "4", "1", bad), std::nullopt),
                "SLURM_ARRAY_TASK_COUNT");
    SchedulerEnvironment k8s;
    k8s.completion_index = bad;
    ExpectError(ShardFromScheduler(k8s, 4), "JOB_COMPLETION_INDEX");
  }
  ExpectError(ShardFromScheduler(Slurm("1", "1", "4", "0", "4"), std::nullopt),
              "SLURM_ARRAY_TASK_STEP");
}

TEST(SchedulerShardTest, SlurmValuesOutsideTheArrayAreRefused) {
  ExpectError(ShardFromScheduler(Slurm("0", "1", "4", "1", "4"), std::nullopt),
              "SLURM_ARRAY_TASK_MIN");
  ExpectError(ShardFromScheduler(Slurm("5", "1", "4", "1", "4"), std::nullopt),
              "SLURM_ARRAY_TASK_MAX");
  SchedulerEnvironment count_only = Slurm("5", "1", "", "1", "4");
  count_only.slurm_task_max.reset();
  ExpectError(ShardFromScheduler(count_only, std::nullopt), "SLURM_ARRAY_TASK_COUNT");
  // --array=1,2,7: MIN 1, MAX 7, COUNT 3; shards 1..7 of 7 would leave holes.
  ExpectError(ShardFromScheduler(Slurm("7", "1", "7", "1", "3"), std::nullopt),
              "SLURM_ARRAY_TASK_COUNT");
  ExpectError(ShardFromScheduler(Slurm("1", "1", "4", "1", "4"), 3), "--shards");
}

TEST(SchedulerShardTest, SlurmNeedsMinAndMaxOrCount) {
  SchedulerEnvironment env = Slurm("1", "1", "4", "1", "4");
  env.slurm_task_min.reset();
  ExpectError(ShardFromScheduler(env, std::nullopt), "SLURM_ARRAY_TASK_MIN");
  env = Slurm("1", "1", "4", "1", "4");
  env.slurm_task_max.reset();
  env.slurm_task_count.reset();
  ExpectError(ShardFromScheduler(env, std::nullopt), "SLURM_ARRAY_TASK_MAX");
}

}  // namespace
}  // namespace ecomgen::cli
