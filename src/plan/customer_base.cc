#include "plan/customer_base.h"

#include <cmath>

namespace ecomgen {
namespace {

// Base customers signed up over the three years before the window.
constexpr int64_t kHistoryUs = 3 * 365 * kMicrosPerDay;

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

}  // namespace

CustomerBase::CustomerBase(const Config& config, uint64_t seed)
    : seed_(seed), window_start_us_(config.start_us), window_us_(config.duration_us) {
  base_count_ = std::max<int64_t>(
      1, std::llround(static_cast<double>(config.business.customers) * config.scale));
  std::array<double, kGenerationCount> shares{};
  for (size_t g = 0; g < kGenerationCount; ++g) shares[g] = config.cohorts[g].share_pct;
  base_by_gen_ = Apportion(base_count_, shares);
  const double months = static_cast<double>(config.duration_us) / (30.0 * kMicrosPerDay);
  for (size_t g = 0; g < kGenerationCount; ++g) {
    new_by_gen_[g] = std::llround(static_cast<double>(base_by_gen_[g]) *
                                  config.cohorts[g].growth_pct_per_30d / 100.0 * months);
    new_count_ += new_by_gen_[g];
  }
  base_quota_ = QuotaOf(base_by_gen_);
  new_quota_ = QuotaOf(new_by_gen_);
  base_order_ = AffinePermutation(static_cast<uint64_t>(base_count_), Mix64(seed ^ 0xC0507));
  new_order_ = AffinePermutation(static_cast<uint64_t>(std::max<int64_t>(new_count_, 1)),
                                 Mix64(seed ^ 0xC0508));
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
  CohortPlace place =
      FromQuota(new_quota_, new_order_(static_cast<uint64_t>(customer_id - base_count_ - 1)));
  place.rank += base_by_gen_[static_cast<size_t>(place.generation)];
  return place;
}

int64_t CustomerBase::SignupUs(int64_t customer_id) const {
  // Stratified: customer i gets a uniform instant inside the i-th of n equal slots, so ids
  // are in signup order and the instants look random.
  RowRng rng(seed_, streams::kSignupJitter, static_cast<uint64_t>(customer_id));
  const double jitter = rng.Uniform();
  if (customer_id <= base_count_) {
    const double slot = static_cast<double>(kHistoryUs) / static_cast<double>(base_count_);
    const double offset = (static_cast<double>(customer_id - 1) + jitter) * slot;
    const int64_t signup = window_start_us_ - kHistoryUs + static_cast<int64_t>(offset);
    // Whole seconds, since CSV has second precision.
    return std::min(signup - signup % kMicrosPerSecond, window_start_us_ - kMicrosPerSecond);
  }
  const double slot = static_cast<double>(window_us_) / static_cast<double>(new_count_);
  const double offset = (static_cast<double>(customer_id - base_count_ - 1) + jitter) * slot;
  const int64_t signup = window_start_us_ + static_cast<int64_t>(offset);
  return signup - signup % kMicrosPerSecond;
}

int64_t CustomerBase::SignedUpBy(int64_t ts_us) const {
  if (ts_us < window_start_us_ || new_count_ == 0) return base_count_;
  // New customer j (0-based) signs up before the end of slot j, so all j with
  // (j + 1) * slot <= elapsed have signed up by ts_us.
  const double elapsed = static_cast<double>(ts_us - window_start_us_);
  const auto count = static_cast<int64_t>(elapsed * static_cast<double>(new_count_) /
                                          static_cast<double>(window_us_));
  return base_count_ + std::min(count, new_count_);
}

}  // namespace ecomgen
