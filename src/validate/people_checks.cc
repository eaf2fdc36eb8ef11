#include "validate/people_checks.h"

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ecomgen::validate {

namespace {

constexpr std::string_view kGroup = "customers";

void CheckNoUpiOutsideIndia(const RunTables& tables, std::string_view market, CheckList& checks) {
  const std::string check = "orders paying by upi in the us market";
  const LoadedTable* orders = tables.get(TableId::kOrders);
  if (market != "us" || orders == nullptr) return;
  const LoadedColumn& method = orders->col("payment_method");
  if (!method.present) {
    checks.Skip(kGroup, check, "0", "no payment_method column");
    return;
  }
  const uint16_t upi = method.CodeOf("upi");
  int64_t count = 0;
  for (size_t row = 0; row < method.codes.size(); ++row) {
    count += !method.is_null(row) && method.codes[row] == upi ? 1 : 0;
  }
  checks.Add(kGroup, check, "0", fmt::format("{}", count), count == 0);
}

}  // namespace

void RunPeopleChecks(const RunTables& tables, std::string_view market, CheckList& checks) {
  CheckNoUpiOutsideIndia(tables, market, checks);
  const std::string kCheck = "first names agree with gender";
  const std::string kExpected = "no name both female and male";
  const LoadedTable* customers = tables.get(TableId::kCustomers);
  if (customers == nullptr) return;
  const LoadedColumn& gender = customers->col("gender");
  const LoadedColumn& first_name = customers->col("first_name");
  if (!gender.present || !first_name.present) {
    checks.Skip(kGroup, kCheck, kExpected, "no gender column");
    return;
  }
  const uint16_t female = gender.CodeOf("female");
  const uint16_t male = gender.CodeOf("male");
  // Per first-name code: bit 0 seen with female, bit 1 with male.
  std::vector<uint8_t> seen(first_name.dictionary.size(), 0);
  for (size_t row = 0; row < static_cast<size_t>(customers->rows); ++row) {
    if (first_name.is_null(row) || gender.is_null(row)) continue;
    const uint16_t code = gender.codes[row];
    const uint8_t bit = code == female ? 1 : (code == male ? 2 : 0);
    seen[first_name.codes[row]] |= bit;
  }
  int64_t both = 0;
  std::string example;
  for (size_t code = 0; code < seen.size(); ++code) {
    if (seen[code] != 3) continue;
    if (both++ == 0) example = first_name.dictionary[code];
  }
  checks.Add(kGroup, kCheck, kExpected,
             both == 0 ? std::string("none") : fmt::format("{} names, e.g. {}", both, example),
             both == 0);
}

}  // namespace ecomgen::validate
