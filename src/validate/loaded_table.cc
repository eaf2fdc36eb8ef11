#include "validate/loaded_table.h"

#include <cassert>
#include <cmath>

namespace ecomgen::validate {

bool LoadedColumn::is_null(size_t row) const {
  switch (kind) {
    case ValueKind::kDouble:
      return std::isnan(doubles[row]);
    case ValueKind::kCode:
      return codes[row] == kNullCode;
    default:
      return ints[row] == kNullInt;
  }
}

std::string_view LoadedColumn::code_text(size_t row) const {
  const uint16_t code = codes[row];
  if (code == kNullCode) return {};
  return dictionary[code];
}

uint16_t LoadedColumn::CodeOf(std::string_view text) const {
  for (size_t code = 0; code < dictionary.size(); ++code) {
    if (dictionary[code] == text) return static_cast<uint16_t>(code);
  }
  return kNullCode;
}

const LoadedColumn& LoadedTable::col(std::string_view name) const {
  for (const LoadedColumn& column : columns) {
    if (column.name == name) return column;
  }
  // A programmer error: checks only ask for the columns their table request lists.
  assert(false && "column was not requested");
  return columns.front();
}

bool LoadedTable::HasHeaderColumn(std::string_view name) const {
  for (const std::string& column : header) {
    if (column == name) return true;
  }
  return false;
}

CodeInterner::CodeInterner(LoadedColumn* column, std::span<const std::string_view> vocabulary)
    : column_(column) {
  for (std::string_view entry : vocabulary) {
    codes_.emplace(std::string(entry), static_cast<uint16_t>(column_->dictionary.size()));
    column_->dictionary.emplace_back(entry);
  }
  column_->fixed_vocabulary_size = vocabulary.size();
}

bool CodeInterner::Intern(std::string_view text, uint16_t* code) {
  // Vocabulary columns repeat values often; one comparison saves the hash most of the time.
  if (last_code_ != kNullCode && text == last_text_) {
    *code = last_code_;
    return true;
  }
  auto found = codes_.find(text);
  if (found == codes_.end()) {
    if (column_->dictionary.size() >= kNullCode) return false;
    const auto next = static_cast<uint16_t>(column_->dictionary.size());
    found = codes_.emplace(std::string(text), next).first;
    column_->dictionary.emplace_back(text);
  }
  last_text_.assign(text);
  last_code_ = found->second;
  *code = found->second;
  return true;
}

uint64_t HashText(std::string_view text) {
  constexpr uint64_t kOffsetBasis = 14'695'981'039'346'656'037ULL;
  constexpr uint64_t kPrime = 1'099'511'628'211ULL;
  uint64_t hash = kOffsetBasis;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= kPrime;
  }
  return hash;
}

}  // namespace ecomgen::validate
