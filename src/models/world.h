// World: everything shared by the table generators of one run, built once, read-only after.
//
// The plan, the product catalogue, the customer model, the campaigns and the order model.
// Built before any worker starts and passed by const reference; nothing in it changes during
// generation.
//
// Thread safety: immutable after construction.
#pragma once

#include <memory>

#include "models/campaign_set.h"
#include "models/customer_model.h"
#include "models/order_model.h"
#include "models/product_catalog.h"
#include "plan/plan.h"

namespace ecomgen {

struct World {
  explicit World(const Config& config);
  World(const World&) = delete;
  World& operator=(const World&) = delete;

  Plan plan;
  Market market;
  ProductCatalog catalog;
  CustomerModel customers;
  CampaignSet campaigns;
  OrderModel orders;
};

}  // namespace ecomgen
