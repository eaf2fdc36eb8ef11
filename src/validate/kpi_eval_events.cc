// KPIs of payment_outage, viral_moment, customer_segments, seasonal_planning and
// multi_channel (kpi_eval.h).
#include <algorithm>
#include <cmath>

#include "core/vocab.h"
#include "validate/kpi_builder.h"
#include "validate/value_parse.h"

namespace ecomgen::validate::detail {

namespace {

constexpr double kOutageOrdersTolerance = 0.07;
constexpr double kOutageFailureTolerance = 0.05;
constexpr double kOutageCartsTolerance = 0.7;
constexpr double kOutageTicketsTolerance = 0.6;
constexpr double kViralOrdersTolerance = 0.15;
constexpr double kViralSoldOutShare = 0.95;  // 475 of 500 units
constexpr double kViralTicketsTolerance = 0.25;
constexpr double kViralRestockShare = 0.10;
// customer_segments: gen_z grows by 15% over its 180 days; other durations scale linearly.
constexpr double kGenZGrowth = 0.15;
constexpr int64_t kSegmentsDuration = 180 * kMicrosPerDay;
constexpr double kGenZGrowthTolerance = 0.02;
constexpr double kSeasonalOrdersTolerance = 0.10;
constexpr double kRegionalShift = 0.03;
// multi_channel: web + mobile_web keep 85% of the baseline's orders (15% cannibalized); the
// app adds the rest of the intensity (1.18 - 0.85 = 0.33).
constexpr double kMultiChannelWebShare = 0.85;
constexpr double kMultiChannelTolerance = 0.05;
constexpr double kAppCustomerShare = 0.35;
constexpr int64_t kLast14Days = 14 * kMicrosPerDay;

double Tickets(const RunFacts& facts) {
  return static_cast<double>(RunFacts::Total(facts.tickets_per_minute));
}

double DiscountedItemShare(const RunFacts& facts, const std::vector<std::string>& categories) {
  int64_t discounted = 0;
  int64_t total = 0;
  for (const auto& [name, category] : facts.categories) {
    total += category.items;
    if (std::find(categories.begin(), categories.end(), name) != categories.end()) {
      discounted += category.items;
    }
  }
  return Ratio(static_cast<double>(discounted), static_cast<double>(total));
}

}  // namespace

void PaymentOutageKpis(const Config& config, const Markers& markers, KpiBuilder& kpis) {
  const PaymentOutageConfig& outage = config.payment_outage;
  if (!markers.outage_start_us || !markers.outage_end_us) {
    kpis.Skip("outage_hours", "", "summary has no outage_start/outage_end");
    return;
  }
  const int64_t from = *markers.outage_start_us;
  const int64_t to = *markers.outage_end_us;
  const double hours = static_cast<double>(to - from) / kMicrosPerHour;
  const double want_hours = static_cast<double>(outage.duration_us) / kMicrosPerHour;
  kpis.Add("outage_hours", fmt::format("{:g} h", want_hours), hours,
           fmt::format("{:g} h from {}", hours, FormatTimestampUs(from)), hours == want_hours);
  const RunFacts& run = kpis.run();
  if (kpis.Need("outage_orders_vs_baseline", "", {TableId::kOrders}, true)) {
    const auto orders = static_cast<double>(run.SumMinutes(run.orders_per_minute, from, to));
    const double base = config.intensity * static_cast<double>(kpis.baseline()->SumMinutes(
                                               kpis.baseline()->orders_per_minute, from, to));
    kpis.WithinAbs("outage_orders_vs_baseline", Ratio(orders, base), outage.order_factor,
                   kOutageOrdersTolerance, true, fmt::format("{} vs {:.1f}", orders, base));
  }
  if (kpis.Need("outage_failure_rate", "", {TableId::kOrders}, false)) {
    const auto orders = static_cast<double>(run.SumMinutes(run.orders_per_minute, from, to));
    const auto failed = static_cast<double>(run.SumMinutes(run.failed_per_minute, from, to));
    kpis.WithinAbs("outage_failure_rate", Ratio(failed, orders), outage.failure_rate,
                   kOutageFailureTolerance, true, fmt::format("{} of {}", failed, orders));
  }
  if (kpis.Need("outage_carts_vs_baseline", "", {TableId::kCartAbandonment}, true)) {
    const auto carts = static_cast<double>(run.SumMinutes(run.carts_per_minute, from, to));
    const double base = config.intensity * static_cast<double>(kpis.baseline()->SumMinutes(
                                               kpis.baseline()->carts_per_minute, from, to));
    kpis.WithinAbs("outage_carts_vs_baseline", Ratio(carts, base), outage.abandonment_factor,
                   kOutageCartsTolerance, false, fmt::format("{} vs {:.1f}", carts, base));
  }
  if (kpis.Need("tickets_vs_baseline", "", {TableId::kSupportTickets}, true)) {
    kpis.WithinAbs("tickets_vs_baseline", Ratio(Tickets(run), Tickets(*kpis.baseline())),
                   outage.ticket_factor, kOutageTicketsTolerance, false,
                   fmt::format("{} vs {}", Tickets(run), Tickets(*kpis.baseline())));
  }
}

void ViralMomentKpis(const Config& config, const Markers& markers, KpiBuilder& kpis) {
  const ViralConfig& viral = config.viral;
  OrdersVsBaselineKpi(config, kViralOrdersTolerance, kpis);
  const RunFacts& run = kpis.run();
  if (!markers.viral_product_id) {
    kpis.Skip("viral_product", viral.category, "summary has no viral_product_id");
  } else {
    const int64_t id = *markers.viral_product_id;
    if (kpis.Need("viral_product", viral.category, {TableId::kProducts}, false)) {
      const bool known = id >= 1 && static_cast<size_t>(id) < run.category_by_product.size() &&
                         run.category_by_product[static_cast<size_t>(id)] >= 0;
      const std::string category = known ? run.category_names[static_cast<size_t>(
                                               run.category_by_product[static_cast<size_t>(id)])]
                                         : "unknown product";
      kpis.Add("viral_product", "category " + viral.category, static_cast<double>(id),
               fmt::format("product {}: {}", id, category), category == viral.category);
    }
    const auto inventory = static_cast<double>(viral.inventory_units);
    const std::string expected_units =
        fmt::format("{:g}..{:g} units", std::ceil(inventory * kViralSoldOutShare), inventory);
    if (kpis.Need("viral_units_sold", expected_units, {TableId::kOrders, TableId::kOrderItems},
                  false)) {
      const double units =
          id >= 1 && static_cast<size_t>(id) < run.units_sold_by_product.size()
              ? static_cast<double>(run.units_sold_by_product[static_cast<size_t>(id)])
              : 0;
      kpis.Add("viral_units_sold", expected_units, units, fmt::format("{:g}", units),
               units <= inventory && units >= std::ceil(inventory * kViralSoldOutShare));
    }
    // "Hourly sales grow until sell-out": over the whole hours before the hour that contains
    // sellout_ts (all hours when it never sold out), units per hour never decrease and the
    // last hour sells more than the first. Zero-unit hours at the start count like any other.
    const std::string expected_growth = "non-decreasing, last > first";
    if (run.tracked_product_id != id) {
      kpis.Skip("viral_hourly_growth", expected_growth, "viral product not tracked");
    } else if (kpis.Need("viral_hourly_growth", expected_growth,
                         {TableId::kOrders, TableId::kOrderItems}, false)) {
      size_t hours = run.tracked_units_per_hour.size();
      if (markers.sellout_ts_us) {
        const int64_t sellout_hour =
            (*markers.sellout_ts_us - run.window_start_us) / kMicrosPerHour;
        hours =
            static_cast<size_t>(std::clamp<int64_t>(sellout_hour, 0, static_cast<int64_t>(hours)));
      }
      const std::vector<int64_t> series(
          run.tracked_units_per_hour.begin(),
          run.tracked_units_per_hour.begin() + static_cast<std::ptrdiff_t>(hours));
      if (series.size() < 2) {
        kpis.Skip("viral_hourly_growth", expected_growth, "fewer than 2 hours before sell-out");
      } else {
        const bool ok =
            std::is_sorted(series.begin(), series.end()) && series.back() > series.front();
        std::string text;
        for (int64_t units : series) text += fmt::format("{}{}", text.empty() ? "" : ",", units);
        if (text.size() > 60) text = text.substr(0, 57) + "...";
        kpis.Add("viral_hourly_growth", expected_growth, ok ? 1 : 0,
                 fmt::format("{} hours: {}", series.size(), text), ok);
      }
    }
  }
  if (kpis.Need("tickets_vs_baseline", "", {TableId::kSupportTickets}, true)) {
    kpis.WithinRel("tickets_vs_baseline", Ratio(Tickets(run), Tickets(*kpis.baseline())),
                   viral.ticket_factor, kViralTicketsTolerance,
                   fmt::format("{} vs {}", Tickets(run), Tickets(*kpis.baseline())));
  }
  if (kpis.Need("restock_ticket_share", "", {TableId::kSupportTickets}, false)) {
    const auto found = run.tickets_by_category.find("restock_inquiry");
    const double restock =
        found == run.tickets_by_category.end() ? 0 : static_cast<double>(found->second);
    kpis.AtLeast("restock_ticket_share", Ratio(restock, Tickets(run)), kViralRestockShare, false,
                 fmt::format("{} of {}", restock, Tickets(run)));
  }
  if (kpis.Need("influencer_campaign", "covers the window", {TableId::kCampaigns}, false)) {
    const bool covers = run.influencer_campaign_covers_window;
    kpis.Add("influencer_campaign", "covers the window", covers ? 1 : 0,
             covers ? "yes" : "no influencer campaign covers the window", covers);
  }
}

void CustomerSegmentsKpis(const Config& config, KpiBuilder& kpis) {
  const RunFacts& run = kpis.run();
  const auto gen_z = static_cast<size_t>(Generation::kGenZ);
  if (kpis.Need("gen_z_growth", "", {TableId::kCustomers}, false)) {
    const double target = 1 + kGenZGrowth * static_cast<double>(config.duration_us) /
                                  static_cast<double>(kSegmentsDuration);
    const auto at_end = static_cast<double>(run.customers_at_end[gen_z]);
    const auto at_start = static_cast<double>(run.customers_at_start[gen_z]);
    kpis.WithinAbs("gen_z_growth", Ratio(at_end, at_start), target, kGenZGrowthTolerance, false,
                   fmt::format("{} / {}", at_end, at_start));
  }
  if (kpis.Need("gen_z_order_share_shift", "", {TableId::kCustomers, TableId::kOrders}, false)) {
    auto share = [&](const std::array<int64_t, kGenerationCount>& by_generation) {
      int64_t total = 0;
      for (int64_t count : by_generation) total += count;
      return Ratio(static_cast<double>(by_generation[gen_z]), static_cast<double>(total));
    };
    const double first = share(run.orders_first_30d_by_generation);
    const double last = share(run.orders_last_30d_by_generation);
    kpis.AtLeast("gen_z_order_share_shift", (last - first) * 100, 0, true,
                 fmt::format("{:.2f}% first 30d, {:.2f}% last 30d", first * 100, last * 100));
  }
}

void SeasonalPlanningKpis(const Config& config, KpiBuilder& kpis) {
  OrdersVsBaselineKpi(config, kSeasonalOrdersTolerance, kpis);
  DiscountKpi(config, kpis);
  const std::vector<std::string>& categories = config.discount.categories;
  if (!categories.empty() &&
      kpis.Need("discounted_item_share_vs_baseline", "",
                {TableId::kOrders, TableId::kOrderItems, TableId::kProducts}, true)) {
    const double run = DiscountedItemShare(kpis.run(), categories);
    const double base = DiscountedItemShare(*kpis.baseline(), categories);
    kpis.AtLeast("discounted_item_share_vs_baseline", Ratio(run, base), 1, true,
                 fmt::format("{:.2f}% vs {:.2f}%", run * 100, base * 100));
  }
  if (kpis.Need("regional_shift", "", {TableId::kOrders}, false)) {
    std::array<int64_t, 2> totals{};
    for (const auto& [region, halves] : kpis.run().orders_by_region_half) {
      totals[0] += halves[0];
      totals[1] += halves[1];
    }
    double best = 0;
    std::string best_region = "none";
    for (const auto& [region, halves] : kpis.run().orders_by_region_half) {
      const double shift =
          std::fabs(Ratio(static_cast<double>(halves[0]), static_cast<double>(totals[0])) -
                    Ratio(static_cast<double>(halves[1]), static_cast<double>(totals[1])));
      if (std::isfinite(shift) && shift > best) {
        best = shift;
        best_region = region;
      }
    }
    kpis.AtLeast("regional_shift", best * 100, kRegionalShift * 100, false,
                 "pp, region " + best_region);
  }
}

void MultiChannelKpis(const Config& config, const Markers& markers, KpiBuilder& kpis) {
  const RunFacts& run = kpis.run();
  if (!markers.app_launch_ts_us) {
    kpis.Skip("app_orders_before_launch", "0", "summary has no app_launch_ts");
  } else if (kpis.Need("app_orders_before_launch", "0", {TableId::kOrders}, false)) {
    const bool ok = run.first_mobile_app_order_us >= *markers.app_launch_ts_us;
    kpis.Add("app_orders_before_launch",
             "none before " + FormatTimestampUs(*markers.app_launch_ts_us), ok ? 0 : 1,
             run.first_mobile_app_order_us == kNoTimestamp
                 ? "no mobile_app orders"
                 : "first at " + FormatTimestampUs(run.first_mobile_app_order_us),
             ok);
  }
  const int64_t from = run.window_end_us - kLast14Days;
  if (kpis.Need("web_orders_vs_baseline_last_14d", "", {TableId::kOrders}, true)) {
    const auto base = static_cast<double>(
        kpis.baseline()->SumMinutes(kpis.baseline()->orders_per_minute, from, run.window_end_us));
    const auto& by_channel = run.orders_last_14d_by_channel;
    const auto web = static_cast<double>(by_channel[0] + by_channel[1]);
    const auto app = static_cast<double>(by_channel[2]);
    kpis.WithinAbs("web_orders_vs_baseline_last_14d", Ratio(web, base), kMultiChannelWebShare,
                   kMultiChannelTolerance, false, fmt::format("{} vs {}", web, base));
    kpis.WithinAbs("app_orders_vs_baseline_last_14d", Ratio(app, base),
                   config.intensity - kMultiChannelWebShare, kMultiChannelTolerance, false,
                   fmt::format("{} vs {}", app, base));
  }
  if (kpis.Need("app_customer_share_last_14d", "", {TableId::kOrders}, false)) {
    kpis.WithinAbs(
        "app_customer_share_last_14d",
        Ratio(static_cast<double>(run.app_customers_last_14d),
              static_cast<double>(run.customers_ordering_last_14d)),
        kAppCustomerShare, kMultiChannelTolerance, true,
        fmt::format("{} of {}", run.app_customers_last_14d, run.customers_ordering_last_14d));
  }
}

}  // namespace ecomgen::validate::detail
