#include "readers/parquet/page_decompressor.h"

#include <snappy.h>
#include <zstd.h>

namespace ecomgen::parquet {

Status DecompressPage(Codec codec, std::string_view page, size_t uncompressed_bytes,
                      std::string& out) {
  if (uncompressed_bytes > kMaxPageBytes) {
    return Status::InvalidArgument("page of " + std::to_string(uncompressed_bytes) +
                                   " bytes is larger than any ecomgen writes");
  }
  if (codec != Codec::kUncompressed) out.resize(uncompressed_bytes);
  switch (codec) {
    case Codec::kUncompressed:
      if (page.size() != uncompressed_bytes) {
        return Status::InvalidArgument("uncompressed page size does not match its header");
      }
      out.assign(page);
      return Status::Ok();
    case Codec::kZstd: {
      const size_t written = ZSTD_decompress(out.data(), out.size(), page.data(), page.size());
      if (ZSTD_isError(written) || written != uncompressed_bytes) {
        return Status::InvalidArgument("zstd page does not decompress to its header's size");
      }
      return Status::Ok();
    }
    case Codec::kSnappy: {
      size_t length = 0;
      if (!snappy::GetUncompressedLength(page.data(), page.size(), &length) ||
          length != uncompressed_bytes ||
          !snappy::RawUncompress(page.data(), page.size(), out.data())) {
        return Status::InvalidArgument("snappy page does not decompress to its header's size");
      }
      return Status::Ok();
    }
  }
  return Status::InvalidArgument("unsupported compression codec " +
                                 std::to_string(static_cast<int>(codec)));
}

}  // namespace ecomgen::parquet
