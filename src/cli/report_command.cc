// `ecomgen report DIR`: the run's HTML report (ecomgen/report.h), from the checks of
// `ecomgen validate`.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/config_options.h"
#include "ecomgen/report.h"

namespace ecomgen::cli {

int RunReportCommand(const std::vector<std::string>& args) {
  CLI::App app("Write an HTML report (charts and checks) of a generated run", "ecomgen report");
  ValidateRunOptions options;
  std::string dir;
  std::string baseline;
  std::string out;
  bool force = false;
  app.add_option("dir", dir, "directory holding the run")->required();
  app.add_option("--run", options.run_prefix, "file prefix of the run (default: the newest)");
  app.add_option("--baseline", baseline, "directory of the matching baseline run");
  app.add_option("--out", out, "the HTML file (default: DIR/{prefix}_report.html)");
  app.add_flag("--force", force, "overwrite the report file if it exists");
  if (const std::optional<int> exit = ParseArgs(app, args)) return *exit;
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) {
    return ReportError(Status::InvalidArgument("report: \"" + dir + "\" is not a directory"));
  }
  options.dir = dir;
  options.baseline_dir = baseline;
  options.executable = "/proc/self/exe";
  const Result<RunReport> report = RenderRunReport(options);
  if (!report) return ReportError(report.error());
  if (out.empty()) out = (std::filesystem::path(dir) / (report->prefix + "_report.html")).string();
  const std::string& html = report->html;

  // Written under a temporary name and renamed when complete: no partial report.
  const std::filesystem::path final_path(out);
  if (!force && std::filesystem::exists(final_path, error)) {
    return ReportError(
        Status::InvalidArgument("--out " + out + ": file exists (use --force to overwrite)"));
  }
  const std::filesystem::path temp_path =
      final_path.parent_path() /
      ("." + final_path.filename().string() + ".tmp-" + std::to_string(::getpid()));
  FILE* file = std::fopen(temp_path.c_str(), "wb");
  if (file == nullptr) {
    return ReportError(Status::IOError("--out " + out + ": " + std::strerror(errno)));
  }
  const bool wrote = std::fwrite(html.data(), 1, html.size(), file) == html.size();
  const bool closed = std::fclose(file) == 0;
  if (!wrote || !closed) {
    std::filesystem::remove(temp_path, error);
    return ReportError(Status::IOError("--out " + out + ": write failed"));
  }
  std::filesystem::rename(temp_path, final_path, error);
  if (error) {
    std::filesystem::remove(temp_path, error);
    return ReportError(Status::IOError("--out " + out + ": " + error.message()));
  }
  std::printf("%s: %zu checks, %d failed\n", out.c_str(), report->checks, report->failed);
  return kExitOk;
}

}  // namespace ecomgen::cli
