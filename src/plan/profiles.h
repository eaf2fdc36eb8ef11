// Fixed shapes of everyday traffic: time of day, day of week, delivery lead times.
//
// These are the patterns every scenario starts from. Each shape is normalized to mean 1, so
// multiplying by it moves traffic around without changing the daily total.
//
// Thread safety: pure functions over constant tables.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace ecomgen {

// The market's local time offset from UTC in minutes (India +5:30; the US uses Eastern time
// without daylight saving, so the pattern is stable across the year).
int64_t MarketUtcOffsetMinutes(std::string_view market);

// Shopping activity at a local minute of the day (0..1439), mean 1 over the day: a night
// trough around 4am and an evening peak around 9pm, linearly interpolated between hours.
double ShoppingDiurnal(int64_t local_minute_of_day);

// Support contact activity at a local minute of the day, mean 1: office-hours shaped.
double SupportDiurnal(int64_t local_minute_of_day);

// Orders by weekday (0 = Monday), mean 1 over the week: weekends are busier.
double WeeklyFactor(int weekday);

// Promised delivery lead time in whole days after the order's UTC date, 0..6.
inline constexpr std::array<double, 7> kLeadDayProbability = {0.12, 0.20, 0.24, 0.20,
                                                              0.12, 0.08, 0.04};
inline constexpr int kMaxLeadDays = 6;

}  // namespace ecomgen
