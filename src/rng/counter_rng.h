// Counter-based randomness: every draw is a pure function of a key.
//
// A key is (seed, table, stream, index). Hashing the key gives the state of a tiny
// sequential generator (SplitMix64) that serves the draws of that one row or decision. No
// generator is shared between rows, so a row's values do not depend on which thread made it
// or on what was generated before it: the same seed gives the same bytes for any thread count,
// and any chunk can be generated alone.
//
// Streams are registered in rng/streams.h (one per decision), so adding a draw to one
// decision never shifts the values of another.
//
// Thread safety: RowRng is a small value owned by one thread.
#pragma once

#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>

#include "ecomgen/table_id.h"
#include "rng/mul_high.h"
#include "rng/streams.h"

namespace ecomgen {

// A 64-bit finalizer with full avalanche (every input bit flips each output bit with
// probability ~1/2); the constants are SplitMix64's, after Stafford's "Mix13".
constexpr uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// The key without its index: one stream of one table under one seed. Distinct (table,
// stream) pairs get distinct tags, and the index is mixed in after the seed so that index i
// and seed s never alias index j, seed t. Hot loops build a StreamKey once and hash only the
// index per row: one mixing round instead of three.
class StreamKey {
 public:
  constexpr StreamKey() = default;
  constexpr StreamKey(uint64_t seed, StreamId stream)
      : prefix_(Mix64(
            Mix64(seed ^ 0x5851f42d4c957f2dULL) ^
            (((static_cast<uint64_t>(stream.table) << 24) | stream.id) * 0x9e3779b97f4a7c15ULL))) {}

  // The hash of the full key (seed, table, stream, index).
  constexpr uint64_t Hash(uint64_t index) const {
    return Mix64(prefix_ ^ (index * 0xd1342543de82ef95ULL + 0x2545f4914f6cdd1dULL));
  }

 private:
  uint64_t prefix_ = 0;
};

// The hash of a full key.
constexpr uint64_t KeyHash(uint64_t seed, StreamId stream, uint64_t index) {
  return StreamKey(seed, stream).Hash(index);
}

// The draws of one key, in sequence.
class RowRng {
 public:
  constexpr RowRng(uint64_t seed, StreamId stream, uint64_t index)
      : state_(KeyHash(seed, stream, index)) {}
  constexpr RowRng(const StreamKey& key, uint64_t index) : state_(key.Hash(index)) {}
  // A placeholder to be assigned a keyed generator (for arrays of records holding one).
  constexpr RowRng() = default;

  // 64 uniformly distributed bits.
  constexpr uint64_t Next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return Mix64(state_);
  }
  // Uniform in [0, 1), with 53 bits of precision.
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  // Uniform in (0, 1): safe for log().
  double UniformOpen() { return (static_cast<double>(Next() >> 11) + 0.5) * 0x1.0p-53; }
  // Uniform integer in [0, n); REQUIRES: n > 0. Lemire's multiply-shift (bias < n / 2^64).
  uint64_t Below(uint64_t n) { return MulHigh(Next(), n); }
  // Below(n) and, from the same draw, a uniform in [0, 1) independent of it: the low half of
  // the product that Below takes the high half of (uniform given the high half, on a grid of
  // spacing n / 2^64). For rejection sampling, where a draw per candidate counts.
  uint64_t BelowWithUniform(uint64_t n, double* uniform) {
    const Uint128 product = static_cast<Uint128>(Next()) * n;
    *uniform = static_cast<double>(static_cast<uint64_t>(product) >> 11) * 0x1.0p-53;
    return static_cast<uint64_t>(product >> 64);
  }
  // Uniform integer in [lo, hi]; REQUIRES: lo <= hi.
  int64_t Between(int64_t lo, int64_t hi) {
    return lo + static_cast<int64_t>(Below(static_cast<uint64_t>(hi - lo) + 1));
  }
  bool Bernoulli(double p) { return Uniform() < p; }
  // Standard normal, by Marsaglia and Tsang's ziggurat: one draw and no libm call about 99%
  // of the time (Box-Muller's log, sqrt and cos cost ten times as much), and exact: the
  // rejections make the density the normal's, tails included.
  double Normal();
  // Log-normal with the given median and log-space sigma.
  double LogNormal(double median, double sigma) { return median * std::exp(sigma * Normal()); }
  // Exponential with the given mean.
  double Exponential(double mean) { return -mean * std::log(UniformOpen()); }
  // Poisson with the given mean: Knuth's product of uniforms for small means, a rounded
  // normal approximation above 40 (its error there is far below the noise it models).
  int64_t Poisson(double mean);
  // Binomial(n, p): the sum of n Bernoulli draws while the variance n p (1 - p) is at most 25,
  // the rounded normal approximation above (clamped to [0, n]).
  int64_t Binomial(int64_t n, double p);
  // Beta(a, b) through two gamma draws (Marsaglia-Tsang); a, b >= 1 keeps it simple and exact.
  double Beta(double a, double b);
  // An index drawn in proportion to `weights` (non-negative, at least one positive), by one
  // uniform draw; never an index of weight 0. For fixed small vocabularies, where building
  // an AliasTable would not pay.
  size_t Weighted(std::span<const double> weights);

 private:
  double Gamma(double shape);

  uint64_t state_ = 0;
};

// A pseudo-random permutation of [0, n): rank -> position. An affine map mod n with a
// multiplier coprime to n, keyed by a hash. Used where the plan fixes how many rows of a
// group get some property (exact counts) and the rows that get it must look random.
class AffinePermutation {
 public:
  AffinePermutation(uint64_t n, uint64_t key);
  // The permutation of [0, n) with the multiplier and offset of one built before (mul() and
  // add()): for callers that keep many permutations in little memory.
  static AffinePermutation FromParts(uint64_t n, uint64_t mul, uint64_t add) {
    return {n, mul, add};
  }
  uint64_t mul() const { return mul_; }
  uint64_t add() const { return add_; }
  // The inverse permutation (position -> rank), itself affine.
  AffinePermutation Inverse() const;
  uint64_t operator()(uint64_t rank) const {
    // Below 2^32 the product fits in 64 bits, and a 64-bit remainder is several times
    // cheaper than a 128-bit one; the result is the same.
    if (((rank | n_) >> 32) == 0) return (rank * mul_ + add_) % n_;
    return static_cast<uint64_t>((static_cast<Uint128>(rank) * mul_ + add_) % n_);
  }
  // The position of rank + 1 given the position of rank (< n): one addition instead of a
  // remainder, for callers that walk consecutive ranks. Written so that nothing overflows
  // (mul <= n).
  uint64_t Step(uint64_t position) const {
    const uint64_t gap = n_ - mul_;
    return position >= gap ? position - gap : position + mul_;
  }

 private:
  // n = 0 is taken as 1, as by the keyed constructor.
  AffinePermutation(uint64_t n, uint64_t mul, uint64_t add)
      : n_(n == 0 ? 1 : n), mul_(mul), add_(add) {}

  uint64_t n_;
  uint64_t mul_;
  uint64_t add_;
};

}  // namespace ecomgen
