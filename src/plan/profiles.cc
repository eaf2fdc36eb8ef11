#include "plan/profiles.h"

namespace ecomgen {
namespace {

// Relative orders per local hour, from the usual e-commerce day: quiet nights, a lunch bump,
// the evening peak. Normalized to mean 1 by the functions below.
constexpr std::array<double, 24> kShoppingByHour = {0.40, 0.28, 0.20, 0.16, 0.15, 0.20, 0.35, 0.60,
                                                    0.85, 1.00, 1.10, 1.15, 1.25, 1.20, 1.10, 1.10,
                                                    1.15, 1.25, 1.40, 1.60, 1.75, 1.70, 1.30, 0.80};

// Support contacts concentrate in the working day and early evening.
constexpr std::array<double, 24> kSupportByHour = {0.25, 0.15, 0.10, 0.08, 0.08, 0.12, 0.30, 0.70,
                                                   1.20, 1.50, 1.60, 1.60, 1.50, 1.50, 1.55, 1.55,
                                                   1.50, 1.40, 1.30, 1.20, 1.10, 0.90, 0.60, 0.40};

// Monday..Sunday.
constexpr std::array<double, 7> kWeekly = {0.97, 0.955, 0.965, 0.99, 1.02, 1.06, 1.04};

template <size_t N>
constexpr double Mean(const std::array<double, N>& values) {
  double sum = 0;
  for (double v : values) sum += v;
  return sum / static_cast<double>(N);
}

// Linear interpolation between hour midpoints, wrapping around midnight. The mean of the
// interpolated curve over a day equals the mean of the hourly table.
double Interpolate(const std::array<double, 24>& by_hour, int64_t minute_of_day) {
  const double hour = (static_cast<double>(minute_of_day) + 0.5) / 60.0 - 0.5;
  const double floor_hour = hour < 0 ? -1.0 : static_cast<double>(static_cast<int64_t>(hour));
  const double frac = hour - floor_hour;
  const auto lo = static_cast<size_t>((static_cast<int64_t>(floor_hour) + 24) % 24);
  const size_t hi = (lo + 1) % 24;
  return by_hour[lo] * (1 - frac) + by_hour[hi] * frac;
}

}  // namespace

int64_t MarketUtcOffsetMinutes(std::string_view market) {
  return market == "us" ? -5 * 60 : 5 * 60 + 30;
}

double ShoppingDiurnal(int64_t local_minute_of_day) {
  static constexpr double kMean = Mean(kShoppingByHour);
  return Interpolate(kShoppingByHour, local_minute_of_day) / kMean;
}

double SupportDiurnal(int64_t local_minute_of_day) {
  static constexpr double kMean = Mean(kSupportByHour);
  return Interpolate(kSupportByHour, local_minute_of_day) / kMean;
}

double WeeklyFactor(int weekday) {
  static constexpr double kMean = Mean(kWeekly);
  return kWeekly[static_cast<size_t>(weekday)] / kMean;
}

}  // namespace ecomgen
