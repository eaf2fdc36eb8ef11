#include "exec/table_generators.h"

#include "tables/customers.h"
#include "tables/dimension_generator.h"
#include "tables/minute_table_generator.h"
#include "tables/orders.h"
#include "tables/support_tickets.h"

namespace ecomgen {

std::vector<std::unique_ptr<TableGenerator>> MakeTableGenerators(const World& world) {
  std::vector<std::unique_ptr<TableGenerator>> generators;
  generators.push_back(std::make_unique<CustomersGenerator>(world));
  generators.push_back(std::make_unique<SuppliersGenerator>(world));
  generators.push_back(std::make_unique<ProductsGenerator>(world));
  generators.push_back(std::make_unique<CampaignsGenerator>(world));
  generators.push_back(std::make_unique<OrdersGenerator>(world));
  generators.push_back(std::make_unique<SupportTicketsGenerator>(world));
  generators.push_back(std::make_unique<CartAbandonmentGenerator>(world));
  generators.push_back(std::make_unique<SystemMetricsGenerator>(world));
  return generators;
}

}  // namespace ecomgen
