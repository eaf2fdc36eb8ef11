#include "stream/stream_tables.h"

#include <array>

namespace ecomgen::stream {
namespace {

constexpr std::array<StreamTable, 6> kStreamTables = {{
    {TableId::kOrders, "order_ts", TableId::kOrders},
    {TableId::kOrderItems, "order_ts", TableId::kOrders, "order_id"},
    {TableId::kCartAbandonment, "abandoned_ts", TableId::kCartAbandonment},
    {TableId::kSupportTickets, "created_ts", TableId::kSupportTickets},
    {TableId::kReturns, "requested_ts", TableId::kReturns, {}, true},
    {TableId::kSystemMetrics, "metric_ts", TableId::kSystemMetrics},
}};

}  // namespace

std::span<const StreamTable> StreamTables() { return kStreamTables; }

std::optional<StreamTable> FindStreamTable(TableId table) {
  for (const StreamTable& entry : kStreamTables) {
    if (entry.table == table) return entry;
  }
  return std::nullopt;
}

}  // namespace ecomgen::stream
