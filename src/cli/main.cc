// ecomgen: the command-line program. A thin layer over the library: parse, call, report.
#include <cstdio>
#include <string>
#include <vector>

#include "cli/cli_error.h"
#include "cli/commands.h"

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

}  // namespace

int main(int argc, char** argv) {
  namespace cli = ecomgen::cli;
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return cli::kExitUsage;
  }
  const std::string command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
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
