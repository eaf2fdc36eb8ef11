// The daily correlations of contract section 6.
//
// Four series over the whole UTC days inside the window, from RunFacts: orders(d),
// tickets(d), delays(d) and abandonment(d) (see run_facts.h for delays). Their Pearson
// correlations are printed for runs of 14 days or more, and judged only for the baseline
// scenario: each of the six within +-0.10 of the config's correlations.* target, +-0.05 when
// the run has 365 or more whole days.
//
// Thread safety: pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "ecomgen/config.h"
#include "validate/check_list.h"
#include "validate/run_facts.h"

namespace ecomgen::validate {

inline constexpr std::string_view kCorrelationGroup = "correlations";
inline constexpr int kSeriesCount = 4;
inline constexpr std::array<std::string_view, kSeriesCount> kSeriesNames = {
    "orders", "tickets", "delays", "abandonment"};
inline constexpr int64_t kMinCorrelationDuration = 14 * kMicrosPerDay;
inline constexpr double kCorrelationTolerance = 0.10;
inline constexpr double kLongRunCorrelationTolerance = 0.05;
inline constexpr int64_t kLongRunDays = 365;

struct DailySeries {
  int64_t first_day = 0;                                 // days since the epoch of series[*][0]
  std::array<std::vector<double>, kSeriesCount> series;  // in kSeriesNames order
  size_t days() const { return series[0].size(); }
};

struct CorrelationMatrix {
  size_t days = 0;
  // r[a][b]: Pearson correlation of series a and b (NaN when a series is constant).
  std::array<std::array<double, kSeriesCount>, kSeriesCount> r{};
};

// The four series over the whole UTC days of the facts' window.
DailySeries BuildDailySeries(const RunFacts& facts);

// Pearson's r of x and y; NaN when they differ in length, have fewer than 2 points, or one
// is constant.
double Pearson(std::span<const double> x, std::span<const double> y);

CorrelationMatrix Correlate(const DailySeries& daily);

// The contract's six pairs: series indexes and the config's target.
struct CorrelationPair {
  int a;
  int b;
  double target;
};
std::array<CorrelationPair, 6> CorrelationPairs(const CorrelationConfig& targets);

// Adds the six pass/fail rows for a baseline run (none for other scenarios) and returns the
// matrix to print; nullopt-like empty matrix (days == 0) when the run is shorter than 14 days.
// A non-empty `skip_reason` (the run is too small, or lacks a table the series need) turns the
// six rows into SKIPs that give it: the contract requires the targets only of such runs.
CorrelationMatrix CheckCorrelations(const Config& config, const RunFacts& facts,
                                    std::string_view skip_reason, CheckList& checks);

}  // namespace ecomgen::validate
