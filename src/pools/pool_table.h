// Internal building blocks for the compiled-in pools: entry structs for the data files, and
// constexpr helpers that split an array of entries into the parallel arrays (names, weights)
// that the public pool structs expose as spans.
//
// The data files write each list as one array of entries, so a name and its weight stay on one
// line; these helpers derive the parallel arrays at compile time.
//
// Thread safety: everything here is constexpr data and pure functions.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace ecomgen::pools_detail {

// A name with its relative frequency (a positive integer; only ratios matter).
struct WeightedName {
  std::string_view name;
  uint32_t weight;
};

// One city: its name, state or province, region (an index into kAllRegionNames) and a weight
// proportional to its population.
struct CityEntry {
  std::string_view name;
  std::string_view state;
  uint8_t region;
  uint32_t weight;
};

// The union of both markets' region vocabularies, in a fixed order. Cities store an index into
// this list, so one Parquet dictionary serves every market.
inline constexpr std::array<std::string_view, 7> kAllRegionNames = {
    "north", "south", "east", "west", "central", "northeast", "midwest"};

// Indexes into kAllRegionNames, for the data files.
inline constexpr uint8_t kNorth = 0;
inline constexpr uint8_t kSouth = 1;
inline constexpr uint8_t kEast = 2;
inline constexpr uint8_t kWest = 3;
inline constexpr uint8_t kCentral = 4;
inline constexpr uint8_t kNortheast = 5;
inline constexpr uint8_t kMidwest = 6;

// The names of `entries`, in order.
template <size_t N>
constexpr std::array<std::string_view, N> NamesOf(const std::array<WeightedName, N>& entries) {
  std::array<std::string_view, N> names{};
  for (size_t idx = 0; idx < N; ++idx) names[idx] = entries[idx].name;
  return names;
}

// The weights of `entries`, in order.
template <size_t N>
constexpr std::array<uint32_t, N> WeightsOf(const std::array<WeightedName, N>& entries) {
  std::array<uint32_t, N> weights{};
  for (size_t idx = 0; idx < N; ++idx) weights[idx] = entries[idx].weight;
  return weights;
}

// Names, surnames and e-mail domains of one market (the parts kept in its names file).
struct NamePools {
  std::span<const std::string_view> female_first_names;
  std::span<const uint32_t> female_first_name_weights;
  std::span<const std::string_view> male_first_names;
  std::span<const uint32_t> male_first_name_weights;
  std::span<const std::string_view> last_names;
  std::span<const uint32_t> last_name_weights;
  std::span<const std::string_view> email_domains;
  std::span<const uint32_t> email_domain_weights;
};

// Every city of both markets as parallel arrays: India's cities first, then the United States'.
struct CityTable {
  std::span<const std::string_view> names;
  std::span<const std::string_view> states;
  std::span<const uint8_t> regions;
  std::span<const uint32_t> weights;
  size_t india_count;
};

// The words product names are built from, for one category.
struct CategoryWords {
  std::span<const std::string_view> brands;
  std::span<const std::string_view> adjectives;
  std::span<const std::string_view> nouns;
};

// Defined in product_words.cc: one entry per ProductCategory, in enumerator order.
std::span<const CategoryWords> AllCategoryWords();
// The area codes of one US city; codes[0..count) are used. The count is derived from the
// initializer: unused slots are 0.
struct CityAreaCodes {
  std::string_view city;
  std::array<uint16_t, 7> codes;
  constexpr size_t count() const {
    size_t n = 0;
    while (n < codes.size() && codes[n] != 0) ++n;
    return n;
  }
};

// Defined in us_area_codes.cc, in the order of the US cities of city_table.cc.
std::span<const CityAreaCodes> UsCityAreaCodes();
// Defined in india_names.cc and us_names.cc.
const NamePools& IndiaNamePools();
const NamePools& UsNamePools();
// Defined in city_table.cc.
const CityTable& AllCities();

// Writes `text` into out[pos, cap) and returns the new position; stops at `cap`.
inline size_t AppendClamped(std::string_view text, char* out, size_t pos, size_t cap) {
  for (const char ch : text) {
    if (pos >= cap) break;
    out[pos++] = ch;
  }
  return pos;
}

}  // namespace ecomgen::pools_detail
