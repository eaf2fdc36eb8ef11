// The catalogue takes the scenario's products from the plan's facts, not from the config's
// scenario blocks: a fact set by any effect reaches it, and a block alone does nothing.
#include "models/product_catalog.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "ecomgen/config.h"
#include "plan/plan.h"

namespace ecomgen {
namespace {

Plan BaselinePlan() {
  Result<Config> config = BuiltinScenario("baseline");
  EXPECT_TRUE(config.has_value());
  config->scale = 0.02;
  config->duration_us = 2 * kMicrosPerDay;
  return BuildPlan(*config);
}

TEST(ProductCatalogFactsTest, ViralProductComesFromThePlanFacts) {
  Plan plan = BaselinePlan();
  const ProductCatalog everyday(plan, Market::kIndia);
  EXPECT_EQ(everyday.viral_product_id(), -1);

  plan.scenario.viral = ViralFacts{"books", "A Quiet Hit", 77, 0};
  const ProductCatalog viral(plan, Market::kIndia);
  ASSERT_GT(viral.viral_product_id(), 0);
  const Product& product = viral.at(viral.viral_product_id());
  EXPECT_EQ(product.category, ProductCategory::kBooks);
  EXPECT_EQ(product.stock_quantity, 77);
  // The most popular book of the catalogue.
  for (const Product& p : viral.products()) {
    if (p.category == ProductCategory::kBooks) {
      EXPECT_LE(p.popularity, product.popularity);
    }
  }
}

TEST(ProductCatalogFactsTest, ConfigBlockWithoutTheFactChangesNothing) {
  Plan plan = BaselinePlan();
  plan.config.viral.enabled = true;
  plan.config.supply_disruption.enabled = true;
  const ProductCatalog catalog(plan, Market::kIndia);
  EXPECT_EQ(catalog.viral_product_id(), -1);
  EXPECT_TRUE(catalog.affected_ids().empty());
}

TEST(ProductCatalogFactsTest, SupplyFactsPickThePrimarySuppliersBestSellers) {
  Plan plan = BaselinePlan();
  plan.scenario.supply = SupplyFacts{5, 0.6, 2.0};
  const ProductCatalog catalog(plan, Market::kIndia);
  ASSERT_EQ(catalog.affected_ids().size(), 5U);
  double least_affected = 1e300;
  for (int64_t id : catalog.affected_ids()) {
    EXPECT_EQ(catalog.at(id).supplier_id, catalog.primary_supplier_id());
    EXPECT_TRUE(catalog.at(id).affected);
    least_affected = std::min(least_affected, catalog.at(id).popularity);
  }
  for (const Product& p : catalog.products()) {
    if (p.supplier_id == catalog.primary_supplier_id() && !p.affected) {
      EXPECT_LE(p.popularity, least_affected);
    }
  }
}

}  // namespace
}  // namespace ecomgen
