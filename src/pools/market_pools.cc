// Assembles each market's pools from the data files and formats phone numbers.
#include "pools/market_pools.h"

#include <array>

#include "pools/pool_table.h"

namespace ecomgen {
namespace {

using pools_detail::kAllRegionNames;

constexpr std::array<std::string_view, 6> kIndiaRegions = {"north", "south",   "east",
                                                           "west",  "central", "northeast"};
constexpr std::array<std::string_view, 4> kUsRegions = {"northeast", "midwest", "south", "west"};

MarketPools BuildPools(Market market) {
  const pools_detail::CityTable& cities = pools_detail::AllCities();
  const bool india = market == Market::kIndia;
  const pools_detail::NamePools& names =
      india ? pools_detail::IndiaNamePools() : pools_detail::UsNamePools();
  const size_t city_offset = india ? 0 : cities.india_count;
  const size_t city_count = india ? cities.india_count : cities.names.size() - cities.india_count;

  MarketPools pools{};
  pools.market_code = india ? "in" : "us";
  pools.country_name = india ? "India" : "United States";
  pools.country_code = india ? "IN" : "US";
  pools.currency_code = india ? "INR" : "USD";
  pools.phone_prefix = india ? "+91" : "+1";
  pools.female_first_names = names.female_first_names;
  pools.female_first_name_weights = names.female_first_name_weights;
  pools.male_first_names = names.male_first_names;
  pools.male_first_name_weights = names.male_first_name_weights;
  pools.last_names = names.last_names;
  pools.last_name_weights = names.last_name_weights;
  pools.city_names = cities.names.subspan(city_offset, city_count);
  pools.city_states = cities.states.subspan(city_offset, city_count);
  pools.city_regions = cities.regions.subspan(city_offset, city_count);
  pools.city_weights = cities.weights.subspan(city_offset, city_count);
  pools.city_offset = city_offset;
  pools.email_domains = names.email_domains;
  pools.email_domain_weights = names.email_domain_weights;
  return pools;
}

// Writes the `count` lowest decimal digits of `value` (with leading zeros) at `out`.
void WriteDigits(uint64_t value, size_t count, char* out) {
  for (size_t pos = count; pos > 0; --pos) {
    out[pos - 1] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

// Maps `choice` (0..98) to a 3-digit code's last two digits "00".."99" without "11", which
// would make an N11 service code (211, 311, 411, 911, ...).
uint64_t SkipEleven(uint64_t choice) { return choice < 11 ? choice : choice + 1; }

size_t FormatIndiaPhone(uint64_t random_bits, char* out) {
  // Indian mobile numbers have 10 digits and start with 6, 7, 8 or 9 (TRAI numbering plan).
  constexpr uint64_t kSubscriberRange = 1'000'000'000;  // the 9 digits after the first
  const uint64_t first_digit = 6 + random_bits % 4;
  const uint64_t rest = (random_bits / 4) % kSubscriberRange;
  const uint64_t number = first_digit * kSubscriberRange + rest;
  constexpr std::string_view kPrefix = "+91 ";
  size_t pos = pools_detail::AppendClamped(kPrefix, out, 0, kMaxPhoneLength);
  WriteDigits(number / 100'000, 5, out + pos);
  pos += 5;
  out[pos++] = ' ';
  WriteDigits(number % 100'000, 5, out + pos);
  return pos + 5;
}

size_t FormatUsPhone(std::span<const uint16_t> area_codes, uint64_t random_bits, char* out) {
  // NPA (area code): one of the city's. NXX (exchange): first digit 2-9 and not N11: 8 * 99.
  constexpr uint64_t kNxxPerFirstDigit = 99;
  uint64_t bits = random_bits;
  const uint64_t npa = area_codes[bits % area_codes.size()];
  bits /= area_codes.size();
  const uint64_t nxx_first = 2 + bits % 8;
  bits /= 8;
  const uint64_t nxx_rest = SkipEleven(bits % kNxxPerFirstDigit);
  bits /= kNxxPerFirstDigit;
  const uint64_t line = bits % 10'000;

  constexpr std::string_view kPrefix = "+1 ";
  size_t pos = pools_detail::AppendClamped(kPrefix, out, 0, kMaxPhoneLength);
  WriteDigits(npa, 3, out + pos);
  pos += 3;
  out[pos++] = '-';
  WriteDigits(nxx_first * 100 + nxx_rest, 3, out + pos);
  pos += 3;
  out[pos++] = '-';
  WriteDigits(line, 4, out + pos);
  return pos + 4;
}

}  // namespace

std::optional<Market> MarketFromCode(std::string_view code) {
  if (code == "in") return Market::kIndia;
  if (code == "us") return Market::kUnitedStates;
  return std::nullopt;
}

std::string_view MarketCode(Market market) { return market == Market::kIndia ? "in" : "us"; }

const MarketPools& PoolsFor(Market market) {
  static const MarketPools kIndia = BuildPools(Market::kIndia);
  static const MarketPools kUnitedStates = BuildPools(Market::kUnitedStates);
  return market == Market::kIndia ? kIndia : kUnitedStates;
}

std::span<const std::string_view> AllRegions(Market market) {
  if (market == Market::kIndia) return kIndiaRegions;
  return kUsRegions;
}

std::span<const std::string_view> AllRegionNames() { return kAllRegionNames; }

std::span<const std::string_view> AllCityNames() { return pools_detail::AllCities().names; }

size_t FormatPhone(Market market, size_t city_idx, uint64_t random_bits, char* out) {
  return market == Market::kIndia ? FormatIndiaPhone(random_bits, out)
                                  : FormatUsPhone(AreaCodesOf(market, city_idx), random_bits, out);
}

std::span<const uint16_t> AreaCodesOf(Market market, size_t city_idx) {
  if (market == Market::kIndia) return {};
  const pools_detail::CityAreaCodes& city = pools_detail::UsCityAreaCodes()[city_idx];
  return std::span<const uint16_t>(city.codes.data(), city.count());
}

}  // namespace ecomgen
