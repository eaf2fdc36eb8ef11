#include "validate/table_formats.h"

#include <utility>

#include "ecomgen/quote.h"
#include "tables/schemas.h"
#include "validate/run_tables.h"

namespace ecomgen::validate {

namespace {

// Whether the vocabulary checks (run_tables.h) judge the values of `table`.`column`.
bool HasVocabularyCheck(TableId table, std::string_view column) {
  for (const VocabularyColumn& entry : VocabularyColumns()) {
    if (entry.table == table && entry.column == column) return true;
  }
  return false;
}

}  // namespace

TableFormats::TableFormats(TableId table, std::span<const std::string> header) {
  const Schema& schema = SchemaFor(table);
  names_.reserve(header.size());
  formats_.resize(header.size());
  tallies_.resize(header.size());
  type_mismatches_.resize(header.size());
  for (size_t field_idx = 0; field_idx < header.size(); ++field_idx) {
    names_.emplace_back(header[field_idx]);
    const int schema_idx = schema.IndexOf(header[field_idx]);
    if (schema_idx < 0) continue;
    const ColumnSpec& spec = schema.columns[static_cast<size_t>(schema_idx)];
    formats_[field_idx].emplace(spec, !HasVocabularyCheck(table, spec.name));
  }
}

void TableFormats::Record(size_t field_idx, CellDefect defect, std::string_view place,
                          int64_t index, std::string_view value) {
  Tally& tally = tallies_[field_idx];
  if (tally.count++ > 0) return;
  tally.first = std::string(place) + " " + std::to_string(index) + ": " + QuoteForMessage(value) +
                " " + std::string(CellDefectText(defect));
}

void TableFormats::RecordCrlf(int64_t line) {
  if (crlf_.count++ > 0) return;
  crlf_.first = "line " + std::to_string(line) + " ends in CRLF";
}

void TableFormats::RecordTypeMismatch(size_t field_idx, std::string_view stored_type) {
  type_mismatches_[field_idx] = "stored as " + std::string(stored_type);
}

std::vector<FormatFinding> TableFormats::Findings() && {
  std::vector<FormatFinding> findings;
  for (size_t field_idx = 0; field_idx < formats_.size(); ++field_idx) {
    if (!type_mismatches_[field_idx].empty()) {
      findings.push_back({names_[field_idx] + " type", formats_[field_idx]->description(),
                          std::move(type_mismatches_[field_idx]), 1});
    }
    Tally& tally = tallies_[field_idx];
    if (tally.count == 0) continue;
    findings.push_back({names_[field_idx], formats_[field_idx]->description(),
                        std::move(tally.first), tally.count});
  }
  if (crlf_.count > 0) {
    findings.push_back({"line ends", "LF", std::move(crlf_.first), crlf_.count});
  }
  return findings;
}

}  // namespace ecomgen::validate
