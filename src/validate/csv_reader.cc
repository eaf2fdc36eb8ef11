#include "validate/csv_reader.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "readers/regular_file.h"

namespace ecomgen::validate {

namespace {
// Large enough that a refill is rare, small enough to stay in L2-ish territory.
constexpr size_t kBlockBytes = size_t{1} << 20;
// The longest record read: far beyond any row of a run (the longest are a few KB), and a
// bound on the buffer, so a file without line ends cannot take all memory.
constexpr size_t kMaxRecordBytes = size_t{16} << 20;
}  // namespace

CsvReader::CsvReader(std::FILE* file, std::string name) : file_(file), name_(std::move(name)) {}

CsvReader::~CsvReader() {
  if (file_ != nullptr) std::fclose(file_);
}

Result<std::unique_ptr<CsvReader>> CsvReader::Open(const std::filesystem::path& path) {
  const Result<int> fd = OpenRegularFile(path);
  if (!fd) return fd.error();
  std::FILE* file = ::fdopen(*fd, "rb");
  if (file == nullptr) {
    const Status status =
        Status::IOError(path.filename().string() + ": cannot open: " + std::strerror(errno));
    ::close(*fd);
    return status;
  }
  auto reader = std::unique_ptr<CsvReader>(new CsvReader(file, path.filename().string()));
  reader->buffer_.resize(kBlockBytes);
  return reader;
}

std::unique_ptr<CsvReader> CsvReader::FromString(std::string text, std::string name) {
  auto reader = std::unique_ptr<CsvReader>(new CsvReader(nullptr, std::move(name)));
  reader->end_ = text.size();
  reader->buffer_ = std::move(text);
  reader->eof_ = true;
  return reader;
}

Status CsvReader::ErrorAtRecord(std::string_view message) const {
  return Status::InvalidArgument(name_ + ":" + std::to_string(record_line_) + ": " +
                                 std::string(message));
}

bool CsvReader::Refill() {
  if (eof_) return false;
  if (pos_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
  }
  if (end_ == buffer_.size()) {  // one record fills the buffer
    if (buffer_.size() >= kMaxRecordBytes) {
      record_line_ = next_line_;
      status_ = ErrorAtRecord("a record longer than " + std::to_string(kMaxRecordBytes >> 20) +
                              " MiB; no table of a run has records near that long");
      return false;
    }
    buffer_.resize(std::min(buffer_.size() * 2, kMaxRecordBytes));
  }
  const size_t got = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_);
  if (got == 0) {
    if (std::ferror(file_) != 0) {
      status_ = Status::IOError(name_ + ": read error: " + std::strerror(errno));
    }
    eof_ = true;
    return false;
  }
  end_ += got;
  return true;
}

bool CsvReader::FindRecordEnd(size_t* record_end, int64_t* newlines) {
  // A doubled quote inside a quoted field toggles twice, so counting quotes is enough to
  // know whether a newline ends the record.
  size_t scan = pos_;
  bool in_quotes = false;
  int64_t lines = 0;
  while (true) {
    const char* data = buffer_.data();
    for (; scan < end_; ++scan) {
      const char c = data[scan];
      if (c == '"') {
        // Outside quotes, a quote may only open a field or be the second of a "" pair.
        const char previous = scan == pos_ ? ',' : data[scan - 1];
        if (!in_quotes && previous != ',' && previous != '"' && previous != '\n') {
          record_line_ = next_line_ + lines;
          status_ = ErrorAtRecord("quote inside an unquoted field");
          return false;
        }
        in_quotes = !in_quotes;
      } else if (c == '\n') {
        if (!in_quotes) {
          *record_end = scan;
          *newlines = lines;
          return true;
        }
        ++lines;
      }
    }
    const size_t consumed = scan - pos_;
    if (!Refill()) break;
    scan = pos_ + consumed;  // Refill moved the record to the front
  }
  if (!status_.ok()) return false;
  if (pos_ == end_) return false;  // clean end of input
  if (in_quotes) {
    record_line_ = next_line_;
    status_ = ErrorAtRecord("unterminated quoted field");
    return false;
  }
  *record_end = end_;  // last record without a final newline
  *newlines = lines;
  return true;
}

bool CsvReader::Next(std::vector<std::string_view>& fields) {
  fields.clear();
  if (!status_.ok()) return false;
  size_t record_end = 0;
  int64_t newlines = 0;
  if (!FindRecordEnd(&record_end, &newlines)) return false;
  record_line_ = next_line_;
  next_line_ += newlines + 1;
  size_t content_end = record_end;
  crlf_line_ = 0;
  if (content_end > pos_ && buffer_[content_end - 1] == '\r') {
    --content_end;
    crlf_line_ = record_line_ + newlines;
  }
  const bool ok = SplitRecord(pos_, content_end, fields);
  pos_ = record_end < end_ ? record_end + 1 : end_;
  return ok;
}

bool CsvReader::SplitRecord(size_t begin, size_t end, std::vector<std::string_view>& fields) {
  char* data = buffer_.data();
  size_t pos = begin;
  while (true) {
    if (pos < end && data[pos] == '"') {
      // Quoted: unescape in place; the text only shrinks, so writes never pass reads.
      size_t write = pos;
      size_t read = pos + 1;
      while (true) {
        if (read >= end) {
          status_ = ErrorAtRecord("unterminated quoted field");
          return false;
        }
        if (data[read] == '"') {
          if (read + 1 < end && data[read + 1] == '"') {
            data[write++] = '"';
            read += 2;
            continue;
          }
          ++read;
          break;
        }
        data[write++] = data[read++];
      }
      fields.emplace_back(data + pos, write - pos);
      if (read == end) return true;
      if (data[read] != ',') {
        status_ = ErrorAtRecord("unexpected character after a closing quote");
        return false;
      }
      pos = read + 1;
      continue;
    }
    size_t stop = pos;
    while (stop < end && data[stop] != ',') {
      if (data[stop] == '"') {
        status_ = ErrorAtRecord("quote inside an unquoted field");
        return false;
      }
      ++stop;
    }
    fields.emplace_back(data + pos, stop - pos);
    if (stop == end) return true;
    pos = stop + 1;
  }
}

}  // namespace ecomgen::validate
