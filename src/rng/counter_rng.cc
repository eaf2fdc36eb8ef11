#include "rng/counter_rng.h"

#include <numeric>

namespace ecomgen {

double RowRng::Gamma(double shape) {
  // Marsaglia & Tsang (2000), valid for shape >= 1; callers only use shape >= 1.
  const double d = shape - 1.0 / 3.0;
  const double c = 1.0 / std::sqrt(9.0 * d);
  for (;;) {
    double x = Normal();
    double v = 1.0 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const double u = UniformOpen();
    if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v)) return d * v;
  }
}

int64_t RowRng::Poisson(double mean) {
  if (mean <= 0) return 0;
  if (mean > 40) {
    const double draw = std::round(mean + std::sqrt(mean) * Normal());
    return draw < 0 ? 0 : static_cast<int64_t>(draw);
  }
  const double limit = std::exp(-mean);
  int64_t count = 0;
  double product = Uniform();
  while (product > limit) {
    ++count;
    product *= Uniform();
  }
  return count;
}

double RowRng::Beta(double a, double b) {
  const double x = Gamma(a);
  const double y = Gamma(b);
  return x / (x + y);
}

size_t RowRng::Weighted(std::span<const double> weights) {
  double total = 0;
  for (double weight : weights) total += weight;
  double draw = Uniform() * total;
  size_t last_positive = 0;
  for (size_t idx = 0; idx < weights.size(); ++idx) {
    if (weights[idx] <= 0) continue;
    last_positive = idx;
    draw -= weights[idx];
    if (draw < 0) return idx;
  }
  return last_positive;  // the draw outlasted the total by rounding
}

AffinePermutation::AffinePermutation(uint64_t n, uint64_t key) : n_(n == 0 ? 1 : n) {
  // Walk from a keyed odd start to a multiplier coprime to n: a few steps at most.
  uint64_t mul = (Mix64(key) % n_) | 1;
  // Minutes have far fewer than 2^32 rows: their gcd is taken in 32 bits, where each
  // remainder step is several times cheaper (the value is the same).
  const auto coprime = [n = n_](uint64_t candidate) {
    if (n >> 32 == 0) {
      return std::gcd(static_cast<uint32_t>(candidate), static_cast<uint32_t>(n)) == 1;
    }
    return std::gcd(candidate, n) == 1;
  };
  while (!coprime(mul)) mul = mul + 2 < n_ ? mul + 2 : 1;
  mul_ = mul;
  add_ = Mix64(key ^ 0xa0761d6478bd642fULL) % n_;
}

}  // namespace ecomgen
