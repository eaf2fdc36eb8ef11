#include "report/svg_chart.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "core/civil_time.h"
#include "ecomgen/config.h"

namespace ecomgen::report {
namespace {

// The plot area inside the SVG's viewBox, in SVG units.
constexpr double kWidth = 900;
constexpr double kHeight = 260;
constexpr double kLeft = 60;
constexpr double kRight = 20;
constexpr double kTop = 34;
constexpr double kBottom = 40;
constexpr int kXTicks = 6;
constexpr int kYTicks = 4;

// A tick label for an instant: the date, and the time when bins are shorter than a day.
std::string TickLabel(int64_t ts_us, int64_t bin_us) {
  const CivilDateTime time = CivilFromMicros(ts_us);
  if (bin_us >= kMicrosPerDay) {
    return fmt::format("{:04}-{:02}-{:02}", time.date.year, time.date.month, time.date.day);
  }
  return fmt::format("{:02}-{:02} {:02}:{:02}", time.date.month, time.date.day, time.hour,
                     time.minute);
}

// A round step for an axis of `max` split in about `ticks` parts.
double NiceStep(double max, int ticks) {
  const double raw = max / ticks;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (const double mult : {1.0, 2.0, 5.0, 10.0}) {
    if (raw <= mult * power) return mult * power;
  }
  return 10 * power;
}

}  // namespace

std::string EscapeXml(std::string_view text) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string RenderTimeChart(const TimeChart& chart) {
  size_t bins = 0;
  double max = 0;
  for (const TimeSeries& series : chart.series) {
    bins = std::max(bins, series.values.size());
    for (const double value : series.values) max = std::max(max, value);
  }
  const double step = max > 0 ? NiceStep(max, kYTicks) : 1;
  const double top = std::max(step, std::ceil(max / step) * step);
  const double plot_w = kWidth - kLeft - kRight;
  const double plot_h = kHeight - kTop - kBottom;
  const int64_t span_us = chart.bin_us * static_cast<int64_t>(std::max<size_t>(bins, 1));
  auto x_of = [&](int64_t ts_us) {
    const double share =
        static_cast<double>(ts_us - chart.first_bin_us) / static_cast<double>(span_us);
    return kLeft + plot_w * std::clamp(share, 0.0, 1.0);
  };
  auto y_of = [&](double value) { return kTop + plot_h * (1 - value / top); };

  std::string svg = fmt::format(
      "<svg class=\"chart\" viewBox=\"0 0 {} {}\" xmlns=\"http://www.w3.org/2000/svg\" "
      "role=\"img\" aria-label=\"{}\">\n<text x=\"{}\" y=\"20\" class=\"title\">{}</text>\n",
      kWidth, kHeight, EscapeXml(chart.title), kLeft, EscapeXml(chart.title));
  for (const TimeMarker& marker : chart.markers) {
    const double x = x_of(marker.from_us);
    if (marker.to_us) {
      svg += fmt::format(
          "<rect class=\"span\" x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\"/>\n", x, kTop,
          std::max(1.0, x_of(*marker.to_us) - x), plot_h);
    } else {
      svg += fmt::format(
          "<line class=\"rule\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1}\" y2=\"{2}\"/>\n", x, kTop,
          kTop + plot_h);
    }
    svg += fmt::format("<text class=\"marker\" x=\"{:.1f}\" y=\"{}\">{}</text>\n", x + 3, kTop + 12,
                       EscapeXml(marker.label));
  }
  for (double value = 0; value <= top + step / 2; value += step) {
    const double y = y_of(value);
    svg += fmt::format(
        "<line class=\"grid\" x1=\"{}\" x2=\"{}\" y1=\"{:.1f}\" y2=\"{:.1f}\"/>"
        "<text class=\"axis\" x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{:g}</text>\n",
        kLeft, kLeft + plot_w, y, y, kLeft - 6, y + 4, value);
  }
  for (int tick = 0; tick <= kXTicks; ++tick) {
    const int64_t ts = chart.first_bin_us + span_us * tick / kXTicks;
    svg +=
        fmt::format("<text class=\"axis\" x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n",
                    x_of(ts), kHeight - kBottom + 18, TickLabel(ts, chart.bin_us));
  }
  double legend_x = kLeft + plot_w;
  for (auto series = chart.series.rbegin(); series != chart.series.rend(); ++series) {
    legend_x -= 12.0 + 7.5 * static_cast<double>(series->name.size()) + 18;
    svg += fmt::format(
        "<rect x=\"{0:.1f}\" y=\"10\" width=\"12\" height=\"12\" fill=\"{1}\"/>"
        "<text class=\"legend\" x=\"{2:.1f}\" y=\"20\">{3}</text>\n",
        legend_x, series->colour, legend_x + 16, EscapeXml(series->name));
    std::string points;
    for (size_t bin = 0; bin < series->values.size(); ++bin) {
      const int64_t mid =
          chart.first_bin_us + chart.bin_us * static_cast<int64_t>(bin) + chart.bin_us / 2;
      points += fmt::format("{:.1f},{:.1f} ", x_of(mid), y_of(series->values[bin]));
    }
    svg +=
        fmt::format("<polyline fill=\"none\" stroke=\"{}\" stroke-width=\"1.8\" points=\"{}\"/>\n",
                    series->colour, points);
  }
  svg += fmt::format("<rect class=\"frame\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>\n",
                     kLeft, kTop, plot_w, plot_h);
  svg += "</svg>\n";
  return svg;
}

std::string RenderBarPairs(std::string_view title, const std::vector<BarPair>& bars,
                           double max_value, std::string_view unit) {
  constexpr double kRow = 22;
  constexpr double kLabelWidth = 230;
  constexpr double kBarWidth = 560;
  const double height = kTop + kRow * static_cast<double>(bars.size()) + 10;
  std::string svg = fmt::format(
      "<svg class=\"chart\" viewBox=\"0 0 {} {}\" xmlns=\"http://www.w3.org/2000/svg\" "
      "role=\"img\" aria-label=\"{}\">\n<text x=\"10\" y=\"20\" class=\"title\">{}</text>\n",
      kWidth, height, EscapeXml(title), EscapeXml(title));
  const double scale = max_value > 0 ? kBarWidth / max_value : 0;
  for (size_t idx = 0; idx < bars.size(); ++idx) {
    const BarPair& bar = bars[idx];
    const double y = kTop + kRow * static_cast<double>(idx);
    svg += fmt::format(
        "<text class=\"axis\" x=\"{0}\" y=\"{1:.1f}\" text-anchor=\"end\">{2}</text>"
        "<rect class=\"actual\" x=\"{3}\" y=\"{4:.1f}\" width=\"{5:.1f}\" height=\"8\"/>"
        "<rect class=\"target\" x=\"{3}\" y=\"{6:.1f}\" width=\"{7:.1f}\" height=\"8\"/>"
        "<text class=\"axis\" x=\"{8:.1f}\" y=\"{1:.1f}\">{9:.1f}{11} (target "
        "{10:.1f}{11})</text>\n",
        kLabelWidth - 8, y + 12, EscapeXml(bar.label), kLabelWidth, y + 2,
        std::max(0.0, bar.actual) * scale, y + 10, std::max(0.0, bar.target) * scale,
        kLabelWidth + std::max(bar.actual, bar.target) * scale + 8, bar.actual, bar.target, unit);
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace ecomgen::report
