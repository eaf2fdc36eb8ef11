// The CLI's commands. Each takes the arguments after the command word and returns the exit
// status. Only cli/ prints and picks exit codes; the library returns Status.
#pragma once

#include <string>
#include <vector>

namespace ecomgen::cli {

// `ecomgen <scenario> [options]` and `ecomgen custom --config FILE [options]`.
int RunGenerate(const std::string& scenario, const std::vector<std::string>& args);
// `ecomgen list`.
int RunList(const std::vector<std::string>& args);
// `ecomgen show <scenario>` (also accepts --config FILE and the overrides).
int RunShow(const std::vector<std::string>& args);
// `ecomgen schema`.
int RunSchema(const std::vector<std::string>& args);
// `ecomgen validate DIR [--run PREFIX] [--baseline DIR2]`.
int RunValidateCommand(const std::vector<std::string>& args);
// `ecomgen stream <scenario> [options]`: the events as NDJSON in event-time order.
int RunStream(const std::vector<std::string>& args);
// `ecomgen report DIR [--out FILE]`: a self-contained HTML report of a run.
int RunReportCommand(const std::vector<std::string>& args);
// `ecomgen ddl [--dialect D | --dbt] [--schema NAME] [--parquet-dir DIR]`.
int RunDdl(const std::vector<std::string>& args);

}  // namespace ecomgen::cli
