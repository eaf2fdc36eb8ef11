#include "models/product_catalog.h"

#include <algorithm>
#include <cmath>

#include "core/civil_time.h"
#include "rng/counter_rng.h"

namespace ecomgen {
namespace {

// The primary supplier makes this share of the catalogue (enough SKUs to disrupt).
constexpr double kPrimarySupplierShare = 0.10;
// Catalogue history: products launched over the five years before the window.
constexpr int64_t kLaunchHistoryDays = 5 * 365;

// Rows: generations; columns: electronics clothing books beauty home_kitchen sports_outdoors
// toys_games grocery. Younger shoppers lean to beauty, clothing and gadgets; older ones to
// books, home and grocery.
constexpr std::array<std::array<double, kProductCategoryCount>, kGenerationCount> kTaste = {{
    {1.2, 1.4, 0.6, 1.6, 0.6, 1.0, 0.8, 0.6},
    {1.2, 1.1, 0.9, 1.0, 1.3, 1.0, 1.3, 1.1},
    {1.0, 0.9, 1.1, 0.8, 1.3, 1.0, 1.0, 1.3},
    {0.7, 0.7, 1.5, 0.6, 1.4, 0.7, 0.9, 1.5},
}};

// Relative return propensity by category: fit and looks drive clothing returns, defects and
// buyer's remorse drive electronics; consumables rarely come back.
constexpr std::array<double, kProductCategoryCount> kReturnPropensity = {1.1, 1.4, 0.4, 0.7,
                                                                         0.9, 1.0, 0.8, 0.3};

int64_t ToCents(double amount) { return std::llround(amount * 100.0); }

bool InList(const std::vector<std::string>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

}  // namespace

double CategoryTaste(Generation g, ProductCategory c) {
  return kTaste[static_cast<size_t>(g)][static_cast<size_t>(c)];
}

ProductCatalog::ProductCatalog(const Plan& plan, Market market) {
  const Config& config = plan.config;
  const ScenarioFacts& scenario = plan.scenario;
  const uint64_t seed = config.seed;
  supplier_count_ = config.business.suppliers;
  const auto count = static_cast<size_t>(config.business.products);
  const std::span<const uint32_t> category_weights = ProductCategoryWeights();
  std::vector<double> weights(category_weights.begin(), category_weights.end());
  const AliasTable category_table(weights);
  const int64_t window_day = DaysFromMicros(config.start_us);

  for (size_t c = 0; c < kProductCategoryCount; ++c) {
    const std::string_view name = CategoryName(static_cast<ProductCategory>(c));
    if (InList(config.discount.categories, name)) {
      discount_by_category_[c] = static_cast<int>(std::lround(config.discount.pct));
    }
  }

  products_.resize(count);
  for (size_t i = 0; i < count; ++i) {
    Product& p = products_[i];
    const auto id = static_cast<int64_t>(i + 1);
    p.id = id;
    RowRng category_rng(seed, streams::kProductCategory, static_cast<uint64_t>(id));
    p.category = static_cast<ProductCategory>(category_table.Sample(category_rng.Next()));
    const CategoryProfile& profile = ProfileFor(p.category);

    RowRng price_rng(seed, streams::kProductPrice, static_cast<uint64_t>(id));
    const double usd = price_rng.LogNormal(profile.price_median_usd, profile.price_sigma);
    // Prices end in .99 (US) or a round rupee figure ending in 9 (India), as shops price.
    double local = usd * ListPriceFactor(market, p.category);
    local = market == Market::kIndia ? std::max(9.0, std::round(local / 10.0) * 10.0 - 1.0)
                                     : std::max(0.99, std::floor(local) + 0.99);
    p.list_price_cents = ToCents(local);
    const double cost_fraction =
        profile.unit_cost_min_fraction +
        price_rng.Uniform() * (profile.unit_cost_max_fraction - profile.unit_cost_min_fraction);
    p.unit_cost_cents =
        std::min(p.list_price_cents - 1, std::max<int64_t>(1, ToCents(local * cost_fraction)));

    RowRng supplier_rng(seed, streams::kProductSupplier, static_cast<uint64_t>(id));
    if (supplier_count_ == 1 || supplier_rng.Uniform() < kPrimarySupplierShare) {
      p.supplier_id = 1;
    } else {
      // The other suppliers by a Zipf-like law: a few big ones and a long tail.
      const double u = supplier_rng.UniformOpen();
      const auto others = static_cast<double>(supplier_count_ - 1);
      p.supplier_id =
          2 + std::min<int64_t>(supplier_count_ - 2, static_cast<int64_t>(others * u * u));
    }

    RowRng detail_rng(seed, streams::kProductDetail, static_cast<uint64_t>(id));
    p.popularity = detail_rng.LogNormal(1.0, 0.9);
    p.launch_day = window_day - 1 - static_cast<int64_t>(detail_rng.Below(kLaunchHistoryDays));
    p.stock_quantity = detail_rng.Between(0, 2500);
    p.name_bits = detail_rng.Next();
    p.discount_pct = discount_by_category_[static_cast<size_t>(p.category)];
  }

  if (scenario.viral) {
    // The most popular product of the viral category gets its moment.
    int64_t best = -1;
    for (const Product& p : products_) {
      if (CategoryName(p.category) == scenario.viral->category &&
          (best < 0 || p.popularity > at(best).popularity)) {
        best = p.id;
      }
    }
    viral_product_id_ = best;
    if (best > 0)
      products_[static_cast<size_t>(best - 1)].stock_quantity = scenario.viral->inventory_units;
  }
  if (scenario.supply) {
    // The primary supplier's best sellers are the ones that hurt.
    std::vector<int64_t> primary;
    for (const Product& p : products_) {
      if (p.supplier_id == primary_supplier_id() && p.id != viral_product_id_)
        primary.push_back(p.id);
    }
    std::sort(primary.begin(), primary.end(), [&](int64_t a, int64_t b) {
      return at(a).popularity > at(b).popularity || (at(a).popularity == at(b).popularity && a < b);
    });
    primary.resize(std::min(primary.size(), static_cast<size_t>(scenario.supply->affected_skus)));
    std::sort(primary.begin(), primary.end());
    affected_ids_ = primary;
    for (int64_t id : affected_ids_) {
      Product& p = products_[static_cast<size_t>(id - 1)];
      p.affected = true;
      p.stock_quantity = p.stock_quantity / 10;
    }
  }
  BuildDrawTables(plan);
  BuildReturnProbabilities(plan);
}

void ProductCatalog::BuildDrawTables(const Plan& plan) {
  const Config& config = plan.config;
  const ScenarioFacts& scenario = plan.scenario;
  const double seasonal_boost = scenario.seasonal ? scenario.seasonal->category_boost : 1.0;
  // Affected SKUs sell at backup capacity: with orders at intensity I and the SKUs' share s of
  // lines, a weight factor f gives units ratio I * f / (f s + 1 - s); solve for the ratio b.
  double affected_factor = 1.0;
  std::array<std::vector<double>, kGenerationCount> weights;
  for (size_t g = 0; g < kGenerationCount; ++g) {
    weights[g].resize(products_.size());
    for (size_t i = 0; i < products_.size(); ++i) {
      const Product& p = products_[i];
      double w = p.popularity * CategoryTaste(static_cast<Generation>(g), p.category);
      if (p.discount_pct > 0) w *= seasonal_boost;
      // The viral product sells only through the plan's allotment.
      if (p.id == viral_product_id_) w = 0;
      weights[g][i] = w;
    }
  }
  if (!affected_ids_.empty()) {
    double affected = 0;
    double total = 0;
    for (size_t g = 0; g < kGenerationCount; ++g) {
      const double cohort = config.cohorts[g].share_pct * config.cohorts[g].order_frequency *
                            config.cohorts[g].mean_basket_items;
      double cohort_total = 0;
      double cohort_affected = 0;
      for (size_t i = 0; i < products_.size(); ++i) {
        cohort_total += weights[g][i];
        if (products_[i].affected) cohort_affected += weights[g][i];
      }
      affected += cohort * cohort_affected / cohort_total;
      total += cohort;
    }
    const double s = affected / total;
    const double b = scenario.supply->backup_capacity;
    const double intensity = config.intensity;
    affected_factor = std::max(0.0, b * (1 - s) / std::max(1e-9, intensity - b * s));
  }
  for (size_t g = 0; g < kGenerationCount; ++g) {
    for (size_t i = 0; i < products_.size(); ++i) {
      if (products_[i].affected) weights[g][i] *= affected_factor;
    }
    draw_[g] = AliasTable(weights[g]);
  }
}

void ProductCatalog::BuildReturnProbabilities(const Plan& plan) {
  const Config& config = plan.config;
  // Scale category propensities so the expected share of returned lines is the configured
  // rate, given the mix of categories that orders actually draw.
  std::array<double, kProductCategoryCount> share{};
  double cohort_total = 0;
  for (size_t g = 0; g < kGenerationCount; ++g) {
    const double cohort = config.cohorts[g].share_pct * config.cohorts[g].order_frequency *
                          config.cohorts[g].mean_basket_items;
    cohort_total += cohort;
    for (size_t i = 0; i < products_.size(); ++i) {
      share[static_cast<size_t>(products_[i].category)] += cohort * draw_[g].probability(i);
    }
  }
  std::array<double, kProductCategoryCount> propensity = kReturnPropensity;
  double rate = config.business.return_rate;
  if (const std::optional<ReturnsFacts>& wave = plan.scenario.returns) {
    rate = wave->return_rate;
    for (size_t c = 0; c < kProductCategoryCount; ++c) {
      if (InList(wave->focus_categories, CategoryName(static_cast<ProductCategory>(c)))) {
        propensity[c] *= wave->focus_weight;
      }
    }
  }
  double expected = 0;
  for (size_t c = 0; c < kProductCategoryCount; ++c)
    expected += share[c] / cohort_total * propensity[c];
  for (size_t c = 0; c < kProductCategoryCount; ++c) {
    return_probability_[c] = std::min(0.95, rate * propensity[c] / expected);
  }
}

}  // namespace ecomgen
