#include "models/world.h"

namespace ecomgen {

World::World(const Config& config)
    : plan(BuildPlan(config)),
      market(MarketFromCode(config.business.market).value_or(Market::kIndia)),
      catalog(plan, market),
      customers(plan, market),
      campaigns(plan),
      orders(plan, customers, catalog, campaigns) {}

}  // namespace ecomgen
