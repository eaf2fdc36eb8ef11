// TableFormats: checks every cell of one table file against the table's declared schema
// (cell_format.h) while a TableSource reads it, and keeps per column the count and the first
// defective cell for the report.
//
// The checker costs one format test per cell and nothing per clean cell beyond it; a
// defect's text is built only for the first one in a column.
//
//   TableFormats formats(table, header);
//   for each cell: if (const CellFormat* f = formats.format_of(field)) {
//     if (CellDefect d = f->CheckText(text); d != CellDefect::kNone)
//       formats.Record(field, d, "line", line, text);
//   }
//   loaded.format_findings = std::move(formats).Findings();
//
// Thread safety: none; one per table read.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ecomgen/table_id.h"
#include "validate/cell_format.h"
#include "validate/loaded_table.h"

namespace ecomgen::validate {

class TableFormats {
 public:
  // Checks the fields of `header` (file order) that `table`'s schema declares; a field the
  // schema does not know is not checked (the required-columns check names missing ones).
  TableFormats(TableId table, std::span<const std::string> header);

  // The format of field `field_idx`, or nullptr when it is not checked.
  const CellFormat* format_of(size_t field_idx) const {
    return formats_[field_idx] ? &*formats_[field_idx] : nullptr;
  }
  // Counts a defective cell of field `field_idx` at `place` `index` ("line", 17).
  void Record(size_t field_idx, CellDefect defect, std::string_view place, int64_t index,
              std::string_view value);
  // Counts a CSV line that ends in CRLF instead of LF.
  void RecordCrlf(int64_t line);
  // Notes a whole field stored as another type than declared ("DOUBLE, declared INT64"),
  // reported as its own row "<column> type".
  void RecordTypeMismatch(size_t field_idx, std::string_view stored_type);

  std::vector<FormatFinding> Findings() &&;

 private:
  struct Tally {
    std::string first;
    int64_t count = 0;
  };
  std::vector<std::string> names_;
  std::vector<std::optional<CellFormat>> formats_;
  std::vector<Tally> tallies_;
  std::vector<std::string> type_mismatches_;  // per field; empty when stored as declared
  Tally crlf_;
};

}  // namespace ecomgen::validate
