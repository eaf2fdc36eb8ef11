// Markers: the scenario events a run's summary.json documents (contract section 1), which
// the KPI checks measure against. Each is present only when the scenario has that event.
//
// Thread safety: a value type.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace ecomgen::validate {

struct Markers {
  // payment_outage: the gateway outage [outage_start, outage_end), microseconds since epoch.
  std::optional<int64_t> outage_start_us;
  std::optional<int64_t> outage_end_us;
  // viral_moment: the viral product and when its inventory ran out.
  std::optional<int64_t> viral_product_id;
  std::optional<int64_t> sellout_ts_us;
  // supply_disruption: the products of the primary supplier that are affected.
  std::vector<int64_t> affected_product_ids;
  std::optional<int64_t> primary_supplier_id;
  // multi_channel: when the mobile app launched.
  std::optional<int64_t> app_launch_ts_us;
};

}  // namespace ecomgen::validate
