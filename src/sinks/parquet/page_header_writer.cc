#include "sinks/parquet/page_header_writer.h"

#include "sinks/parquet/thrift_compact_writer.h"

namespace ecomgen::parquet {

namespace {
// Field ids of parquet.thrift PageHeader, DataPageHeader and DictionaryPageHeader.
constexpr int16_t kPageType = 1;
constexpr int16_t kPageUncompressedSize = 2;
constexpr int16_t kPageCompressedSize = 3;
constexpr int16_t kPageDataHeader = 5;
constexpr int16_t kPageDictionaryHeader = 7;
constexpr int16_t kDataNumValues = 1;
constexpr int16_t kDataEncoding = 2;
constexpr int16_t kDataDefinitionEncoding = 3;
constexpr int16_t kDataRepetitionEncoding = 4;
constexpr int16_t kDictionaryNumValues = 1;
constexpr int16_t kDictionaryEncoding = 2;

void BeginPageHeader(PageType type, int32_t uncompressed_bytes, int32_t compressed_bytes,
                     ThriftCompactWriter& writer) {
  writer.BeginStruct();
  writer.FieldI32(kPageType, static_cast<int32_t>(type));
  writer.FieldI32(kPageUncompressedSize, uncompressed_bytes);
  writer.FieldI32(kPageCompressedSize, compressed_bytes);
}
}  // namespace

void WriteDataPageHeader(int32_t uncompressed_bytes, int32_t compressed_bytes, int32_t num_values,
                         Encoding encoding, std::string& out) {
  ThriftCompactWriter writer(out);
  BeginPageHeader(PageType::kDataPage, uncompressed_bytes, compressed_bytes, writer);
  writer.FieldStructBegin(kPageDataHeader);
  writer.FieldI32(kDataNumValues, num_values);
  writer.FieldI32(kDataEncoding, static_cast<int32_t>(encoding));
  writer.FieldI32(kDataDefinitionEncoding, static_cast<int32_t>(Encoding::kRle));
  writer.FieldI32(kDataRepetitionEncoding, static_cast<int32_t>(Encoding::kRle));
  writer.EndStruct();
  writer.EndStruct();
}

void WriteDictionaryPageHeader(int32_t uncompressed_bytes, int32_t compressed_bytes,
                               int32_t num_values, std::string& out) {
  ThriftCompactWriter writer(out);
  BeginPageHeader(PageType::kDictionaryPage, uncompressed_bytes, compressed_bytes, writer);
  writer.FieldStructBegin(kPageDictionaryHeader);
  writer.FieldI32(kDictionaryNumValues, num_values);
  writer.FieldI32(kDictionaryEncoding, static_cast<int32_t>(Encoding::kPlain));
  writer.EndStruct();
  writer.EndStruct();
}

}  // namespace ecomgen::parquet
