// Invariants every LoadedTable must keep, whichever source read it and whatever the input:
// the validator's checks index the column vectors by row without further tests.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "ecomgen/status.h"
#include "fuzz_check.h"
#include "validate/loaded_table.h"

namespace ecomgen::fuzz {

inline void CheckLoadedTable(const validate::LoadedTable& table) {
  using validate::ValueKind;
  ECOMGEN_FUZZ_CHECK(table.rows >= 0);
  const auto rows = static_cast<size_t>(table.rows);
  for (const validate::LoadedColumn& column : table.columns) {
    if (!column.present) {
      ECOMGEN_FUZZ_CHECK(column.ints.empty() && column.doubles.empty() && column.codes.empty());
      continue;
    }
    ECOMGEN_FUZZ_CHECK(column.null_count >= 0 && column.null_count <= table.rows);
    switch (column.kind) {
      case ValueKind::kDouble:
        ECOMGEN_FUZZ_CHECK(column.doubles.size() == rows);
        break;
      case ValueKind::kCode:
        ECOMGEN_FUZZ_CHECK(column.codes.size() == rows);
        for (uint16_t code : column.codes) {
          ECOMGEN_FUZZ_CHECK(code == validate::kNullCode || code < column.dictionary.size());
        }
        break;
      default:
        ECOMGEN_FUZZ_CHECK(column.ints.size() == rows);
    }
  }
  ECOMGEN_FUZZ_CHECK(table.formats_checked);
  for (const validate::FormatFinding& finding : table.format_findings) {
    ECOMGEN_FUZZ_CHECK(finding.count >= 1);
    // Findings go into a one-line report: raw bytes of the input must come out escaped.
    ECOMGEN_FUZZ_CHECK(finding.first.find('\n') == std::string::npos);
    ECOMGEN_FUZZ_CHECK(finding.first.find('\0') == std::string::npos);
  }
}

// An error from reading a table: one line, naming the source.
inline void CheckReadError(const ecomgen::Status& status, std::string_view source_name) {
  ECOMGEN_FUZZ_CHECK(!status.ok());
  if (status.message().find('\n') != std::string::npos) {
    std::fprintf(stderr, "error of more than one line: %s\n", status.message().c_str());
  }
  ECOMGEN_FUZZ_CHECK(status.message().find(source_name) != std::string::npos);
  ECOMGEN_FUZZ_CHECK(status.message().find('\n') == std::string::npos);
}

}  // namespace ecomgen::fuzz
