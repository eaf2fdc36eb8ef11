// Compiled-in supplier reference data: company names built from a prefix and a legal or trade
// suffix in each market's style, and the countries suppliers are based in, with weights.
//
// All data is constant and lives in static storage; nothing is allocated at run time. The name
// parts are invented and are not meant to name real companies.
//
// Thread safety: all functions are pure and may be called from any thread.
//
// Example:
//   char name[kMaxSupplierNameLength];
//   size_t name_len = FormatSupplierName(Market::kIndia, bits, name, sizeof(name));
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "pools/market_pools.h"

namespace ecomgen {

// The longest name FormatSupplierName writes, in bytes (no terminating NUL). A buffer of this
// size never truncates a name.
inline constexpr size_t kMaxSupplierNameLength = 56;

// The parts of one market's supplier names and where its suppliers are based.
struct SupplierPools {
  std::span<const std::string_view> name_prefixes;  // at least 30, e.g. "Deccan", "Lakeside"
  std::span<const std::string_view> name_suffixes;  // at least 20, e.g. "Exports Pvt Ltd", "LLC"
  std::span<const std::string_view> countries;      // always AllSupplierCountries()
  std::span<const uint32_t> country_weights;        // parallel to countries; all positive
};

// The supplier pools of `market`. The reference stays valid for the whole program.
const SupplierPools& SupplierPoolsFor(Market market);

// The supplier countries, without duplicates, in a fixed order (a dictionary for the
// suppliers.country column). Both markets use this list; only their weights differ, so a
// country index means the same in either market.
std::span<const std::string_view> AllSupplierCountries();

// Writes "<Prefix> <Suffix>" in `market`'s style into `out`, derived only from `random_bits`,
// and returns its length (never 0, no NUL written). A name longer than `cap` is cut at `cap`.
// REQUIRES: `out` has room for `cap` bytes; cap >= 1.
size_t FormatSupplierName(Market market, uint64_t random_bits, char* out, size_t cap);

}  // namespace ecomgen
