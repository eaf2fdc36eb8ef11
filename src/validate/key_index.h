// KeyIndex: from a table's integer key to its row, for foreign-key lookups.
//
// Generated keys are normally 1..N in row order; then the index is the identity and costs
// no memory. Otherwise it keeps a row-by-key vector when the keys are compact, or sorted
// (key, row) pairs. Building it also counts what the contract forbids for keys: NULLs,
// values below 1, duplicates.
//
// Thread safety: immutable after Build; share by const reference.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace ecomgen::validate {

class KeyIndex {
 public:
  KeyIndex() = default;
  // REQUIRES: `ids` uses kNullInt for NULL (LoadedColumn::ints).
  static KeyIndex Build(const std::vector<int64_t>& ids);

  // The row holding key `id` (the first, for a duplicated key), or -1.
  int64_t RowOf(int64_t id) const;
  bool Contains(int64_t id) const { return RowOf(id) >= 0; }

  int64_t rows() const { return rows_; }
  int64_t invalid_count() const { return invalid_count_; }  // NULL or < 1
  int64_t duplicate_count() const { return duplicate_count_; }
  int64_t first_invalid_row() const { return first_invalid_row_; }
  int64_t first_duplicate_id() const { return first_duplicate_id_; }

 private:
  enum class Mode : unsigned char { kIdentity, kDirect, kSorted };
  Mode mode_ = Mode::kIdentity;
  int64_t rows_ = 0;
  int64_t invalid_count_ = 0;
  int64_t duplicate_count_ = 0;
  int64_t first_invalid_row_ = -1;
  int64_t first_duplicate_id_ = -1;
  std::vector<int64_t> row_by_id_;                   // kDirect: index id, -1 = absent
  std::vector<std::pair<int64_t, int64_t>> sorted_;  // kSorted: (id, row) by id
};

}  // namespace ecomgen::validate
