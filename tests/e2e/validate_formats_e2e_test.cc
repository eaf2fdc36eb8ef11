// `ecomgen validate` checks every column of every table against its declared format (issue
// 16 case 13): cells of a real run are edited, in columns the other checks read and in ones
// they do not, and each defect must come back as one FAIL naming table, column, line and
// the escaped value; an untouched run has only PASS rows in the formats group.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli_runner.h"

namespace ecomgen::e2e {
namespace {

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    const size_t end = text.find('\n', begin);
    lines.push_back(text.substr(begin, end - begin));
    if (end == std::string::npos) break;
    begin = end + 1;
  }
  return lines;
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

// Replaces the cell of `column` on file line `line` (the header is line 1) of `path` with
// `value`. The edited line must hold no quoted field, so that commas split it.
void EditCell(const std::filesystem::path& path, size_t line, const std::string& column,
              const std::string& value) {
  std::vector<std::string> lines = SplitLines(ReadFileBytes(path));
  ASSERT_GT(lines.size(), line);
  const std::vector<std::string> header = [&] {
    std::vector<std::string> names;
    size_t begin = 0;
    const std::string& row = lines[0];
    while (true) {
      const size_t comma = row.find(',', begin);
      names.push_back(row.substr(begin, comma - begin));
      if (comma == std::string::npos) return names;
      begin = comma + 1;
    }
  }();
  std::string& row = lines[line - 1];
  ASSERT_EQ(row.find('"'), std::string::npos) << row;
  size_t begin = 0;
  for (const std::string& name : header) {
    const size_t comma = row.find(',', begin);
    const size_t end = comma == std::string::npos ? row.size() : comma;
    if (name == column) {
      row.replace(begin, end - begin, value);
      WriteFileBytes(path, JoinLines(lines));
      return;
    }
    begin = end + 1;
  }
  FAIL() << "no column " << column;
}

// The report lines of group `formats`.
std::vector<std::string> FormatRows(const std::string& report) {
  std::vector<std::string> rows;
  for (const std::string& line : SplitLines(report)) {
    if (line.find("  formats  ") != std::string::npos) rows.push_back(line);
  }
  return rows;
}

TEST(ValidateFormatsE2ETest, EveryDefectIsOneFailNamingColumnLineAndValue) {
  ScratchDir dir("validate-formats");
  const CliResult run =
      RunEcomgen({"baseline", "--scale", "0.01", "--out-dir", dir.str(), "--quiet"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const CliResult clean = RunEcomgen({"validate", dir.str()});
  EXPECT_EQ(clean.exit_code, 0) << clean.out << clean.err;
  ASSERT_EQ(FormatRows(clean.out).size(), 10U) << clean.out;
  for (const std::string& row : FormatRows(clean.out))
    EXPECT_NE(row.find("PASS"), std::string::npos);

  const std::filesystem::path orders = FindRunFile(dir.path(), "orders.csv");
  EditCell(orders, 2, "subtotal", "nan");  // not read by any other check
  EditCell(orders, 3, "subtotal", "1e400");
  EditCell(orders, 4, "total_amount", "3448.001");  // read by the totals check
  EditCell(orders, 5, "discount_amount", "99999999999999999999.00");
  EditCell(FindRunFile(dir.path(), "cart_abandonment.csv"), 2, "recovered", "nope");
  EditCell(FindRunFile(dir.path(), "orders.csv"), 6, "currency", std::string("IN\0R", 4));
  EditCell(FindRunFile(dir.path(), "suppliers.csv"), 3, "on_time_rate", "0.9301");
  EditCell(FindRunFile(dir.path(), "system_metrics.csv"), 2, "error_rate", "inf");
  EditCell(FindRunFile(dir.path(), "system_metrics.csv"), 3, "metric_ts", "2024-10-01T00:01:00");
  const std::filesystem::path returns_or_tickets = FindRunFile(dir.path(), "support_tickets.csv");
  EditCell(returns_or_tickets, 2, "sla_breached", "yes");
  const std::filesystem::path campaigns = FindRunFile(dir.path(), "campaigns.csv");
  {
    std::string text = ReadFileBytes(campaigns);
    text.replace(text.find('\n'), 1, "\r\n");  // the header line ends in CRLF
    WriteFileBytes(campaigns, text);
  }

  const CliResult broken = RunEcomgen({"validate", dir.str()});
  EXPECT_EQ(broken.exit_code, 1) << broken.out << broken.err;
  ExpectReportRow(broken.out, "orders.subtotal format",
                  {"money, exactly 2 decimals", "line 2: \"nan\" is not a plain decimal number",
                   "(2 in all)", "FAIL"});
  ExpectReportRow(broken.out, "orders.total_amount format",
                  {"line 4: \"3448.001\" has more decimals than declared", "FAIL"});
  ExpectReportRow(broken.out, "orders.discount_amount format",
                  {"line 5: \"99999999999999999999.00\" is out of the declared range", "FAIL"});
  ExpectReportRow(broken.out, "orders.currency format",
                  {"line 6: \"IN\\u0000R\" holds a NUL byte", "FAIL"});
  ExpectReportRow(broken.out, "cart_abandonment.recovered format",
                  {"true or false", "line 2: \"nope\" is not true or false", "FAIL"});
  ExpectReportRow(broken.out, "suppliers.on_time_rate format",
                  {"at most 3 decimals", "line 3: \"0.9301\"", "FAIL"});
  ExpectReportRow(broken.out, "system_metrics.error_rate format", {"line 2: \"inf\"", "FAIL"});
  ExpectReportRow(broken.out, "system_metrics.metric_ts format",
                  {"line 3: \"2024-10-01T00:01:00\" is not a YYYY-MM-DDTHH:MM:SSZ", "FAIL"});
  ExpectReportRow(broken.out, "support_tickets.sla_breached format", {"line 2: \"yes\"", "FAIL"});
  ExpectReportRow(broken.out, "campaigns.line ends format", {"line 1 ends in CRLF", "FAIL"});
  // The refused total is not also a NULL in a non-nullable column.
  ExpectReportRow(broken.out, "orders not null", {"PASS"});
}

}  // namespace
}  // namespace ecomgen::e2e
