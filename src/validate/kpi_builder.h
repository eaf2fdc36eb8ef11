// KpiBuilder: internal helper of kpi_eval*.cc that appends KpiResults with uniform texts.
//
// Thread safety: none.
#pragma once

#include <fmt/format.h>

#include <cmath>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "ecomgen/table_id.h"
#include "validate/kpi_eval.h"

namespace ecomgen::validate::detail {

class KpiBuilder {
 public:
  KpiBuilder(std::string_view scenario, const RunFacts& run, const RunFacts* baseline)
      : scenario_(scenario), run_(run), baseline_(baseline) {}

  const RunFacts& run() const { return run_; }
  const RunFacts* baseline() const { return baseline_; }

  // False (after adding a skipped result) when a table or the baseline is missing.
  bool Need(std::string_view kpi, std::string_view expected, std::initializer_list<TableId> tables,
            bool needs_baseline) {
    for (TableId table : tables) {
      if (!run_.has_table[static_cast<size_t>(table)] ||
          (needs_baseline && baseline_ != nullptr &&
           !baseline_->has_table[static_cast<size_t>(table)])) {
        Skip(kpi, expected, "needs " + std::string(TableName(table)));
        return false;
      }
    }
    if (needs_baseline && baseline_ == nullptr) {
      Skip(kpi, expected, "no baseline run");
      return false;
    }
    return true;
  }

  void Skip(std::string_view kpi, std::string_view expected, std::string reason) {
    KpiResult result;
    result.name = Name(kpi);
    result.expected = std::string(expected);
    result.actual = std::move(reason);
    result.skipped = true;
    results_.push_back(std::move(result));
  }

  void Add(std::string_view kpi, std::string expected, double value, std::string actual, bool ok) {
    KpiResult result;
    result.name = Name(kpi);
    result.expected = std::move(expected);
    result.value = value;
    result.actual = std::move(actual);
    result.ok = ok;
    results_.push_back(std::move(result));
  }

  // "X +-tol", the expected text of WithinAbs.
  static std::string AbsExpected(double target, double tolerance, bool percent) {
    const double show = percent ? 100 : 1;
    return fmt::format("{:.4g}{} +-{:.4g}{}", target * show, percent ? "%" : "", tolerance * show,
                       percent ? "pp" : "");
  }

  // "X (+-tol)" with an absolute tolerance; values shown as percentages when `percent`.
  void WithinAbs(std::string_view kpi, double value, double target, double tolerance, bool percent,
                 std::string context = {}) {
    const double show = percent ? 100 : 1;
    Add(kpi, AbsExpected(target, tolerance, percent), value,
        Show(value * show, percent ? "%" : "", context),
        std::isfinite(value) && std::fabs(value - target) <= tolerance + kSlack);
  }

  // "X (+-N%)", the expected text of WithinRel.
  static std::string RelExpected(double target, double tolerance) {
    return fmt::format("{:.4g} +-{:.4g}%", target, tolerance * 100);
  }

  // "X (+-N%)": |value / target - 1| <= tolerance.
  void WithinRel(std::string_view kpi, double value, double target, double tolerance,
                 std::string context = {}) {
    Add(kpi, RelExpected(target, tolerance), value, Show(value, "", context),
        std::isfinite(value) && target != 0 && std::fabs(value / target - 1) <= tolerance + kSlack);
  }

  // value >= minimum (or > when `strict`).
  void AtLeast(std::string_view kpi, double value, double minimum, bool strict,
               std::string context = {}) {
    std::string expected = fmt::format("{} {:.4g}", strict ? ">" : ">=", minimum);
    const bool ok = std::isfinite(value) && (strict ? value > minimum : value >= minimum - kSlack);
    Add(kpi, std::move(expected), value, Show(value, "", context), ok);
  }

  std::vector<KpiResult> Take() { return std::move(results_); }

 private:
  // Absorbs binary rounding of targets such as 0.2 + 0.07.
  static constexpr double kSlack = 1e-9;

  std::string Name(std::string_view kpi) const {
    return std::string(scenario_) + "." + std::string(kpi);
  }
  static std::string Show(double value, std::string_view unit, const std::string& context) {
    std::string text = std::isfinite(value) ? fmt::format("{:.4g}{}", value, unit) : "n/a";
    if (!context.empty()) text += " (" + context + ")";
    return text;
  }

  std::string_view scenario_;
  const RunFacts& run_;
  const RunFacts* baseline_;
  std::vector<KpiResult> results_;
};

// a / b as a double; NaN when b is 0.
inline double Ratio(double a, double b) { return b == 0 ? std::nan("") : a / b; }

// One function per scenario (kpi_eval.cc, kpi_eval_events.cc).
void BaselineKpis(const Config& config, KpiBuilder& kpis);
void FlashSaleKpis(const Config& config, KpiBuilder& kpis);
void ReturnsWaveKpis(const Config& config, KpiBuilder& kpis);
void SupplyDisruptionKpis(const Config& config, const Markers& markers, KpiBuilder& kpis);
void PaymentOutageKpis(const Config& config, const Markers& markers, KpiBuilder& kpis);
void ViralMomentKpis(const Config& config, const Markers& markers, KpiBuilder& kpis);
void CustomerSegmentsKpis(const Config& config, KpiBuilder& kpis);
void SeasonalPlanningKpis(const Config& config, KpiBuilder& kpis);
void MultiChannelKpis(const Config& config, const Markers& markers, KpiBuilder& kpis);

// Items of the discounted categories all carry exactly config.discount.pct.
void DiscountKpi(const Config& config, KpiBuilder& kpis);
// orders / baseline orders = intensity (+-tolerance, relative).
void OrdersVsBaselineKpi(const Config& config, double tolerance, KpiBuilder& kpis);

}  // namespace ecomgen::validate::detail
