// ecomgen: the command-line program. A thin layer over the library: parse, call, report.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/stop_signals.h"

namespace {

constexpr const char* kUsage =
    "usage: ecomgen <scenario> [options]        generate a built-in scenario\n"
    "       ecomgen custom --config FILE.json   generate a custom scenario\n"
    "       ecomgen list                        the built-in scenarios\n"
    "       ecomgen show <scenario>             the resolved config as JSON\n"
    "       ecomgen schema                      the JSON Schema of config files\n"
    "       ecomgen validate DIR                check a generated run against the contract\n"
    "       ecomgen stream <scenario>           the events as NDJSON, in event-time order\n"
    "       ecomgen report DIR                  an HTML report (charts, checks) of a run\n"
    "       ecomgen ddl [--dialect D | --dbt]   the tables as SQL DDL or dbt sources\n"
    "Run 'ecomgen <command> --help' for the options of a command.\n";

// The commands without a stop-signal watcher: all but a run and `stream` (cli/stop_signals.h).
bool IsUnwatchedCommand(const std::string& command) {
  for (const char* unwatched : {"--help", "-h", "help", "--version", "list", "show", "schema",
                                "validate", "report", "ddl"}) {
    if (command == unwatched) return true;
  }
  return false;
}

// Runs the command word `command` with the arguments after it.
int RunCommand(const std::string& command, const std::vector<std::string>& args) {
  namespace cli = ecomgen::cli;
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(kUsage, stdout);
    return cli::kExitOk;
  }
  if (command == "--version") {
    std::puts("ecomgen 0.1.0");
    return cli::kExitOk;
  }
  if (command == "list") return cli::RunList(args);
  if (command == "show") return cli::RunShow(args);
  if (command == "schema") return cli::RunSchema(args);
  if (command == "validate") return cli::RunValidateCommand(args);
  if (command == "stream") return cli::RunStream(args);
  if (command == "report") return cli::RunReportCommand(args);
  if (command == "ddl") return cli::RunDdl(args);
  return cli::RunGenerate(command, args);
}

}  // namespace

int main(int argc, char** argv) {
  namespace cli = ecomgen::cli;
  // First of all, so that a signal during start-up cannot kill a run (cli/stop_signals.h).
  cli::BlockStopSignals();
  if (argc < 2 || IsUnwatchedCommand(argv[1])) cli::UnblockStopSignalsForCommands();
  if (argc < 2) {
    // One error line like every other usage error; the usage itself is one --help away.
    std::fputs("ecomgen: error: no command given; 'ecomgen --help' lists the commands\n", stderr);
    return cli::kExitUsage;
  }
  int status = cli::kExitOk;
  try {
    status = RunCommand(argv[1], std::vector<std::string>(argv + 2, argv + argc));
  } catch (const std::bad_alloc&) {
    // A memory limit reached outside a run (which handles its own: ecomgen/run.h): one error
    // line and exit 1 instead of std::terminate's abort.
    status = cli::ReportError(ecomgen::Status::IOError("out of memory"));
  }
  // Output to stdout is buffered: a failed write (a full disk, a closed pipe) shows only here.
  // It is a failure of the command, not a success with a truncated answer.
  if (std::fflush(stdout) != 0 || std::ferror(stdout) != 0) {
    const int error = errno;
    if (status != cli::kExitOk) return status;
    return cli::ReportError(ecomgen::Status::IOError(
        std::string("cannot write to standard output: ") + std::strerror(error)));
  }
  return status;
}
