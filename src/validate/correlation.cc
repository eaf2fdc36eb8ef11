#include "validate/correlation.h"

#include <fmt/format.h>

#include <cmath>
#include <string>

namespace ecomgen::validate {

DailySeries BuildDailySeries(const RunFacts& facts) {
  DailySeries daily;
  daily.first_day = facts.first_whole_day;
  const size_t days = facts.delays_per_whole_day.size();
  for (auto& series : daily.series) series.resize(days);
  for (size_t day = 0; day < days; ++day) {
    const int64_t from = (daily.first_day + static_cast<int64_t>(day)) * kMicrosPerDay;
    const int64_t to = from + kMicrosPerDay;
    daily.series[0][day] = static_cast<double>(facts.SumMinutes(facts.orders_per_minute, from, to));
    daily.series[1][day] =
        static_cast<double>(facts.SumMinutes(facts.tickets_per_minute, from, to));
    daily.series[2][day] = static_cast<double>(facts.delays_per_whole_day[day]);
    daily.series[3][day] = static_cast<double>(facts.SumMinutes(facts.carts_per_minute, from, to));
  }
  return daily;
}

double Pearson(std::span<const double> x, std::span<const double> y) {
  if (x.size() != y.size() || x.size() < 2) return std::nan("");
  const auto count = static_cast<double>(x.size());
  double mean_x = 0;
  double mean_y = 0;
  for (size_t idx = 0; idx < x.size(); ++idx) {
    mean_x += x[idx];
    mean_y += y[idx];
  }
  mean_x /= count;
  mean_y /= count;
  // Two passes (centre first) so large counts do not cancel catastrophically.
  double sxy = 0;
  double sxx = 0;
  double syy = 0;
  for (size_t idx = 0; idx < x.size(); ++idx) {
    const double dx = x[idx] - mean_x;
    const double dy = y[idx] - mean_y;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx == 0 || syy == 0) return std::nan("");
  return sxy / std::sqrt(sxx * syy);
}

CorrelationMatrix Correlate(const DailySeries& daily) {
  CorrelationMatrix matrix;
  matrix.days = daily.days();
  for (size_t a = 0; a < kSeriesCount; ++a) {
    for (size_t b = 0; b < kSeriesCount; ++b) {
      matrix.r[a][b] = Pearson(daily.series[a], daily.series[b]);
    }
  }
  return matrix;
}

std::array<CorrelationPair, 6> CorrelationPairs(const CorrelationConfig& targets) {
  return {{{0, 1, targets.orders_tickets},
           {1, 2, targets.tickets_delays},
           {0, 2, targets.orders_delays},
           {0, 3, targets.orders_abandonment},
           {1, 3, targets.tickets_abandonment},
           {2, 3, targets.delays_abandonment}}};
}

CorrelationMatrix CheckCorrelations(const Config& config, const RunFacts& facts,
                                    std::string_view skip_reason, CheckList& checks) {
  if (facts.window_end_us - facts.window_start_us < kMinCorrelationDuration) return {};
  const CorrelationMatrix matrix = Correlate(BuildDailySeries(facts));
  if (config.name != "baseline") return matrix;
  const double tolerance = static_cast<int64_t>(matrix.days) >= kLongRunDays
                               ? kLongRunCorrelationTolerance
                               : kCorrelationTolerance;
  for (const CorrelationPair& pair : CorrelationPairs(config.correlations)) {
    const std::string check = std::string(kSeriesNames[static_cast<size_t>(pair.a)]) + "~" +
                              std::string(kSeriesNames[static_cast<size_t>(pair.b)]);
    const double r = matrix.r[static_cast<size_t>(pair.a)][static_cast<size_t>(pair.b)];
    std::string expected = fmt::format("{:.2f} +-{:.2f}", pair.target, tolerance);
    if (!skip_reason.empty()) {
      checks.Skip(kCorrelationGroup, check, std::move(expected), std::string(skip_reason));
      continue;
    }
    checks.Add(kCorrelationGroup, check, std::move(expected),
               std::isfinite(r) ? fmt::format("{:.3f} ({} days)", r, matrix.days) : "n/a",
               std::isfinite(r) && std::fabs(r - pair.target) <= tolerance + 1e-12);
  }
  return matrix;
}

}  // namespace ecomgen::validate
