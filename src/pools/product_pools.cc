// Category profiles (catalogue share, price and cost models) and product name formatting.
#include "pools/product_pools.h"

#include <array>

#include "pools/pool_table.h"

namespace ecomgen {
namespace {

constexpr std::array<std::string_view, kProductCategoryCount> kCategoryNames = {
    "electronics",  "clothing",        "books",      "beauty",
    "home_kitchen", "sports_outdoors", "toys_games", "grocery"};

// Catalogue shares, in percent: clothing is the widest assortment (sizes and styles), then
// electronics and home goods, in line with the category mix of large general marketplaces.
constexpr std::array<uint32_t, kProductCategoryCount> kCatalogueWeights = {14, 22, 12, 12,
                                                                           14, 9,  8,  9};

// The numeric part of each profile. Medians and spreads are rounded from typical online list
// prices: electronics span a 15 USD cable to a 1,500 USD TV, hence the wide sigma (0.9 puts the
// 5th-95th percentiles near 27 and 530 USD); books cluster around a 14 USD paperback (sigma 0.5:
// about 6-32 USD). Unit cost fractions are the usual retail gross margins: thin in electronics
// and grocery (15-30%), wide in clothing and beauty (45-70%).
struct PriceModel {
  double median_usd;
  double sigma;
  double cost_min_fraction;
  double cost_max_fraction;
};
constexpr std::array<PriceModel, kProductCategoryCount> kPriceModels = {{
    {120.0, 0.9, 0.70, 0.85},  // electronics
    {30.0, 0.6, 0.35, 0.55},   // clothing
    {14.0, 0.5, 0.55, 0.70},   // books
    {18.0, 0.6, 0.30, 0.50},   // beauty
    {35.0, 0.8, 0.45, 0.65},   // home_kitchen
    {40.0, 0.8, 0.45, 0.65},   // sports_outdoors
    {25.0, 0.7, 0.45, 0.60},   // toys_games
    {8.0, 0.6, 0.70, 0.85},    // grocery
}};

// India's price level per category, relative to straight conversion at kInrPerUsd. The PPP
// factor puts the overall level near 0.27; goods traded at world prices sit much closer to 1.
// So electronics stay near parity, while books (Indian editions), groceries and clothing made
// and sold locally cost about a third to a half of the converted US price.
constexpr std::array<double, kProductCategoryCount> kIndiaPriceLevel = {
    0.85,  // electronics
    0.40,  // clothing
    0.35,  // books
    0.45,  // beauty
    0.45,  // home_kitchen
    0.50,  // sports_outdoors
    0.45,  // toys_games
    0.35,  // grocery
};

std::array<CategoryProfile, kProductCategoryCount> BuildProfiles() {
  const std::span<const pools_detail::CategoryWords> words = pools_detail::AllCategoryWords();
  std::array<CategoryProfile, kProductCategoryCount> profiles{};
  for (size_t idx = 0; idx < kProductCategoryCount; ++idx) {
    const PriceModel& model = kPriceModels[idx];
    profiles[idx] =
        CategoryProfile{kCategoryNames[idx], kCatalogueWeights[idx],  model.median_usd,
                        model.sigma,         model.cost_min_fraction, model.cost_max_fraction,
                        words[idx].brands,   words[idx].adjectives,   words[idx].nouns};
  }
  return profiles;
}

size_t CategoryIndex(ProductCategory category) { return static_cast<size_t>(category); }

}  // namespace

std::span<const std::string_view> ProductCategoryNames() { return kCategoryNames; }

std::span<const uint32_t> ProductCategoryWeights() { return kCatalogueWeights; }

const CategoryProfile& ProfileFor(ProductCategory category) {
  static const std::array<CategoryProfile, kProductCategoryCount> kProfiles = BuildProfiles();
  return kProfiles[CategoryIndex(category)];
}

std::string_view CategoryName(ProductCategory category) {
  return kCategoryNames[CategoryIndex(category)];
}

double ListPriceFactor(Market market, ProductCategory category) {
  if (market == Market::kUnitedStates) return 1.0;
  return kInrPerUsd * kIndiaPriceLevel[CategoryIndex(category)];
}

std::string_view BrandFor(ProductCategory category, uint64_t random_bits) {
  const std::span<const std::string_view> brands =
      pools_detail::AllCategoryWords()[CategoryIndex(category)].brands;
  return brands[random_bits % brands.size()];
}

size_t FormatProductName(ProductCategory category, uint64_t random_bits, char* out, size_t cap) {
  const pools_detail::CategoryWords& words =
      pools_detail::AllCategoryWords()[CategoryIndex(category)];
  // The brand uses the lowest digits (base brands.size()), as in BrandFor; the adjective and
  // noun use the next ones, so all three come from the same bits without repeating a draw.
  uint64_t bits = random_bits / words.brands.size();
  const std::string_view adjective = words.adjectives[bits % words.adjectives.size()];
  bits /= words.adjectives.size();
  const std::string_view noun = words.nouns[bits % words.nouns.size()];

  size_t pos = pools_detail::AppendClamped(BrandFor(category, random_bits), out, 0, cap);
  pos = pools_detail::AppendClamped(" ", out, pos, cap);
  pos = pools_detail::AppendClamped(adjective, out, pos, cap);
  pos = pools_detail::AppendClamped(" ", out, pos, cap);
  return pools_detail::AppendClamped(noun, out, pos, cap);
}

}  // namespace ecomgen
