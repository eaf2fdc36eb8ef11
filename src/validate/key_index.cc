#include "validate/key_index.h"

#include <algorithm>

namespace ecomgen::validate {

namespace {
// Keys up to this many times the row count (plus slack) get a direct row-by-key vector.
constexpr int64_t kDirectSpreadFactor = 4;
constexpr int64_t kDirectSlack = 1024;
}  // namespace

KeyIndex KeyIndex::Build(const std::vector<int64_t>& ids) {
  KeyIndex index;
  index.rows_ = static_cast<int64_t>(ids.size());
  bool identity = true;
  int64_t max_id = 0;
  for (size_t row = 0; row < ids.size(); ++row) {
    const int64_t id = ids[row];
    if (id < 1) {  // also NULL, which is INT64_MIN
      if (index.invalid_count_++ == 0) index.first_invalid_row_ = static_cast<int64_t>(row);
    }
    identity = identity && id == static_cast<int64_t>(row) + 1;
    max_id = std::max(max_id, id);
  }
  if (identity) return index;

  if (max_id <= kDirectSpreadFactor * index.rows_ + kDirectSlack) {
    index.mode_ = Mode::kDirect;
    index.row_by_id_.assign(static_cast<size_t>(max_id) + 1, -1);
    for (size_t row = 0; row < ids.size(); ++row) {
      const int64_t id = ids[row];
      if (id < 1) continue;
      int64_t& slot = index.row_by_id_[static_cast<size_t>(id)];
      if (slot >= 0) {
        if (index.duplicate_count_++ == 0) index.first_duplicate_id_ = id;
        continue;
      }
      slot = static_cast<int64_t>(row);
    }
    return index;
  }
  index.mode_ = Mode::kSorted;
  index.sorted_.reserve(ids.size());
  for (size_t row = 0; row < ids.size(); ++row) {
    if (ids[row] >= 1) index.sorted_.emplace_back(ids[row], static_cast<int64_t>(row));
  }
  std::sort(index.sorted_.begin(), index.sorted_.end());
  for (size_t pos = 1; pos < index.sorted_.size(); ++pos) {
    if (index.sorted_[pos].first == index.sorted_[pos - 1].first) {
      if (index.duplicate_count_++ == 0) index.first_duplicate_id_ = index.sorted_[pos].first;
    }
  }
  return index;
}

int64_t KeyIndex::RowOf(int64_t id) const {
  if (id < 1) return -1;
  switch (mode_) {
    case Mode::kIdentity:
      return id <= rows_ ? id - 1 : -1;
    case Mode::kDirect:
      return static_cast<size_t>(id) < row_by_id_.size() ? row_by_id_[static_cast<size_t>(id)] : -1;
    case Mode::kSorted: {
      const auto found =
          std::lower_bound(sorted_.begin(), sorted_.end(), std::pair<int64_t, int64_t>(id, -1));
      return found != sorted_.end() && found->first == id ? found->second : -1;
    }
  }
  return -1;
}

}  // namespace ecomgen::validate
