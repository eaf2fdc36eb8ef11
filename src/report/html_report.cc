#include "report/html_report.h"

#include <fmt/format.h>

#include <cmath>
#include <map>
#include <sstream>

#include "core/iso_timestamp.h"
#include "report/svg_chart.h"

namespace ecomgen::report {
namespace {

// Windows up to this long are drawn per hour, longer ones per day.
constexpr int64_t kHourlyUpTo = 7 * kMicrosPerDay;

constexpr std::string_view kStyle = R"(
body{font-family:sans-serif;margin:24px;color:#222;max-width:1000px}
h1{font-size:22px}h2{font-size:18px;margin-top:28px;border-bottom:1px solid #ccc}
table{border-collapse:collapse;font-size:12px;width:100%}
td,th{border:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
tr.FAIL{background:#fde2e2}tr.SKIP{color:#888}td.PASS{color:#17702f;font-weight:bold}
td.FAIL{color:#b00020;font-weight:bold}
svg.chart{width:100%;height:auto;margin:8px 0;font-size:12px}
svg .title{font-weight:bold;font-size:14px}svg .axis,svg .legend,svg .marker{fill:#333}
svg .grid{stroke:#e4e4e4}svg .frame{fill:none;stroke:#999}
svg .span{fill:#f5a623;fill-opacity:.25}svg .rule{stroke:#d0021b;stroke-dasharray:4 3}
svg .actual{fill:#4a90d9}svg .target{fill:none;stroke:#222}
.matrix td{text-align:center;width:14%}.note{color:#555;font-size:13px}
)";

// Per-minute counts summed into bins of `bin_us` from the facts' first minute.
std::vector<double> Bin(const std::vector<int64_t>& per_minute, int64_t bin_us) {
  const auto minutes_per_bin = static_cast<size_t>(bin_us / kMicrosPerMinute);
  std::vector<double> bins((per_minute.size() + minutes_per_bin - 1) / minutes_per_bin, 0);
  for (size_t minute = 0; minute < per_minute.size(); ++minute) {
    bins[minute / minutes_per_bin] += static_cast<double>(per_minute[minute]);
  }
  return bins;
}

std::vector<TimeMarker> Markers(const validate::RunSummary& summary) {
  std::vector<TimeMarker> markers;
  const validate::Markers& m = summary.markers;
  if (m.outage_start_us && m.outage_end_us) {
    markers.push_back({"payment outage", *m.outage_start_us, *m.outage_end_us});
  }
  if (m.sellout_ts_us) markers.push_back({"viral product sells out", *m.sellout_ts_us, {}});
  if (m.app_launch_ts_us) markers.push_back({"app launch", *m.app_launch_ts_us, {}});
  const DiscountConfig& discount = summary.config.discount;
  if (discount.pct > 0 && !discount.categories.empty()) {
    std::string label = fmt::format("{:g}% off", discount.pct);
    for (const std::string& category : discount.categories) label += " " + category;
    markers.push_back({label + " (whole window)", summary.window_start_us, summary.window_end_us});
  }
  return markers;
}

std::string ActivityCharts(const validate::ValidationResult& result) {
  const validate::RunFacts& facts = result.facts;
  const int64_t window_us = facts.window_end_us - facts.window_start_us;
  const int64_t bin_us = window_us <= kHourlyUpTo ? kMicrosPerHour : kMicrosPerDay;
  const std::string per = bin_us == kMicrosPerHour ? "hour" : "day";
  const std::vector<TimeMarker> markers = Markers(result.summary);
  std::string html;
  struct Row {
    const char* name;
    const char* colour;
    const std::vector<int64_t>* minutes;
  };
  for (const Row& row : {Row{"orders", "#4a90d9", &facts.orders_per_minute},
                         Row{"abandoned carts", "#7b61ff", &facts.carts_per_minute},
                         Row{"support tickets", "#e4572e", &facts.tickets_per_minute}}) {
    TimeChart chart;
    chart.title = fmt::format("{} per {}", row.name, per);
    chart.first_bin_us = facts.first_minute_us;
    chart.bin_us = bin_us;
    chart.series.push_back({row.name, row.colour, Bin(*row.minutes, bin_us)});
    chart.markers = markers;
    html += RenderTimeChart(chart);
  }
  return html;
}

// "web 20 mobile_web 30 mobile_app 50 +-5pp" -> {web: 20, mobile_web: 30, mobile_app: 50}:
// the name-number pairs of a cohort check's expected or actual text.
std::map<std::string, double> NamedNumbers(const std::string& text) {
  std::map<std::string, double> values;
  std::istringstream words(text);
  std::string name;
  std::string word;
  while (words >> word) {
    size_t used = 0;
    double value = 0;
    try {
      value = std::stod(word, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used > 0 && !name.empty() && (used == word.size() || word.substr(used) == "%")) {
      values[name] = value;
      name.clear();
    } else {
      name = word;
    }
  }
  return values;
}

std::string CohortCharts(const validate::ValidationResult& result) {
  std::string html;
  for (const validate::CheckRow& row : result.checks.rows()) {
    if (row.group != "cohorts" || row.outcome == validate::CheckOutcome::kSkip) continue;
    const std::map<std::string, double> targets = NamedNumbers(row.expected);
    const std::map<std::string, double> actuals = NamedNumbers(row.actual);
    std::vector<BarPair> bars;
    double max = 0;
    for (const auto& [name, target] : targets) {
      const auto found = actuals.find(name);
      if (found == actuals.end()) continue;
      bars.push_back({name, found->second, target});
      max = std::max({max, found->second, target});
    }
    if (bars.empty()) continue;
    html += RenderBarPairs(
        row.check + (row.outcome == validate::CheckOutcome::kFail ? " (FAIL)" : " (PASS)"), bars,
        std::max(max, 1.0), "%");
  }
  if (html.empty()) {
    html =
        "<p class=\"note\">No cohort mix was judged: every cohort sample is below the "
        "validator's minimum (see the cohort rows below); generate a larger --scale or a "
        "longer --duration to see them.</p>\n";
  }
  return html;
}

std::string FormatR(double r) { return std::isnan(r) ? "n/a" : fmt::format("{:+.2f}", r); }

std::string CorrelationTable(const validate::ValidationResult& result) {
  const validate::CorrelationMatrix& matrix = result.correlations;
  if (matrix.days == 0) {
    return "<p class=\"note\">No correlation matrix: it is computed for windows of 14 days or "
           "more.</p>\n";
  }
  std::array<std::array<double, validate::kSeriesCount>, validate::kSeriesCount> targets{};
  for (auto& row : targets) row.fill(std::nan(""));
  for (const validate::CorrelationPair& pair :
       validate::CorrelationPairs(result.summary.config.correlations)) {
    targets[static_cast<size_t>(pair.a)][static_cast<size_t>(pair.b)] = pair.target;
    targets[static_cast<size_t>(pair.b)][static_cast<size_t>(pair.a)] = pair.target;
  }
  std::string html = fmt::format(
      "<p class=\"note\">Pearson r of the daily series over {} whole days; each cell: realized "
      "(target). Colour: distance from the target.</p>\n<table class=\"matrix\"><tr><th></th>",
      matrix.days);
  for (const std::string_view name : validate::kSeriesNames)
    html += fmt::format("<th>{}</th>", name);
  html += "</tr>\n";
  for (size_t a = 0; a < validate::kSeriesCount; ++a) {
    html += fmt::format("<tr><th>{}</th>", validate::kSeriesNames[a]);
    for (size_t b = 0; b < validate::kSeriesCount; ++b) {
      const double r = matrix.r[a][b];
      const double target = targets[a][b];
      if (a == b || std::isnan(target)) {
        html += fmt::format("<td>{}</td>", FormatR(r));
        continue;
      }
      const double off = std::isnan(r) ? 1 : std::min(1.0, std::fabs(r - target) / 0.2);
      html += fmt::format("<td style=\"background:rgb({},{},200)\">{} ({:+.2f})</td>",
                          static_cast<int>(200 + 55 * off), static_cast<int>(255 - 80 * off),
                          FormatR(r), target);
    }
    html += "</tr>\n";
  }
  return html + "</table>\n";
}

std::string CheckTable(const validate::ValidationResult& result) {
  std::string html =
      "<table><tr><th>group</th><th>check</th><th>expected</th><th>actual</th><th>result</th>"
      "</tr>\n";
  for (const validate::CheckRow& row : result.checks.rows()) {
    const char* outcome = row.outcome == validate::CheckOutcome::kPass   ? "PASS"
                          : row.outcome == validate::CheckOutcome::kFail ? "FAIL"
                                                                         : "SKIP";
    html += fmt::format(
        "<tr class=\"{0}\"><td>{1}</td><td>{2}</td><td>{3}</td><td>{4}</td><td class=\"{0}\">{0}"
        "</td></tr>\n",
        outcome, EscapeXml(row.group), EscapeXml(row.check), EscapeXml(row.expected),
        EscapeXml(row.actual));
  }
  return html + "</table>\n";
}

}  // namespace

std::string RenderHtmlReport(const validate::ValidationResult& result) {
  const validate::RunSummary& summary = result.summary;
  const int failed = result.checks.failed();
  std::string html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      "<title>ecomgen report: {0}</title><style>{1}</style></head>\n<body>\n"
      "<h1>ecomgen report: {0}</h1>\n<p>{2}</p>\n<p><b>{3} checks, {4} failed.</b></p>\n",
      EscapeXml(result.prefix), kStyle, EscapeXml(result.run_description),
      result.checks.rows().size(), failed);
  html += fmt::format("<p class=\"note\">Window {} to {}; seed {}, scale {:g}.</p>\n",
                      FormatIsoTimestamp(summary.window_start_us),
                      FormatIsoTimestamp(summary.window_end_us), summary.seed, summary.scale);
  html += "<h2>Activity</h2>\n" + ActivityCharts(result);
  html += "<h2>Cohort mixes against their targets</h2>\n" + CohortCharts(result);
  html += "<h2>Daily correlations against their targets</h2>\n" + CorrelationTable(result);
  html += "<h2>Every check</h2>\n" + CheckTable(result);
  html += "</body></html>\n";
  return html;
}

}  // namespace ecomgen::report
