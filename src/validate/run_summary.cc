#include "validate/run_summary.h"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <nlohmann/json.hpp>
#include <span>

#include "config/config_json.h"
#include "core/vocab.h"
#include "readers/regular_file.h"
#include "validate/value_parse.h"

namespace ecomgen::validate {

namespace {

using Json = nlohmann::json;

// The largest summary read: a run's is a few KB (its config, tables, markers and KPIs).
constexpr size_t kMaxSummaryBytes = size_t{4} << 20;

// A field of `object`, or nullptr when absent or null.
const Json* Field(const Json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  const auto found = object.find(key);
  if (found == object.end() || found->is_null()) return nullptr;
  return &*found;
}

void ReadDouble(const Json& object, std::string_view key, double* out) {
  const Json* value = Field(object, key);
  if (value != nullptr && value->is_number()) *out = value->get<double>();
}

// `value` as an int64 when it is a whole number that fits one, as the config loader reads
// integers (10000 or 10000.0). Fractions, 1e30 and unsigned values above INT64_MAX read as
// absent: converting them would be undefined behaviour, and no run writes them.
std::optional<int64_t> Int64Value(const Json& value) {
  if (value.is_number_unsigned()) {
    const uint64_t number = value.get<uint64_t>();
    if (number > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) return std::nullopt;
    return static_cast<int64_t>(number);
  }
  if (value.is_number_integer()) return value.get<int64_t>();
  if (!value.is_number_float()) return std::nullopt;
  constexpr double kMaxExactInteger = 9007199254740992.0;  // 2^53
  const double number = value.get<double>();
  if (!std::isfinite(number) || number != std::trunc(number) ||
      std::abs(number) > kMaxExactInteger) {
    return std::nullopt;
  }
  return static_cast<int64_t>(number);
}

void ReadInt(const Json& object, std::string_view key, int64_t* out) {
  const Json* value = Field(object, key);
  if (value == nullptr) return;
  if (const std::optional<int64_t> number = Int64Value(*value)) *out = *number;
}

void ReadBool(const Json& object, std::string_view key, bool* out) {
  const Json* value = Field(object, key);
  if (value != nullptr && value->is_boolean()) *out = value->get<bool>();
}

void ReadString(const Json& object, std::string_view key, std::string* out) {
  const Json* value = Field(object, key);
  if (value != nullptr && value->is_string()) *out = value->get<std::string>();
}

void ReadStrings(const Json& object, std::string_view key, std::vector<std::string>* out) {
  const Json* value = Field(object, key);
  if (value == nullptr || !value->is_array()) return;
  out->clear();
  for (const Json& entry : *value) {
    if (entry.is_string()) out->push_back(entry.get<std::string>());
  }
}

// A timestamp field: an ISO 8601 string, or a number of microseconds.
Status ReadTimestamp(const Json& object, std::string_view key, std::string_view where,
                     std::optional<int64_t>* out) {
  const Json* value = Field(object, key);
  if (value == nullptr) return Status::Ok();
  int64_t ts_us = 0;
  if (const std::optional<int64_t> number = Int64Value(*value)) {
    ts_us = *number;
  } else if (!value->is_string() || !ParseTimestampUs(value->get<std::string>(), &ts_us)) {
    return Status::InvalidArgument(std::string(where) + ": " + std::string(key) +
                                   " is not an ISO 8601 UTC timestamp");
  }
  *out = ts_us;
  return Status::Ok();
}

// A mix keyed by vocabulary ({"web": 20, ...}) or given as an array in vocabulary order.
template <size_t N>
void ReadMix(const Json& cohort, std::initializer_list<std::string_view> keys,
             const std::array<std::string_view, N>& vocabulary, std::array<double, N>* out) {
  for (std::string_view key : keys) {
    const Json* mix = Field(cohort, key);
    if (mix == nullptr) continue;
    std::array<double, N> values{};
    for (size_t idx = 0; idx < N; ++idx) {
      if (mix->is_array() && idx < mix->size() && (*mix)[idx].is_number()) {
        values[idx] = (*mix)[idx].get<double>();
      } else if (mix->is_object()) {
        ReadDouble(*mix, vocabulary[idx], &values[idx]);
      }
    }
    *out = values;
    return;
  }
}

void ReadConfig(const Json& json, Config* config) {
  ReadDouble(json, "intensity", &config->intensity);
  if (const Json* business = Field(json, "business")) {
    ReadDouble(*business, "orders_per_day", &config->business.orders_per_day);
    ReadInt(*business, "customers", &config->business.customers);
    ReadDouble(*business, "return_rate", &config->business.return_rate);
  }
  if (const Json* cohorts = Field(json, "cohorts")) {
    for (size_t gen = 0; gen < vocab::kGeneration.size(); ++gen) {
      const Json* cohort = Field(*cohorts, vocab::kGeneration[gen]);
      if (cohort == nullptr) continue;
      CohortConfig& out = config->cohorts[gen];
      ReadDouble(*cohort, "share_pct", &out.share_pct);
      ReadDouble(*cohort, "growth_pct_per_30d", &out.growth_pct_per_30d);
      ReadMix(*cohort, {"acquisition_pct", "acquisition"}, vocab::kAcquisition,
              &out.acquisition_pct);
      ReadMix(*cohort, {"channel_pct", "preferred_channel_pct", "channel"}, vocab::kChannel,
              &out.channel_pct);
      ReadMix(*cohort, {"payment_pct", "payment"}, vocab::kPayment, &out.payment_pct);
      ReadMix(*cohort, {"support_pct", "support"}, vocab::kSupportChannel, &out.support_pct);
    }
  }
  if (const Json* corr = Field(json, "correlations")) {
    CorrelationConfig& out = config->correlations;
    ReadDouble(*corr, "orders_tickets", &out.orders_tickets);
    ReadDouble(*corr, "tickets_delays", &out.tickets_delays);
    ReadDouble(*corr, "orders_delays", &out.orders_delays);
    ReadDouble(*corr, "orders_abandonment", &out.orders_abandonment);
    ReadDouble(*corr, "tickets_abandonment", &out.tickets_abandonment);
    ReadDouble(*corr, "delays_abandonment", &out.delays_abandonment);
  }
  if (const Json* discount = Field(json, "discount")) {
    ReadDouble(*discount, "pct", &config->discount.pct);
    ReadStrings(*discount, "categories", &config->discount.categories);
  }
  if (const Json* block = Field(json, "traffic_spike")) {
    ReadBool(*block, "enabled", &config->traffic_spike.enabled);
  }
  if (const Json* block = Field(json, "returns_wave")) {
    ReadBool(*block, "enabled", &config->returns_wave.enabled);
    ReadDouble(*block, "return_rate", &config->returns_wave.return_rate);
    ReadStrings(*block, "focus_categories", &config->returns_wave.focus_categories);
  }
  if (const Json* block = Field(json, "supply_disruption")) {
    ReadBool(*block, "enabled", &config->supply_disruption.enabled);
    ReadInt(*block, "affected_skus", &config->supply_disruption.affected_skus);
    ReadDouble(*block, "backup_capacity", &config->supply_disruption.backup_capacity);
  }
  if (const Json* block = Field(json, "payment_outage")) {
    PaymentOutageConfig& out = config->payment_outage;
    ReadBool(*block, "enabled", &out.enabled);
    ReadDouble(*block, "order_factor", &out.order_factor);
    ReadDouble(*block, "failure_rate", &out.failure_rate);
    ReadDouble(*block, "abandonment_factor", &out.abandonment_factor);
    ReadDouble(*block, "ticket_factor", &out.ticket_factor);
  }
  if (const Json* block = Field(json, "viral")) {
    ViralConfig& out = config->viral;
    ReadBool(*block, "enabled", &out.enabled);
    ReadString(*block, "category", &out.category);
    ReadInt(*block, "inventory_units", &out.inventory_units);
    ReadDouble(*block, "ticket_factor", &out.ticket_factor);
  }
  if (const Json* block = Field(json, "seasonal")) {
    ReadBool(*block, "enabled", &config->seasonal.enabled);
  }
  if (const Json* block = Field(json, "app_launch")) {
    ReadBool(*block, "enabled", &config->app_launch.enabled);
  }
}

Result<RunSummary> ParseJson(const Json& json, std::string_view where) {
  if (!json.is_object()) return Status::InvalidArgument(std::string(where) + ": not a JSON object");
  RunSummary summary;
  summary.config = DefaultValidationConfig();
  ReadString(json, "scenario", &summary.scenario);
  if (const Json* seed = Field(json, "seed"); seed != nullptr && seed->is_number_integer()) {
    summary.seed = seed->get<uint64_t>();
  }
  ReadDouble(json, "scale", &summary.scale);
  std::optional<int64_t> start;
  std::optional<int64_t> end;
  ECOMGEN_RETURN_IF_ERROR(ReadTimestamp(json, "window_start", where, &start));
  ECOMGEN_RETURN_IF_ERROR(ReadTimestamp(json, "window_end", where, &end));
  if (!start || !end || *end <= *start) {
    return Status::InvalidArgument(std::string(where) +
                                   ": needs window_start < window_end (ISO 8601 UTC)");
  }
  summary.window_start_us = *start;
  summary.window_end_us = *end;
  if (const Json* config = Field(json, "config")) {
    // The resolved config is valid `--config` input, so the config loader reads all of it;
    // when it refuses, the fields the checks need are still read one by one.
    Result<Config> full = ConfigFromJson(config->dump(), std::string(where) + " config");
    if (full) {
      summary.config = std::move(*full);
    } else {
      summary.config_error = full.error().message();
      ReadConfig(*config, &summary.config);
    }
  } else {
    summary.config_error = "summary has no config";
  }
  if (!summary.scenario.empty()) summary.config.name = summary.scenario;
  summary.config.seed = summary.seed;
  summary.config.scale = summary.scale;
  summary.config.start_us = summary.window_start_us;
  summary.config.duration_us = summary.window_end_us - summary.window_start_us;

  if (const Json* markers = Field(json, "markers")) {
    Markers& out = summary.markers;
    ECOMGEN_RETURN_IF_ERROR(ReadTimestamp(*markers, "outage_start", where, &out.outage_start_us));
    ECOMGEN_RETURN_IF_ERROR(ReadTimestamp(*markers, "outage_end", where, &out.outage_end_us));
    ECOMGEN_RETURN_IF_ERROR(ReadTimestamp(*markers, "sellout_ts", where, &out.sellout_ts_us));
    ECOMGEN_RETURN_IF_ERROR(ReadTimestamp(*markers, "app_launch_ts", where, &out.app_launch_ts_us));
    if (const Json* viral = Field(*markers, "viral_product_id")) {
      out.viral_product_id = Int64Value(*viral);
    }
    if (const Json* primary = Field(*markers, "primary_supplier_id")) {
      out.primary_supplier_id = Int64Value(*primary);
    }
    if (const Json* affected = Field(*markers, "affected_product_ids");
        affected && affected->is_array()) {
      for (const Json& entry : *affected) {
        if (const std::optional<int64_t> id = Int64Value(entry)) {
          out.affected_product_ids.push_back(*id);
        }
      }
    }
  }
  if (const Json* tables = Field(json, "tables"); tables && tables->is_object()) {
    for (const auto& [name, table] : tables->items()) {
      int64_t rows = -1;
      ReadInt(table, "rows", &rows);
      if (rows >= 0) summary.table_rows[name] = rows;
      std::string file;
      ReadString(table, "file", &file);
      if (!file.empty()) summary.table_files[name] = std::move(file);
    }
  }
  if (const Json* kpis = Field(json, "kpis"); kpis && kpis->is_object()) {
    for (const auto& [name, kpi] : kpis->items()) {
      if (kpi.is_number()) {
        summary.kpis[name] = kpi.get<double>();
      } else if (const Json* value = Field(kpi, "value"); value && value->is_number()) {
        summary.kpis[name] = value->get<double>();
      }
    }
  }
  return summary;
}

}  // namespace

Config DefaultValidationConfig() {
  Config config;
  auto set = [](CohortConfig* cohort, double share_pct, std::array<double, kAcquisitionCount> acq,
                std::array<double, kChannelCount> channel, std::array<double, kPaymentCount> pay,
                std::array<double, kSupportChannelCount> support) {
    cohort->share_pct = share_pct;
    cohort->acquisition_pct = acq;
    cohort->channel_pct = channel;
    cohort->payment_pct = pay;
    cohort->support_pct = support;
  };
  // Contract section 4; mixes in vocabulary order (vocab.h).
  CohortConfig& millennial = config.cohorts[static_cast<size_t>(Generation::kMillennial)];
  CohortConfig& boomer = config.cohorts[static_cast<size_t>(Generation::kBoomer)];
  set(&config.cohorts[static_cast<size_t>(Generation::kGenZ)], 28, {40, 35, 25, 0, 0}, {20, 30, 50},
      {40, 40, 20, 0}, {50, 30, 20, 0, 0});
  set(&millennial, 35, {20, 20, 20, 20, 20}, {40, 35, 25}, {60, 0, 25, 15}, {40, 0, 0, 40, 20});
  set(&boomer, 12, {0, 0, 30, 50, 20}, {70, 30, 0}, {60, 0, 25, 15}, {0, 0, 0, 30, 70});
  // Section 4: gen_x is the mean of millennial and boomer in every mix.
  CohortConfig& gen_x = config.cohorts[static_cast<size_t>(Generation::kGenX)];
  gen_x.share_pct = 25;
  auto mean = [](const auto& left, const auto& right, auto* out) {
    for (size_t idx = 0; idx < out->size(); ++idx) (*out)[idx] = (left[idx] + right[idx]) / 2;
  };
  mean(millennial.acquisition_pct, boomer.acquisition_pct, &gen_x.acquisition_pct);
  mean(millennial.channel_pct, boomer.channel_pct, &gen_x.channel_pct);
  mean(millennial.payment_pct, boomer.payment_pct, &gen_x.payment_pct);
  mean(millennial.support_pct, boomer.support_pct, &gen_x.support_pct);
  return config;
}

Result<RunSummary> ParseRunSummary(std::string_view text, std::string_view source_name) {
  // nlohmann throws on type mismatches; this is the one place that calls it.
  try {
    const Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) {
      return Status::InvalidArgument(std::string(source_name) + ": not valid JSON");
    }
    return ParseJson(json, source_name);
  } catch (const Json::exception& error) {
    return Status::InvalidArgument(std::string(source_name) + ": " + error.what());
  }
}

Result<RunSummary> ReadRunSummary(const std::filesystem::path& path) {
  const std::string name = path.filename().string();
  const Result<int> fd = OpenRegularFile(path);
  if (!fd) return fd.error();
  // One byte more than the limit tells a file at the limit from a longer one.
  std::string text(kMaxSummaryBytes + 1, '\0');
  size_t done = 0;
  int error = 0;
  while (done < text.size()) {
    const ssize_t got = ::read(*fd, text.data() + done, text.size() - done);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) error = errno;
    if (got <= 0) break;
    done += static_cast<size_t>(got);
  }
  ::close(*fd);
  if (error != 0) return Status::IOError(name + ": read error: " + std::strerror(error));
  if (done > kMaxSummaryBytes) {
    return Status::InvalidArgument(name + ": longer than " +
                                   std::to_string(kMaxSummaryBytes >> 20) +
                                   " MiB; a run's summary is a few KB");
  }
  text.resize(done);
  return ParseRunSummary(text, name);
}

}  // namespace ecomgen::validate
