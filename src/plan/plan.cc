#include "plan/plan.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "core/civil_time.h"
#include "plan/calendar_demand.h"
#include "plan/daily_series.h"
#include "plan/minute_split.h"
#include "plan/profiles.h"
#include "rng/counter_rng.h"
#include "scenarios/registry.h"

namespace ecomgen {
namespace {

// Day-to-day variability (coefficient of variation) of the daily series (tickets: see
// TicketsDailyCv). Orders vary least; delays are the most volatile, which also keeps their counting
// noise small relative to the signal (see AdjustForDelayNoise).
constexpr double kOrdersDailyCv = 0.05;
constexpr double kDelaysDailyCv = 0.28;
constexpr double kCartsDailyCv = 0.12;
// Tickets are about orders: a day's tickets per order (the support propensity) varies from
// day to day by this coefficient of variation, whatever the orders do (see TicketsDailyCv).
constexpr double kTicketsPerOrderDailyCv = 0.047;
// No daily series falls below this fraction of its level, whatever the shock.
constexpr double kMinDailyFactor = 0.15;
// Counting noise left in daily delays, as a share of their binomial variance.
constexpr double kResidualDelayNoise = 0.1;
// Cap on the late probability of a promise day: some orders are always on time.
constexpr double kMaxLateProbability = 0.95;
// Share of late deliveries that turn into a delivery_delay ticket, relative to tickets.
constexpr double kDelayTicketPropensity = 0.4;

CorrelationMatrix TargetMatrix(const CorrelationConfig& c) {
  return {{{1, c.orders_tickets, c.orders_delays, c.orders_abandonment},
           {c.orders_tickets, 1, c.tickets_delays, c.tickets_abandonment},
           {c.orders_delays, c.tickets_delays, 1, c.delays_abandonment},
           {c.orders_abandonment, c.tickets_abandonment, c.delays_abandonment, 1}}};
}

// Daily delays are counted from individual late orders. Lead times and lateness follow a
// low-discrepancy sequence (order_model.cc), so the counting noise left is the part from
// cancelled orders, about a tenth of the binomial variance; it still weakens every
// correlation with delays by the factor sqrt(signal / (signal + noise)). The latent correlations
// are raised by that factor so the realized ones land on target; if that leaves the matrix
// indefinite, less is raised.
CorrelationMatrix AdjustForDelayNoise(const CorrelationMatrix& target, double mean_delays) {
  const double signal = std::pow(kDelaysDailyCv * mean_delays, 2);
  const double noise = kResidualDelayNoise * std::max(mean_delays, 1e-9);
  const double attenuation = std::sqrt(signal / (signal + noise));
  for (double shrink = 1.0; shrink >= 0; shrink -= 0.1) {
    const double factor = 1.0 / (1.0 - shrink * (1.0 - attenuation));
    CorrelationMatrix adjusted = target;
    for (size_t k = 0; k < kSeriesCount; ++k) {
      if (k == 2) continue;
      adjusted[2][k] = std::clamp(target[2][k] * factor, -0.995, 0.995);
      adjusted[k][2] = adjusted[2][k];
    }
    if (Cholesky(adjusted)) return adjusted;
  }
  return target;
}

// How much a day's tickets vary (coefficient of variation), given how much its orders vary
// (`orders_cv`) and the configured correlation of the two. Tickets per order = tickets /
// orders then varies by sqrt(t^2 + o^2 - 2 rho t o) for tickets' t and orders' o; solving for
// the propensity's kTicketsPerOrderDailyCv gives t. When the orders vary so much (a window of
// festivals) that no t reaches it, t = rho o, the steadiest propensity the correlation allows.
double TicketsDailyCv(double orders_cv, double rho) {
  const double floor = orders_cv * orders_cv * (1 - rho * rho);
  const double wanted = kTicketsPerOrderDailyCv * kTicketsPerOrderDailyCv;
  return std::max(0.01, rho * orders_cv + std::sqrt(std::max(0.0, wanted - floor)));
}

// Coefficient of variation of the anchor over the fitted days (all days if none is whole).
double AnchorCv(const std::vector<double>& anchor, const std::vector<uint8_t>& fit_day) {
  double n = 0, sum = 0, sum_squares = 0;
  const bool any_fit = std::find(fit_day.begin(), fit_day.end(), 1) != fit_day.end();
  for (size_t d = 0; d < anchor.size(); ++d) {
    if (any_fit && fit_day[d] == 0) continue;
    n += 1;
    sum += anchor[d];
    sum_squares += anchor[d] * anchor[d];
  }
  if (n < 2 || sum <= 0) return 0;
  const double mean = sum / n;
  return std::sqrt(std::max(0.0, (sum_squares - n * mean * mean) / (n - 1))) / mean;
}

}  // namespace

int64_t Plan::MinuteLengthUs(int64_t minute) const {
  return std::min(kMicrosPerMinute, end_us - MinuteStartUs(minute));
}

double Plan::AppAdoption(int64_t ts_us) const {
  if (app_launch_us < 0 || ts_us < app_launch_us) return 0;
  const double ramp = static_cast<double>(scenario.app_launch ? scenario.app_launch->ramp_us : 1);
  return std::min(1.0, static_cast<double>(ts_us - app_launch_us) / ramp);
}

Plan BuildPlan(const Config& config) {
  Plan plan;
  plan.config = config;
  plan.start_us = config.start_us;
  plan.end_us = config.end_us();
  plan.minute_count = (config.duration_us + kMicrosPerMinute - 1) / kMicrosPerMinute;
  plan.utc_offset_minutes = MarketUtcOffsetMinutes(config.business.market);
  const uint64_t seed = config.seed;
  const auto minutes = static_cast<size_t>(plan.minute_count);

  // Days touched by the window.
  for (int64_t minute = 0; minute < plan.minute_count;) {
    const int64_t day = DaysFromMicros(plan.MinuteStartUs(minute));
    PlanDay span{day, minute, minute, false};
    while (minute < plan.minute_count && DaysFromMicros(plan.MinuteStartUs(minute)) == day) {
      ++minute;
    }
    span.end_minute = minute;
    span.whole = day * kMicrosPerDay >= plan.start_us && (day + 1) * kMicrosPerDay <= plan.end_us;
    plan.days.push_back(span);
  }
  const size_t day_count = plan.days.size();

  // The orders anchor: weekly pattern times the day's own shock, shocks centred over the
  // window so the window's average day is exactly the configured volume.
  std::vector<double> shock(day_count);
  std::vector<int64_t> epoch_days(day_count);
  std::vector<uint8_t> fit_day(day_count);
  double shock_sum = 0;
  for (size_t d = 0; d < day_count; ++d) {
    epoch_days[d] = plan.days[d].epoch_day;
    fit_day[d] = plan.days[d].whole ? 1 : 0;
    RowRng rng(seed, streams::kOrdersDailyShock, static_cast<uint64_t>(epoch_days[d]));
    shock[d] = rng.Normal();
    shock_sum += shock[d];
  }
  std::vector<double> orders_factor(day_count);
  for (size_t d = 0; d < day_count; ++d) {
    const double centred = shock[d] - shock_sum / static_cast<double>(day_count);
    const int weekday = static_cast<int>(WeekdayFromDays(epoch_days[d]));
    orders_factor[d] =
        WeeklyFactor(weekday) * std::max(kMinDailyFactor, 1.0 + kOrdersDailyCv * centred);
  }

  // The market calendar (season, festivals, sale days) per minute, by the local date, divided
  // by its mean over the window so that the window's volume stays the configured one. The
  // anchor of the correlated series carries each day's calendar too, so tickets, delays and
  // carts keep their target correlations with the orders that the calendar moves.
  const std::vector<double> day_factor = orders_factor;  // before the calendar
  std::vector<double> calendar(minutes, 1.0);
  {
    std::optional<int64_t> cached_day;  // the local day `cached` is the demand of
    double cached = 0;
    double weighted = 0;
    double total = 0;
    std::vector<double> day_weight(day_count, 0), day_calendar(day_count, 0);
    for (size_t d = 0; d < day_count; ++d) {
      for (int64_t minute = plan.days[d].first_minute; minute < plan.days[d].end_minute; ++minute) {
        const int64_t local_minutes =
            plan.MinuteStartUs(minute) / kMicrosPerMinute + plan.utc_offset_minutes;
        const int64_t local_day = FloorDiv(local_minutes, 1440);
        if (cached_day != local_day) {
          cached = CalendarDemand(config.business.market, local_day);
          cached_day = local_day;
        }
        const auto m = static_cast<size_t>(minute);
        calendar[m] = cached;
        const double w = ShoppingDiurnal(FloorMod(local_minutes, 1440)) *
                         static_cast<double>(plan.MinuteLengthUs(minute)) / kMicrosPerMinute;
        day_weight[d] += w;
        day_calendar[d] += w * cached;
      }
      weighted += day_calendar[d] * orders_factor[d];
      total += day_weight[d] * orders_factor[d];
    }
    const double norm = total > 0 ? weighted / total : 1.0;
    for (double& factor : calendar) factor /= norm;
    for (size_t d = 0; d < day_count; ++d) {
      if (day_weight[d] > 0) orders_factor[d] *= day_calendar[d] / day_weight[d] / norm;
    }
  }

  const BusinessConfig& business = config.business;
  const double orders_level = business.orders_per_day * config.scale;
  const double eligible_share = (1 - business.payment_failure_rate) * (1 - business.cancel_rate);
  const double delays_level = business.late_delivery_rate * orders_level * eligible_share;
  const CorrelationMatrix target =
      AdjustForDelayNoise(TargetMatrix(config.correlations), delays_level);
  const CorrelatedSeries series =
      BuildCorrelatedSeries(orders_factor, fit_day, epoch_days, target, seed);
  const double tickets_cv =
      TicketsDailyCv(AnchorCv(orders_factor, fit_day), config.correlations.orders_tickets);
  auto daily = [&](size_t k, size_t d, double cv) {
    return std::max(kMinDailyFactor, 1.0 + cv * series.values[k][d]);
  };

  // Baseline expected rates per minute, then the scenario's multipliers on top.
  std::vector<double> base_orders(minutes), base_tickets(minutes), base_carts(minutes);
  std::vector<double> delays_target(day_count);
  for (size_t d = 0; d < day_count; ++d) {
    const PlanDay& day = plan.days[d];
    const double tickets_day = business.tickets_per_order * orders_level * daily(1, d, tickets_cv);
    const double carts_day =
        business.abandoned_carts_per_order * orders_level * daily(3, d, kCartsDailyCv);
    delays_target[d] = delays_level * daily(2, d, kDelaysDailyCv);
    for (int64_t minute = day.first_minute; minute < day.end_minute; ++minute) {
      const int64_t local =
          FloorMod((plan.MinuteStartUs(minute) / kMicrosPerMinute) + plan.utc_offset_minutes, 1440);
      const double part = static_cast<double>(plan.MinuteLengthUs(minute)) / kMicrosPerMinute;
      const auto m = static_cast<size_t>(minute);
      base_orders[m] =
          orders_level / 1440.0 * ShoppingDiurnal(local) * day_factor[d] * calendar[m] * part;
      base_tickets[m] = tickets_day / 1440.0 * SupportDiurnal(local) * part;
      base_carts[m] = carts_day / 1440.0 * ShoppingDiurnal(local) * part;
    }
  }
  const ScenarioCurves curves = BuildScenarioCurves(CurveInputs{plan, base_orders, base_tickets});

  // Exact totals per day, spread over the day's minutes.
  plan.orders.assign(minutes, 0);
  plan.carts.assign(minutes, 0);
  plan.tickets.assign(minutes, 0);
  std::vector<double> weights;
  auto fill = [&](const std::vector<double>& base, const std::vector<double>& multiplier,
                  const SplitStreams& streams, std::vector<int32_t>& out) {
    for (const PlanDay& day : plan.days) {
      const auto first = static_cast<size_t>(day.first_minute);
      const auto count = static_cast<size_t>(day.end_minute - day.first_minute);
      weights.assign(count, 0);
      double expected = 0;
      for (size_t i = 0; i < count; ++i) {
        weights[i] = base[first + i] * multiplier[first + i];
        expected += weights[i];
      }
      SplitAcrossMinutes(std::llround(expected), weights, seed, streams,
                         static_cast<uint64_t>(day.epoch_day),
                         std::span<int32_t>(out).subspan(first, count));
    }
  };
  fill(base_orders, curves.orders, {streams::kOrdersMinuteSplit, streams::kOrdersSplitFixup},
       plan.orders);
  fill(base_carts, curves.carts, {streams::kCartsMinuteSplit, streams::kCartsSplitFixup},
       plan.carts);
  fill(base_tickets, curves.tickets, {streams::kTicketsMinuteSplit, streams::kTicketsSplitFixup},
       plan.tickets);

  // The scenario's orders of each day over the baseline's (1 where it changes no volume).
  std::vector<double> volume(day_count, 1.0);
  for (size_t d = 0; d < day_count; ++d) {
    double base = 0, scenario = 0;
    for (int64_t minute = plan.days[d].first_minute; minute < plan.days[d].end_minute; ++minute) {
      const auto m = static_cast<size_t>(minute);
      base += base_orders[m];
      scenario += base_orders[m] * curves.orders[m];
    }
    if (base > 0) volume[d] = scenario / base;
  }

  // Failed payments. Ordinary declines are each order's own chance, so a day's count varies
  // like a binomial count around the rate (contract 7.2: daily rates vary like counts). The
  // day's draw is over its whole expected day of orders at the scenario's volume, whatever
  // part of the day the window holds (a 4-hour window is no noisier than its day, and a
  // scenario and its baseline over the same hours draw from the same shock); it scales each
  // minute's ordinary declines. What a scenario adds on top (load, an outage) is its cause
  // acting on every order, exact. The minutes' expectations are then diffused so counts stay
  // within one of them.
  {
    const double base_rate = business.payment_failure_rate;
    std::vector<double> expected(minutes);
    for (size_t d = 0; d < day_count; ++d) {
      const PlanDay& day = plan.days[d];
      const auto whole_day = std::llround(orders_level * orders_factor[d] * volume[d]);
      RowRng rng(seed, streams::kFailureDailyCount, static_cast<uint64_t>(day.epoch_day));
      const double mean = static_cast<double>(whole_day) * base_rate;
      const double noise =
          mean > 0 ? static_cast<double>(rng.Binomial(whole_day, base_rate)) / mean : 1.0;
      for (int64_t minute = day.first_minute; minute < day.end_minute; ++minute) {
        const auto m = static_cast<size_t>(minute);
        const double rate = curves.failure_rate[m];
        expected[m] =
            (std::min(rate, base_rate) * noise + std::max(0.0, rate - base_rate)) * plan.orders[m];
      }
    }
    plan.failures.assign(minutes, 0);
    RowRng rng(seed, streams::kFailureOffset, 0);
    DiffuseAcrossMinutes(expected, rng.Uniform(), plan.failures);
    for (size_t m = 0; m < minutes; ++m)
      plan.failures[m] = std::min(plan.failures[m], plan.orders[m]);
  }

  // The scenario effects' facts and markers (viral units, outage window, app launch...).
  plan.viral_units.assign(minutes, 0);
  plan.scenario_ticket_share.assign(minutes, 0);
  AddScenarioPlanFacts(curves, plan);

  // Late-delivery probability per promise day: the day's delay target over the eligible
  // orders expected to be promised that day (fewer in the first days, whose feeders
  // before the window do not exist).
  {
    const size_t promise_days = day_count + kMaxLeadDays + 1;
    std::vector<double> eligible_by_day(day_count, 0);
    for (size_t d = 0; d < day_count; ++d) {
      for (int64_t minute = plan.days[d].first_minute; minute < plan.days[d].end_minute; ++minute) {
        const auto m = static_cast<size_t>(minute);
        eligible_by_day[d] += static_cast<double>(plan.orders[m] - plan.failures[m]);
      }
      eligible_by_day[d] *= 1 - business.cancel_rate;
    }
    plan.late_probability.assign(promise_days, business.late_delivery_rate);
    for (size_t d = 0; d < day_count; ++d) {
      double promised = 0;
      for (size_t lead = 0; lead <= kMaxLeadDays && lead <= d; ++lead) {
        promised += eligible_by_day[d - lead] * kLeadDayProbability[lead];
      }
      // Scenario volume changes move delays with them.
      const double coverage =
          static_cast<double>(plan.days[d].end_minute - plan.days[d].first_minute) / 1440.0;
      const double wanted = delays_target[d] * volume[d] * std::min(1.0, coverage);
      if (promised > 0) {
        plan.late_probability[d] = std::min(kMaxLateProbability, wanted / promised);
      }
    }
  }

  // Load, and the share of tickets that are about late deliveries or about the scenario.
  plan.load.assign(minutes, 0);
  plan.delay_ticket_share.assign(minutes, 0);
  for (size_t d = 0; d < day_count; ++d) {
    double day_tickets = 0;
    for (int64_t minute = plan.days[d].first_minute; minute < plan.days[d].end_minute; ++minute) {
      day_tickets += base_tickets[static_cast<size_t>(minute)];
    }
    const double coverage =
        static_cast<double>(plan.days[d].end_minute - plan.days[d].first_minute) / 1440.0;
    const double share =
        day_tickets > 0 ? kDelayTicketPropensity * delays_target[d] * coverage / day_tickets : 0.0;
    for (int64_t minute = plan.days[d].first_minute; minute < plan.days[d].end_minute; ++minute) {
      const auto m = static_cast<size_t>(minute);
      plan.delay_ticket_share[m] = static_cast<float>(std::clamp(share, 0.05, 0.7));
      const double part = static_cast<double>(plan.MinuteLengthUs(minute)) / kMicrosPerMinute;
      plan.load[m] =
          static_cast<float>(base_orders[m] * curves.orders[m] / (orders_level / 1440.0 * part));
    }
  }

  auto prefix = [](const std::vector<int32_t>& counts) {
    std::vector<int64_t> sums(counts.size() + 1, 0);
    for (size_t m = 0; m < counts.size(); ++m) sums[m + 1] = sums[m] + counts[m];
    return sums;
  };
  plan.order_prefix = prefix(plan.orders);
  plan.cart_prefix = prefix(plan.carts);
  plan.ticket_prefix = prefix(plan.tickets);

  plan.customers = CustomerBase(config, seed);
  return plan;
}

}  // namespace ecomgen
