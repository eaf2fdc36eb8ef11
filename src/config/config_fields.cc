#include "config/config_fields.h"

#include <fmt/format.h>

#include <limits>
#include <type_traits>
#include <utility>

#include "config/time_parse.h"
#include "core/vocab.h"

namespace ecomgen {
namespace {

// Limits that keep every derived count far from int64 overflow and every run finite. The
// products of these with scale and duration are checked again in validate_config.cc.
constexpr double kMaxScale = 1e6;
constexpr double kMaxIntensity = 1'000;
constexpr double kMaxOrdersPerDay = 1e7;
constexpr double kMaxCustomers = 1e9;
constexpr double kMaxProducts = 1e7;
constexpr double kMaxSuppliers = 1e6;
constexpr double kMaxFactor = 100;  // multipliers such as ticket_factor
constexpr double kMaxDescriptionBytes = 2'000;
constexpr double kMaxNameBytes = 64;
constexpr double kMaxProductNameBytes = 200;

FieldRange Closed(double min, double max) { return FieldRange{min, max, false, false}; }
FieldRange AboveZero(double max) { return FieldRange{0, max, true, false}; }
FieldRange Fraction() { return Closed(0, 1); }
FieldRange Percent() { return Closed(0, 100); }

// Accessors: generic lambdas, so that one lambda serves Config& and const Config&.
template <typename T>
auto Top(T Config::*member) {
  return [member](auto& config) -> auto& { return config.*member; };
}
template <typename Group, typename T>
auto In(Group Config::*group, T Group::*member) {
  return [ group, member ](auto& config) -> auto& { return (config.*group).*member; };
}
template <typename T>
auto Cohort(size_t generation_idx, T CohortConfig::*member) {
  return [ generation_idx, member ](auto& config) -> auto& {
    return config.cohorts[generation_idx].*member;
  };
}
template <size_t N>
auto CohortMix(size_t generation_idx, std::array<double, N> CohortConfig::*mix, size_t entry_idx) {
  return [ generation_idx, mix, entry_idx ](auto& config) -> auto& {
    return (config.cohorts[generation_idx].*mix)[entry_idx];
  };
}

class FieldTableBuilder {
 public:
  void Group(std::string path, std::string description, bool is_mix = false) {
    groups_.push_back(GroupSpec{std::move(path), std::move(description), is_mix});
  }

  template <typename Getter>
  void String(std::string path, Getter getter, FieldRange length, std::string description) {
    Add<std::string>(std::move(path), FieldKind::kString, getter, length, {},
                     std::move(description));
  }
  template <typename Getter>
  void Name(std::string path, Getter getter, std::string description) {
    Add<std::string>(std::move(path), FieldKind::kName, getter, Closed(1, kMaxNameBytes), {},
                     std::move(description));
  }
  template <typename Getter>
  void Enum(std::string path, Getter getter, std::span<const std::string_view> choices,
            std::string description) {
    Add<std::string>(std::move(path), FieldKind::kEnum, getter, {}, choices,
                     std::move(description));
  }
  template <typename Getter>
  void Bool(std::string path, Getter getter, std::string description) {
    Add<bool>(std::move(path), FieldKind::kBool, getter, {}, {}, std::move(description));
  }
  template <typename Getter>
  void Uint64(std::string path, Getter getter, std::string description) {
    Add<uint64_t>(std::move(path), FieldKind::kUint64, getter, {}, {}, std::move(description));
  }
  template <typename Getter>
  void Int64(std::string path, Getter getter, FieldRange range, std::string description) {
    Add<int64_t>(std::move(path), FieldKind::kInt64, getter, range, {}, std::move(description));
  }
  template <typename Getter>
  void Double(std::string path, Getter getter, FieldRange range, std::string description) {
    Add<double>(std::move(path), FieldKind::kDouble, getter, range, {}, std::move(description));
  }
  template <typename Getter>
  void Timestamp(std::string path, Getter getter, std::string description) {
    // The last whole second: kMaxTimestampUs itself has no exact double.
    constexpr int64_t kLastSecondUs = kMaxTimestampUs - 999'999;
    Add<int64_t>(std::move(path), FieldKind::kTimestamp, getter,
                 Closed(0, static_cast<double>(kLastSecondUs)), {}, std::move(description));
  }
  template <typename Getter>
  void Duration(std::string path, Getter getter, bool allow_zero, std::string description) {
    const auto max = static_cast<double>(kMaxDurationUs);
    Add<int64_t>(std::move(path), FieldKind::kDuration, getter,
                 allow_zero ? Closed(0, max) : AboveZero(max), {}, std::move(description));
  }
  template <typename Getter>
  void Categories(std::string path, Getter getter, std::string description) {
    Add<std::vector<std::string>>(std::move(path), FieldKind::kCategoryList, getter,
                                  Closed(0, static_cast<double>(kProductCategories.size())),
                                  kProductCategories, std::move(description));
  }

  std::vector<FieldSpec> TakeFields() { return std::move(fields_); }
  std::vector<GroupSpec> TakeGroups() { return std::move(groups_); }

 private:
  template <typename T, typename Getter>
  void Add(std::string path, FieldKind kind, Getter getter, FieldRange range,
           std::span<const std::string_view> choices, std::string description) {
    static_assert(std::is_same_v<decltype(getter(std::declval<Config&>())), T&>,
                  "the member's type does not match the field kind");
    FieldSpec spec;
    spec.path = std::move(path);
    spec.kind = kind;
    spec.ref = FieldAccess<T>{getter, getter};
    spec.range = range;
    spec.choices = choices;
    spec.description = std::move(description);
    fields_.push_back(std::move(spec));
  }

  std::vector<FieldSpec> fields_;
  std::vector<GroupSpec> groups_;
};

void AddTopLevel(FieldTableBuilder& b) {
  b.Group("",
          "An ecomgen scenario: a built-in scenario (\"extends\") with the keys given here "
          "replaced.");
  b.Name("name", Top(&Config::name),
         "Scenario name; output files are named after it. Letters, digits, _ and -.");
  b.String("description", Top(&Config::description), Closed(0, kMaxDescriptionBytes),
           "One line describing the scenario.");
  b.Uint64("seed", Top(&Config::seed), "Random seed; the same config and seed give the same data.");
  b.Double("scale", Top(&Config::scale), AboveZero(kMaxScale),
           "Multiplies the customer base and the order volume.");
  b.Timestamp("start", Top(&Config::start_us),
              "Window start, ISO 8601 UTC, e.g. \"2024-11-29T00:00:00Z\".");
  b.Duration("duration", Top(&Config::duration_us), false,
             "Window length, e.g. \"90m\", \"8h\", \"14d\", \"2w\".");
  b.Double("intensity", Top(&Config::intensity), AboveZero(kMaxIntensity),
           "Order volume relative to the baseline over the same window.");
}

void AddBusiness(FieldTableBuilder& b) {
  constexpr auto biz = &Config::business;
  b.Group("business", "The everyday business that every scenario starts from (scale 1).");
  b.Enum("business.market", In(biz, &BusinessConfig::market), kMarkets,
         "\"in\" (India, INR) or \"us\" (United States, USD).");
  b.Double("business.orders_per_day", In(biz, &BusinessConfig::orders_per_day),
           AboveZero(kMaxOrdersPerDay), "Orders per day at scale 1 and intensity 1.");
  b.Int64("business.customers", In(biz, &BusinessConfig::customers), Closed(1, kMaxCustomers),
          "Customers signed up before the window start, at scale 1.");
  b.Int64("business.products", In(biz, &BusinessConfig::products), Closed(1, kMaxProducts),
          "Products in the catalogue.");
  b.Int64("business.suppliers", In(biz, &BusinessConfig::suppliers), Closed(1, kMaxSuppliers),
          "Suppliers of the catalogue.");
  b.Double("business.abandoned_carts_per_order",
           In(biz, &BusinessConfig::abandoned_carts_per_order), Closed(0, kMaxFactor),
           "Abandoned carts per order.");
  b.Double("business.tickets_per_order", In(biz, &BusinessConfig::tickets_per_order), Closed(0, 10),
           "Support tickets per order.");
  b.Double("business.payment_failure_rate", In(biz, &BusinessConfig::payment_failure_rate),
           Fraction(), "Share of orders whose payment fails.");
  b.Double("business.cancel_rate", In(biz, &BusinessConfig::cancel_rate), Fraction(),
           "Share of paid orders that are cancelled.");
  b.Double("business.late_delivery_rate", In(biz, &BusinessConfig::late_delivery_rate), Fraction(),
           "Share of shipped orders delivered after the promised date.");
  b.Double("business.return_rate", In(biz, &BusinessConfig::return_rate), Fraction(),
           "Share of delivered order items that are returned.");
  b.Double("business.mean_return_processing_days",
           In(biz, &BusinessConfig::mean_return_processing_days), AboveZero(365),
           "Mean days to process a return.");
  b.Double("business.guest_cart_rate", In(biz, &BusinessConfig::guest_cart_rate), Fraction(),
           "Share of abandoned carts without a signed-in customer.");
}

template <size_t N>
void AddMix(FieldTableBuilder& b, size_t generation_idx, std::string_view mix_name,
            std::array<double, N> CohortConfig::*mix,
            const std::array<std::string_view, N>& vocabulary, std::string_view what) {
  const std::string group =
      fmt::format("cohorts.{}.{}", vocab::kGeneration[generation_idx], mix_name);
  b.Group(group, fmt::format("{} in percent; sums to 100. Keys left out are 0.", what), true);
  for (size_t entry_idx = 0; entry_idx < N; ++entry_idx) {
    b.Double(fmt::format("{}.{}", group, vocabulary[entry_idx]),
             CohortMix(generation_idx, mix, entry_idx), Percent(),
             fmt::format("Percent of {} customers with {} {}.", vocab::kGeneration[generation_idx],
                         what, vocabulary[entry_idx]));
  }
}

void AddCohorts(FieldTableBuilder& b) {
  static_assert(vocab::kGeneration.size() == kGenerationCount);
  b.Group("cohorts", "How each generation behaves (contract section 4).");
  for (size_t generation_idx = 0; generation_idx < vocab::kGeneration.size(); ++generation_idx) {
    const std::string_view generation = vocab::kGeneration[generation_idx];
    const std::string group = fmt::format("cohorts.{}", generation);
    b.Group(group, fmt::format("The {} cohort.", generation));
    b.Double(group + ".share_pct", Cohort(generation_idx, &CohortConfig::share_pct), Percent(),
             "Share of the customer base at the window start, in percent; the four sum to 100.");
    AddMix(b, generation_idx, "acquisition_pct", &CohortConfig::acquisition_pct,
           vocab::kAcquisition, "acquisition channel");
    AddMix(b, generation_idx, "channel_pct", &CohortConfig::channel_pct, vocab::kChannel,
           "preferred channel");
    AddMix(b, generation_idx, "payment_pct", &CohortConfig::payment_pct, vocab::kPayment,
           "preferred payment method");
    AddMix(b, generation_idx, "support_pct", &CohortConfig::support_pct, vocab::kSupportChannel,
           "preferred support channel");
    b.Double(
        group + ".growth_pct_per_30d", Cohort(generation_idx, &CohortConfig::growth_pct_per_30d),
        Closed(0, 1'000),
        "Net growth per 30 days (signups minus lapses), in percent of the cohort's base at the "
        "start.");
    b.Double(group + ".order_frequency", Cohort(generation_idx, &CohortConfig::order_frequency),
             Closed(0, kMaxFactor), "Orders per customer relative to the average customer.");
    b.Double(group + ".mean_basket_items", Cohort(generation_idx, &CohortConfig::mean_basket_items),
             Closed(1, 100), "Mean items per order.");
  }
}

void AddLifecycle(FieldTableBuilder& b) {
  constexpr auto life = &Config::lifecycle;
  b.Group("lifecycle", "How customers come, buy and lapse (docs/behaviour.md).");
  b.Double("lifecycle.one_time_share", In(life, &LifecycleConfig::one_time_share), Fraction(),
           "Share of arriving customers who are one-time buyers.");
  b.Double("lifecycle.one_time_lifetime_days", In(life, &LifecycleConfig::one_time_lifetime_days),
           AboveZero(3650), "Mean lifetime of a one-time buyer, in days.");
  b.Double("lifecycle.one_time_rate_factor", In(life, &LifecycleConfig::one_time_rate_factor),
           AboveZero(1), "Repeat purchase rate of one-time buyers, relative to regulars.");
  b.Double("lifecycle.regular_lifetime_days", In(life, &LifecycleConfig::regular_lifetime_days),
           AboveZero(36500), "Mean lifetime of a regular customer, in days.");
  b.Double("lifecycle.rate_exponent", In(life, &LifecycleConfig::rate_exponent), Closed(0, 8),
           "Spread of purchase rates: a customer's rate is u^rate_exponent of a uniform u "
           "(0: every customer alike).");
  b.Double("lifecycle.first_orders_per_signup", In(life, &LifecycleConfig::first_orders_per_signup),
           Closed(0, 10), "Mean orders a customer places soon after signing up.");
  b.Double("lifecycle.first_order_delay_days", In(life, &LifecycleConfig::first_order_delay_days),
           AboveZero(30), "Mean delay from signup to such a first order, in days.");
}

void AddCorrelations(FieldTableBuilder& b) {
  constexpr auto corr = &Config::correlations;
  b.Group("correlations",
          "Pearson correlation targets of the daily series (contract section 6); together they "
          "must form a positive-definite matrix.");
  const FieldRange range = Closed(-1, 1);
  b.Double("correlations.orders_tickets", In(corr, &CorrelationConfig::orders_tickets), range,
           "Orders per day ~ tickets per day.");
  b.Double("correlations.tickets_delays", In(corr, &CorrelationConfig::tickets_delays), range,
           "Tickets per day ~ delayed deliveries per day.");
  b.Double("correlations.orders_delays", In(corr, &CorrelationConfig::orders_delays), range,
           "Orders per day ~ delayed deliveries per day.");
  b.Double("correlations.orders_abandonment", In(corr, &CorrelationConfig::orders_abandonment),
           range, "Orders per day ~ abandoned carts per day.");
  b.Double("correlations.tickets_abandonment", In(corr, &CorrelationConfig::tickets_abandonment),
           range, "Tickets per day ~ abandoned carts per day.");
  b.Double("correlations.delays_abandonment", In(corr, &CorrelationConfig::delays_abandonment),
           range, "Delayed deliveries per day ~ abandoned carts per day.");
}

void AddDiscountAndSpike(FieldTableBuilder& b) {
  b.Group("discount", "A price cut on some categories for the whole window.");
  b.Double("discount.pct", In(&Config::discount, &DiscountConfig::pct), Percent(),
           "Discount in percent (0 = none); --discount replaces it.");
  b.Categories("discount.categories", In(&Config::discount, &DiscountConfig::categories),
               "Discounted categories.");

  constexpr auto spike = &Config::traffic_spike;
  b.Group("traffic_spike", "Flash-sale traffic: a fast ramp to a peak, then exponential decay.");
  b.Bool("traffic_spike.enabled", In(spike, &TrafficSpikeConfig::enabled), "Turns the spike on.");
  b.Double("traffic_spike.peak_at_fraction", In(spike, &TrafficSpikeConfig::peak_at_fraction),
           Fraction(), "Where in the window the peak is, 0..1.");
  b.Double("traffic_spike.decay_fraction", In(spike, &TrafficSpikeConfig::decay_fraction),
           AboveZero(10), "E-folding time of the decay, as a fraction of the window.");
  b.Double("traffic_spike.payment_failure_multiplier",
           In(spike, &TrafficSpikeConfig::payment_failure_multiplier), Closed(1, kMaxFactor),
           "Payment failure rate at the peak, relative to normal.");
}

void AddReturnsAndSupply(FieldTableBuilder& b) {
  constexpr auto wave = &Config::returns_wave;
  b.Group("returns_wave", "More returns than usual, concentrated in some categories.");
  b.Bool("returns_wave.enabled", In(wave, &ReturnsWaveConfig::enabled), "Turns the wave on.");
  b.Double("returns_wave.return_rate", In(wave, &ReturnsWaveConfig::return_rate), Fraction(),
           "Share of delivered order items returned during the wave.");
  b.Categories("returns_wave.focus_categories", In(wave, &ReturnsWaveConfig::focus_categories),
               "Categories returned more often than the rest.");
  b.Double("returns_wave.focus_weight", In(wave, &ReturnsWaveConfig::focus_weight),
           AboveZero(kMaxFactor), "Relative return propensity of the focus categories.");
  b.Double("returns_wave.processing_days_multiplier",
           In(wave, &ReturnsWaveConfig::processing_days_multiplier), AboveZero(kMaxFactor),
           "Return processing time relative to normal.");

  constexpr auto supply = &Config::supply_disruption;
  b.Group("supply_disruption", "The primary supplier fails; its products sell less and ship late.");
  b.Bool("supply_disruption.enabled", In(supply, &SupplyDisruptionConfig::enabled),
         "Turns the disruption on.");
  b.Int64("supply_disruption.affected_skus", In(supply, &SupplyDisruptionConfig::affected_skus),
          Closed(1, kMaxProducts), "Products of the primary supplier that are affected.");
  b.Double("supply_disruption.backup_capacity",
           In(supply, &SupplyDisruptionConfig::backup_capacity), Fraction(),
           "Units sold of affected products, relative to normal.");
  b.Double("supply_disruption.late_multiplier",
           In(supply, &SupplyDisruptionConfig::late_multiplier), Closed(1, kMaxFactor),
           "Late-delivery propensity of affected orders, relative to normal.");
}

void AddOutageAndViral(FieldTableBuilder& b) {
  constexpr auto outage = &Config::payment_outage;
  b.Group("payment_outage", "The payment gateway fails for a while inside the window.");
  b.Bool("payment_outage.enabled", In(outage, &PaymentOutageConfig::enabled),
         "Turns the outage on.");
  b.Duration("payment_outage.offset", In(outage, &PaymentOutageConfig::offset_us), true,
             "Outage start, from the window start, e.g. \"2h\".");
  b.Duration("payment_outage.duration", In(outage, &PaymentOutageConfig::duration_us), false,
             "Outage length, e.g. \"2h\"; the outage ends inside the window.");
  b.Double("payment_outage.order_factor", In(outage, &PaymentOutageConfig::order_factor),
           Closed(0, kMaxFactor), "Orders during the outage, relative to normal.");
  b.Double("payment_outage.failure_rate", In(outage, &PaymentOutageConfig::failure_rate),
           Fraction(), "Payment failure rate during the outage.");
  b.Double("payment_outage.abandonment_factor",
           In(outage, &PaymentOutageConfig::abandonment_factor), Closed(0, kMaxFactor),
           "Abandoned carts during the outage, relative to normal.");
  b.Double("payment_outage.ticket_factor", In(outage, &PaymentOutageConfig::ticket_factor),
           Closed(0, kMaxFactor), "Tickets over the window, relative to normal.");

  constexpr auto viral = &Config::viral;
  b.Group("viral", "One product goes viral and sells out.");
  b.Bool("viral.enabled", In(viral, &ViralConfig::enabled), "Turns the viral moment on.");
  b.Enum("viral.category", In(viral, &ViralConfig::category), kProductCategories,
         "Category of the viral product.");
  b.String("viral.product_name", In(viral, &ViralConfig::product_name),
           Closed(1, kMaxProductNameBytes), "Name of the viral product.");
  b.Int64("viral.inventory_units", In(viral, &ViralConfig::inventory_units), Closed(1, 1e9),
          "Units in stock at the window start; the product sells out.");
  b.Double("viral.growth_per_hour", In(viral, &ViralConfig::growth_per_hour), AboveZero(10),
           "Exponential growth rate of demand, per hour.");
  b.Double("viral.sellout_at_fraction", In(viral, &ViralConfig::sellout_at_fraction), AboveZero(1),
           "Where in the window demand exhausts the inventory, 0..1.");
  b.Double("viral.ticket_factor", In(viral, &ViralConfig::ticket_factor), Closed(0, kMaxFactor),
           "Tickets over the window, relative to normal.");
  b.Double("viral.restock_share", In(viral, &ViralConfig::restock_share), Fraction(),
           "Share of the window's tickets that ask about a restock.");
}

void AddSeasonalAndApp(FieldTableBuilder& b) {
  constexpr auto seasonal = &Config::seasonal;
  b.Group("seasonal", "Seasonal demand: discounted categories sell more, regions shift.");
  b.Bool("seasonal.enabled", In(seasonal, &SeasonalConfig::enabled), "Turns the season on.");
  b.Double("seasonal.category_boost", In(seasonal, &SeasonalConfig::category_boost),
           AboveZero(kMaxFactor), "Demand multiplier of the discounted categories.");
  b.Double("seasonal.regional_shift_pp", In(seasonal, &SeasonalConfig::regional_shift_pp),
           Closed(0, 50), "Order-share points moved between regions over the window.");

  constexpr auto app = &Config::app_launch;
  b.Group("app_launch", "A mobile app launches inside the window and takes over orders.");
  b.Bool("app_launch.enabled", In(app, &AppLaunchConfig::enabled), "Turns the launch on.");
  b.Duration("app_launch.launch_offset", In(app, &AppLaunchConfig::launch_offset_us), true,
             "Launch time, from the window start, e.g. \"30d\"; inside the window.");
  b.Duration("app_launch.ramp", In(app, &AppLaunchConfig::ramp_us), true,
             "Time from the launch to full adoption, e.g. \"21d\".");
  b.Double("app_launch.adopter_rate", In(app, &AppLaunchConfig::adopter_rate), Fraction(),
           "Share of customers who move to the app.");
  b.Double("app_launch.app_use_rate", In(app, &AppLaunchConfig::app_use_rate), Fraction(),
           "Share of an adopter's orders placed in the app.");
  b.Double("app_launch.cannibalization", In(app, &AppLaunchConfig::cannibalization), Fraction(),
           "Drop of web + mobile_web orders at full adoption.");
}

struct FieldTables {
  std::vector<FieldSpec> fields;
  std::vector<GroupSpec> groups;
};

const FieldTables& Tables() {
  static const FieldTables kTables = [] {
    FieldTableBuilder builder;
    AddTopLevel(builder);
    AddBusiness(builder);
    AddCohorts(builder);
    AddLifecycle(builder);
    AddCorrelations(builder);
    AddDiscountAndSpike(builder);
    AddReturnsAndSupply(builder);
    AddOutageAndViral(builder);
    AddSeasonalAndApp(builder);
    return FieldTables{builder.TakeFields(), builder.TakeGroups()};
  }();
  return kTables;
}

}  // namespace

std::string_view FieldSpec::key() const {
  const size_t dot = path.rfind('.');
  return dot == std::string::npos ? std::string_view(path) : std::string_view(path).substr(dot + 1);
}

const std::vector<FieldSpec>& ConfigFields() { return Tables().fields; }

const std::vector<GroupSpec>& ConfigGroups() { return Tables().groups; }

const FieldSpec* FindConfigField(std::string_view path) {
  for (const FieldSpec& field : ConfigFields()) {
    if (field.path == path) return &field;
  }
  return nullptr;
}

const GroupSpec* FindConfigGroup(std::string_view path) {
  for (const GroupSpec& group : ConfigGroups()) {
    if (group.path == path) return &group;
  }
  return nullptr;
}

std::string JoinConfigPath(std::string_view parent, std::string_view key) {
  if (parent.empty()) return std::string(key);
  std::string path(parent);
  path += '.';
  path += key;
  return path;
}

std::vector<std::string_view> ConfigChildKeys(std::string_view group_path) {
  std::vector<std::string_view> keys;
  const auto add_if_child = [&](std::string_view path) {
    const size_t prefix_len = group_path.empty() ? 0 : group_path.size() + 1;
    if (path.size() <= prefix_len) return;
    if (!group_path.empty() &&
        (path.substr(0, group_path.size()) != group_path || path[group_path.size()] != '.')) {
      return;
    }
    const std::string_view rest = path.substr(prefix_len);
    if (rest.find('.') != std::string_view::npos) return;
    keys.push_back(rest);
  };
  for (const FieldSpec& field : ConfigFields()) add_if_child(field.path);
  for (const GroupSpec& group : ConfigGroups()) add_if_child(group.path);
  return keys;
}

}  // namespace ecomgen
