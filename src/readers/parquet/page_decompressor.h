// DecompressPage: the reader's inverse of PageCompressor, for ZSTD, Snappy and uncompressed
// pages. Input is untrusted: a page that does not decompress to exactly the size its header
// promises yields a Status.
//
// Thread safety: stateless.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "ecomgen/status.h"
#include "sinks/parquet/parquet_types.h"

namespace ecomgen::parquet {

// Pages larger than this are rejected before any allocation. ecomgen's pages hold about
// 1 MiB of values (a dictionary page: the whole, small, dictionary).
inline constexpr size_t kMaxPageBytes = size_t{1} << 28;

// Replaces `out` with the `uncompressed_bytes` bytes that `page` decompresses to.
Status DecompressPage(Codec codec, std::string_view page, size_t uncompressed_bytes,
                      std::string& out);

}  // namespace ecomgen::parquet
