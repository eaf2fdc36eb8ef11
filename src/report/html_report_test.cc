#include "report/html_report.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "report/svg_chart.h"

namespace ecomgen::report {
namespace {

validate::ValidationResult SampleResult() {
  validate::ValidationResult result;
  result.prefix = "payment_outage_20241129_000000";
  result.run_description = "run <x> & y";
  result.summary.window_start_us = 0;
  result.summary.window_end_us = 6 * kMicrosPerHour;
  result.summary.markers.outage_start_us = 2 * kMicrosPerHour;
  result.summary.markers.outage_end_us = 4 * kMicrosPerHour;
  result.facts.window_end_us = 6 * kMicrosPerHour;
  result.facts.orders_per_minute.assign(360, 2);
  result.facts.carts_per_minute.assign(360, 1);
  result.facts.tickets_per_minute.assign(360, 0);
  result.checks.Add("cohorts", "gen_z orders.channel", "web 20 mobile_web 30 mobile_app 50 +-5pp",
                    "web 21.5 mobile_web 29.0 mobile_app 49.5", true);
  result.checks.Add("kpi", "orders during outage", "20% +-7pp", "19.1%", false);
  return result;
}

TEST(HtmlReportTest, DrawsActivityMarkersCohortsAndEveryCheck) {
  const std::string html = RenderHtmlReport(SampleResult());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("orders per hour"), std::string::npos);
  EXPECT_NE(html.find("payment outage"), std::string::npos);
  EXPECT_NE(html.find("class=\"span\""), std::string::npos);
  EXPECT_NE(html.find("21.5% (target 20.0%)"), std::string::npos);
  EXPECT_NE(html.find("orders during outage"), std::string::npos);
  EXPECT_NE(html.find("run &lt;x&gt; &amp; y"), std::string::npos);
  EXPECT_NE(html.find("2 checks, 1 failed"), std::string::npos);
  // Self-contained: nothing to fetch.
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("href="), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);
}

TEST(HtmlReportTest, TimeChartPlotsEveryBin) {
  TimeChart chart;
  chart.title = "t";
  chart.bin_us = kMicrosPerHour;
  chart.series.push_back({"orders", "#000", {1, 4, 2}});
  const std::string svg = RenderTimeChart(chart);
  const size_t points = svg.find("points=\"");
  ASSERT_NE(points, std::string::npos);
  const std::string list = svg.substr(points, svg.find('"', points + 8) - points);
  EXPECT_EQ(std::count(list.begin(), list.end(), ','), 3);
}

}  // namespace
}  // namespace ecomgen::report
