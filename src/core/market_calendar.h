// The dates of each market's festivals, public holidays and sale events, for any year.
//
// Facts only: which day a festival falls on. How much each day moves demand is the
// generator's model (plan/calendar_demand.h); the validator reads the same dates to find the
// days contract 7.2 measures.
//
// Fixed-date holidays are tables; weekday rules (Thanksgiving: fourth Thursday of November)
// are computed; the Hindu festivals follow the lunar calendar and are computed from the moon:
//   - Diwali (Lakshmi Puja) is the amavasya of Kartika: the day whose evening (19:00 IST)
//     falls in the last day before the new moon of late October or early November;
//   - Holi is the day after the full moon of Phalguna evening (Holika Dahan): the local date
//     ten hours after the first full moon on or after 28 February;
//   - Dussehra (Vijayadashami) falls 19 days before Diwali.
// New and full moons come from the mean lunation corrected by the six largest periodic terms
// of the published lunar-phase series (J. Meeus, Astronomical Algorithms, ch. 49): within about
// an hour of the true instant, so a festival date is exact except when the phase falls within
// that hour of the rule's cut-off, where it may be a day off (documented in docs/behaviour.md).
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string_view>

namespace ecomgen {

// Days since 1970-01-01 (UTC) of the moon's phases nearest `epoch_day`, as fractional days.
double NewMoonNear(double epoch_day);
double FullMoonNear(double epoch_day);

// The festival and sale days of one market in one year, as days since 1970-01-01 of the
// market's local calendar date.
struct IndiaDates {
  int64_t republic_day;      // 26 January
  int64_t holi;              // the day of colours
  int64_t independence_day;  // 15 August
  int64_t dussehra;
  int64_t diwali;
};
IndiaDates IndiaDatesOf(int64_t year);

struct UsDates {
  int64_t new_year;          // 1 January
  int64_t memorial_day;      // last Monday of May
  int64_t independence_day;  // 4 July
  int64_t july_sale;         // first day of a two-day mid-July sale: the second Tuesday of July
  int64_t labor_day;         // first Monday of September
  int64_t thanksgiving;      // fourth Thursday of November
  int64_t black_friday;      // the day after Thanksgiving
  int64_t cyber_monday;      // the Monday after Thanksgiving
  int64_t christmas;         // 25 December
};
UsDates UsDatesOf(int64_t year);

// The market's main festival and sale days (contract 7.2) in `year`: India: Diwali; US: Black
// Friday and Cyber Monday. Writes up to two days into `out`; returns how many.
int MainFestivalDays(std::string_view market, int64_t year, int64_t out[2]);

}  // namespace ecomgen
