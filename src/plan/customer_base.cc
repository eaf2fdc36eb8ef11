#include "plan/customer_base.h"

#include <algorithm>
#include <cmath>

#include "rng/kronecker.h"

namespace ecomgen {
namespace {

// The oldest base customers signed up at most this long before the window (with the
// default lifetimes, fewer than 1 in 10^5 customers alive are older).
constexpr double kMaxAgeDays = 10 * 365;

double Days(int64_t us) { return static_cast<double>(us) / static_cast<double>(kMicrosPerDay); }
int64_t Micros(double days) {
  return static_cast<int64_t>(days * static_cast<double>(kMicrosPerDay));
}

// Largest-remainder apportionment of `total` by percentages, so the counts sum to `total`.
std::array<int64_t, kGenerationCount> Apportion(int64_t total,
                                                const std::array<double, kGenerationCount>& pct) {
  std::array<int64_t, kGenerationCount> counts{};
  std::array<double, kGenerationCount> remainder{};
  double pct_sum = 0;
  for (double p : pct) pct_sum += p;
  int64_t assigned = 0;
  for (size_t g = 0; g < kGenerationCount; ++g) {
    const double exact = pct_sum > 0 ? static_cast<double>(total) * pct[g] / pct_sum : 0;
    counts[g] = static_cast<int64_t>(std::floor(exact));
    remainder[g] = exact - static_cast<double>(counts[g]);
    assigned += counts[g];
  }
  while (assigned < total) {
    size_t best = 0;
    for (size_t g = 1; g < kGenerationCount; ++g) {
      if (remainder[g] > remainder[best]) best = g;
    }
    ++counts[best];
    remainder[best] = -1;
    ++assigned;
  }
  return counts;
}

int64_t FloorToSecond(int64_t us) {
  const int64_t rest = us % kMicrosPerSecond;
  return rest < 0 ? us - rest - kMicrosPerSecond : us - rest;
}

}  // namespace

CustomerBase::CustomerBase(const Config& config, uint64_t seed)
    : lifetimes_(config.lifecycle),
      seed_(seed),
      window_start_us_(config.start_us),
      window_us_(config.duration_us) {
  base_count_ = std::max<int64_t>(
      1, std::llround(static_cast<double>(config.business.customers) * config.scale));
  std::array<double, kGenerationCount> shares{};
  for (size_t g = 0; g < kGenerationCount; ++g) shares[g] = config.cohorts[g].share_pct;
  base_by_gen_ = Apportion(base_count_, shares);
  // Signups make up for the expected lapses of the base and of the signups themselves, and
  // add the net growth: n = (base x growth + base x lapsed_base) / (1 - lapsed_arrivals).
  const double days = Days(config.duration_us);
  const double base_lapsed = lifetimes_.BaseLapsedWithin(days);
  const double arrivals_kept = 1 - lifetimes_.ArrivalsLapsedWithin(days);
  for (size_t g = 0; g < kGenerationCount; ++g) {
    const auto base = static_cast<double>(base_by_gen_[g]);
    const double growth = config.cohorts[g].growth_pct_per_30d / 100.0 * days / 30.0;
    new_by_gen_[g] = std::llround(base * (growth + base_lapsed) / arrivals_kept);
    new_count_ += new_by_gen_[g];
  }
  base_quota_ = QuotaOf(base_by_gen_);
  for (size_t g = 0; g < kGenerationCount; ++g) {
    new_bounds_[g + 1] = new_bounds_[g] + (new_count_ > 0 ? static_cast<double>(new_by_gen_[g]) /
                                                                static_cast<double>(new_count_)
                                                          : 0.25);
  }
  base_order_ = AffinePermutation(static_cast<uint64_t>(base_count_), Mix64(seed ^ 0xC0507));
  base_index_of_position_ = base_order_.Inverse();
  new_generation_offset_ = RowRng(seed, streams::kSignupCohortOffset, 0).Uniform();
  for (size_t g = 0; g < kGenerationCount; ++g) {
    lifetime_offsets_[g] = RowRng(seed, streams::kLifetimeOffsets, g).Uniform();
  }
  // Day d's bounds are those of its end; the extra second leaves the rounding of a lapse to
  // the second to the exact test.
  base_one_time_share_ = lifetimes_.BaseOneTimeShare();
  const auto window_days = static_cast<size_t>(std::ceil(days));
  base_active_above_.resize(window_days + 1);
  for (size_t d = 0; d <= window_days; ++d) {
    base_active_above_[d] = lifetimes_.BaseActiveAbove(static_cast<double>(d + 1) + 1.0 / 86400);
  }
}

CustomerBase::Quota CustomerBase::QuotaOf(const std::array<int64_t, kGenerationCount>& counts) {
  Quota quota{};
  for (size_t g = 0; g < kGenerationCount; ++g) {
    quota[g + 1] = quota[g] + static_cast<uint64_t>(counts[g]);
  }
  return quota;
}

CustomerBase::CohortPlace CustomerBase::FromQuota(const Quota& quota, uint64_t position) {
  if (position >= quota[kGenerationCount]) return {Generation::kBoomer, 0};
  // Counted, not searched: the positions are random, so a branch per generation would
  // mispredict. A generation of no customers starts where the next does and is passed over.
  size_t g = 0;
  for (size_t next = 1; next < kGenerationCount; ++next) {
    g += position >= quota[next] ? size_t{1} : size_t{0};
  }
  return {static_cast<Generation>(g), static_cast<int64_t>(position - quota[g])};
}

CustomerBase::CohortPlace CustomerBase::PlaceOf(int64_t customer_id) const {
  if (customer_id <= base_count_) {
    return FromQuota(base_quota_, base_order_(static_cast<uint64_t>(customer_id - 1)));
  }
  // Signups take their generation from a coordinate of the Kronecker sequence over the
  // signup order, so each stretch of the window gets every generation in its share and the
  // cohort's lifetimes (another coordinate) stay stratified against the signup times.
  const auto index = static_cast<double>(customer_id - base_count_ - 1);
  const double v = FractionalPart(new_generation_offset_ + index * kR7[kR7Generation]);
  size_t g = 0;
  for (size_t next = 1; next < kGenerationCount; ++next) {
    g += v >= new_bounds_[next] ? size_t{1} : size_t{0};
  }
  return {static_cast<Generation>(g),
          base_by_gen_[g] + static_cast<int64_t>(customer_id - base_count_ - 1)};
}

int64_t CustomerBase::SignupUs(int64_t customer_id) const {
  // Stratified: customer i gets a uniform point inside the i-th of n equal slots (of the
  // base's age distribution, or of the window), so ids are in signup order and the instants
  // look random.
  RowRng rng(seed_, streams::kSignupJitter, static_cast<uint64_t>(customer_id));
  const double jitter = rng.Uniform();
  if (customer_id <= base_count_) {
    // Counted from the oldest: a share (i - 1 + jitter) / n of the base is at least as old
    // as customer i.
    const double share =
        std::max((static_cast<double>(customer_id - 1) + jitter) / static_cast<double>(base_count_),
                 0.5 / static_cast<double>(base_count_));
    const double age_days = std::min(lifetimes_.AgeReachedBy(share), kMaxAgeDays);
    const int64_t signup = window_start_us_ - Micros(age_days);
    // Whole seconds, since CSV has second precision.
    return std::min(FloorToSecond(signup), window_start_us_ - kMicrosPerSecond);
  }
  const double slot = static_cast<double>(window_us_) / static_cast<double>(new_count_);
  const double offset = (static_cast<double>(customer_id - base_count_ - 1) + jitter) * slot;
  return FloorToSecond(window_start_us_ + static_cast<int64_t>(offset));
}

int64_t CustomerBase::SignedUpBy(int64_t ts_us) const {
  if (ts_us < window_start_us_) {
    // Base customer i signs up no later than the youngest age of its slot, the age a share
    // i / n of the base reaches; so all i <= n x AgedAtLeast(age) have signed up by then.
    const double age_days = Days(window_start_us_ - ts_us);
    if (age_days > kMaxAgeDays) return 0;
    const double share = lifetimes_.AgedAtLeast(age_days);
    return std::min(static_cast<int64_t>(share * static_cast<double>(base_count_)), base_count_);
  }
  if (new_count_ == 0) return base_count_;
  // New customer j (0-based) signs up before the end of slot j, so all j with
  // (j + 1) * slot <= elapsed have signed up by ts_us.
  const double elapsed = static_cast<double>(ts_us - window_start_us_);
  const auto count = static_cast<int64_t>(elapsed * static_cast<double>(new_count_) /
                                          static_cast<double>(window_us_));
  return base_count_ + std::min(count, new_count_);
}

double CustomerBase::LifetimeQuantile(const CohortPlace& place) const {
  return FractionalPart(lifetime_offsets_[static_cast<size_t>(place.generation)] +
                        static_cast<double>(place.rank) * kR7[kR7Lifetime]);
}

CustomerBase::Lifecycle CustomerBase::LifecycleOf(int64_t customer_id,
                                                  const CohortPlace& place) const {
  const bool base = customer_id <= base_count_;
  Lifecycle lifecycle{0, false};
  const double days = lifetimes_.Lifetime(LifetimeQuantile(place), base, &lifecycle.one_time);
  const int64_t from = base ? window_start_us_ : SignupUs(customer_id);
  // At most ten years on, so instants stay far inside the timestamp range; whole seconds,
  // rounded up so that an order placed before the lapse prints before it.
  const int64_t lapse = from + Micros(std::min(days, kMaxAgeDays));
  lifecycle.lapse_us = FloorToSecond(lapse + kMicrosPerSecond - 1);
  return lifecycle;
}

bool CustomerBase::ActiveAt(int64_t customer_id, const CohortPlace& place, int64_t ts_us,
                            bool* one_time) const {
  if (customer_id <= base_count_ && ts_us >= window_start_us_) {
    const auto day = static_cast<size_t>((ts_us - window_start_us_) / kMicrosPerDay);
    if (day < base_active_above_.size()) {
      const double u = LifetimeQuantile(place);
      *one_time = u < base_one_time_share_;
      const Lifetimes::ActiveAbove& bound = base_active_above_[day];
      if (u > (*one_time ? bound.one_time : bound.regular)) return true;
    }
  }
  const Lifecycle lifecycle = LifecycleOf(customer_id, place);
  *one_time = lifecycle.one_time;
  return lifecycle.lapse_us > ts_us;
}

int64_t CustomerBase::CountActiveAt(Generation generation, int64_t ts_us) const {
  int64_t active = 0;
  for (int64_t id = 1; id <= total(); ++id) {
    const CohortPlace place = PlaceOf(id);
    if (place.generation != generation) continue;
    // The base signed up before the window; working its signup out is not needed.
    if (id > base_count_ && SignupUs(id) >= ts_us) continue;
    if (LifecycleOf(id, place).lapse_us > ts_us) ++active;
  }
  return active;
}

}  // namespace ecomgen
