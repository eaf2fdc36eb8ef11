// CsvReader: reads RFC 4180 records from a file (or a string) one at a time.
//
// The reader keeps a block buffer and hands out each record's fields as string_views into
// it, unescaping quoted fields in place, so reading allocates only when a record is larger
// than the buffer. Fields may be quoted ("a,b", "say ""hi""", embedded newlines); record
// ends are `\n` (a `\r` before it is dropped, and crlf_line() tells where: the contract's
// files end lines in `\n` alone, so the validator reports it). An empty field comes back empty: the
// caller reads it as NULL (contract section 2).
//
// Errors are sticky: Next returns false and status() tells why, naming the source and the
// line on which the bad record starts ("orders.csv:17: unterminated quoted field").
//
//   std::vector<std::string_view> fields;
//   while (reader->Next(fields)) Use(fields);
//   if (!reader->status().ok()) return reader->status();
//
// Thread safety: none; a reader belongs to one thread.
#pragma once

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ecomgen/result.h"
#include "ecomgen/status.h"

namespace ecomgen::validate {

class CsvReader {
 public:
  // Opens `path` for reading; messages name the file by `path.filename()`.
  static Result<std::unique_ptr<CsvReader>> Open(const std::filesystem::path& path);
  // Reads from `text` (tests); messages name it `name`.
  static std::unique_ptr<CsvReader> FromString(std::string text, std::string name);

  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // Reads the next record into `fields`, whose views stay valid until the next call.
  // Returns false at the end of the input or on an error (then status() is not ok).
  bool Next(std::vector<std::string_view>& fields);

  const Status& status() const { return status_; }
  // The 1-based line on which the record last returned by Next starts.
  int64_t line() const { return record_line_; }
  // The line that ends the record last returned by Next, when it ends in `\r\n`; else 0.
  int64_t crlf_line() const { return crlf_line_; }
  // The name used in messages ("orders.csv").
  const std::string& name() const { return name_; }

  // "orders.csv:17: " + message, as an InvalidArgument Status about the current record.
  Status ErrorAtRecord(std::string_view message) const;

 private:
  CsvReader(std::FILE* file, std::string name);

  // Makes sure [pos_, record_end) holds a whole record; returns false at the end or on error.
  bool FindRecordEnd(size_t* record_end, int64_t* newlines);
  // Reads more bytes after moving the unread tail to the front; false when nothing was read.
  bool Refill();
  bool SplitRecord(size_t begin, size_t end, std::vector<std::string_view>& fields);

  std::FILE* file_ = nullptr;  // null when reading from a string
  std::string name_;
  std::string buffer_;
  size_t pos_ = 0;  // start of the unread bytes
  size_t end_ = 0;  // end of the valid bytes
  bool eof_ = false;
  int64_t next_line_ = 1;
  int64_t record_line_ = 0;
  int64_t crlf_line_ = 0;
  Status status_;
};

}  // namespace ecomgen::validate
