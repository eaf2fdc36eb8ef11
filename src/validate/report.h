// Formatting a validation's results as text: kept apart from the checks so that the checks
// only produce rows and the CLI decides nothing about layout.
//
//     group        check                          expected      actual        result
//     integrity    orders.customer_id -> ...      0 rows        0 rows        PASS
//   * integrity    orders.total_amount            0 rows        1 rows, ...   FAIL
//
// then the correlation matrix (when there is one), then `validate: N checks, M failed`
// where N counts the rows that ran (PASS or FAIL).
//
// Thread safety: pure functions; writes only to `out`.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "validate/check_list.h"
#include "validate/correlation.h"

namespace ecomgen::validate {

// The aligned table of `rows`, with a `*` before every failing row.
void PrintCheckTable(const std::vector<CheckRow>& rows, std::ostream& out);

// The 4x4 matrix with the whole-day count; prints nothing when matrix.days == 0.
void PrintCorrelationMatrix(const CorrelationMatrix& matrix, std::ostream& out);

// `validate: N checks, M failed`.
void PrintSummaryLine(const std::vector<CheckRow>& rows, std::ostream& out);

}  // namespace ecomgen::validate
