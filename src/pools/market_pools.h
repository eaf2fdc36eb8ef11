// Compiled-in reference pools of one market (India or the United States): first and last names,
// cities with their region and state, e-mail domains, country and currency codes, and phone
// number formatting.
//
// Every list is constant data inside the binary. The returned spans point at static storage that
// lives for the whole program, nothing is allocated at run time, and the pools are built on first
// use (function-local statics), so there is no static-initialization-order problem.
//
// City indices: each market has its own city list (MarketPools::city_names, index 0..n-1), and
// that list is a contiguous slice of AllCityNames(), starting at MarketPools::city_offset. So
// `pools.city_offset + city_idx` is the city's index in the combined list, which a sink can use
// as a fixed dictionary covering both markets. Regions work the same way with one shared list:
// MarketPools::city_regions holds indexes into AllRegionNames().
//
// Thread safety: all functions are pure and may be called from any thread.
//
// Example:
//   const MarketPools& pools = PoolsFor(Market::kIndia);
//   std::string_view city = pools.city_names[city_idx];
//   std::string_view region = AllRegionNames()[pools.city_regions[city_idx]];
//   char phone[kMaxPhoneLength];
//   size_t phone_len = FormatPhone(Market::kIndia, city_idx, bits, phone);
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "core/vocab.h"

namespace ecomgen {

// The markets the generator can produce data for. India is the default.
enum class Market : uint8_t { kIndia, kUnitedStates };

// Number of Market enumerators.
inline constexpr size_t kMarketCount = 2;

// The country of the market's customers, and the currency of its orders.
constexpr Country CountryOf(Market market) {
  return market == Market::kIndia ? Country::kIndia : Country::kUnitedStates;
}
constexpr Currency CurrencyOf(Market market) {
  return market == Market::kIndia ? Currency::kInr : Currency::kUsd;
}

// The longest string FormatPhone writes, in bytes: "+91 98765 43210" and "+1 415-555-0123" are
// both 15 characters. There is no terminating NUL.
inline constexpr size_t kMaxPhoneLength = 15;

// Everything about one market that the customer, supplier and order generators draw from. Every
// weight list runs parallel to the list before it, and every weight is positive.
struct MarketPools {
  std::string_view market_code;    // "in" or "us", the value of the --market option
  std::string_view country_name;   // "India", "United States"
  std::string_view country_code;   // ISO 3166-1 alpha-2: "IN", "US"
  std::string_view currency_code;  // ISO 4217: "INR", "USD"
  std::string_view phone_prefix;   // country calling code with '+': "+91", "+1"

  // First names by the gender they are given to (Gender::kFemale, kMale); no name is in both.
  std::span<const std::string_view> female_first_names;
  std::span<const uint32_t> female_first_name_weights;
  std::span<const std::string_view> male_first_names;
  std::span<const uint32_t> male_first_name_weights;
  std::span<const std::string_view> last_names;
  std::span<const uint32_t> last_name_weights;

  std::span<const std::string_view> city_names;   // a slice of AllCityNames()
  std::span<const std::string_view> city_states;  // state or province of each city
  std::span<const uint8_t> city_regions;          // index into AllRegionNames()
  std::span<const uint32_t> city_weights;         // proportional to population
  size_t city_offset;                             // index of city_names[0] in AllCityNames()

  std::span<const std::string_view> email_domains;
  std::span<const uint32_t> email_domain_weights;
};

// The market for a lower-case market code, "in" or "us"; nullopt for anything else.
std::optional<Market> MarketFromCode(std::string_view code);

// The lower-case code of `market`: "in" or "us".
std::string_view MarketCode(Market market);

// The pools of `market`. The reference stays valid for the whole program.
const MarketPools& PoolsFor(Market market);

// The distinct regions of `market`, lower_snake_case. India: north, south, east, west, central,
// northeast (the usual zonal split of the states). United States: northeast, midwest, south,
// west (the Census Bureau's four regions).
std::span<const std::string_view> AllRegions(Market market);

// The union of every market's regions, in a fixed order; MarketPools::city_regions indexes it.
std::span<const std::string_view> AllRegionNames();

// Every city of every market, without duplicates: India's cities first, then the United
// States'. A market's cities are the slice starting at its MarketPools::city_offset.
std::span<const std::string_view> AllCityNames();

// Writes a phone number of a customer of `market` living in its city `city_idx` (index into
// the market's city_names), derived only from the city and `random_bits`, into `out` and
// returns its length (at most kMaxPhoneLength; no NUL is written).
//   India: "+91 " then 10 digits, the first one 6-9, grouped 5+5: "+91 98765 43210" (mobile
//   numbers, which carry no place).
//   United States: "+1 NPA-NXX-XXXX" following the NANP rules, with an area code (NPA) of the
//   city (AreaCodesOf); the exchange (NXX) starts with 2-9 and is not an N11 service code.
// REQUIRES: `out` has room for kMaxPhoneLength bytes; city_idx < the market's city count.
size_t FormatPhone(Market market, size_t city_idx, uint64_t random_bits, char* out);

// The telephone area codes of the market's city `city_idx` (NANPA assignments); empty for
// India, whose mobile numbers carry no place.
std::span<const uint16_t> AreaCodesOf(Market market, size_t city_idx);

}  // namespace ecomgen
