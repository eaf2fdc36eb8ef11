#include "validate/cohort_checks.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/vocab.h"

namespace ecomgen::validate {

namespace {

// counts[generation][code of the mixed column]
using MixCounts = std::array<std::vector<int64_t>, kGenerationCount>;
using MixOf = std::function<std::span<const double>(const CohortConfig&)>;

MixCounts NewCounts(const LoadedColumn& column) {
  MixCounts counts;
  for (auto& row : counts) row.assign(column.dictionary.size(), 0);
  return counts;
}

// Judges each generation's mix of `column` (counted into `counts`) against `mix_of`.
void ReportMix(std::string_view label, const LoadedColumn& column,
               std::span<const std::string_view> vocabulary, const Config& config,
               const MixOf& mix_of, const MixCounts& counts, CheckList& checks) {
  for (size_t gen = 0; gen < kGenerationCount; ++gen) {
    const std::string check = std::string(vocab::kGeneration[gen]) + " " + std::string(label);
    const std::span<const double> target = mix_of(config.cohorts[gen]);
    std::string expected;
    for (size_t idx = 0; idx < vocabulary.size(); ++idx) {
      if (target[idx] == 0) continue;
      expected +=
          fmt::format("{}{} {:g}", expected.empty() ? "" : " ", vocabulary[idx], target[idx]);
    }
    expected += fmt::format(" +-{:g}pp", kCohortMixTolerancePp);
    int64_t total = 0;
    for (int64_t count : counts[gen]) total += count;
    if (total < kMinCohortSample) {
      checks.Skip(kCohortGroup, check, expected,
                  fmt::format("n={} < {}: small sample", total, kMinCohortSample));
      continue;
    }
    std::string actual;
    double worst = 0;
    for (size_t code = 0; code < counts[gen].size(); ++code) {
      const double share =
          100.0 * static_cast<double>(counts[gen][code]) / static_cast<double>(total);
      // Codes below the vocabulary size are the vocabulary's values (loaded_table.h).
      const double want = code < vocabulary.size() ? target[code] : 0;
      worst = std::max(worst, std::fabs(share - want));
      if (counts[gen][code] > 0 || want > 0) {
        actual +=
            fmt::format("{}{} {:.1f}", actual.empty() ? "" : " ", column.dictionary[code], share);
      }
    }
    actual += fmt::format(" (max {:.1f}pp, n={})", worst, total);
    checks.Add(kCohortGroup, check, expected, actual, worst <= kCohortMixTolerancePp);
  }
}

void CheckShares(const Config& config, const LoadedTable& customers, CheckList& checks) {
  const auto& generation = customers.col("generation").codes;
  const auto& signup = customers.col("signup_ts").ints;
  std::array<int64_t, kGenerationCount> at_start{};
  int64_t total = 0;
  for (size_t row = 0; row < generation.size(); ++row) {
    if (signup[row] == kNullInt || signup[row] >= config.start_us) continue;
    ++total;
    if (generation[row] < kGenerationCount) ++at_start[generation[row]];
  }
  for (size_t gen = 0; gen < kGenerationCount; ++gen) {
    const std::string check = std::string(vocab::kGeneration[gen]) + " share at start";
    const double target = config.cohorts[gen].share_pct;
    const std::string expected = fmt::format("{:g}% +-{:g}pp", target, kCohortShareTolerancePp);
    if (total == 0) {
      checks.Skip(kCohortGroup, check, expected, "no customers before the window start");
      continue;
    }
    const double share = 100.0 * static_cast<double>(at_start[gen]) / static_cast<double>(total);
    // Exact quotas are within one customer of share x n, which is more than 1pp when the
    // base is small (tests, --scale 0.001).
    const double quota = target * static_cast<double>(total) / 100;
    const bool ok = std::fabs(share - target) <= kCohortShareTolerancePp ||
                    std::fabs(static_cast<double>(at_start[gen]) - quota) < 1;
    checks.Add(kCohortGroup, check, expected,
               fmt::format("{:.2f}% ({} of {})", share, at_start[gen], total), ok);
  }
}

// Counts `column` of `table` by the generation of each row's customer.
MixCounts CountByCustomerGeneration(const LoadedTable& table, const LoadedColumn& column,
                                    const std::vector<uint16_t>& generation_by_customer_row,
                                    const KeyIndex& customers) {
  MixCounts counts = NewCounts(column);
  const auto& customer_of = table.col("customer_id").ints;
  for (size_t row = 0; row < column.codes.size(); ++row) {
    const int64_t customer_row = customers.RowOf(customer_of[row]);
    if (customer_row < 0 || column.codes[row] == kNullCode) continue;
    const uint16_t gen = generation_by_customer_row[static_cast<size_t>(customer_row)];
    if (gen < kGenerationCount) ++counts[gen][column.codes[row]];
  }
  return counts;
}

}  // namespace

void RunCohortChecks(const Config& config, const RunTables& tables, const RunKeys& keys,
                     CheckList& checks) {
  if (!RequireTables(tables, {TableId::kCustomers}, kCohortGroup, "cohorts", checks)) return;
  const LoadedTable& customers = *tables.get(TableId::kCustomers);
  CheckShares(config, customers, checks);

  const auto& generation = customers.col("generation").codes;
  const MixOf acquisition = [](const CohortConfig& c) {
    return std::span<const double>(c.acquisition_pct);
  };
  const MixOf channel = [](const CohortConfig& c) {
    return std::span<const double>(c.channel_pct);
  };
  const MixOf payment = [](const CohortConfig& c) {
    return std::span<const double>(c.payment_pct);
  };
  const MixOf support = [](const CohortConfig& c) {
    return std::span<const double>(c.support_pct);
  };
  struct CustomerMix {
    std::string_view column;
    std::span<const std::string_view> vocabulary;
    const MixOf* mix_of;
  };
  for (const CustomerMix& mix :
       {CustomerMix{"acquisition_channel", vocab::kAcquisition, &acquisition},
        CustomerMix{"preferred_channel", vocab::kChannel, &channel},
        CustomerMix{"preferred_payment_method", vocab::kPayment, &payment},
        CustomerMix{"preferred_support_channel", vocab::kSupportChannel, &support}}) {
    const LoadedColumn& column = customers.col(mix.column);
    MixCounts counts = NewCounts(column);
    for (size_t row = 0; row < generation.size(); ++row) {
      if (generation[row] < kGenerationCount && column.codes[row] != kNullCode) {
        ++counts[generation[row]][column.codes[row]];
      }
    }
    ReportMix("customers." + std::string(mix.column), column, mix.vocabulary, config, *mix.mix_of,
              counts, checks);
  }

  const KeyIndex& customer_index = *keys.get(TableId::kCustomers);
  if (const LoadedTable* orders = tables.get(TableId::kOrders)) {
    if (config.app_launch.enabled) {
      checks.Skip(kCohortGroup, "orders.channel mix", "",
                  "app_launch enabled: channels shift on purpose");
    } else {
      const LoadedColumn& column = orders->col("channel");
      ReportMix("orders.channel", column, vocab::kChannel, config, channel,
                CountByCustomerGeneration(*orders, column, generation, customer_index), checks);
    }
    const LoadedColumn& column = orders->col("payment_method");
    ReportMix("orders.payment_method", column, vocab::kPayment, config, payment,
              CountByCustomerGeneration(*orders, column, generation, customer_index), checks);
  } else {
    checks.Skip(kCohortGroup, "orders mixes", "", "needs orders");
  }
  if (const LoadedTable* tickets = tables.get(TableId::kSupportTickets)) {
    const LoadedColumn& column = tickets->col("channel");
    ReportMix("support_tickets.channel", column, vocab::kSupportChannel, config, support,
              CountByCustomerGeneration(*tickets, column, generation, customer_index), checks);
  } else {
    checks.Skip(kCohortGroup, "support_tickets mixes", "", "needs support_tickets");
  }
}

}  // namespace ecomgen::validate
