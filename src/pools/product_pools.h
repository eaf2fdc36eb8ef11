// Compiled-in product reference data: the product categories with their catalogue shares, list
// price and unit cost models, fictional brand names, and the words product names are built from.
//
// All data is constant and lives in static storage; nothing is allocated at run time. Brand
// names are invented for this generator and are not meant to refer to any real company.
//
// Thread safety: all functions are pure and may be called from any thread.
//
// Example:
//   const CategoryProfile& profile = ProfileFor(ProductCategory::kBooks);
//   char name[kMaxProductNameLength];
//   size_t name_len = FormatProductName(ProductCategory::kBooks, bits, name, sizeof(name));
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "pools/market_pools.h"

namespace ecomgen {

// The product categories, in the order of ProductCategoryNames(). The value of each enumerator
// is its index in that list (and in a category column's dictionary).
enum class ProductCategory : uint8_t {
  kElectronics,
  kClothing,
  kBooks,
  kBeauty,
  kHomeKitchen,
  kSportsOutdoors,
  kToysGames,
  kGrocery,
};

// Number of ProductCategory enumerators.
inline constexpr size_t kProductCategoryCount = 8;

// The longest name FormatProductName writes, in bytes (no terminating NUL). A buffer of this
// size never truncates a name.
inline constexpr size_t kMaxProductNameLength = 80;

// Rupees per US dollar used to turn the USD price models into INR: 83, about the average
// market rate of 2023-24 (Reserve Bank of India reference rate).
inline constexpr double kInrPerUsd = 83.0;

// One category: its share of the catalogue, its price and cost model, and its name parts.
struct CategoryProfile {
  std::string_view name;      // lower_snake_case, e.g. "home_kitchen"
  uint32_t catalogue_weight;  // relative share of products in the catalogue
  // List price in USD is log-normal: exp(N(ln(price_median_usd), price_sigma^2)).
  double price_median_usd;
  double price_sigma;
  // unit_cost / list_price is drawn from [unit_cost_min_fraction, unit_cost_max_fraction];
  // both are below 1, so unit_cost < list_price.
  double unit_cost_min_fraction;
  double unit_cost_max_fraction;
  std::span<const std::string_view> brands;      // at least 25, fictional
  std::span<const std::string_view> adjectives;  // at least 20
  std::span<const std::string_view> nouns;       // at least 20, e.g. "Bluetooth Speaker"
};

// The category names, lower_snake_case, in enumerator order: electronics, clothing, books,
// beauty, home_kitchen, sports_outdoors, toys_games, grocery.
std::span<const std::string_view> ProductCategoryNames();

// Each category's share of the catalogue, parallel to ProductCategoryNames(); all positive.
std::span<const uint32_t> ProductCategoryWeights();

// The profile of `category`. The reference stays valid for the whole program.
const CategoryProfile& ProfileFor(ProductCategory category);

// The name of `category`, e.g. "sports_outdoors".
std::string_view CategoryName(ProductCategory category);

// Multiplier from a USD list price (as drawn from the category's model) to a list price in
// `market`'s currency. United States: 1. India: kInrPerUsd times a price level below 1, because
// Indian shelf prices sit well below straight currency conversion: the World Bank's PPP factor
// for India is about a quarter of the market rate. Traded goods (electronics) are priced close
// to parity, local goods (groceries, books printed in India, clothing) far below it.
double ListPriceFactor(Market market, ProductCategory category);

// A brand of `category` chosen from `random_bits` (uniformly over the brand list).
std::string_view BrandFor(ProductCategory category, uint64_t random_bits);

// Writes "<Brand> <Adjective> <Noun>" for `category` into `out` and returns its length (never 0,
// no NUL written). The brand is BrandFor(category, random_bits), so a product's brand column and
// name agree when both use the same bits. A name longer than `cap` is cut at `cap` bytes.
// REQUIRES: `out` has room for `cap` bytes; cap >= 1.
size_t FormatProductName(ProductCategory category, uint64_t random_bits, char* out, size_t cap);

}  // namespace ecomgen
