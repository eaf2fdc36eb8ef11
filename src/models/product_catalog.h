// ProductCatalog: every product, in memory, and the distributions orders draw them from.
//
// The catalogue is small (thousands of rows at any scale), so it is built once before the
// workers start and shared read-only. Besides the products table itself it holds one alias
// table per generation for drawing order items (category tastes times popularity times the
// scenario's adjustments), the scenario's special products (the viral product, the affected
// SKUs of a supply disruption) and each category's return propensity.
//
// Thread safety: immutable after construction.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "ecomgen/config.h"
#include "plan/plan.h"
#include "pools/market_pools.h"
#include "pools/product_pools.h"
#include "rng/alias_table.h"

namespace ecomgen {

struct Product {
  int64_t id = 0;
  ProductCategory category = ProductCategory::kElectronics;
  int64_t supplier_id = 0;
  int64_t list_price_cents = 0;
  int64_t unit_cost_cents = 0;
  int64_t stock_quantity = 0;
  int64_t launch_day = 0;  // days since the epoch
  double popularity = 1;
  uint64_t name_bits = 0;  // picks the brand and name from the pools
  bool affected = false;   // one of the supply disruption's SKUs
  int discount_pct = 0;    // the scenario's window-wide discount on its category
};

class ProductCatalog {
 public:
  // Everyday settings from the plan's config; the scenario's products and adjustments from
  // its facts (Plan::scenario).
  ProductCatalog(const Plan& plan, Market market);

  const std::vector<Product>& products() const { return products_; }
  // REQUIRES: 1 <= id <= size.
  const Product& at(int64_t id) const { return products_[static_cast<size_t>(id - 1)]; }
  int64_t supplier_count() const { return supplier_count_; }
  int64_t primary_supplier_id() const { return 1; }
  // The viral product's id, or -1.
  int64_t viral_product_id() const { return viral_product_id_; }
  const std::vector<int64_t>& affected_ids() const { return affected_ids_; }
  bool category_discounted(ProductCategory c) const {
    return discount_by_category_[static_cast<size_t>(c)] > 0;
  }

  // Draws the product of an ordinary order line for a customer of generation `g`.
  int64_t DrawProduct(Generation g, uint64_t bits) const {
    return static_cast<int64_t>(draw_[static_cast<size_t>(g)].Sample(bits)) + 1;
  }
  // Probability that a delivered line of this category is returned.
  double ReturnProbability(ProductCategory c) const {
    return return_probability_[static_cast<size_t>(c)];
  }

 private:
  void BuildDrawTables(const Plan& plan);
  void BuildReturnProbabilities(const Plan& plan);

  std::vector<Product> products_;
  int64_t supplier_count_ = 0;
  int64_t viral_product_id_ = -1;
  std::vector<int64_t> affected_ids_;
  std::array<int, kProductCategoryCount> discount_by_category_{};
  std::array<AliasTable, kGenerationCount> draw_;
  std::array<double, kGenerationCount> generation_weight_{};  // share of ordinary lines
  std::array<double, kProductCategoryCount> return_probability_{};
};

// How much each generation favours each category (1 = neutral), documented in docs/scenarios.md.
double CategoryTaste(Generation g, ProductCategory c);

}  // namespace ecomgen
