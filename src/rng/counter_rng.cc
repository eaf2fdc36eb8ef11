#include "rng/counter_rng.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "core/rounding.h"

namespace ecomgen {
namespace {

// The ziggurat of Marsaglia & Tsang, "The Ziggurat Method for Generating Random Variables"
// (2000), with 128 layers of equal area under the normal density's right half: where the
// tail begins, and each layer's area (their published values for 128 layers).
constexpr size_t kZigguratLayers = 128;
constexpr double kZigguratTailStart = 3.442619855899;
constexpr double kZigguratLayerArea = 9.91256303526217e-3;

// The normal density without its constant factor, which the method does not need.
double NormalShape(double x) { return std::exp(-0.5 * x * x); }

// Layer i >= 1 is the rectangle [0, right[i]] x [height[i], height[i + 1]], where height[i]
// is the density at right[i]; right[kZigguratLayers] = 0, at the peak. Layer 0 is the base
// strip [0, right[0]] x [0, height[1]], as wide as its area requires: the part beyond
// right[1] = kZigguratTailStart stands for the tail.
struct NormalZiggurat {
  std::array<double, kZigguratLayers + 1> right{};
  std::array<double, kZigguratLayers + 1> height{};

  NormalZiggurat() {
    right[0] = kZigguratLayerArea / NormalShape(kZigguratTailStart);
    right[1] = kZigguratTailStart;
    // Each layer's area fixes the height of the next: shape(right[i + 1]) =
    // shape(right[i]) + area / right[i].
    for (size_t layer = 1; layer + 1 < kZigguratLayers; ++layer) {
      right[layer + 1] =
          std::sqrt(-2.0 * std::log(kZigguratLayerArea / right[layer] + NormalShape(right[layer])));
    }
    right[kZigguratLayers] = 0;
    for (size_t layer = 0; layer <= kZigguratLayers; ++layer) {
      height[layer] = NormalShape(right[layer]);
    }
    height[0] = 0;  // the base strip reaches down to the axis (no wedge test uses it)
  }
};

const NormalZiggurat& Ziggurat() {
  static const NormalZiggurat kZiggurat;
  return kZiggurat;
}

}  // namespace

double RowRng::Normal() {
  const NormalZiggurat& ziggurat = Ziggurat();
  for (;;) {
    // Bits 0-6 pick the layer, bit 7 the sign, bits 11-63 the point across the layer.
    const uint64_t bits = Next();
    const size_t layer = bits & (kZigguratLayers - 1);
    const bool negative = ((bits >> 7) & 1) != 0;
    const double x = static_cast<double>(bits >> 11) * 0x1.0p-53 * ziggurat.right[layer];
    // Inside the next layer's width, the whole layer lies under the density.
    if (x < ziggurat.right[layer + 1]) return negative ? -x : x;
    if (layer == 0) {
      // Beyond the tail start: Marsaglia's (1964) exact method for the normal tail.
      double beyond = 0;
      double y = 0;
      do {
        beyond = -std::log(UniformOpen()) / kZigguratTailStart;
        y = -std::log(UniformOpen());
      } while (2 * y < beyond * beyond);
      const double value = kZigguratTailStart + beyond;
      return negative ? -value : value;
    }
    // The wedge between the layer's rectangle and the density.
    const double y =
        ziggurat.height[layer] + Uniform() * (ziggurat.height[layer + 1] - ziggurat.height[layer]);
    if (y < NormalShape(x)) return negative ? -x : x;
  }
}

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
    const double draw = RoundHalfAway(mean + std::sqrt(mean) * Normal());
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

int64_t RowRng::Binomial(int64_t n, double p) {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const double mean = static_cast<double>(n) * p;
  const double variance = mean * (1 - p);
  if (variance > 25) {
    const double draw = RoundHalfAway(mean + std::sqrt(variance) * Normal());
    return std::clamp(static_cast<int64_t>(std::max(draw, 0.0)), int64_t{0}, n);
  }
  int64_t count = 0;
  for (int64_t i = 0; i < n; ++i) count += Uniform() < p ? 1 : 0;
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
  while (std::gcd(mul, n_) != 1) mul = mul + 2 < n_ ? mul + 2 : 1;
  mul_ = mul;
  add_ = Mix64(key ^ 0xa0761d6478bd642fULL) % n_;
}

AffinePermutation AffinePermutation::Inverse() const {
  // The multiplier's inverse mod n by the extended Euclidean algorithm (mul is coprime to n),
  // then position = rank * mul + add gives rank = (position - add) * inverse.
  __extension__ using Int128 = __int128;
  Int128 old_r = mul_, r = n_, old_s = 1, s = 0;
  while (r != 0) {
    const Int128 q = old_r / r;
    Int128 t = old_r - q * r;
    old_r = r;
    r = t;
    t = old_s - q * s;
    old_s = s;
    s = t;
  }
  const auto n = static_cast<Int128>(n_);
  const auto inverse = static_cast<uint64_t>(((old_s % n) + n) % n);
  const auto add = static_cast<uint64_t>(static_cast<Uint128>((n_ - add_) % n_) * inverse % n_);
  return FromParts(n_, inverse, add);
}

}  // namespace ecomgen
