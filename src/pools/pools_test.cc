#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <regex>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pools/market_pools.h"
#include "pools/pool_table.h"
#include "pools/product_pools.h"
#include "pools/supplier_pools.h"

namespace ecomgen {
namespace {

constexpr std::array<Market, kMarketCount> kMarkets = {Market::kIndia, Market::kUnitedStates};
constexpr uint64_t kDraws = 20000;

// A cheap, well-mixed sequence of 64-bit inputs (splitmix64 finalizer).
uint64_t Mix(uint64_t value) {
  value += 0x9e3779b97f4a7c15ULL;
  value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
  value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
  return value ^ (value >> 31);
}

void ExpectNoDuplicates(std::span<const std::string_view> list, const char* what) {
  std::set<std::string_view> seen;
  for (const std::string_view item : list) {
    EXPECT_TRUE(seen.insert(item).second) << what << " repeats " << item;
  }
}

void ExpectNonEmptyStrings(std::span<const std::string_view> list, const char* what) {
  for (const std::string_view item : list) EXPECT_FALSE(item.empty()) << what;
}

void ExpectPositiveWeights(std::span<const uint32_t> weights, size_t expected_size,
                           const char* what) {
  EXPECT_EQ(weights.size(), expected_size) << what;
  for (const uint32_t weight : weights) EXPECT_GT(weight, 0u) << what;
}

bool IsLowerSnakeCase(std::string_view text) {
  static const std::regex kPattern("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  return std::regex_match(std::string(text), kPattern);
}

TEST(PoolsMarketTest, MarketCodesRoundTrip) {
  EXPECT_EQ(MarketFromCode("in"), Market::kIndia);
  EXPECT_EQ(MarketFromCode("us"), Market::kUnitedStates);
  EXPECT_EQ(MarketFromCode("IN"), std::nullopt);
  EXPECT_EQ(MarketFromCode(""), std::nullopt);
  EXPECT_EQ(MarketFromCode("uk"), std::nullopt);
  for (const Market market : kMarkets) {
    EXPECT_EQ(MarketFromCode(MarketCode(market)), market);
    EXPECT_EQ(PoolsFor(market).market_code, MarketCode(market));
  }
}

TEST(PoolsMarketTest, CountryAndCurrency) {
  const MarketPools& india = PoolsFor(Market::kIndia);
  EXPECT_EQ(india.country_name, "India");
  EXPECT_EQ(india.country_code, "IN");
  EXPECT_EQ(india.currency_code, "INR");
  EXPECT_EQ(india.phone_prefix, "+91");
  const MarketPools& us = PoolsFor(Market::kUnitedStates);
  EXPECT_EQ(us.country_name, "United States");
  EXPECT_EQ(us.country_code, "US");
  EXPECT_EQ(us.currency_code, "USD");
  EXPECT_EQ(us.phone_prefix, "+1");
}

TEST(PoolsMarketTest, ListsHavePromisedSizesWithoutDuplicates) {
  for (const Market market : kMarkets) {
    const MarketPools& pools = PoolsFor(market);
    EXPECT_GE(pools.female_first_names.size(), 75u);
    EXPECT_GE(pools.male_first_names.size(), 75u);
    EXPECT_GE(pools.last_names.size(), 150u);
    EXPECT_GE(pools.city_names.size(), 60u);
    EXPECT_GE(pools.email_domains.size(), 4u);
    std::vector<std::string_view> first_names(pools.female_first_names.begin(),
                                              pools.female_first_names.end());
    first_names.insert(first_names.end(), pools.male_first_names.begin(),
                       pools.male_first_names.end());
    // Also: no name is given to both genders, so a name tells its gender.
    ExpectNoDuplicates(first_names, "first names");
    ExpectNoDuplicates(pools.last_names, "last names");
    ExpectNoDuplicates(pools.city_names, "cities");
    ExpectNoDuplicates(pools.email_domains, "email domains");
    ExpectNonEmptyStrings(first_names, "first names");
    ExpectNonEmptyStrings(pools.last_names, "last names");
    ExpectNonEmptyStrings(pools.city_names, "cities");
    ExpectNonEmptyStrings(pools.city_states, "states");
    ExpectPositiveWeights(pools.female_first_name_weights, pools.female_first_names.size(),
                          "female first names");
    ExpectPositiveWeights(pools.male_first_name_weights, pools.male_first_names.size(),
                          "male first names");
    ExpectPositiveWeights(pools.last_name_weights, pools.last_names.size(), "last names");
    ExpectPositiveWeights(pools.city_weights, pools.city_names.size(), "cities");
    ExpectPositiveWeights(pools.email_domain_weights, pools.email_domains.size(), "domains");
    EXPECT_EQ(pools.city_states.size(), pools.city_names.size());
    EXPECT_EQ(pools.city_regions.size(), pools.city_names.size());
  }
  EXPECT_EQ(PoolsFor(Market::kIndia).email_domains.front(), "gmail.com");
  EXPECT_EQ(PoolsFor(Market::kUnitedStates).email_domains.front(), "gmail.com");
}

TEST(PoolsMarketTest, RegionsAreLowerSnakeCaseAndBelongToTheMarket) {
  ExpectNoDuplicates(AllRegionNames(), "all regions");
  for (const std::string_view region : AllRegionNames()) EXPECT_TRUE(IsLowerSnakeCase(region));
  EXPECT_EQ(AllRegions(Market::kIndia).size(), 6u);
  EXPECT_EQ(AllRegions(Market::kUnitedStates).size(), 4u);
  for (const Market market : kMarkets) {
    const std::span<const std::string_view> regions = AllRegions(market);
    ExpectNoDuplicates(regions, "market regions");
    std::set<std::string_view> used;
    const MarketPools& pools = PoolsFor(market);
    for (const uint8_t region_idx : pools.city_regions) {
      ASSERT_LT(region_idx, AllRegionNames().size());
      const std::string_view region = AllRegionNames()[region_idx];
      EXPECT_TRUE(IsLowerSnakeCase(region)) << region;
      EXPECT_NE(std::find(regions.begin(), regions.end(), region), regions.end()) << region;
      used.insert(region);
    }
    // Every region of the market has at least one city.
    EXPECT_EQ(used.size(), regions.size());
  }
}

TEST(PoolsMarketTest, MarketCitiesAreSlicesOfTheCombinedList) {
  const std::span<const std::string_view> all = AllCityNames();
  ExpectNoDuplicates(all, "all cities");
  size_t total = 0;
  for (const Market market : kMarkets) {
    const MarketPools& pools = PoolsFor(market);
    total += pools.city_names.size();
    for (size_t city_idx = 0; city_idx < pools.city_names.size(); ++city_idx) {
      ASSERT_LT(pools.city_offset + city_idx, all.size());
      EXPECT_EQ(all[pools.city_offset + city_idx], pools.city_names[city_idx]);
    }
  }
  EXPECT_EQ(total, all.size());
  EXPECT_EQ(PoolsFor(Market::kIndia).city_offset, 0u);
}

TEST(PoolsMarketTest, IndianPhonesMatchTheFormat) {
  const std::regex pattern(R"(\+91 [6-9][0-9]{4} [0-9]{5})");
  std::array<char, kMaxPhoneLength> buffer{};
  std::set<char> first_digits;
  for (uint64_t draw = 0; draw < kDraws; ++draw) {
    const size_t length = FormatPhone(Market::kIndia, draw % 10, Mix(draw), buffer.data());
    ASSERT_LE(length, kMaxPhoneLength);
    const std::string phone(buffer.data(), length);
    ASSERT_TRUE(std::regex_match(phone, pattern)) << phone;
    first_digits.insert(phone[4]);
  }
  EXPECT_EQ(first_digits.size(), 4u);
  // The extremes of the input range stay in format.
  for (const uint64_t bits : {uint64_t{0}, ~uint64_t{0}}) {
    const size_t length = FormatPhone(Market::kIndia, 0, bits, buffer.data());
    EXPECT_TRUE(std::regex_match(std::string(buffer.data(), length), pattern));
  }
}

TEST(PoolsMarketTest, UsPhonesFollowNanpRulesWithTheCitysAreaCode) {
  const std::regex pattern(R"(\+1 ([2-9][0-8][0-9])-([2-9][0-9]{2})-[0-9]{4})");
  const MarketPools& pools = PoolsFor(Market::kUnitedStates);
  // The area-code table runs parallel to the city table.
  const std::span<const pools_detail::CityAreaCodes> table = pools_detail::UsCityAreaCodes();
  ASSERT_EQ(table.size(), pools.city_names.size());
  std::array<char, kMaxPhoneLength> buffer{};
  for (size_t city = 0; city < pools.city_names.size(); ++city) {
    ASSERT_EQ(table[city].city, pools.city_names[city]);
    const std::span<const uint16_t> codes = AreaCodesOf(Market::kUnitedStates, city);
    ASSERT_FALSE(codes.empty()) << pools.city_names[city];
    std::set<std::string> seen;
    for (uint64_t draw = 0; draw < 200; ++draw) {
      const size_t length = FormatPhone(Market::kUnitedStates, city, Mix(draw), buffer.data());
      ASSERT_LE(length, kMaxPhoneLength);
      const std::string phone(buffer.data(), length);
      std::smatch match;
      ASSERT_TRUE(std::regex_match(phone, match, pattern)) << phone;
      const std::string npa = match[1].str();
      EXPECT_NE(npa.substr(1), "11") << phone;
      EXPECT_NE(match[2].str().substr(1), "11") << phone;
      EXPECT_NE(std::find(codes.begin(), codes.end(), std::stoi(npa)), codes.end())
          << phone << " in " << pools.city_names[city];
      seen.insert(npa);
    }
    EXPECT_EQ(seen.size(), codes.size()) << "every code of " << pools.city_names[city] << " used";
    for (const uint64_t bits : {uint64_t{0}, ~uint64_t{0}}) {
      const size_t length = FormatPhone(Market::kUnitedStates, city, bits, buffer.data());
      EXPECT_TRUE(std::regex_match(std::string(buffer.data(), length), pattern));
    }
  }
  EXPECT_TRUE(AreaCodesOf(Market::kIndia, 0).empty());
}

TEST(PoolsProductTest, CategoriesAreTheContractsInOrder) {
  const std::array<std::string_view, kProductCategoryCount> expected = {
      "electronics",  "clothing",        "books",      "beauty",
      "home_kitchen", "sports_outdoors", "toys_games", "grocery"};
  const std::span<const std::string_view> names = ProductCategoryNames();
  ASSERT_EQ(names.size(), expected.size());
  for (size_t idx = 0; idx < expected.size(); ++idx) {
    EXPECT_EQ(names[idx], expected[idx]);
    EXPECT_TRUE(IsLowerSnakeCase(names[idx]));
    const auto category = static_cast<ProductCategory>(idx);
    EXPECT_EQ(CategoryName(category), expected[idx]);
    EXPECT_EQ(ProfileFor(category).name, expected[idx]);
  }
  ExpectPositiveWeights(ProductCategoryWeights(), kProductCategoryCount, "categories");
}

TEST(PoolsProductTest, ProfilesAreComplete) {
  for (size_t idx = 0; idx < kProductCategoryCount; ++idx) {
    const auto category = static_cast<ProductCategory>(idx);
    const CategoryProfile& profile = ProfileFor(category);
    EXPECT_EQ(profile.catalogue_weight, ProductCategoryWeights()[idx]);
    EXPECT_GT(profile.price_median_usd, 0.0);
    EXPECT_GT(profile.price_sigma, 0.0);
    EXPECT_GT(profile.unit_cost_min_fraction, 0.0);
    EXPECT_LE(profile.unit_cost_min_fraction, profile.unit_cost_max_fraction);
    EXPECT_LT(profile.unit_cost_max_fraction, 1.0);
    EXPECT_GE(profile.brands.size(), 25u);
    EXPECT_GE(profile.adjectives.size(), 20u);
    EXPECT_GE(profile.nouns.size(), 20u);
    ExpectNoDuplicates(profile.brands, "brands");
    ExpectNoDuplicates(profile.adjectives, "adjectives");
    ExpectNoDuplicates(profile.nouns, "nouns");
    ExpectNonEmptyStrings(profile.brands, "brands");
    ExpectNonEmptyStrings(profile.adjectives, "adjectives");
    ExpectNonEmptyStrings(profile.nouns, "nouns");
    EXPECT_EQ(ListPriceFactor(Market::kUnitedStates, category), 1.0);
    EXPECT_GT(ListPriceFactor(Market::kIndia, category), 0.0);
    EXPECT_LE(ListPriceFactor(Market::kIndia, category), kInrPerUsd);
  }
}

TEST(PoolsProductTest, NamesFitTheBufferAndStartWithTheBrand) {
  std::array<char, kMaxProductNameLength> buffer{};
  for (size_t idx = 0; idx < kProductCategoryCount; ++idx) {
    const auto category = static_cast<ProductCategory>(idx);
    std::set<std::string> distinct;
    for (uint64_t draw = 0; draw < kDraws / kProductCategoryCount; ++draw) {
      const uint64_t bits = Mix(draw * kProductCategoryCount + idx);
      const size_t length = FormatProductName(category, bits, buffer.data(), buffer.size());
      ASSERT_GT(length, 0u);
      ASSERT_LE(length, kMaxProductNameLength);
      const std::string name(buffer.data(), length);
      const std::string_view brand = BrandFor(category, bits);
      EXPECT_EQ(name.compare(0, brand.size(), brand), 0) << name;
      EXPECT_EQ(name.size() > brand.size() ? name[brand.size()] : '\0', ' ') << name;
      distinct.insert(name);
    }
    EXPECT_GT(distinct.size(), 1000u);
  }
}

TEST(PoolsProductTest, SmallBuffersAreNeverOverrun) {
  std::array<char, 12> buffer{};
  buffer.fill('#');
  const size_t length = FormatProductName(ProductCategory::kElectronics, Mix(7), buffer.data(), 5);
  EXPECT_EQ(length, 5u);
  EXPECT_EQ(buffer[5], '#');
}

TEST(PoolsSupplierTest, ListsHavePromisedSizes) {
  ExpectNoDuplicates(AllSupplierCountries(), "countries");
  for (const Market market : kMarkets) {
    const SupplierPools& pools = SupplierPoolsFor(market);
    EXPECT_GE(pools.name_prefixes.size(), 30u);
    EXPECT_GE(pools.name_suffixes.size(), 20u);
    ExpectNoDuplicates(pools.name_prefixes, "prefixes");
    ExpectNoDuplicates(pools.name_suffixes, "suffixes");
    EXPECT_EQ(pools.countries.data(), AllSupplierCountries().data());
    EXPECT_EQ(pools.countries.size(), AllSupplierCountries().size());
    ExpectPositiveWeights(pools.country_weights, pools.countries.size(), "countries");
    const std::string_view home = PoolsFor(market).country_name;
    EXPECT_NE(std::find(pools.countries.begin(), pools.countries.end(), home),
              pools.countries.end());
  }
}

TEST(PoolsSupplierTest, NamesFitTheBuffer) {
  std::array<char, kMaxSupplierNameLength> buffer{};
  for (const Market market : kMarkets) {
    std::set<std::string> distinct;
    for (uint64_t draw = 0; draw < kDraws / 4; ++draw) {
      const size_t length = FormatSupplierName(market, Mix(draw), buffer.data(), buffer.size());
      ASSERT_GT(length, 0u);
      ASSERT_LE(length, kMaxSupplierNameLength);
      const std::string name(buffer.data(), length);
      EXPECT_NE(name.find(' '), std::string::npos) << name;
      distinct.insert(name);
    }
    EXPECT_GT(distinct.size(), 400u);
  }
}

}  // namespace
}  // namespace ecomgen
