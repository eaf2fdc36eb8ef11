// CheckList: the rows a validation produces, `{group, check, expected, actual, outcome}`.
//
// Checks append rows; the report formats them (report.h). Expected and actual are short
// human-readable texts ("0 dangling", "3 dangling, e.g. order_id 7 -> customer_id 99").
//
// Thread safety: none.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ecomgen::validate {

enum class CheckOutcome : unsigned char { kPass, kFail, kSkip };

struct CheckRow {
  std::string group;
  std::string check;
  std::string expected;
  std::string actual;
  CheckOutcome outcome = CheckOutcome::kPass;
};

class CheckList {
 public:
  // A row that passes when `ok`.
  void Add(std::string_view group, std::string_view check, std::string expected, std::string actual,
           bool ok) {
    rows_.push_back({std::string(group), std::string(check), std::move(expected), std::move(actual),
                     ok ? CheckOutcome::kPass : CheckOutcome::kFail});
  }
  // A row for a check that could not run; `reason` goes in the actual column.
  void Skip(std::string_view group, std::string_view check, std::string expected,
            std::string reason) {
    rows_.push_back({std::string(group), std::string(check), std::move(expected), std::move(reason),
                     CheckOutcome::kSkip});
  }

  const std::vector<CheckRow>& rows() const { return rows_; }
  // The first row named `check`, or nullptr (tests).
  const CheckRow* Find(std::string_view check) const {
    for (const CheckRow& row : rows_) {
      if (row.check == check) return &row;
    }
    return nullptr;
  }
  int failed() const {
    int count = 0;
    for (const CheckRow& row : rows_) count += row.outcome == CheckOutcome::kFail ? 1 : 0;
    return count;
  }

 private:
  std::vector<CheckRow> rows_;
};

}  // namespace ecomgen::validate
