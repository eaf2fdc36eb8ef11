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
// Picking a customer is rejection sampling; this bounds the work if weights are tiny.
constexpr int kMaxPickTries = 64;
// Seasonal regional drift: the configured points of order share moved, per unit amplitude of
// the regional factor (calibrated on the India region mix; see docs/scenarios.md).
constexpr double kShiftPointsPerAmplitude = 12.0;

// Steps of the 4-dimensional Kronecker sequence: powers of 1/g, g the real root of
// x^5 = x + 1 (Roberts' "R_d" sequence for d = 4), one dimension per preference.
constexpr std::array<double, 4> kR4 = {0.8566748838545029, 0.7338918566271260, 0.6287067210378087,
                                       0.5385972572236101};

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
      activity_key_(plan.config.seed, streams::kCustomerActivity),
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
  for (size_t g = 0; g < kGenerationCount; ++g) {
    RowRng rng(config.seed, streams::kPreferenceOffsets, g);
    for (double& offset : preference_offsets_[g]) offset = rng.Uniform();
  }
  std::vector<double> city_weights(pools_->city_weights.begin(), pools_->city_weights.end());
  city_ = AliasTable(city_weights);
  if (config.seasonal.enabled) {
    region_amplitude_ = std::min(0.9, config.seasonal.regional_shift_pp / kShiftPointsPerAmplitude);
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
  return ValueAt<E>(mix.Quantile(FractionalPart(offset + static_cast<double>(rank) * kR4[d])));
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

double CustomerModel::Activity(int64_t id) const {
  // A four-to-one spread between the least and the most active customers. A wider,
  // heavier-tailed spread concentrates a cohort's orders on few customers and lets its
  // realized channel and payment mixes drift from its configured row in small runs.
  const uint64_t bits = activity_key_.Hash(static_cast<uint64_t>(id));
  return 0.25 + 0.75 * static_cast<double>(bits >> 11) * 0x1.0p-53;
}

double CustomerModel::RegionFactor(uint8_t region, int64_t ts_us) const {
  if (region_amplitude_ == 0) return 1.0;
  const int direction = RegionDirection(AllRegionNames()[region]);
  const double progress = static_cast<double>(ts_us - plan_->start_us) /
                          static_cast<double>(plan_->end_us - plan_->start_us);
  return 1.0 + region_amplitude_ * direction * (progress - 0.5);
}

int64_t CustomerModel::Pick(RowRng& rng, int64_t ts_us, CustomerTraits* traits) const {
  const int64_t signed_up = plan_->customers.SignedUpBy(ts_us);
  const double region_max = 1.0 + region_amplitude_ * 0.5;
  int64_t candidate = 1;
  // Only the traits that weigh the choice are computed per attempt.
  for (int attempt = 0; attempt < kMaxPickTries; ++attempt) {
    candidate = 1 + static_cast<int64_t>(rng.Below(static_cast<uint64_t>(signed_up)));
    const Generation generation = plan_->customers.GenerationOf(candidate);
    double accept = Activity(candidate) * frequency_[static_cast<size_t>(generation)];
    if (region_amplitude_ > 0) {
      accept *= RegionFactor(pools_->city_regions[City(candidate)], ts_us) / region_max;
    }
    if (rng.Uniform() < accept) break;
  }
  if (traits != nullptr) *traits = Traits(candidate);
  return candidate;
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
  if (plan_->app_launch_us < 0) return channel;
  // Multi-channel: before the launch there is no app; after it, adopters (a share that ramps
  // up to adopter_rate) order in the app app_use_rate of the time, everyone else on the web.
  const AppLaunchConfig& launch = plan_->config.app_launch;
  const uint64_t bits = adopter_key_.Hash(static_cast<uint64_t>(id));
  const double adopter_draw = static_cast<double>(bits >> 11) * 0x1.0p-53;
  const bool adopter = adopter_draw < launch.adopter_rate * plan_->AppAdoption(ts_us);
  const bool app = adopter && rng.Bernoulli(launch.app_use_rate);
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
