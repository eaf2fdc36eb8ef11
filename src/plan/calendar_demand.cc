#include "plan/calendar_demand.h"

#include <array>

#include "core/civil_time.h"
#include "core/market_calendar.h"

namespace ecomgen {
namespace {

// Relative volume by month, anchored mid-month and interpolated linearly between months.
// India: the festive season (October-November) is the year's peak, the summer the trough.
constexpr std::array<double, 12> kIndiaSeason = {0.97, 0.93, 0.95, 0.92, 0.92, 0.92,
                                                 0.95, 0.98, 1.00, 1.15, 1.12, 1.03};
// US: the fourth quarter above the rest, February the quietest (Census quarterly e-commerce,
// not seasonally adjusted).
constexpr std::array<double, 12> kUsSeason = {0.90, 0.87, 0.93, 0.93, 0.95, 0.95,
                                              0.98, 0.98, 0.95, 1.00, 1.15, 1.25};

double Season(const std::array<double, 12>& by_month, int64_t day) {
  const CivilDate date = CivilFromDays(day);
  const double days = DaysInMonth(date.year, date.month);
  // Position in months from the middle of the current month, in [-0.5, 0.5).
  const double offset = (date.day - 0.5) / days - 0.5;
  const int here = date.month - 1;
  const int there = (here + (offset < 0 ? 11 : 1)) % 12;
  const double w = offset < 0 ? -offset : offset;
  return by_month[static_cast<size_t>(here)] * (1 - w) + by_month[static_cast<size_t>(there)] * w;
}

// Factor of `day` relative to a festival or sale day `event`: `factors[i]` applies on
// event + first + i.
template <size_t N>
double Around(int64_t day, int64_t event, int first, const std::array<double, N>& factors) {
  const int64_t i = day - event - first;
  return i >= 0 && i < static_cast<int64_t>(N) ? factors[static_cast<size_t>(i)] : 1.0;
}

double IndiaEvents(int64_t day, int64_t year) {
  const IndiaDates d = IndiaDatesOf(year);
  double f = 1;
  // The marketplaces' festive sale: nine days ending about four weeks before Diwali, the
  // opening days the busiest.
  f *= Around(day, d.diwali, -34, std::array{2.2, 2.0, 1.8, 1.7, 1.6, 1.6, 1.5, 1.5, 1.6});
  // Dhanteras (two days before Diwali) is the traditional day to buy; the days before Diwali
  // stay high, the day after is quiet.
  f *= Around(day, d.diwali, -4, std::array{1.5, 1.6, 1.8, 1.7, 1.6, 0.8});
  f *= Around(day, d.dussehra, -2, std::array{1.2, 1.25, 1.1});
  // Holi: shopping for colours and sweets before, a holiday on the day.
  f *= Around(day, d.holi, -3, std::array{1.15, 1.2, 1.15, 0.75});
  // Republic Day and Independence Day sales in the days before; the holiday itself is quiet.
  f *= Around(day, d.republic_day, -5, std::array{1.1, 1.15, 1.15, 1.1, 1.1, 0.9});
  f *= Around(day, d.independence_day, -6, std::array{1.1, 1.15, 1.15, 1.1, 1.1, 1.05, 0.9});
  return f;
}

double UsEvents(int64_t day, int64_t year) {
  const UsDates d = UsDatesOf(year);
  double f = 1;
  f *= Around(day, d.new_year, 0, std::array{0.75});
  f *= Around(day, d.memorial_day, -2, std::array{1.1, 1.15, 1.15});
  f *= Around(day, d.independence_day, 0, std::array{0.85});
  f *= Around(day, d.july_sale, 0, std::array{1.6, 1.5});
  f *= Around(day, d.labor_day, -2, std::array{1.1, 1.1, 1.15});
  // Thanksgiving, Black Friday, the weekend, Cyber Monday.
  f *= Around(day, d.thanksgiving, 0, std::array{1.4, 2.3, 1.6, 1.5, 2.5});
  // The Christmas run-up until the last shipping days, then the holiday lull.
  if (day > d.cyber_monday && day < d.christmas - 6) f *= 1.15;
  f *= Around(day, d.christmas, -1, std::array{0.8, 0.6});
  return f;
}

}  // namespace

double CalendarDemand(std::string_view market, int64_t local_epoch_day) {
  const int64_t year = CivilFromDays(local_epoch_day).year;
  if (market == "us") return Season(kUsSeason, local_epoch_day) * UsEvents(local_epoch_day, year);
  return Season(kIndiaSeason, local_epoch_day) * IndiaEvents(local_epoch_day, year);
}

}  // namespace ecomgen
