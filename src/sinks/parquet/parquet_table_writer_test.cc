#include "sinks/parquet/parquet_table_writer.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/test_util.h"
#include "sinks/parquet/parquet_chunk_encoder.h"
#include "sinks/parquet/parquet_test_table.h"

namespace ecomgen::parquet {
namespace {

using testing::AppendTestRows;
using testing::TestSchema;

// An OutputFile that accepts `capacity` bytes, then fails every call (like a full disk).
class FailingOutputFile final : public OutputFile {
 public:
  explicit FailingOutputFile(uint64_t capacity, int* closes)
      : capacity_(capacity), closes_(closes) {}
  Status Append(std::string_view bytes) override {
    if (size_ + bytes.size() > capacity_) return Status::IOError("disk full");
    size_ += bytes.size();
    return Status::Ok();
  }
  Status Close() override {
    ++*closes_;
    return Status::Ok();
  }
  uint64_t size() const override { return size_; }

 private:
  uint64_t capacity_;
  uint64_t size_ = 0;
  int* closes_;
};

void EncodeRows(ParquetChunkEncoder& encoder, int64_t first, size_t rows, EncodedChunk& chunk) {
  Batch batch(TestSchema());
  AppendTestRows(first, rows, batch);
  encoder.Encode(batch, chunk);
}

TEST(ParquetTableWriterTest, WriteErrorsAreStickyAndFinishReportsThem) {
  FormatOptions options;
  options.row_group_rows = 100;  // every chunk closes a row group, so Append writes
  int closes = 0;
  ParquetTableWriter writer(TestSchema(), std::make_unique<FailingOutputFile>(2000, &closes),
                            options);
  ParquetChunkEncoder encoder(TestSchema(), options.compression);
  EncodedChunk chunk;
  Status first_error;
  for (int64_t first = 0; first < 1000 && first_error.ok(); first += 100) {
    EncodeRows(encoder, first, 100, chunk);
    first_error = writer.Append(chunk);
  }
  ASSERT_FALSE(first_error.ok());
  EXPECT_EQ(first_error.code(), Status::Code::kIOError);
  EncodeRows(encoder, 0, 100, chunk);
  EXPECT_EQ(writer.Append(chunk).message(), first_error.message());
  const Status finish = writer.Finish();
  EXPECT_EQ(finish.code(), Status::Code::kIOError);
  EXPECT_EQ(finish.message(), first_error.message());
  EXPECT_EQ(closes, 0);  // a failed file is abandoned, not completed
}

TEST(ParquetTableWriterTest, FooterWriteFailureIsReported) {
  int closes = 0;
  // Enough room for the magic and the data, not for the footer.
  ParquetTableWriter writer(TestSchema(), std::make_unique<FailingOutputFile>(300, &closes),
                            FormatOptions{});
  ParquetChunkEncoder encoder(TestSchema(), Compression::kZstd);
  EncodedChunk chunk;
  EncodeRows(encoder, 0, 2, chunk);
  ASSERT_OK(writer.Append(chunk));  // buffered until the row group closes
  EXPECT_EQ(writer.Finish().code(), Status::Code::kIOError);
}

TEST(ParquetTableWriterTest, AppendHandsBackReusableBuffers) {
  StringOutputFile* file = nullptr;
  auto owned = std::make_unique<StringOutputFile>();
  file = owned.get();
  FormatOptions options;
  options.row_group_rows = 10;
  ParquetTableWriter writer(TestSchema(), std::move(owned), options);
  ParquetChunkEncoder encoder(TestSchema(), options.compression);
  EncodedChunk chunk;
  for (int64_t first = 0; first < 50; first += 10) {
    EncodeRows(encoder, first, 10, chunk);
    ASSERT_OK(writer.Append(chunk));
    EXPECT_TRUE(chunk.bytes.empty());
    EXPECT_EQ(chunk.rows, 0);
  }
  ASSERT_OK(writer.Finish());
  const std::string& data = file->data();
  ASSERT_GT(data.size(), 12U);
  EXPECT_EQ(data.substr(0, 4), "PAR1");
  EXPECT_EQ(data.substr(data.size() - 4), "PAR1");
  EXPECT_EQ(writer.bytes_written(), data.size());
}

}  // namespace
}  // namespace ecomgen::parquet
