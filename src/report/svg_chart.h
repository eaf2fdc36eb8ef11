// SvgChart: small inline SVG charts for the HTML report, drawn from numbers alone (no
// scripts, no fonts or styles from outside the document).
//
// A time chart draws one or more series of counts per bin (hour or day) as lines, with the
// scenario's markers as shaded spans or vertical rules. A bar pair chart draws, per label,
// an actual value next to its target.
//
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ecomgen::report {

struct TimeSeries {
  std::string name;
  std::string colour;          // CSS colour
  std::vector<double> values;  // one per bin
};

// A scenario event on the time axis: a span [from, to) or, without `to_us`, an instant.
struct TimeMarker {
  std::string label;
  int64_t from_us = 0;
  std::optional<int64_t> to_us;
};

struct TimeChart {
  std::string title;
  int64_t first_bin_us = 0;  // start of bin 0
  int64_t bin_us = 0;        // width of a bin
  std::vector<TimeSeries> series;
  std::vector<TimeMarker> markers;
};

// The chart as an <svg> element. REQUIRES: chart.bin_us > 0.
std::string RenderTimeChart(const TimeChart& chart);

struct BarPair {
  std::string label;
  double actual = 0;
  double target = 0;
};

// Actual (filled) and target (outlined) bars per label, on a 0..`max_value` scale, with the
// values printed as `unit` ("%").
std::string RenderBarPairs(std::string_view title, const std::vector<BarPair>& bars,
                           double max_value, std::string_view unit);

// `text` with &, <, >, " escaped for HTML and SVG.
std::string EscapeXml(std::string_view text);

}  // namespace ecomgen::report
