// `ecomgen stream <scenario>`: the scenario's fact-table events as NDJSON, in event-time
// order, on stdout or into a file, as fast as possible or paced to a multiple of real time.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <thread>

#include "cli/cli_error.h"
#include "cli/commands.h"
#include "cli/config_options.h"
#include "cli/stop_signals.h"
#include "ecomgen/batches.h"
#include "ecomgen/stream.h"
#include "ecomgen/timestamps.h"

namespace ecomgen::cli {
namespace {

// Output is written in blocks of about this size (and before every pause of a paced replay).
constexpr size_t kFlushBytes = size_t{1} << 20;
// A paced replay sleeps at most this long at a time, so that a stop request is seen soon.
constexpr auto kLongestSleep = std::chrono::milliseconds(50);

struct StreamArgs {
  ConfigOptions config_options;
  std::string tables;
  std::string from;
  std::string until;
  std::string speed = "max";
  std::string to;
  bool force = false;
};

// Whole lines into a file descriptor, in blocks.
class LineOutput {
 public:
  LineOutput(int fd, std::string name) : fd_(fd), name_(std::move(name)) {
    buffer_.reserve(kFlushBytes + (size_t{64} << 10));
  }
  ~LineOutput() {
    if (fd_ != STDOUT_FILENO) ::close(fd_);
  }
  LineOutput(const LineOutput&) = delete;
  LineOutput& operator=(const LineOutput&) = delete;

  Status Append(std::string_view line) {
    buffer_.append(line);
    return buffer_.size() >= kFlushBytes ? Flush() : Status::Ok();
  }
  Status Flush() {
    size_t done = 0;
    while (done < buffer_.size()) {
      const ssize_t wrote = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
      if (wrote < 0 && errno == EINTR) continue;
      if (wrote < 0) return Status::IOError(name_ + ": " + std::strerror(errno));
      done += static_cast<size_t>(wrote);
    }
    buffer_.clear();
    return Status::Ok();
  }

 private:
  int fd_;
  std::string name_;
  std::string buffer_;
};

Result<std::vector<TableId>> ParseStreamTables(const std::string& list) {
  std::vector<TableId> tables;
  if (list.empty()) return tables;
  std::string known;
  for (const TableId table : StreamedTables()) {
    known += (known.empty() ? "" : ", ") + std::string(TableName(table));
  }
  size_t begin = 0;
  while (begin <= list.size()) {
    const size_t end = std::min(list.find(',', begin), list.size());
    const std::string name = list.substr(begin, end - begin);
    const std::optional<TableId> table = TableFromName(name);
    if (!table || !IsStreamedTable(*table)) {
      return Status::InvalidArgument("--tables: \"" + name +
                                     "\" is not a streamed table (tables: " + known + ")");
    }
    tables.push_back(*table);
    begin = end + 1;
  }
  return tables;
}

// Event seconds per wall-clock second; 0 for "max" (no pacing).
Result<double> ParseSpeed(const std::string& text) {
  if (text == "max") return 0.0;
  double speed = 0;
  size_t used = 0;
  try {
    speed = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != text.size() || !(speed > 0) || speed > 1e12) {
    return Status::InvalidArgument("--speed: expected a positive number or \"max\", got \"" + text +
                                   "\"");
  }
  return speed;
}

Result<int64_t> ParseSpanEnd(const std::string& flag, const std::string& text, int64_t absent) {
  if (text.empty()) return absent;
  Result<int64_t> ts = ParseUtcTimestamp(text);
  if (!ts) return ts.error().WithContext(flag);
  return ts;
}

Result<int> OpenOutput(const StreamArgs& args) {
  if (args.to.empty() || args.to == "-") return STDOUT_FILENO;
  const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (args.force ? O_TRUNC : O_EXCL);
  const int fd = ::open(args.to.c_str(), flags, 0644);
  if (fd >= 0) return fd;
  if (errno == EEXIST) {
    return Status::InvalidArgument("--to " + args.to + ": file exists (use --force to overwrite)");
  }
  return Status::IOError("--to " + args.to + ": " + std::strerror(errno));
}

// Replays the events; returns once all are written or a stop was requested.
Status Replay(EventStream& events, LineOutput& output, double speed, int64_t t0_us,
              std::stop_token stop) {
  const auto wall_start = std::chrono::steady_clock::now();
  while (!stop.stop_requested() && events.Next()) {
    if (speed > 0) {
      const auto due = wall_start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                        std::chrono::duration<double, std::micro>(
                                            static_cast<double>(events.ts_us() - t0_us) / speed));
      if (due > std::chrono::steady_clock::now()) {
        ECOMGEN_RETURN_IF_ERROR(output.Flush());
        while (!stop.stop_requested()) {
          const auto now = std::chrono::steady_clock::now();
          if (now >= due) break;
          std::this_thread::sleep_for(
              std::min<std::chrono::steady_clock::duration>(due - now, kLongestSleep));
        }
        if (stop.stop_requested()) break;
      }
    }
    ECOMGEN_RETURN_IF_ERROR(output.Append(events.line()));
  }
  return output.Flush();
}

}  // namespace

int RunStream(const std::vector<std::string>& args) {
  CLI::App app("Replay a scenario's events as NDJSON in event-time order", "ecomgen stream");
  std::string scenario;
  StreamArgs parsed;
  app.add_option("scenario", scenario, "built-in scenario, or custom with --config")->required();
  AddConfigOptions(app, parsed.config_options);
  app.add_option("--tables", parsed.tables, "comma-separated tables to stream (default: all)");
  app.add_option("--from", parsed.from, "first event time to stream, ISO 8601 UTC");
  app.add_option("--until", parsed.until, "stream the events before this time, ISO 8601 UTC");
  app.add_option("--speed", parsed.speed,
                 "event seconds per wall-clock second (60: an hour a minute), or max (default)");
  app.add_option("--to", parsed.to, "write to this file instead of stdout");
  app.add_flag("--force", parsed.force, "overwrite the --to file if it exists");
  if (const std::optional<int> exit = ParseArgs(app, args)) return *exit;

  if (scenario != "custom") {
    if (const Result<Config> known = BuiltinScenario(scenario); !known) {
      return ReportError(known.error());
    }
  }
  const Result<Config> config = ResolveConfig(scenario, parsed.config_options);
  if (!config) return ReportError(config.error());
  const Result<std::vector<TableId>> tables = ParseStreamTables(parsed.tables);
  if (!tables) return ReportError(tables.error());
  const Result<double> speed = ParseSpeed(parsed.speed);
  if (!speed) return ReportError(speed.error());
  // Without --from/--until every row of the files is streamed (returns requested after the
  // window's end included, as the returns file has them).
  const Result<int64_t> from =
      ParseSpanEnd("--from", parsed.from, std::numeric_limits<int64_t>::min());
  if (!from) return ReportError(from.error());
  const Result<int64_t> until =
      ParseSpanEnd("--until", parsed.until, std::numeric_limits<int64_t>::max());
  if (!until) return ReportError(until.error());
  if (*from >= *until) {
    return ReportError(Status::InvalidArgument("--from " + parsed.from + " is not before --until " +
                                               parsed.until));
  }
  if ((!parsed.from.empty() && *from >= config->end_us()) ||
      (!parsed.until.empty() && *until <= config->start_us)) {
    return ReportError(Status::InvalidArgument(
        "--from/--until: the span " + (parsed.from.empty() ? "..." : parsed.from) + " to " +
        (parsed.until.empty() ? "..." : parsed.until) + " is outside the window " +
        FormatUtcTimestamp(config->start_us) + " to " + FormatUtcTimestamp(config->end_us())));
  }
  const Result<int> fd = OpenOutput(parsed);
  if (!fd) return ReportError(fd.error());

  const StopSignals signals;
  LineOutput output(*fd, parsed.to.empty() ? "stdout" : "--to " + parsed.to);
  const BatchGenerator generator(*config);
  EventStreamOptions options;
  options.tables = *tables;
  options.from_us = *from;
  options.until_us = *until;
  EventStream events(generator, options);
  const Status status =
      Replay(events, output, *speed, std::max(*from, config->start_us), signals.token());
  if (const int signal = signals.caught(); signal != 0) {
    return ReportInterruption(signal, "the output ends at a whole line");
  }
  if (!status.ok()) return ReportError(status);
  return kExitOk;
}

}  // namespace ecomgen::cli
