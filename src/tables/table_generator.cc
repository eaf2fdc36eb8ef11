#include "tables/table_generator.h"

namespace ecomgen {

std::vector<int64_t> ChunkMinutes(const std::vector<int64_t>& prefix, int64_t rows_per_chunk) {
  std::vector<int64_t> bounds = {0};
  const auto minutes = static_cast<int64_t>(prefix.size()) - 1;
  int64_t chunk_start_rows = 0;
  for (int64_t minute = 0; minute < minutes; ++minute) {
    if (prefix[static_cast<size_t>(minute)] - chunk_start_rows >= rows_per_chunk) {
      bounds.push_back(minute);
      chunk_start_rows = prefix[static_cast<size_t>(minute)];
    }
  }
  bounds.push_back(minutes);
  return bounds;
}

std::vector<int64_t> ChunkRows(int64_t rows, int64_t rows_per_chunk) {
  std::vector<int64_t> bounds;
  for (int64_t start = 0; start < rows; start += rows_per_chunk) bounds.push_back(start);
  bounds.push_back(rows);
  if (bounds.size() == 1) bounds.insert(bounds.begin(), 0);
  return bounds;
}

}  // namespace ecomgen
