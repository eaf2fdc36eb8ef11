// Supplier name parts per market, supplier countries with per-market weights, and supplier name
// formatting.
#include "pools/supplier_pools.h"

#include <algorithm>
#include <array>

#include "pools/pool_table.h"

namespace ecomgen {
namespace {

using Words = std::string_view;

// Indian trading-house style: auspicious names, rivers, regions.
constexpr auto kIndiaPrefixes = std::to_array<Words>(
    {"Shree Ganesh", "Bharat",         "Sai Krishna", "Lakshmi",   "Ganga",     "Kaveri",
     "Narmada",      "Vindhya",        "Sahyadri",    "Deccan",    "Konark",    "Ajanta",
     "Indus Valley", "Saraswati",      "Mahalaxmi",   "Surya",     "Chandra",   "Navrang",
     "Jai Ambe",     "Om Sai",         "Shiv Shakti", "Tirupati",  "Sunrise",   "Kailash",
     "Malabar",      "Coromandel",     "Rajdhani",    "Gokul",     "Vrindavan", "Pragati",
     "Unnati",       "Siddhi Vinayak", "Shubh Labh",  "Neelkanth", "Arihant",   "Mahavir",
     "Gomti",        "Chambal"});
constexpr auto kIndiaSuffixes = std::to_array<Words>({"Industries",
                                                      "Trading Co.",
                                                      "Exports Pvt Ltd",
                                                      "Enterprises",
                                                      "Pvt Ltd",
                                                      "Ltd",
                                                      "Traders",
                                                      "Manufacturing Co.",
                                                      "Impex",
                                                      "Overseas",
                                                      "Sourcing Pvt Ltd",
                                                      "Global Pvt Ltd",
                                                      "Distributors",
                                                      "Agencies",
                                                      "Brothers",
                                                      "& Sons",
                                                      "Retail LLP",
                                                      "Supply Chain Pvt Ltd",
                                                      "Merchants",
                                                      "Wholesale Pvt Ltd",
                                                      "International",
                                                      "Corporation",
                                                      "Udyog",
                                                      "Polymers Pvt Ltd"});

// American small-company style: landscape and place words.
constexpr auto kUsPrefixes = std::to_array<Words>(
    {"Summit",       "Lakeside",  "Redwood",     "Prairie",      "Harbor Point",  "Blue Ridge",
     "Cascade",      "Granite",   "Ironwood",    "Keystone",     "Liberty",       "Pinecrest",
     "Silver Creek", "Northstar", "Riverbend",   "Cedar Valley", "Golden Plains", "Heartland",
     "Bayshore",     "Canyon",    "Evergreen",   "Frontier",     "Maplewood",     "Oak Hill",
     "Pioneer",      "Sagebrush", "Stonebridge", "Sunbelt",      "Tri-County",    "Westbrook",
     "Willow Creek", "Atlas",     "Beacon",      "Copperline",   "Great Lakes"});
constexpr auto kUsSuffixes = std::to_array<Words>(
    {"Inc.",         "LLC",           "Corp.",         "Co.",      "Industries",
     "Supply Co.",   "Trading Co.",   "Group",         "Holdings", "Manufacturing",
     "Distribution", "Wholesale",     "Brands",        "Partners", "Goods Inc.",
     "Imports LLC",  "Sourcing Inc.", "Logistics LLC", "& Co.",    "International",
     "Products Inc."});

// Where suppliers are based. Weights are rounded shares of each market's sourcing of consumer
// goods: Indian sellers buy mostly at home and from China; US sellers from China, at home,
// Mexico and Vietnam (the largest origins of US consumer-goods imports).
constexpr std::array<std::string_view, 16> kCountries = {"India",         "China",
                                                         "Vietnam",       "Bangladesh",
                                                         "United States", "Germany",
                                                         "Japan",         "South Korea",
                                                         "Taiwan",        "Mexico",
                                                         "Indonesia",     "Thailand",
                                                         "Sri Lanka",     "United Arab Emirates",
                                                         "Canada",        "Italy"};
constexpr std::array<uint32_t, kCountries.size()> kIndiaCountryWeights = {40, 25, 4, 4, 3, 3, 3, 4,
                                                                          3,  1,  2, 2, 2, 2, 1, 1};
constexpr std::array<uint32_t, kCountries.size()> kUsCountryWeights = {6, 30, 9, 3, 20, 4, 4, 4,
                                                                       4, 10, 2, 2, 1,  1, 3, 2};

template <size_t NPrefix, size_t NSuffix>
constexpr size_t LongestName(const std::array<Words, NPrefix>& prefixes,
                             const std::array<Words, NSuffix>& suffixes) {
  size_t prefix = 0;
  size_t suffix = 0;
  for (const Words word : prefixes) prefix = std::max(prefix, word.size());
  for (const Words word : suffixes) suffix = std::max(suffix, word.size());
  return prefix + 1 + suffix;
}
static_assert(LongestName(kIndiaPrefixes, kIndiaSuffixes) <= kMaxSupplierNameLength);
static_assert(LongestName(kUsPrefixes, kUsSuffixes) <= kMaxSupplierNameLength);

constexpr SupplierPools kIndiaPools{kIndiaPrefixes, kIndiaSuffixes, kCountries,
                                    kIndiaCountryWeights};
constexpr SupplierPools kUsPools{kUsPrefixes, kUsSuffixes, kCountries, kUsCountryWeights};

}  // namespace

const SupplierPools& SupplierPoolsFor(Market market) {
  return market == Market::kIndia ? kIndiaPools : kUsPools;
}

std::span<const std::string_view> AllSupplierCountries() { return kCountries; }

size_t FormatSupplierName(Market market, uint64_t random_bits, char* out, size_t cap) {
  const SupplierPools& pools = SupplierPoolsFor(market);
  const std::string_view prefix = pools.name_prefixes[random_bits % pools.name_prefixes.size()];
  const uint64_t bits = random_bits / pools.name_prefixes.size();
  const std::string_view suffix = pools.name_suffixes[bits % pools.name_suffixes.size()];
  size_t pos = pools_detail::AppendClamped(prefix, out, 0, cap);
  pos = pools_detail::AppendClamped(" ", out, pos, cap);
  return pools_detail::AppendClamped(suffix, out, pos, cap);
}

}  // namespace ecomgen
