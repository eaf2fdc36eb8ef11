// The checks on who the customers are (contract section 7.1, people).
//
// - First names agree with gender: among customers whose gender is female or male, no first
//   name is given to both (a name tells its gender, as in the market's name statistics).
//   Customers with gender undisclosed may carry either; a run without the gender column
//   SKIPs.
// - In the us market no order pays by upi (India's payment system).
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <string_view>

#include "validate/check_list.h"
#include "validate/run_tables.h"

namespace ecomgen::validate {

void RunPeopleChecks(const RunTables& tables, std::string_view market, CheckList& checks);

}  // namespace ecomgen::validate
