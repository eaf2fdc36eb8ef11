#include "plan/lifetimes.h"

#include <algorithm>
#include <cmath>

namespace ecomgen {
namespace {

// Keeps quantiles inside (0, 1) so logarithms stay finite.
constexpr double kQuantileFloor = 1e-12;

double ExponentialQuantile(double u, double mean) {
  return -mean * std::log1p(-std::min(u, 1 - kQuantileFloor));
}

}  // namespace

Lifetimes::Lifetimes(const LifecycleConfig& config)
    : q_(config.one_time_share),
      m1_(config.one_time_lifetime_days),
      m2_(config.regular_lifetime_days) {}

double Lifetimes::MeanDays() const { return q_ * m1_ + (1 - q_) * m2_; }

double Lifetimes::BaseOneTimeShare() const { return q_ * m1_ / MeanDays(); }

double Lifetimes::AgedAtLeast(double days) const {
  // The integral of S from `days` to infinity, over that from 0.
  return (q_ * m1_ * std::exp(-days / m1_) + (1 - q_) * m2_ * std::exp(-days / m2_)) / MeanDays();
}

double Lifetimes::AgeReachedBy(double share) const {
  // AgedAtLeast is convex and falls from 1 at age 0, so Newton's steps from an age left of
  // the root climb to it without overshooting. The regulars' term alone is below the sum, so
  // its root is such an age, and already close where regulars dominate (old ages).
  const double regulars = (1 - q_) * m2_ / MeanDays();
  double age = share < regulars ? m2_ * std::log(regulars / share) : 0;
  for (int step = 0; step < 50; ++step) {
    const double survival = q_ * std::exp(-age / m1_) + (1 - q_) * std::exp(-age / m2_);
    const double next = age + (AgedAtLeast(age) - share) * MeanDays() / survival;
    if (next - age < 1e-7) return next;
    age = next;
  }
  return age;
}

double Lifetimes::BaseLapsedWithin(double days) const {
  const double w1 = BaseOneTimeShare();
  return w1 * -std::expm1(-days / m1_) + (1 - w1) * -std::expm1(-days / m2_);
}

double Lifetimes::ArrivalsLapsedWithin(double days) const {
  // An arrival at a uniform time s in [0, days) lapses before the end with probability
  // 1 - e^(-(days - s)/m); averaged over s that is 1 - (m/days)(1 - e^(-days/m)).
  auto lapsed = [days](double mean) { return 1 + mean / days * std::expm1(-days / mean); };
  return q_ * lapsed(m1_) + (1 - q_) * lapsed(m2_);
}

Lifetimes::ActiveAbove Lifetimes::BaseActiveAbove(double days) const {
  // A class's remaining life exceeds `days` when its share of the quantile exceeds
  // 1 - e^(-days / m).
  const double w1 = BaseOneTimeShare();
  return {w1 * -std::expm1(-days / m1_), w1 + (1 - w1) * -std::expm1(-days / m2_)};
}

double Lifetimes::BaseActiveWeight(double days, double one_time_weight) const {
  const double w1 = BaseOneTimeShare();
  return w1 * one_time_weight * std::exp(-days / m1_) + (1 - w1) * std::exp(-days / m2_);
}

double Lifetimes::ArrivalsActiveWeight(double days, double one_time_weight) const {
  // The arrivals of the last `days` still active: the integral of the survival function.
  return q_ * one_time_weight * m1_ * -std::expm1(-days / m1_) +
         (1 - q_) * m2_ * -std::expm1(-days / m2_);
}

double Lifetimes::Lifetime(double u, bool base, bool* one_time) const {
  const double share = base ? BaseOneTimeShare() : q_;
  *one_time = u < share;
  if (*one_time) return ExponentialQuantile(u / share, m1_);
  return ExponentialQuantile((u - share) / (1 - share), m2_);
}

}  // namespace ecomgen
