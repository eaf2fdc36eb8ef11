#include "validate/report.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace ecomgen::validate {

namespace {

// Wider cells are printed whole but no longer widen their column.
constexpr size_t kMaxAlignedWidth = 48;

std::string_view OutcomeText(CheckOutcome outcome) {
  switch (outcome) {
    case CheckOutcome::kPass:
      return "PASS";
    case CheckOutcome::kFail:
      return "FAIL";
    case CheckOutcome::kSkip:
      return "SKIP";
  }
  return "?";
}

void Pad(std::string& line, std::string_view cell, size_t width) {
  line += cell;
  if (cell.size() < width) line.append(width - cell.size(), ' ');
  line += "  ";
}

}  // namespace

void PrintCheckTable(const std::vector<CheckRow>& rows, std::ostream& out) {
  std::array<size_t, 4> widths = {5, 5, 8, 6};  // the header words
  for (const CheckRow& row : rows) {
    const std::array<const std::string*, 4> cells = {&row.group, &row.check, &row.expected,
                                                     &row.actual};
    for (size_t col = 0; col < cells.size(); ++col) {
      widths[col] = std::max(widths[col], std::min(cells[col]->size(), kMaxAlignedWidth));
    }
  }
  auto print = [&](std::string_view marker, std::string_view group, std::string_view check,
                   std::string_view expected, std::string_view actual, std::string_view result) {
    std::string line(marker);
    Pad(line, group, widths[0]);
    Pad(line, check, widths[1]);
    Pad(line, expected, widths[2]);
    Pad(line, actual, widths[3]);
    line += result;
    out << line << '\n';
  };
  print("  ", "group", "check", "expected", "actual", "result");
  for (const CheckRow& row : rows) {
    print(row.outcome == CheckOutcome::kFail ? "* " : "  ", row.group, row.check, row.expected,
          row.actual, OutcomeText(row.outcome));
  }
}

void PrintCorrelationMatrix(const CorrelationMatrix& matrix, std::ostream& out) {
  if (matrix.days == 0) return;
  out << '\n' << fmt::format("daily correlations over {} whole days:", matrix.days) << '\n';
  std::string header = fmt::format("{:<12}", "");
  for (std::string_view name : kSeriesNames) header += fmt::format("{:>12}", name);
  out << header << '\n';
  for (size_t a = 0; a < kSeriesCount; ++a) {
    std::string line = fmt::format("{:<12}", kSeriesNames[a]);
    for (size_t b = 0; b < kSeriesCount; ++b) {
      const double r = matrix.r[a][b];
      line += std::isfinite(r) ? fmt::format("{:>12.3f}", r) : fmt::format("{:>12}", "n/a");
    }
    out << line << '\n';
  }
}

void PrintSummaryLine(const std::vector<CheckRow>& rows, std::ostream& out) {
  int ran = 0;
  int failed = 0;
  for (const CheckRow& row : rows) {
    if (row.outcome == CheckOutcome::kSkip) continue;
    ++ran;
    if (row.outcome == CheckOutcome::kFail) ++failed;
  }
  out << fmt::format("validate: {} checks, {} failed", ran, failed) << '\n';
}

}  // namespace ecomgen::validate
