#include "core/market_calendar.h"

#include <cmath>
#include <numbers>

#include "core/civil_time.h"

namespace ecomgen {
namespace {

constexpr double kSynodicMonth = 29.530588861;
// The mean new moon of lunation 0 (2000-01-06), Julian ephemeris day, as days since 1970.
constexpr double kLunationZero = 2451550.09766 - 2440587.5;
constexpr double kIstOffsetDays = 5.5 / 24;

double Sin(double degrees) { return std::sin(degrees * std::numbers::pi / 180.0); }

// The instant of lunation `k` (whole: new moon; k + 0.5: full moon), days since 1970.
double MoonPhase(double k, bool full) {
  const double m = 2.5534 + 29.10535670 * k;      // the Sun's mean anomaly
  const double mp = 201.5643 + 385.81693528 * k;  // the Moon's mean anomaly
  const double f = 160.7108 + 390.67050284 * k;   // the Moon's argument of latitude
  const double correction =
      full ? -0.40614 * Sin(mp) + 0.17302 * Sin(m) + 0.01614 * Sin(2 * mp) + 0.01043 * Sin(2 * f) +
                 0.00734 * Sin(mp - m) - 0.00515 * Sin(mp + m)
           : -0.40720 * Sin(mp) + 0.17241 * Sin(m) + 0.01608 * Sin(2 * mp) + 0.01039 * Sin(2 * f) +
                 0.00739 * Sin(mp - m) - 0.00514 * Sin(mp + m);
  return kLunationZero + kSynodicMonth * k + correction;
}

double PhaseNear(double epoch_day, bool full) {
  const double offset = full ? 0.5 : 0.0;
  const double k = std::round((epoch_day - kLunationZero) / kSynodicMonth - offset) + offset;
  return MoonPhase(k, full);
}

int64_t Day(int64_t year, int month, int day) { return DaysFromCivil({year, month, day}); }

// The local date (days since 1970) of an instant given in fractional UTC days.
int64_t LocalDate(double utc_days, double offset_days) {
  return static_cast<int64_t>(std::floor(utc_days + offset_days));
}

// The `nth` (1-based) `weekday` of a month; nth = -1 for the last.
int64_t NthWeekday(int64_t year, int month, Weekday weekday, int nth) {
  if (nth < 0) {
    const int64_t last = Day(year, month, DaysInMonth(year, month));
    const int back = (static_cast<int>(WeekdayFromDays(last)) - static_cast<int>(weekday) + 7) % 7;
    return last - back;
  }
  const int64_t first = Day(year, month, 1);
  const int ahead = (static_cast<int>(weekday) - static_cast<int>(WeekdayFromDays(first)) + 7) % 7;
  return first + ahead + 7 * (nth - 1);
}

}  // namespace

double NewMoonNear(double epoch_day) { return PhaseNear(epoch_day, false); }
double FullMoonNear(double epoch_day) { return PhaseNear(epoch_day, true); }

IndiaDates IndiaDatesOf(int64_t year) {
  IndiaDates dates{};
  dates.republic_day = Day(year, 1, 26);
  dates.independence_day = Day(year, 8, 15);
  // Kartika's new moon is the one nearest 1 November (between mid-October and mid-November);
  // Lakshmi Puja is held on the evening that amavasya covers, the last one before the moon.
  const double new_moon = NewMoonNear(static_cast<double>(Day(year, 11, 1)));
  dates.diwali = LocalDate(new_moon - 19.0 / 24, kIstOffsetDays);
  dates.dussehra = dates.diwali - 19;
  const int64_t earliest = Day(year, 2, 28);
  double full_moon = FullMoonNear(static_cast<double>(earliest) + kSynodicMonth / 2);
  if (LocalDate(full_moon, kIstOffsetDays) < earliest) full_moon += kSynodicMonth;
  full_moon = FullMoonNear(full_moon);
  dates.holi = LocalDate(full_moon + 10.0 / 24, kIstOffsetDays);
  return dates;
}

UsDates UsDatesOf(int64_t year) {
  UsDates dates{};
  dates.new_year = Day(year, 1, 1);
  dates.memorial_day = NthWeekday(year, 5, Weekday::kMonday, -1);
  dates.independence_day = Day(year, 7, 4);
  dates.july_sale = NthWeekday(year, 7, Weekday::kTuesday, 2);
  dates.labor_day = NthWeekday(year, 9, Weekday::kMonday, 1);
  dates.thanksgiving = NthWeekday(year, 11, Weekday::kThursday, 4);
  dates.black_friday = dates.thanksgiving + 1;
  dates.cyber_monday = dates.thanksgiving + 4;
  dates.christmas = Day(year, 12, 25);
  return dates;
}

int MainFestivalDays(std::string_view market, int64_t year, int64_t out[2]) {
  if (market == "us") {
    const UsDates dates = UsDatesOf(year);
    out[0] = dates.black_friday;
    out[1] = dates.cyber_monday;
    return 2;
  }
  out[0] = IndiaDatesOf(year).diwali;
  return 1;
}

}  // namespace ecomgen
