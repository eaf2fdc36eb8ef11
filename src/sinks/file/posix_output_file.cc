#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "sinks/file/output_file.h"

namespace ecomgen {
namespace {

// Large enough that the kernel sees few, big writes; small enough to stay cache friendly.
constexpr size_t kBufferBytes = size_t{1} << 20;

class PosixOutputFile final : public OutputFile {
 public:
  PosixOutputFile(std::string path, int fd) : path_(std::move(path)), fd_(fd) {
    buffer_.reserve(kBufferBytes);
  }
  ~PosixOutputFile() override {
    if (fd_ >= 0) ::close(fd_);
  }

  Status Append(std::string_view bytes) override {
    if (!status_.ok()) return status_;
    size_ += bytes.size();
    if (buffer_.size() + bytes.size() <= kBufferBytes) {
      buffer_.append(bytes);
      return Status::Ok();
    }
    ECOMGEN_RETURN_IF_ERROR(FlushBuffer());
    if (bytes.size() >= kBufferBytes) return WriteAll(bytes);
    buffer_.append(bytes);
    return Status::Ok();
  }

  Status Close() override {
    if (!status_.ok()) return status_;
    ECOMGEN_RETURN_IF_ERROR(FlushBuffer());
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) return Fail("close");
    return Status::Ok();
  }

  uint64_t size() const override { return size_; }

 private:
  Status FlushBuffer() {
    Status status = WriteAll(buffer_);
    buffer_.clear();
    return status;
  }

  Status WriteAll(std::string_view bytes) {
    while (!bytes.empty()) {
      const ssize_t written = ::write(fd_, bytes.data(), bytes.size());
      if (written < 0) {
        if (errno == EINTR) continue;
        return Fail("write");
      }
      bytes.remove_prefix(static_cast<size_t>(written));
    }
    return Status::Ok();
  }

  Status Fail(const char* what) {
    status_ = Status::IOError(std::string(what) + " " + path_ + ": " + std::strerror(errno));
    return status_;
  }

  std::string path_;
  int fd_;
  std::string buffer_;
  uint64_t size_ = 0;
  Status status_;
};

}  // namespace

Result<std::unique_ptr<OutputFile>> OpenPosixFile(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Status::IOError("cannot create " + path + ": " + std::strerror(errno));
  }
  return std::unique_ptr<OutputFile>(std::make_unique<PosixOutputFile>(path, fd));
}

}  // namespace ecomgen
