#include "sinks/parquet/page_compressor.h"

#include <snappy.h>
#include <zstd.h>

#include <cassert>

namespace ecomgen::parquet {

Codec CodecFor(Compression compression) {
  switch (compression) {
    case Compression::kZstd:
      return Codec::kZstd;
    case Compression::kSnappy:
      return Codec::kSnappy;
    case Compression::kNone:
      break;
  }
  return Codec::kUncompressed;
}

PageCompressor::PageCompressor(Compression compression) : compression_(compression) {
  if (compression_ == Compression::kZstd) zstd_context_ = ZSTD_createCCtx();
}

PageCompressor::~PageCompressor() {
  if (zstd_context_ != nullptr) ZSTD_freeCCtx(static_cast<ZSTD_CCtx*>(zstd_context_));
}

std::string_view PageCompressor::Compress(std::string_view page) {
  switch (compression_) {
    case Compression::kZstd: {
      buffer_.resize(ZSTD_compressBound(page.size()));
      const size_t written =
          ZSTD_compressCCtx(static_cast<ZSTD_CCtx*>(zstd_context_), buffer_.data(), buffer_.size(),
                            page.data(), page.size(), kZstdLevel);
      // Invariant: the buffer holds ZSTD_compressBound bytes, so compression cannot fail
      // short of running out of memory inside zstd.
      assert(!ZSTD_isError(written) && "zstd compression failed");
      return std::string_view(buffer_.data(), written);
    }
    case Compression::kSnappy: {
      buffer_.resize(snappy::MaxCompressedLength(page.size()));
      size_t written = 0;
      snappy::RawCompress(page.data(), page.size(), buffer_.data(), &written);
      return std::string_view(buffer_.data(), written);
    }
    case Compression::kNone:
      break;
  }
  return page;
}

}  // namespace ecomgen::parquet
