// Lifetimes: how long customers stay, and what that implies for a business in steady state.
//
// An arriving customer is a one-time buyer (share q, mean lifetime m1) or a regular (mean
// lifetime m2); each class's lifetime is exponential. If customers have arrived at a constant
// rate for long, the customers alive at an instant have ages with density proportional to the
// survival function S(a) = q e^(-a/m1) + (1-q) e^(-a/m2), and - exponentials being memoryless -
// the rest of their lives are again exponential per class, the classes weighted q m1 : (1-q) m2.
// The window's base customers are such a steady-state population; the window's arrivals are
// fresh ones. docs/behaviour.md derives the formulas below.
//
// Thread safety: immutable values.
#pragma once

#include "ecomgen/config.h"

namespace ecomgen {

class Lifetimes {
 public:
  explicit Lifetimes(const LifecycleConfig& config);

  // Mean lifetime of an arriving customer, in days; a steady base of B customers lapses (and
  // is replenished) at B / MeanDays() customers a day.
  double MeanDays() const;
  // Share of one-time buyers among the customers alive at an instant.
  double BaseOneTimeShare() const;
  // Share of the customers alive at an instant whose age is at least `days`.
  double AgedAtLeast(double days) const;
  // The age, in days, that a share `share` of the customers alive at an instant reach or
  // pass. REQUIRES: 0 < share <= 1. The inverse of AgedAtLeast.
  double AgeReachedBy(double share) const;
  // Share of the customers alive at an instant who lapse within `days`.
  double BaseLapsedWithin(double days) const;
  // Share of the customers arriving at a constant rate over `days` who lapse before its end.
  double ArrivalsLapsedWithin(double days) const;

  // Lifetime quantiles (as Lifetime reads them, base=true) above which a base customer of
  // each class is still active `days` after the window start.
  struct ActiveAbove {
    double one_time;
    double regular;
  };
  ActiveAbove BaseActiveAbove(double days) const;
  // Expected weight of the customers active `days` after the window start, one-time buyers
  // weighing `one_time_weight` and regulars 1: per base customer, and per daily arrival
  // (customers arriving at a constant rate since the start).
  double BaseActiveWeight(double days, double one_time_weight) const;
  double ArrivalsActiveWeight(double days, double one_time_weight) const;

  // Remaining lifetime in days of a customer alive at an instant (`base`) or of one arriving
  // (otherwise), as the quantile `u` in [0, 1): quantiles below the one-time share are the
  // one-time buyers, so a stratified u gives exact class counts. `one_time` receives the class.
  double Lifetime(double u, bool base, bool* one_time) const;

 private:
  double q_;
  double m1_;
  double m2_;
};

}  // namespace ecomgen
