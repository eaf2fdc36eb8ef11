// CellFormat and TableFormats: one test per kind of defect a cell can have, as text (CSV)
// and as a typed value (Parquet), and the report a CSV table with defects gets.
#include "validate/cell_format.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "validate/csv_reader.h"
#include "validate/csv_table_source.h"
#include "validate/run_tables.h"
#include "validate/table_formats.h"

namespace ecomgen::validate {
namespace {

using D = CellDefect;
using namespace std::string_literals;

CellFormat Format(ColumnType type, int decimals = 0) {
  return CellFormat(ColumnSpec{"c", type, false, decimals, {}}, true);
}

constexpr std::array<std::string_view, 2> kColours = {"red", "blue"};

CellFormat Vocabulary(bool check_vocabulary) {
  return CellFormat(ColumnSpec{"c", ColumnType::kEnum, false, 0, kColours}, check_vocabulary);
}

TEST(CellFormatTest, MoneyHasExactlyTwoDecimalsAndEighteenDigits) {
  const CellFormat money = Format(ColumnType::kDecimal);
  EXPECT_EQ(money.CheckText("3448.00"), D::kNone);
  EXPECT_EQ(money.CheckText("-0.05"), D::kNone);
  EXPECT_EQ(money.CheckText("9999999999999999.99"), D::kNone);
  EXPECT_EQ(money.CheckText("3448.001"), D::kTooManyDecimals);
  EXPECT_EQ(money.CheckText("3448.5"), D::kTooFewDecimals);
  EXPECT_EQ(money.CheckText("3448"), D::kTooFewDecimals);
  EXPECT_EQ(money.CheckText("99999999999999999999.00"), D::kOutOfRange);
  EXPECT_EQ(money.CheckInt(999'999'999'999'999'999), D::kNone);
  EXPECT_EQ(money.CheckInt(1'000'000'000'000'000'000), D::kOutOfRange);
  EXPECT_EQ(money.CheckInt(std::numeric_limits<int64_t>::min()), D::kOutOfRange);
}

TEST(CellFormatTest, NumbersAreFinitePlainDecimals) {
  for (const CellFormat& format : {Format(ColumnType::kDecimal), Format(ColumnType::kDouble, 3)}) {
    for (std::string_view text : {"nan", "NaN", "inf", "-inf", "1e400", "1e3", "+1.00", " 1.00",
                                  "1.", ".5", "-", "0x10", "1,00"}) {
      EXPECT_EQ(format.CheckText(text), D::kNotNumber) << text;
    }
  }
  const CellFormat rate = Format(ColumnType::kDouble, 3);
  EXPECT_EQ(rate.CheckDouble(std::nan("")), D::kNotNumber);
  EXPECT_EQ(rate.CheckDouble(std::numeric_limits<double>::infinity()), D::kNotNumber);
  EXPECT_EQ(rate.CheckDouble(1e300), D::kOutOfRange);
  EXPECT_EQ(rate.CheckText("1234567890123456.0"), D::kOutOfRange);
}

TEST(CellFormatTest, DoublesKeepAtMostTheDeclaredScale) {
  const CellFormat rate = Format(ColumnType::kDouble, 3);
  EXPECT_EQ(rate.CheckText("0.930"), D::kNone);
  EXPECT_EQ(rate.CheckText("0.93"), D::kNone);
  EXPECT_EQ(rate.CheckText("12"), D::kNone);
  EXPECT_EQ(rate.CheckText("0.9301"), D::kTooManyDecimals);
  EXPECT_EQ(rate.CheckDouble(0.93), D::kNone);
  EXPECT_EQ(rate.CheckDouble(-41.257), D::kNone);
  EXPECT_EQ(rate.CheckDouble(0.9301), D::kTooManyDecimals);
  EXPECT_EQ(Format(ColumnType::kDouble, 1).CheckDouble(123456789.1), D::kNone);
  EXPECT_EQ(Format(ColumnType::kDouble, 1).CheckDouble(0.15), D::kTooManyDecimals);
}

TEST(CellFormatTest, IntegersHaveOneSpellingAndTheirWidth) {
  const CellFormat wide = Format(ColumnType::kInt64);
  const CellFormat narrow = Format(ColumnType::kInt32);
  EXPECT_EQ(wide.CheckText("-12"), D::kNone);
  EXPECT_EQ(wide.CheckText("0"), D::kNone);
  EXPECT_EQ(wide.CheckText("007"), D::kNotInteger);
  EXPECT_EQ(wide.CheckText("-0"), D::kNotInteger);
  EXPECT_EQ(wide.CheckText("1.0"), D::kNotInteger);
  EXPECT_EQ(wide.CheckText("+1"), D::kNotInteger);
  EXPECT_EQ(wide.CheckText("99999999999999999999"), D::kOutOfRange);
  EXPECT_EQ(narrow.CheckText("2147483647"), D::kNone);
  EXPECT_EQ(narrow.CheckText("2147483648"), D::kOutOfRange);
  EXPECT_EQ(narrow.CheckInt(-2'147'483'649), D::kOutOfRange);
}

TEST(CellFormatTest, BooleansAreTrueOrFalse) {
  const CellFormat flag = Format(ColumnType::kBool);
  EXPECT_EQ(flag.CheckText("true"), D::kNone);
  EXPECT_EQ(flag.CheckText("false"), D::kNone);
  for (std::string_view text : {"nope", "TRUE", "1", "t"}) {
    EXPECT_EQ(flag.CheckText(text), D::kNotBool) << text;
  }
  EXPECT_EQ(flag.CheckInt(1), D::kNone);
  EXPECT_EQ(flag.CheckInt(2), D::kNotBool);
}

TEST(CellFormatTest, TimestampsAreUtcSecondsInRange) {
  const CellFormat ts = Format(ColumnType::kTimestamp);
  EXPECT_EQ(ts.CheckText("2024-11-29T14:03:27Z"), D::kNone);
  EXPECT_EQ(ts.CheckText("2024-11-29T14:03:27.5Z"), D::kNotWholeSecond);
  for (std::string_view text : {"2024-11-29 14:03:27", "2024-13-01T00:00:00Z",
                                "2024-11-29T24:00:00Z", "+10000-01-02T00:00:00Z", "now"}) {
    EXPECT_EQ(ts.CheckText(text), D::kNotTimestamp) << text;
  }
  EXPECT_EQ(ts.CheckText("1969-12-31T23:59:59Z"), D::kOutOfRange);
  EXPECT_EQ(ts.CheckInt(1'500'000), D::kNotWholeSecond);
  EXPECT_EQ(ts.CheckInt(-1'000'000), D::kOutOfRange);
}

TEST(CellFormatTest, DatesAreCalendarDays) {
  const CellFormat date = Format(ColumnType::kDate);
  EXPECT_EQ(date.CheckText("1958-02-28"), D::kNone);
  EXPECT_EQ(date.CheckText("2023-02-29"), D::kNotDate);
  EXPECT_EQ(date.CheckText("2024-1-01"), D::kNotDate);
  EXPECT_EQ(date.CheckInt(3'000'000), D::kOutOfRange);
}

TEST(CellFormatTest, VocabulariesAreTheFixedValues) {
  EXPECT_EQ(Vocabulary(true).CheckText("red"), D::kNone);
  EXPECT_EQ(Vocabulary(true).CheckText("green"), D::kNotInVocabulary);
  EXPECT_EQ(Vocabulary(true).CheckText("Red"), D::kNotInVocabulary);
  EXPECT_EQ(Vocabulary(true).CheckString("Red"), D::kNotInVocabulary);
  // A column the vocabulary checks judge is only text here.
  EXPECT_EQ(Vocabulary(false).CheckText("Dark Green"), D::kNone);
  EXPECT_EQ(Vocabulary(false).CheckText("\xff"), D::kNotUtf8);
}

TEST(CellFormatTest, TextIsUtf8WithoutNul) {
  const CellFormat text = Format(ColumnType::kString);
  EXPECT_EQ(text.CheckText("Zoë Müller, 東京"), D::kNone);
  EXPECT_EQ(text.CheckText(std::string_view("a\0b", 3)), D::kNulByte);
  for (std::string_view bad : {"\xff", "\xc3", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80"}) {
    EXPECT_EQ(text.CheckText(bad), D::kNotUtf8);
  }
  // Bytes no number holds are named as such in numeric columns too.
  EXPECT_EQ(Format(ColumnType::kInt64).CheckText(std::string_view("1\0", 2)), D::kNulByte);
  EXPECT_EQ(Format(ColumnType::kDecimal).CheckText("1\xff.00"), D::kNotUtf8);
  EXPECT_EQ(Vocabulary(false).CheckText("re\xff"
                                        "d"),
            D::kNotUtf8);
}

// Reads an orders CSV through the real table reader and reports its format rows.
CheckList ReportOf(std::string csv) {
  auto reader = CsvReader::FromString(std::move(csv), "orders.csv");
  const std::vector<ColumnRequest> columns = {{"order_id", ValueKind::kInt},
                                              {"total_amount", ValueKind::kCents}};
  Result<LoadedTable> loaded = ReadCsvTable(*reader, TableId::kOrders, columns);
  EXPECT_TRUE(loaded) << loaded.error().message();
  CheckList checks;
  if (!loaded) return checks;
  EXPECT_TRUE(loaded->formats_checked);
  for (const FormatFinding& finding : loaded->format_findings) {
    checks.Add("formats", "orders." + finding.column + " format", finding.expected,
               finding.first + " (" + std::to_string(finding.count) + ")", false);
  }
  return checks;
}

TEST(TableFormatsTest, CsvDefectsNameColumnLineAndEscapedValue) {
  const CheckList checks = ReportOf(
      "order_id,subtotal,total_amount,currency,note\n"
      "1,nan,10.00,INR,x\n"
      "2,3448.001,7.5,INR,y\n"
      "3,12.00,1e400,inr,z\n");
  ASSERT_EQ(checks.rows().size(), 3U);
  const CheckRow* subtotal = checks.Find("orders.subtotal format");
  ASSERT_NE(subtotal, nullptr);
  EXPECT_EQ(subtotal->expected, "money, exactly 2 decimals");
  EXPECT_EQ(subtotal->actual, "line 2: \"nan\" is not a plain decimal number (2)");
  const CheckRow* total = checks.Find("orders.total_amount format");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->actual, "line 3: \"7.5\" lacks its two decimals (2)");
  EXPECT_EQ(checks.Find("orders.currency format")->actual,
            "line 4: \"inr\" is not in the vocabulary (1)");
}

TEST(TableFormatsTest, DefectiveCellOfARequestedColumnLoadsAsNull) {
  auto reader = CsvReader::FromString("order_id,total_amount\n1,3.001\n2,4.00\n", "orders.csv");
  const std::vector<ColumnRequest> columns = {{"total_amount", ValueKind::kCents}};
  Result<LoadedTable> loaded = ReadCsvTable(*reader, TableId::kOrders, columns);
  ASSERT_TRUE(loaded) << loaded.error().message();
  EXPECT_EQ(loaded->col("total_amount").ints, (std::vector<int64_t>{kNullInt, 400}));
  // Not a NULL of the file: "not null" must not report the cell a second time.
  EXPECT_EQ(loaded->col("total_amount").null_count, 0);
  ASSERT_EQ(loaded->format_findings.size(), 1U);
}

TEST(TableFormatsTest, CrlfLineEndsAndRawBytesAreReportedEscaped) {
  const CheckList checks = ReportOf("order_id,currency\r\n1,EU\0R\n2,\xff\r\n"s);
  const CheckRow* ends = checks.Find("orders.line ends format");
  ASSERT_NE(ends, nullptr);
  EXPECT_EQ(ends->actual, "line 1 ends in CRLF (2)");
  const CheckRow* currency = checks.Find("orders.currency format");
  ASSERT_NE(currency, nullptr);
  EXPECT_EQ(currency->actual, "line 2: \"EU\\u0000R\" holds a NUL byte (2)");
}

}  // namespace
}  // namespace ecomgen::validate
