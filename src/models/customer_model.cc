#include "models/customer_model.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/vocab.h"
#include "rng/kronecker.h"

namespace ecomgen {
namespace {

// How often an order, cart or ticket uses the customer's preferred option.
constexpr double kPreferredShare = 0.9;
constexpr double kTicketPreferredShare = 0.75;
// Picking a customer by rate ends with rejection sampling (under two candidates a pick for
// the base, about six for signups with the default rates); this bounds the work if weights
// are tiny.
constexpr int kMaxPickTries = 1024;
// A first order's signup is looked up this many times before the order goes to a customer
// by rate (the signup found may have lapsed already).
constexpr int kFirstOrderTries = 4;
// Orders per customer by acquisition channel, relative (vocabulary order: paid_social,
// influencer, organic, direct, referral). Referred customers are measurably more loyal and
// valuable (Schmitt, Skiera and Van den Bulte, Journal of Marketing 2011: 16-25% higher
// customer value), customers who come on their own (organic, direct) return more often than
// those bought with paid social or influencer reach.
constexpr std::array<double, kAcquisitionCount> kAcquisitionOrderFactor = {0.8, 0.85, 1.1, 1.2,
                                                                           1.3};
// Seasonal regional drift: the configured points of order share moved, per unit amplitude of
// the regional factor (calibrated on the India region mix; see docs/scenarios.md).
constexpr double kShiftPointsPerAmplitude = 12.0;

template <size_t N>
AliasTable TableOf(const std::array<double, N>& pct) {
  return AliasTable(std::span<const double>(pct.data(), pct.size()));
}

// Regions that gain (+1) or lose (-1) share over a seasonal window: the school calendar
// moves south and west first in India, south and west in the US too.
int RegionDirection(std::string_view region) {
  if (region == "south" || region == "west") return 1;
  if (region == "north" || region == "east" || region == "northeast" || region == "midwest") {
    return -1;
  }
  return 0;
}

}  // namespace

CustomerModel::CustomerModel(const Plan& plan, Market market)
    : plan_(&plan),
      market_(market),
      pools_(&PoolsFor(market)),
      city_key_(plan.config.seed, streams::kCustomerCity),
      gender_key_(plan.config.seed, streams::kCustomerGender),
      adopter_key_(plan.config.seed, streams::kAppAdopter) {
  const Config& config = plan.config;
  std::array<double, kGenerationCount> shares{};
  double max_frequency = 0;
  for (size_t g = 0; g < kGenerationCount; ++g) {
    const CohortConfig& cohort = config.cohorts[g];
    acquisition_[g] = TableOf(cohort.acquisition_pct);
    channel_[g] = TableOf(cohort.channel_pct);
    payment_[g] = TableOf(cohort.payment_pct);
    support_[g] = TableOf(cohort.support_pct);
    shares[g] = cohort.share_pct;
    max_frequency = std::max(max_frequency, cohort.order_frequency);
  }
  for (size_t g = 0; g < kGenerationCount; ++g) {
    frequency_[g] = config.cohorts[g].order_frequency / max_frequency;
  }
  generation_mix_ = TableOf(shares);
  const double max_acquisition =
      *std::max_element(kAcquisitionOrderFactor.begin(), kAcquisitionOrderFactor.end());
  for (size_t a = 0; a < kAcquisitionCount; ++a) {
    acquisition_factor_[a] = kAcquisitionOrderFactor[a] / max_acquisition;
  }
  const LifecycleConfig& life = config.lifecycle;
  for (size_t step = 0; step < kRateSteps; ++step) {
    const double u = (static_cast<double>(step) + 0.5) / static_cast<double>(kRateSteps);
    rate_of_quantile_[step] = std::pow(u, life.rate_exponent);
  }
  for (size_t g = 0; g < kGenerationCount; ++g) {
    rate_offsets_[g] = RowRng(config.seed, streams::kPurchaseRateOffsets, g).Uniform();
  }
  one_time_factor_ = life.one_time_rate_factor;
  const double draw_exponent = 1 / (life.rate_exponent + 1);
  rate_quantile_of_draw_ = QuantileTable([&](double p) { return std::pow(p, draw_exponent); });
  InitBaseWeightShares(config);
  first_order_delay_days_ = life.first_order_delay_days;
  // Signups replace lapsing customers at base / mean lifetime a day (plus net growth), each
  // placing first_orders_per_signup first orders.
  const CustomerBase& base = plan.customers;
  const double window_days =
      static_cast<double>(config.duration_us) / static_cast<double>(kMicrosPerDay);
  const double first_orders = life.first_orders_per_signup *
                              static_cast<double>(base.base_count()) / base.lifetimes().MeanDays() *
                              window_days;
  const auto orders = static_cast<double>(std::max<int64_t>(plan.total_orders(), 1));
  first_order_share_ = std::min(0.5, first_orders / orders);
  for (size_t g = 0; g < kGenerationCount; ++g) {
    RowRng rng(config.seed, streams::kPreferenceOffsets, g);
    for (double& offset : preference_offsets_[g]) offset = rng.Uniform();
  }
  std::vector<double> city_weights(pools_->city_weights.begin(), pools_->city_weights.end());
  city_ = AliasTable(city_weights);
  if (plan.scenario.seasonal) {
    region_amplitude_ =
        std::min(0.9, plan.scenario.seasonal->regional_shift_pp / kShiftPointsPerAmplitude);
  }
}

void CustomerModel::InitBaseWeightShares(const Config& config) {
  // Expected weight (rate x order_frequency x acquisition factor x one-time factor) of the
  // active customers tau after the window start: the cohorts' base counts and daily signups,
  // each times the active share Lifetimes gives. E[u^exponent] is common to both, left out.
  const CustomerBase& base = plan_->customers;
  const Lifetimes& lifetimes = base.lifetimes();
  const double window_days =
      static_cast<double>(config.duration_us) / static_cast<double>(kMicrosPerDay);
  double base_weight = 0;
  double signup_weight = 0;  // per day of arrivals
  std::array<double, kGenerationCount> base_draw{};
  for (size_t g = 0; g < kGenerationCount; ++g) {
    double acquisition = 0;
    for (size_t a = 0; a < kAcquisitionCount; ++a) {
      acquisition += config.cohorts[g].acquisition_pct[a] / 100.0 * acquisition_factor_[a];
    }
    const auto generation = static_cast<Generation>(g);
    base_draw[g] = static_cast<double>(base.base_of(generation)) * frequency_[g];
    base_weight += base_draw[g] * acquisition;
    signup_weight +=
        static_cast<double>(base.new_of(generation)) / window_days * frequency_[g] * acquisition;
  }
  base_generation_ = TableOf(base_draw);
  const auto hours = static_cast<size_t>(config.duration_us / kMicrosPerHour) + 1;
  base_weight_share_.resize(hours);
  for (size_t hour = 0; hour < hours; ++hour) {
    const double tau = (static_cast<double>(hour) + 0.5) / 24.0;
    const double from_base = base_weight * lifetimes.BaseActiveWeight(tau, one_time_factor_);
    const double from_signups =
        signup_weight * lifetimes.ArrivalsActiveWeight(tau, one_time_factor_);
    base_weight_share_[hour] = from_base / (from_base + from_signups);
  }
}

CustomerTraits CustomerModel::Traits(int64_t id) const {
  CustomerTraits traits;
  const CustomerBase::CohortPlace place = plan_->customers.PlaceOf(id);
  traits.generation = place.generation;
  const auto g = static_cast<size_t>(traits.generation);
  traits.acquisition =
      Preference<Acquisition>(acquisition_[g], g, Dimension::kAcquisition, place.rank);
  traits.channel = Preference<Channel>(channel_[g], g, Dimension::kChannel, place.rank);
  traits.payment = Preference<PaymentMethod>(payment_[g], g, Dimension::kPayment, place.rank);
  traits.support = Preference<SupportChannel>(support_[g], g, Dimension::kSupport, place.rank);
  traits.city = City(id);
  traits.region = pools_->city_regions[traits.city];
  return traits;
}

template <typename E>
E CustomerModel::Preference(const AliasTable& mix, size_t generation, Dimension dimension,
                            int64_t rank) const {
  // Preferences by quota: the k-th customer of a generation takes point k of a 4-dimensional
  // Kronecker sequence, so each cohort's preference mix matches its configured row to within
  // a customer or two at any size, and the four preferences are independent of each other.
  const auto d = static_cast<size_t>(dimension);
  const double offset = preference_offsets_[generation][d];
  return ValueAt<E>(mix.Quantile(FractionalPart(offset + static_cast<double>(rank) * kR7[d])));
}

Gender CustomerModel::GenderOf(int64_t id) const {
  // Shares of online shoppers: in India women were about 46% of active internet users in
  // 2022 (IAMAI-Kantar ICUBE), in the US they are about half of online buyers (Census
  // population share 50.5%); a few customers do not say.
  const double female_share = market_ == Market::kIndia ? 0.45 : 0.50;
  constexpr double kUndisclosedShare = 0.02;
  const double draw =
      static_cast<double>(gender_key_.Hash(static_cast<uint64_t>(id)) >> 11) * 0x1.0p-53;
  if (draw < kUndisclosedShare) return Gender::kUndisclosed;
  return draw < kUndisclosedShare + female_share ? Gender::kFemale : Gender::kMale;
}

uint32_t CustomerModel::City(int64_t id) const {
  RowRng rng(city_key_, static_cast<uint64_t>(id));
  return city_.Sample(rng.Next());
}

double CustomerModel::RateOf(const CustomerBase::CohortPlace& place) const {
  // The base's ranks are the strata of the rate quantile (PickBase inverts that); signups'
  // quantiles are a Kronecker coordinate over their rank.
  const auto g = static_cast<size_t>(place.generation);
  const int64_t base_count = plan_->customers.base_of(place.generation);
  const double u = place.rank < base_count
                       ? (static_cast<double>(place.rank) + 0.5) / static_cast<double>(base_count)
                       : FractionalPart(rate_offsets_[g] +
                                        static_cast<double>(place.rank) * kR7[kR7PurchaseRate]);
  return rate_of_quantile_[static_cast<size_t>(u * static_cast<double>(kRateSteps))];
}

double CustomerModel::RegionFactor(uint8_t region, int64_t ts_us) const {
  if (region_amplitude_ == 0) return 1.0;
  const int direction = RegionDirection(AllRegionNames()[region]);
  const double progress = static_cast<double>(ts_us - plan_->start_us) /
                          static_cast<double>(plan_->end_us - plan_->start_us);
  return 1.0 + region_amplitude_ * direction * (progress - 0.5);
}

int64_t CustomerModel::Pick(RowRng& rng, int64_t ts_us, CustomerTraits* traits) const {
  int64_t id = 0;
  if (rng.Bernoulli(first_order_share_)) id = PickFirstOrderer(rng, ts_us);
  if (id == 0) id = PickByRate(rng, ts_us);
  if (traits != nullptr) *traits = Traits(id);
  return id;
}

int64_t CustomerModel::PickFirstOrderer(RowRng& rng, int64_t ts_us) const {
  const CustomerBase& base = plan_->customers;
  for (int attempt = 0; attempt < kFirstOrderTries; ++attempt) {
    const double delay_days = -first_order_delay_days_ * std::log1p(-rng.Uniform());
    const auto delay_us = static_cast<int64_t>(delay_days * static_cast<double>(kMicrosPerDay));
    // The last customer surely signed up by then: signed up about `delay` ago.
    const int64_t id = base.SignedUpBy(ts_us - delay_us);
    if (id > 0 && base.LapseUs(id) > ts_us) return id;
  }
  return 0;
}

int64_t CustomerModel::PickByRate(RowRng& rng, int64_t ts_us) const {
  const CustomerBase& base = plan_->customers;
  const auto hour =
      static_cast<size_t>(std::clamp<int64_t>((ts_us - plan_->start_us) / kMicrosPerHour, 0,
                                              static_cast<int64_t>(base_weight_share_.size()) - 1));
  const int64_t new_signed_up = base.SignedUpBy(ts_us) - base.base_count();
  if (new_signed_up > 0 && !rng.Bernoulli(base_weight_share_[hour])) {
    return PickSignup(rng, ts_us, new_signed_up);
  }
  return PickBase(rng, ts_us);
}

bool CustomerModel::Accepts(RowRng& rng, int64_t id, const CustomerBase::CohortPlace& place,
                            int64_t ts_us) const {
  bool one_time = false;
  if (!plan_->customers.ActiveAt(id, place, ts_us, &one_time)) return false;
  const auto g = static_cast<size_t>(place.generation);
  const auto acquisition =
      Preference<Acquisition>(acquisition_[g], g, Dimension::kAcquisition, place.rank);
  double accept = acquisition_factor_[static_cast<size_t>(acquisition)];
  if (one_time) accept *= one_time_factor_;
  if (region_amplitude_ > 0) {
    accept *= RegionFactor(pools_->city_regions[City(id)], ts_us) / (1.0 + region_amplitude_ * 0.5);
  }
  return rng.Uniform() < accept;
}

int64_t CustomerModel::PickBase(RowRng& rng, int64_t ts_us) const {
  // Sampled in proportion to rate x order_frequency directly: a generation by its count x
  // frequency, then a rate quantile u from the density proportional to u^rate_exponent, the
  // rank holding that quantile, and its customer; the rest of the weight by rejection.
  const CustomerBase& base = plan_->customers;
  int64_t id = 1;
  for (int attempt = 0; attempt < kMaxPickTries; ++attempt) {
    const auto generation = ValueAt<Generation>(base_generation_.Sample(rng.Next()));
    const auto count = static_cast<double>(base.base_of(generation));
    const double u = rate_quantile_of_draw_.Quantile(rng.Uniform());
    const auto rank = std::min(static_cast<int64_t>(u * count), static_cast<int64_t>(count) - 1);
    id = base.BaseCustomerAt(generation, rank);
    if (Accepts(rng, id, {generation, rank}, ts_us)) return id;
  }
  return id;
}

int64_t CustomerModel::PickSignup(RowRng& rng, int64_t ts_us, int64_t signed_up) const {
  // Signups' rate quantiles are a Kronecker coordinate: rejection on the rate too.
  const CustomerBase& base = plan_->customers;
  int64_t id = base.base_count() + signed_up;
  for (int attempt = 0; attempt < kMaxPickTries; ++attempt) {
    double rate_draw = 0;
    const int64_t candidate =
        base.base_count() + 1 +
        static_cast<int64_t>(rng.BelowWithUniform(static_cast<uint64_t>(signed_up), &rate_draw));
    const CustomerBase::CohortPlace place = base.PlaceOf(candidate);
    if (rate_draw >= RateOf(place) * frequency_[static_cast<size_t>(place.generation)]) continue;
    id = candidate;
    if (Accepts(rng, candidate, place, ts_us)) return candidate;
  }
  return id;
}

Channel CustomerModel::WithoutApp(Channel channel) {
  return channel == Channel::kMobileApp ? Channel::kMobileWeb : channel;
}

Channel CustomerModel::OrderChannel(RowRng& rng, int64_t id, const CustomerTraits& traits,
                                    int64_t ts_us) const {
  const auto g = static_cast<size_t>(traits.generation);
  Channel channel = rng.Bernoulli(kPreferredShare)
                        ? traits.channel
                        : ValueAt<Channel>(channel_[g].Sample(rng.Next()));
  const std::optional<AppLaunchFacts>& launch = plan_->scenario.app_launch;
  if (!launch || plan_->app_launch_us < 0) return channel;
  // Multi-channel: before the launch there is no app; after it, adopters (a share that ramps
  // up to adopter_rate) order in the app app_use_rate of the time, everyone else on the web.
  const uint64_t bits = adopter_key_.Hash(static_cast<uint64_t>(id));
  const double adopter_draw = static_cast<double>(bits >> 11) * 0x1.0p-53;
  const bool adopter = adopter_draw < launch->adopter_rate * plan_->AppAdoption(ts_us);
  const bool app = adopter && rng.Bernoulli(launch->app_use_rate);
  if (app) return Channel::kMobileApp;
  return WithoutApp(channel);
}

PaymentMethod CustomerModel::OrderPayment(RowRng& rng, const CustomerTraits& traits) const {
  if (rng.Bernoulli(kPreferredShare)) return traits.payment;
  return ValueAt<PaymentMethod>(
      payment_[static_cast<size_t>(traits.generation)].Sample(rng.Next()));
}

SupportChannel CustomerModel::TicketChannel(RowRng& rng, int64_t id) const {
  // Tickets come from few customers each (the ones with trouble), so a cohort's ticket mix
  // leans on a handful of preferences; following them a little less often keeps small runs'
  // mixes on the cohort's row while still honouring each customer's habit. Only the support
  // preference is computed: the rest of Traits would cost more than the whole choice.
  const CustomerBase::CohortPlace place = plan_->customers.PlaceOf(id);
  const auto g = static_cast<size_t>(place.generation);
  if (rng.Bernoulli(kTicketPreferredShare)) {
    return Preference<SupportChannel>(support_[g], g, Dimension::kSupport, place.rank);
  }
  return ValueAt<SupportChannel>(support_[g].Sample(rng.Next()));
}

Channel CustomerModel::GuestChannel(RowRng& rng, int64_t ts_us) const {
  const auto g = static_cast<size_t>(generation_mix_.Sample(rng.Next()));
  const auto channel = ValueAt<Channel>(channel_[g].Sample(rng.Next()));
  if (plan_->app_launch_us >= 0 && (ts_us < plan_->app_launch_us)) return WithoutApp(channel);
  return channel;
}

}  // namespace ecomgen
