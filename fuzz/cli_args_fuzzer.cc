// Fuzzes the generate command's argument parser (cli/generate_args.h): the input is an
// argument vector, words separated by NUL bytes, the first word being the scenario.
//
// Invariants: a rejected command line is InvalidArgument (exit status 2) with a message; an
// accepted one carries a valid config, a thread count in range and a valid shard.
//
// Inputs that mention "config" are skipped: --config reads a file, and a fuzzer must not
// wander the file system (the config loader has its own fuzzer).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cli/generate_args.h"
#include "fuzz_check.h"

namespace {

// More words than any real command line needs; keeps each input cheap.
constexpr size_t kMaxWords = 64;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (input.find("config") != std::string_view::npos) return 0;
  std::vector<std::string> words;
  size_t begin = 0;
  while (begin <= input.size() && words.size() < kMaxWords) {
    const size_t end = std::min(input.find('\0', begin), input.size());
    words.emplace_back(input.substr(begin, end - begin));
    begin = end + 1;
  }
  const std::vector<std::string> args(words.begin() + 1, words.end());
  const ecomgen::Result<ecomgen::cli::GenerateArgs> parsed =
      ecomgen::cli::ParseGenerateArgs(words[0], args);
  if (!parsed) {
    ECOMGEN_FUZZ_CHECK(parsed.error().code() == ecomgen::Status::Code::kInvalidArgument);
    ECOMGEN_FUZZ_CHECK(!parsed.error().message().empty());
    return 0;
  }
  if (parsed->help) return 0;
  const ecomgen::RunOptions& options = parsed->options;
  ECOMGEN_FUZZ_CHECK(ecomgen::ValidateConfig(options.config).ok());
  ECOMGEN_FUZZ_CHECK(options.threads >= 0 && options.threads <= 4096);
  ECOMGEN_FUZZ_CHECK(options.shard_index >= 1 && options.shard_index <= options.shard_count);
  return 0;
}
