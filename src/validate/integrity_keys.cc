// Keys, uniqueness, NULLs, foreign keys and vocabularies (integrity_checks.h).
#include <algorithm>
#include <string>
#include <vector>

#include "validate/integrity_checks.h"
#include "validate/violations.h"

namespace ecomgen::validate {

namespace {

struct NullableColumn {
  TableId table;
  std::string_view column;
};
// Section 3's nullable columns among those the validator reads.
constexpr NullableColumn kNullable[] = {
    {TableId::kOrders, "campaign_id"},        {TableId::kOrders, "promised_delivery_date"},
    {TableId::kOrders, "delivered_ts"},       {TableId::kSupportTickets, "order_id"},
    {TableId::kSupportTickets, "csat_score"}, {TableId::kCartAbandonment, "customer_id"},
    {TableId::kCustomers, "churned_ts"},
};

bool IsNullable(TableId table, std::string_view column) {
  return std::any_of(std::begin(kNullable), std::end(kNullable), [&](const NullableColumn& entry) {
    return entry.table == table && entry.column == column;
  });
}

struct ForeignKey {
  TableId table;
  std::string_view column;
  TableId target;
};
constexpr ForeignKey kForeignKeys[] = {
    {TableId::kOrders, "customer_id", TableId::kCustomers},
    {TableId::kOrders, "campaign_id", TableId::kCampaigns},
    {TableId::kOrderItems, "order_id", TableId::kOrders},
    {TableId::kOrderItems, "product_id", TableId::kProducts},
    {TableId::kProducts, "supplier_id", TableId::kSuppliers},
    {TableId::kReturns, "order_id", TableId::kOrders},
    {TableId::kReturns, "order_item_id", TableId::kOrderItems},
    {TableId::kReturns, "product_id", TableId::kProducts},
    {TableId::kSupportTickets, "customer_id", TableId::kCustomers},
    {TableId::kSupportTickets, "order_id", TableId::kOrders},
    {TableId::kCartAbandonment, "customer_id", TableId::kCustomers},
};

void CheckUniqueHash(const LoadedTable& table, std::string_view column_name, CheckList& checks) {
  const LoadedColumn& column = table.col(column_name);
  std::vector<int64_t> hashes;
  hashes.reserve(column.ints.size());
  for (int64_t hash : column.ints) {
    if (hash != kNullInt) hashes.push_back(hash);
  }
  std::sort(hashes.begin(), hashes.end());
  const auto duplicates =
      hashes.size() -
      static_cast<size_t>(std::unique(hashes.begin(), hashes.end()) - hashes.begin());
  checks.Add(kIntegrityGroup,
             std::string(TableName(table.table)) + "." + std::string(column_name) + " unique",
             "0 duplicates", std::to_string(duplicates) + " duplicates", duplicates == 0);
}

}  // namespace

std::string_view KeyColumn(TableId table) {
  switch (table) {
    case TableId::kCustomers:
      return "customer_id";
    case TableId::kSuppliers:
      return "supplier_id";
    case TableId::kProducts:
      return "product_id";
    case TableId::kCampaigns:
      return "campaign_id";
    case TableId::kOrders:
      return "order_id";
    case TableId::kOrderItems:
      return "order_item_id";
    case TableId::kSupportTickets:
      return "ticket_id";
    case TableId::kCartAbandonment:
      return "cart_id";
    case TableId::kReturns:
      return "return_id";
    case TableId::kSystemMetrics:
      return {};
  }
  return {};
}

bool RequireTables(const RunTables& tables, std::initializer_list<TableId> needed,
                   std::string_view group, std::string_view check, CheckList& checks) {
  std::string missing;
  for (TableId table : needed) {
    if (tables.get(table) == nullptr) {
      missing += (missing.empty() ? "" : ",") + std::string(TableName(table));
    }
  }
  if (missing.empty()) return true;
  checks.Skip(group, check, "", "needs " + missing);
  return false;
}

bool IsLowerSnakeCase(std::string_view text) {
  if (text.empty() || text.front() < 'a' || text.front() > 'z' || text.back() == '_') return false;
  char previous = '\0';
  for (char c : text) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok || (c == '_' && previous == '_')) return false;
    previous = c;
  }
  return true;
}

RunKeys BuildRunKeys(const RunTables& tables) {
  RunKeys keys;
  for (TableId table : kAllTables) {
    const LoadedTable* loaded = tables.get(table);
    if (loaded == nullptr || KeyColumn(table).empty()) continue;
    keys.keys[static_cast<size_t>(table)] = KeyIndex::Build(loaded->col(KeyColumn(table)).ints);
  }
  return keys;
}

void CheckKeys(const RunTables& tables, const RunKeys& keys, CheckList& checks) {
  for (TableId table : kAllTables) {
    const LoadedTable* loaded = tables.get(table);
    if (loaded == nullptr) continue;
    const std::string name(TableName(table));
    if (const KeyIndex* index = keys.get(table)) {
      std::string actual = "ok";
      if (index->invalid_count() > 0) {
        actual = std::to_string(index->invalid_count()) + " NULL or < 1";
      }
      if (index->duplicate_count() > 0) {
        actual = std::to_string(index->duplicate_count()) + " duplicates, e.g. " +
                 std::to_string(index->first_duplicate_id());
      }
      checks.Add(kIntegrityGroup, name + "." + std::string(KeyColumn(table)) + " key",
                 "int64 >= 1, unique", actual, actual == "ok");
    }
    std::string nulls;
    for (const LoadedColumn& column : loaded->columns) {
      if (column.null_count > 0 && !IsNullable(table, column.name)) {
        nulls += (nulls.empty() ? "" : ", ") + std::string(column.name) + " x" +
                 std::to_string(column.null_count);
      }
    }
    checks.Add(kIntegrityGroup, name + " not null", "no NULL in non-nullable columns",
               nulls.empty() ? "none" : nulls, nulls.empty());
  }
  if (const LoadedTable* customers = tables.get(TableId::kCustomers)) {
    CheckUniqueHash(*customers, "email", checks);
  }
  if (const LoadedTable* products = tables.get(TableId::kProducts)) {
    CheckUniqueHash(*products, "sku", checks);
  }
}

void CheckForeignKeys(const RunTables& tables, const RunKeys& keys, CheckList& checks) {
  for (const ForeignKey& fk : kForeignKeys) {
    const std::string check = std::string(TableName(fk.table)) + "." + std::string(fk.column) +
                              " -> " + std::string(TableName(fk.target));
    if (!RequireTables(tables, {fk.table, fk.target}, kIntegrityGroup, check, checks)) continue;
    const LoadedTable& table = *tables.get(fk.table);
    const LoadedColumn& column = table.col(fk.column);
    const LoadedColumn& own_key = table.col(KeyColumn(fk.table));
    const KeyIndex& target = *keys.get(fk.target);
    Violations dangling;
    for (size_t row = 0; row < column.ints.size(); ++row) {
      const int64_t value = column.ints[row];
      if (value == kNullInt || target.Contains(value)) continue;  // NULLs: see "not null"
      dangling.Add([&] {
        return std::string(KeyColumn(fk.table)) + " " + std::to_string(own_key.ints[row]) + ": " +
               std::string(fk.column) + " " + std::to_string(value) + " not found";
      });
    }
    dangling.Report(checks, kIntegrityGroup, check);
  }
}

void CheckVocabularies(const RunTables& tables, CheckList& checks) {
  for (const VocabularyColumn& vocabulary : VocabularyColumns()) {
    const LoadedTable* table = tables.get(vocabulary.table);
    if (table == nullptr || vocabulary.rule == VocabularyRule::kNone) continue;
    const LoadedColumn& column = table->col(vocabulary.column);
    std::vector<int64_t> uses(column.dictionary.size(), 0);
    for (uint16_t code : column.codes) {
      if (code != kNullCode) ++uses[code];
    }
    std::string bad;
    int64_t bad_rows = 0;
    for (size_t code = 0; code < column.dictionary.size(); ++code) {
      if (uses[code] == 0) continue;
      const bool ok = vocabulary.rule == VocabularyRule::kClosed
                          ? code < column.fixed_vocabulary_size
                          : IsLowerSnakeCase(column.dictionary[code]);
      if (ok) continue;
      bad_rows += uses[code];
      if (bad.size() < 80) {
        bad += (bad.empty() ? "'" : ", '") + column.dictionary[code] + "' x" +
               std::to_string(uses[code]);
      }
    }
    const std::string check = std::string(TableName(vocabulary.table)) + "." +
                              std::string(vocabulary.column) + " vocabulary";
    const std::string expected =
        vocabulary.rule == VocabularyRule::kClosed ? "contract values" : "lower_snake_case";
    checks.Add(kIntegrityGroup, check, expected,
               bad_rows == 0 ? "ok" : std::to_string(bad_rows) + " rows: " + bad, bad_rows == 0);
  }
}

void RunIntegrityChecks(const RunTables& tables, const RunKeys& keys, CheckList& checks) {
  CheckKeys(tables, keys, checks);
  CheckForeignKeys(tables, keys, checks);
  CheckVocabularies(tables, checks);
  CheckOrderMoney(tables, keys, checks);
  CheckRanges(tables, checks);
  CheckTimeline(tables, keys, checks);
  CheckSystemMetrics(tables, checks);
}

}  // namespace ecomgen::validate
