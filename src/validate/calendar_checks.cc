#include "validate/calendar_checks.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <vector>

#include "core/civil_time.h"
#include "core/market_calendar.h"
#include "ecomgen/config.h"
#include "validate/value_parse.h"

namespace ecomgen::validate {
namespace {

constexpr std::string_view kGroup = "behaviour";
constexpr int64_t kMinWholeDays = 7;
constexpr double kFestivalRatio = 1.3;
constexpr double kSeasonRatio = 1.2;
constexpr double kYearDays = 365;

int64_t LocalOffsetUs(std::string_view market) {
  return (market == "us" ? -5 * 60 : 5 * 60 + 30) * kMicrosPerMinute;
}

}  // namespace

void RunCalendarChecks(const RunTables& tables, std::string_view market, int64_t window_start_us,
                       int64_t window_end_us, CheckList& checks) {
  const LoadedTable* orders = tables.get(TableId::kOrders);
  if (orders == nullptr) return;
  const LoadedColumn& order_ts = orders->col("order_ts");
  const std::string festival_target = fmt::format(">= {:g}x the median day", kFestivalRatio);
  const std::string season_target = fmt::format(">= {:g}", kSeasonRatio);
  if (!order_ts.present) {
    checks.Skip(kGroup, "calendar", "contract 7.2", "orders.order_ts is missing");
    return;
  }
  // Whole local days of the window and their orders.
  const int64_t offset = LocalOffsetUs(market);
  const int64_t first_day = FloorDiv(window_start_us + offset + kMicrosPerDay - 1, kMicrosPerDay);
  const int64_t end_day = FloorDiv(window_end_us + offset, kMicrosPerDay);
  const int64_t whole_days = std::max<int64_t>(0, end_day - first_day);
  std::vector<int64_t> per_day(static_cast<size_t>(whole_days), 0);
  for (const int64_t ts : order_ts.ints) {
    if (ts == kNullInt) continue;
    const int64_t day = FloorDiv(ts + offset, kMicrosPerDay) - first_day;
    if (day >= 0 && day < whole_days) ++per_day[static_cast<size_t>(day)];
  }

  // Festival days.
  const std::string festival_check = "orders on the main festival and sale days";
  if (whole_days < kMinWholeDays) {
    checks.Skip(kGroup, festival_check, festival_target,
                fmt::format("{} whole local days < {}", whole_days, kMinWholeDays));
  } else {
    std::vector<int64_t> sorted = per_day;
    std::nth_element(sorted.begin(), sorted.begin() + whole_days / 2, sorted.end());
    const double median = static_cast<double>(sorted[static_cast<size_t>(whole_days / 2)]);
    int found = 0;
    for (int64_t year = CivilFromDays(first_day).year; year <= CivilFromDays(end_day - 1).year;
         ++year) {
      int64_t days[2];
      const int count = MainFestivalDays(market, year, days);
      for (int i = 0; i < count; ++i) {
        const int64_t index = days[i] - first_day;
        if (index < 0 || index >= whole_days) continue;
        ++found;
        const auto orders_that_day = static_cast<double>(per_day[static_cast<size_t>(index)]);
        const double ratio = median > 0 ? orders_that_day / median : 0;
        const CivilDate date = CivilFromDays(days[i]);
        checks.Add(
            kGroup,
            fmt::format("{} {:04}-{:02}-{:02}", festival_check, date.year, date.month, date.day),
            festival_target,
            fmt::format("{:.3f} ({:g} orders, median day {:g})", ratio, orders_that_day, median),
            ratio >= kFestivalRatio);
      }
    }
    if (found == 0) {
      checks.Skip(kGroup, festival_check, festival_target, "the window holds none of them whole");
    }
  }

  // Yearly season: orders per day of each whole calendar month.
  const std::string season_check = "orders per day, busiest over quietest calendar month";
  const double window_days =
      static_cast<double>(window_end_us - window_start_us) / static_cast<double>(kMicrosPerDay);
  if (window_days < kYearDays) {
    checks.Skip(kGroup, season_check, season_target, "target set for windows of 365 days or more");
    return;
  }
  std::map<int64_t, std::pair<int64_t, int64_t>> months;  // year*12+month -> orders, days
  for (int64_t day = 0; day < whole_days; ++day) {
    const CivilDate date = CivilFromDays(first_day + day);
    auto& [count, days] = months[date.year * 12 + date.month - 1];
    count += per_day[static_cast<size_t>(day)];
    ++days;
  }
  double busiest = 0;
  double quietest = 0;
  int whole_months = 0;
  for (const auto& [key, value] : months) {
    const CivilDate first{FloorDiv(key, 12), static_cast<int>(FloorMod(key, 12)) + 1, 1};
    if (value.second < DaysInMonth(first.year, first.month)) continue;
    const double rate = static_cast<double>(value.first) / static_cast<double>(value.second);
    busiest = whole_months == 0 ? rate : std::max(busiest, rate);
    quietest = whole_months == 0 ? rate : std::min(quietest, rate);
    ++whole_months;
  }
  const double ratio = quietest > 0 ? busiest / quietest : 0;
  checks.Add(kGroup, season_check, season_target,
             fmt::format("{:.3f} ({:.1f} / {:.1f} orders a day, {} whole months)", ratio, busiest,
                         quietest, whole_months),
             ratio >= kSeasonRatio);
}

}  // namespace ecomgen::validate
