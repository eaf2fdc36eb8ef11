#include "sinks/parquet/page_header_writer.h"

#include "sinks/parquet/thrift_compact_writer.h"
#include "sinks/parquet/thrift_field_ids.h"

namespace ecomgen::parquet {

namespace {
void BeginPageHeader(PageType type, int32_t uncompressed_bytes, int32_t compressed_bytes,
                     ThriftCompactWriter& writer) {
  writer.BeginStruct();
  writer.FieldI32(page_header::kType, static_cast<int32_t>(type));
  writer.FieldI32(page_header::kUncompressedSize, uncompressed_bytes);
  writer.FieldI32(page_header::kCompressedSize, compressed_bytes);
}
}  // namespace

void WriteDataPageHeader(int32_t uncompressed_bytes, int32_t compressed_bytes, int32_t num_values,
                         Encoding encoding, std::string& out) {
  ThriftCompactWriter writer(out);
  BeginPageHeader(PageType::kDataPage, uncompressed_bytes, compressed_bytes, writer);
  writer.FieldStructBegin(page_header::kDataPageHeader);
  writer.FieldI32(data_page_header::kNumValues, num_values);
  writer.FieldI32(data_page_header::kEncoding, static_cast<int32_t>(encoding));
  writer.FieldI32(data_page_header::kDefinitionLevelEncoding, static_cast<int32_t>(Encoding::kRle));
  writer.FieldI32(data_page_header::kRepetitionLevelEncoding, static_cast<int32_t>(Encoding::kRle));
  writer.EndStruct();
  writer.EndStruct();
}

void WriteDictionaryPageHeader(int32_t uncompressed_bytes, int32_t compressed_bytes,
                               int32_t num_values, std::string& out) {
  ThriftCompactWriter writer(out);
  BeginPageHeader(PageType::kDictionaryPage, uncompressed_bytes, compressed_bytes, writer);
  writer.FieldStructBegin(page_header::kDictionaryPageHeader);
  writer.FieldI32(dictionary_page_header::kNumValues, num_values);
  writer.FieldI32(dictionary_page_header::kEncoding, static_cast<int32_t>(Encoding::kPlain));
  writer.EndStruct();
  writer.EndStruct();
}

}  // namespace ecomgen::parquet
