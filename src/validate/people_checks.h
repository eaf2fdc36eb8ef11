// The checks on who the customers are (contract section 7.1, people).
//
// - First names agree with gender: among customers whose gender is female or male, no first
//   name is given to both (a name tells its gender, as in the market's name statistics).
//   Customers with gender undisclosed may carry either; a run without the gender column
//   SKIPs.
//
// Thread safety: pure functions of their arguments.
#pragma once

#include "validate/check_list.h"
#include "validate/run_tables.h"

namespace ecomgen::validate {

void RunPeopleChecks(const RunTables& tables, CheckList& checks);

}  // namespace ecomgen::validate
