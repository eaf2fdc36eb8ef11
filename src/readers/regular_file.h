// Opening a file that a reader is about to read back, refusing anything but a regular file.
//
// `validate` reads whatever a directory holds under a run's file names. A FIFO there would
// block the open (and then every read) forever, and a device such as /dev/zero has no end;
// neither can be a run's file, so both are refused before a byte is read. The file is opened
// non-blocking, so that the open itself cannot wait for a FIFO's writer, and checked with
// fstat on the open descriptor, so that it cannot be swapped between the check and the read.
//
// Thread safety: a pure function over the file system.
#pragma once

#include <filesystem>

#include "ecomgen/result.h"

namespace ecomgen {

// A read-only, blocking, close-on-exec descriptor of `path` (symbolic links followed) that
// the caller closes. IOError when it cannot be opened; InvalidArgument naming `path`'s file
// name and what it is ("a FIFO", "a character device", ...) when it is not a regular file.
Result<int> OpenRegularFile(const std::filesystem::path& path);

}  // namespace ecomgen
