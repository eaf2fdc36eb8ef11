#include "sinks/csv/csv_table_writer.h"

#include <utility>

#include "sinks/csv/csv_field_writer.h"

namespace ecomgen::csv {

std::string CsvHeader(const Schema& schema) {
  std::string header;
  for (const ColumnSpec& spec : schema.columns) {
    const size_t used = header.size();
    header.resize(used + StringFieldBytes(spec.name.size()) + 1);
    char* p = WriteStringField(header.data() + used, spec.name);
    *p++ = ',';
    header.resize(static_cast<size_t>(p - header.data()));
  }
  if (header.empty()) return "\n";
  header.back() = '\n';
  return header;
}

CsvTableWriter::CsvTableWriter(const Schema& schema, std::unique_ptr<OutputFile> file)
    : file_(std::move(file)), header_(CsvHeader(schema)) {}

Status CsvTableWriter::Write(std::string_view bytes) {
  if (!status_.ok()) return status_;
  status_ = file_->Append(bytes);
  if (status_.ok()) bytes_written_ += bytes.size();
  return status_;
}

Status CsvTableWriter::WriteHeaderOnce() {
  if (header_written_) return status_;
  header_written_ = true;
  return Write(header_);
}

Status CsvTableWriter::Append(EncodedChunk& chunk) {
  if (!status_.ok()) return status_;
  if (finished_) return status_ = Status::Internal("CSV writer: Append after Finish");
  ECOMGEN_RETURN_IF_ERROR(WriteHeaderOnce());
  if (chunk.bytes.empty()) return Status::Ok();
  return Write(chunk.bytes);
}

Status CsvTableWriter::Finish() {
  if (!status_.ok()) return status_;
  if (finished_) return status_ = Status::Internal("CSV writer: Finish called twice");
  finished_ = true;
  ECOMGEN_RETURN_IF_ERROR(WriteHeaderOnce());
  status_ = file_->Close();
  return status_;
}

}  // namespace ecomgen::csv
