// The format registry: one entry per OutputFormat holding everything the rest of the program
// needs to know about it (ecomgen/output_format.h is its public view).
//
// To add a format: an enumerator in OutputFormat, an entry in kFormats (format_registry.cc)
// and the format's own folder under sinks/ (its Format, encoder and writer); validate reads
// it back through a TableSource of its own. docs/architecture.md lists the files.
//
// Thread safety: the registry is immutable.
#pragma once

#include <array>
#include <memory>

#include "ecomgen/output_format.h"
#include "sinks/sink.h"

namespace ecomgen {

struct FormatEntry {
  OutputFormatInfo info;
  // Builds the format's factory for one run.
  std::unique_ptr<Format> (*make)(const FormatOptions& options);
  // File size as a share of the CSV size of the same rows, per Compression (index = the
  // enumerator's value), for the output estimate.
  std::array<double, kCompressionCount> size_share;
  // How much longer a run takes in this format than as CSV, for the --dry-run time.
  double time_factor;
};

// The entry of `format`.
const FormatEntry& FormatEntryFor(OutputFormat format);

}  // namespace ecomgen
