#include "validate/validate.h"

#include <fmt/format.h>

#include <cmath>
#include <optional>

#include "validate/behaviour_checks.h"
#include "validate/calendar_checks.h"
#include "validate/cohort_checks.h"
#include "validate/integrity_checks.h"
#include "validate/kpi_eval.h"
#include "validate/noise_checks.h"
#include "validate/people_checks.h"
#include "validate/report.h"
#include "validate/run_facts_builder.h"
#include "validate/run_files.h"
#include "validate/run_summary.h"
#include "validate/run_table_source.h"
#include "validate/run_tables.h"
#include "validate/value_parse.h"

namespace ecomgen::validate {

namespace {

constexpr std::string_view kKpiGroup = "kpi";
constexpr std::string_view kSummaryGroup = "summary";
constexpr std::string_view kBaselineGroup = "baseline";

// The tables the baseline KPIs read.
constexpr TableId kBaselineTables[] = {
    TableId::kProducts,       TableId::kOrders,          TableId::kOrderItems,   TableId::kReturns,
    TableId::kSupportTickets, TableId::kCartAbandonment, TableId::kSystemMetrics};

Result<RunSummary> ReadSummaryOf(const RunFiles& run) {
  if (!run.summary) {
    return Status::IOError(run.dir.string() + ": run " + run.prefix + " has no summary.json");
  }
  return ReadRunSummary(*run.summary);
}

// Reads the baseline run in `dir` and aggregates it over the validated run's window.
Result<RunFacts> ReadBaselineFacts(const std::filesystem::path& dir, const RunSummary& summary,
                                   CheckList& checks) {
  Result<RunFiles> files = FindRun(dir, "");
  if (!files) return files.error();
  Result<RunSummary> baseline_summary = ReadSummaryOf(*files);
  if (!baseline_summary) return baseline_summary.error();
  PreferNamedFiles(baseline_summary->table_files, *files);
  const bool same = baseline_summary->window_start_us == summary.window_start_us &&
                    baseline_summary->window_end_us == summary.window_end_us &&
                    baseline_summary->seed == summary.seed &&
                    baseline_summary->scale == summary.scale;
  checks.Add(
      kBaselineGroup, "baseline matches the run",
      fmt::format("seed {} scale {:g} window {}..{}", summary.seed, summary.scale,
                  FormatTimestampUs(summary.window_start_us),
                  FormatTimestampUs(summary.window_end_us)),
      fmt::format("{}: seed {} scale {:g} window {}..{}", files->prefix, baseline_summary->seed,
                  baseline_summary->scale, FormatTimestampUs(baseline_summary->window_start_us),
                  FormatTimestampUs(baseline_summary->window_end_us)),
      same);
  RunTableSource source(*files);
  Result<RunTables> tables = LoadRunTables(source, kBaselineTables, nullptr);
  if (!tables) return tables.error().WithContext("baseline");
  const RunKeys keys = BuildRunKeys(*tables);
  return BuildRunFacts(*tables, keys, summary.window_start_us, summary.window_end_us, 0);
}

// The baseline facts, or nullopt when there is no way to get a baseline.
Result<std::optional<RunFacts>> BaselineFacts(const ValidateOptions& options,
                                              const RunSummary& summary, CheckList& checks) {
  if (!options.baseline_dir.empty()) {
    Result<RunFacts> facts = ReadBaselineFacts(options.baseline_dir, summary, checks);
    if (!facts) return facts.error();
    return std::optional<RunFacts>(std::move(*facts));
  }
  BaselineRunner runner = options.baseline_runner;
  if (!runner && !options.executable.empty()) runner = ExecBaselineRunner(options.executable);
  if (!runner) {
    checks.Skip(kBaselineGroup, "baseline run", "same seed/scale/window",
                "none given: KPIs against the baseline SKIP");
    return std::optional<RunFacts>();
  }
  TempDir temp;
  ECOMGEN_RETURN_IF_ERROR(temp.Create("ecomgen_validate_"));
  const std::filesystem::path run_dir = temp.path() / "run";
  std::error_code error;
  std::filesystem::create_directory(run_dir, error);
  if (error) return Status::IOError(run_dir.string() + ": " + error.message());
  BaselineRequest request;
  request.seed = summary.seed;
  request.scale = summary.scale;
  request.start_us = summary.window_start_us;
  request.duration_us = summary.window_end_us - summary.window_start_us;
  request.tables.assign(std::begin(kBaselineTables), std::end(kBaselineTables));
  ECOMGEN_RETURN_IF_ERROR(runner(request, run_dir));
  Result<RunFacts> facts = ReadBaselineFacts(run_dir, summary, checks);
  if (!facts) return facts.error();
  return std::optional<RunFacts>(std::move(*facts));
}

void CheckSummaryRows(const RunSummary& summary, const RunTables& tables, CheckList& checks) {
  for (TableId table : kAllTables) {
    const int64_t rows = tables.file_rows[static_cast<size_t>(table)];
    const std::string name(TableName(table));
    const auto found = summary.table_rows.find(name);
    if (rows < 0) {
      // The summary lists only the tables the run wrote: a listed table without its file is a
      // deleted file, not a --tables run, and fails.
      if (found != summary.table_rows.end()) {
        checks.Add(kSummaryGroup, name + " rows", fmt::format("{} (summary)", found->second),
                   "file missing", false);
      }
      continue;
    }
    if (found == summary.table_rows.end()) {
      checks.Skip(kSummaryGroup, name + " rows", "", "not in summary.tables");
      continue;
    }
    checks.Add(kSummaryGroup, name + " rows", fmt::format("{} (summary)", found->second),
               fmt::format("{} (file)", rows), found->second == rows);
  }
}

void AddKpiRows(const std::vector<KpiResult>& kpis, const RunSummary& summary, CheckList& checks) {
  for (const KpiResult& kpi : kpis) {
    if (kpi.skipped) {
      checks.Skip(kKpiGroup, kpi.name, kpi.expected, kpi.actual);
    } else {
      checks.Add(kKpiGroup, kpi.name, kpi.expected, kpi.actual, kpi.ok);
    }
  }
  for (const KpiResult& kpi : kpis) {
    const auto found = summary.kpis.find(kpi.name);
    if (found == summary.kpis.end()) continue;
    const std::string check = "kpis." + kpi.name;
    if (kpi.skipped) {
      checks.Skip(kSummaryGroup, check, fmt::format("{:.6g}", found->second), "not computed");
      continue;
    }
    const double diff = std::fabs(kpi.value - found->second);
    checks.Add(kSummaryGroup, check, fmt::format("{:.6g} (summary)", found->second),
               fmt::format("{:.6g} (files)", kpi.value),
               diff <= kKpiAbsTolerance + kKpiRelTolerance * std::fabs(found->second));
  }
}

// Why the correlation targets do not apply to this run, or "" when they do: the contract
// requires them only at scale >= 1, and the daily series need the orders, support_tickets and
// cart_abandonment tables.
std::string CorrelationSkipReason(const RunSummary& summary) {
  if (!(summary.scale >= 1)) {
    return fmt::format("scale {} < 1: required only at scale >= 1", summary.scale);
  }
  std::string missing;
  for (const std::string_view table : {"orders", "support_tickets", "cart_abandonment"}) {
    if (summary.table_rows.contains(table)) continue;
    missing += (missing.empty() ? "" : ", ") + std::string(table);
  }
  if (!missing.empty()) return "not in this run: " + missing;
  return "";
}

// Validate, once FindRun has found the run's files.
Result<ValidationResult> ValidateFoundRun(const ValidateOptions& options, RunFiles& files) {
  Result<RunSummary> summary = ReadSummaryOf(files);
  if (!summary) return summary.error();
  PreferNamedFiles(summary->table_files, files);
  ValidationResult result;
  result.run_description = fmt::format(
      "run {} in {}: scenario {}, seed {}, scale {:g}, window {} .. {}", files.prefix,
      options.dir.string(), summary->scenario, summary->seed, summary->scale,
      FormatTimestampUs(summary->window_start_us), FormatTimestampUs(summary->window_end_us));
  CheckList& checks = result.checks;
  checks.Add(kSummaryGroup, "config readable", "ConfigFromJson accepts it",
             summary->config_error.empty() ? "ok" : summary->config_error,
             summary->config_error.empty());

  RunFacts facts;
  {
    // The run's tables live only in this block, so they are freed before the baseline loads.
    RunTableSource source(files);
    Result<RunTables> tables = LoadRunTables(source, kAllTables, &checks);
    if (!tables) return tables.error();
    const RunKeys keys = BuildRunKeys(*tables);
    RunIntegrityChecks(*tables, keys, checks);
    RunCohortChecks(summary->config, *tables, keys, checks);
    RunPeopleChecks(*tables, summary->config.business.market, checks);
    RunBehaviourChecks(*tables, keys, summary->window_start_us, summary->window_end_us, checks);
    RunCalendarChecks(*tables, summary->config.business.market, summary->window_start_us,
                      summary->window_end_us, checks);
    RunNoiseChecks(*tables, summary->scale, summary->window_start_us, summary->window_end_us,
                   checks);
    CheckSummaryRows(*summary, *tables, checks);
    facts = BuildRunFacts(*tables, keys, summary->window_start_us, summary->window_end_us,
                          summary->markers.viral_product_id.value_or(0));
  }

  std::optional<RunFacts> baseline;
  if (KpisNeedBaseline(summary->config)) {
    Result<std::optional<RunFacts>> loaded = BaselineFacts(options, *summary, checks);
    if (!loaded) return loaded.error();
    baseline = std::move(*loaded);
  }
  const std::vector<KpiResult> kpis =
      EvaluateKpis(summary->config, summary->markers, facts, baseline ? &*baseline : nullptr);
  AddKpiRows(kpis, *summary, checks);
  result.correlations =
      CheckCorrelations(summary->config, facts, CorrelationSkipReason(*summary), checks);
  result.prefix = files.prefix;
  result.summary = std::move(*summary);
  result.facts = std::move(facts);
  return result;
}

}  // namespace

Result<ValidationResult> Validate(const ValidateOptions& options) {
  Result<RunFiles> files = FindRun(options.dir, options.run_prefix);
  if (!files) return files.error();
  Result<ValidationResult> result = ValidateFoundRun(options, *files);
  // Arguments that name no run are bad usage (FindRun's InvalidArgument, exit 2). A run that is
  // there but cannot be read whole (no summary, a malformed, oversized or special file, a
  // baseline that cannot be read) is a run that fails validation, like a failed check (exit 1).
  if (!result && result.error().code() == Status::Code::kInvalidArgument) {
    return Status::IOError(result.error().message());
  }
  return result;
}

Status RunValidate(const ValidateOptions& options, std::ostream& out, bool* all_ok) {
  Result<ValidationResult> result = Validate(options);
  if (!result) return result.error();
  out << result->run_description << "\n\n";
  PrintCheckTable(result->checks.rows(), out);
  PrintCorrelationMatrix(result->correlations, out);
  out << '\n';
  PrintSummaryLine(result->checks.rows(), out);
  *all_ok = result->checks.failed() == 0;
  return Status::Ok();
}

}  // namespace ecomgen::validate
