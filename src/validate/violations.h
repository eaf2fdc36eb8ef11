// Violations: counts the rows that break one rule and remembers the first as an example,
// so a check over millions of rows reports "3 rows, e.g. order_id 7: ..." without
// building a string per row.
//
// Thread safety: none.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "validate/check_list.h"

namespace ecomgen::validate {

class Violations {
 public:
  // Counts one violation; `describe()` (returning std::string) runs for the first only.
  template <typename Describe>
  void Add(Describe&& describe) {
    if (count_++ == 0) example_ = describe();
  }
  int64_t count() const { return count_; }

  // Adds the row `check` to `checks`: expected "0 rows", actual the count and the example.
  void Report(CheckList& checks, std::string_view group, std::string_view check) const {
    std::string actual = std::to_string(count_) + " rows";
    if (count_ > 0) actual += ", e.g. " + example_;
    checks.Add(group, check, "0 rows", std::move(actual), count_ == 0);
  }

 private:
  int64_t count_ = 0;
  std::string example_;
};

}  // namespace ecomgen::validate
