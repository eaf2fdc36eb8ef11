#include <algorithm>
#include <array>
#include <cmath>

#include "core/rounding.h"
#include "tables/minute_table_generator.h"
#include "tables/row_writer.h"

namespace ecomgen {
namespace {

constexpr std::array<TableId, 1> kOutputs = {TableId::kSystemMetrics};
// Capacity: the platform runs comfortably at three times the baseline's average load.
constexpr double kCapacityLoad = 3.0;
// Sessions per order: most visitors browse without buying.
constexpr double kSessionsPerOrder = 40;
constexpr double kRequestsPerSession = 0.8;
constexpr double kBaseP50Ms = 45;
constexpr double kMaxEffectiveUtilization = 1.6;
// A row per minute makes a small table (43,200 rows for 30 days): small chunks keep every
// worker busy on it, and its buffers small.
constexpr int64_t kMetricRowsPerChunk = 4096;

}  // namespace

SystemMetricsGenerator::SystemMetricsGenerator(const World& world)
    : world_(world), bounds_(ChunkRows(world.plan.minute_count, kMetricRowsPerChunk)) {}

std::span<const TableId> SystemMetricsGenerator::outputs() const { return kOutputs; }

void SystemMetricsGenerator::FillChunk(int64_t chunk, std::span<Batch* const> out) const {
  const Plan& plan = world_.plan;
  const Config& config = plan.config;
  const double orders_per_minute = config.business.orders_per_day * config.scale / 1440.0;
  RowWriter row(*out[0]);
  const auto c = static_cast<size_t>(chunk);
  const StreamKey metric_key(config.seed, streams::kSystemMetric);
  for (int64_t minute = bounds_[c]; minute < bounds_[c + 1]; ++minute) {
    const auto m = static_cast<size_t>(minute);
    RowRng rng(metric_key, static_cast<uint64_t>(minute));
    const int64_t ts = plan.MinuteStartUs(minute);
    const double load = plan.load[m];
    // Beyond ~1.6x capacity the autoscaler and the load shedder hold latency roughly flat;
    // errors keep rising instead.
    const double utilization = std::min(load / kCapacityLoad, kMaxEffectiveUtilization);
    const bool outage = plan.InOutage(ts);
    const int32_t orders = plan.orders[m];
    const int32_t failures = plan.failures[m];

    const double sessions_expected = std::max(1.0, orders_per_minute * load * kSessionsPerOrder);
    const int64_t sessions = std::max<int64_t>(
        orders + plan.carts[m], RoundToInt64(sessions_expected * (1 + 0.05 * rng.Normal())));
    const double rps =
        static_cast<double>(sessions) * kRequestsPerSession * (1 + 0.05 * rng.Normal());
    // Latency grows with the square of utilization (queueing), and a failing gateway makes
    // checkout calls time out.
    const double p50 =
        kBaseP50Ms * (1 + 0.6 * utilization * utilization) * (1 + 0.08 * rng.Normal());
    double p95 = p50 * (2.4 + 0.8 * utilization) * (1 + 0.05 * rng.Normal());
    if (outage) p95 *= 4.0;
    const double p99 = p95 * (1.6 + 0.1 * rng.Uniform());
    double error_rate = 0.002 + 0.01 * utilization * utilization + 0.001 * rng.Uniform();
    if (outage) error_rate += 0.25;
    const double cpu = std::min(99.0, 15 + 60 * utilization + 3 * rng.Normal());
    row.Int(ts)
        .Int(sessions)
        .Real(std::max(0.0, rps))
        .Int(orders)
        .Int(orders)
        .RealOrNull(orders > 0, orders > 0 ? static_cast<double>(orders - failures) / orders : 0.0)
        .Int(plan.carts[m])
        .Real(std::min(1.0, error_rate))
        .Real(std::max(1.0, p50))
        .Real(std::max(1.0, p95))
        .Real(std::max(1.0, p99))
        .Real(std::max(1.0, cpu));
    row.End();
  }
}

}  // namespace ecomgen
