// The run's files: bytes are gathered into block-aligned buffers, and each full buffer is
// written by a background thread with O_DIRECT while the caller fills the other one.
//
// Why direct I/O: a buffered write(2) copies every byte into the page cache and leaves the
// writeback to kernel threads, and on this project's 2-core virtual machines that kernel work
// cost 2-6 s of CPU per 2.4 GB, a fifth to a third of a whole run (measured with
// `dd bs=1M count=2400`: 5.8 s of system time buffered, 0.2 s with oflag=direct). O_DIRECT
// hands the buffer to the device instead. Such a write returns only when the device has the
// data, hence the write-behind thread: generation goes on meanwhile, and the thread itself
// mostly sleeps. A file system that refuses O_DIRECT (tmpfs on older kernels, some network
// file systems) gets ordinary buffered writes from the same thread.
//
// The first buffers are handed off before they are full (at 1 MiB, then 2 MiB), so that a
// small table's file is mostly written while the table is still being generated: a buffered
// write of a few megabytes at Close costs as much as generating them. Files below 1 MiB never
// start the thread: they are written at Close with one buffered write, like the tail of a
// large file (direct writes must be whole blocks).
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>

#include "sinks/file/output_file.h"

namespace ecomgen {
namespace {

// Each of the two buffers; a multiple of every block size direct I/O asks for.
constexpr size_t kBufferBytes = size_t{4} << 20;
// What the first buffer holds when handed off; each next one holds twice as much, up to
// kBufferBytes. Also a multiple of every block size.
constexpr size_t kFirstHandOffBytes = size_t{1} << 20;
// Buffer addresses are aligned to this (the largest logical block size in common use).
constexpr size_t kBlockAlignment = 4096;
// Disk space is reserved ahead of the writes in steps of this size. Left to delayed
// allocation, ext4 spends several times more kernel time per byte on a large file (2.6 s
// against 0.4 s for 2.4 GB measured here); the step bounds what a run over-reserves.
constexpr uint64_t kReserveBytes = uint64_t{32} << 20;

struct FreeDeleter {
  void operator()(char* bytes) const { std::free(bytes); }
};
using AlignedBytes = std::unique_ptr<char, FreeDeleter>;

AlignedBytes AllocateBuffer() {
  void* bytes = std::aligned_alloc(kBlockAlignment, kBufferBytes);
  if (bytes == nullptr) throw std::bad_alloc();
  return AlignedBytes(static_cast<char*>(bytes));
}

// The file descriptor and what is written through it: used by the background thread for
// full buffers and, once that thread has stopped, by Close for the tail.
class FileWriter {
 public:
  FileWriter(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  ~FileWriter() {
    if (fd_ >= 0) ::close(fd_);
  }
  FileWriter(const FileWriter&) = delete;
  FileWriter& operator=(const FileWriter&) = delete;

  // Writes a whole buffer, directly if the file system allows it.
  Status WriteBlocks(std::string_view bytes) {
    if (direct_ == Direct::kUntried) {
      const int flags = ::fcntl(fd_, F_GETFL);
      direct_ =
          flags >= 0 && ::fcntl(fd_, F_SETFL, flags | O_DIRECT) == 0 ? Direct::kOn : Direct::kOff;
    }
    return WriteAll(bytes);
  }

  // Writes the last bytes of the file (any length) through the page cache, then gives back
  // the space reserved past the end and closes the file.
  Status WriteTailAndClose(std::string_view bytes) {
    if (direct_ == Direct::kOn) ECOMGEN_RETURN_IF_ERROR(SetBuffered());
    ECOMGEN_RETURN_IF_ERROR(WriteAll(bytes));
    if (reserved_ > written_ && ::ftruncate(fd_, static_cast<off_t>(written_)) != 0) {
      return Fail("truncate");
    }
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) return Fail("close");
    return Status::Ok();
  }

 private:
  enum class Direct : uint8_t { kUntried, kOn, kOff };

  Status SetBuffered() {
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags < 0 || ::fcntl(fd_, F_SETFL, flags & ~O_DIRECT) != 0) return Fail("fcntl");
    direct_ = Direct::kOff;
    return Status::Ok();
  }

  // Reserves disk space for the next `bytes` if not yet reserved. Best effort: a file system
  // that cannot reserve (or a disk that is nearly full) is left to write() to report.
  void Reserve(uint64_t bytes) {
    // Small files are left alone: giving back unused reserved space costs milliseconds.
    if (!reserve_ || written_ + bytes <= std::max(reserved_, kReserveBytes)) return;
    const uint64_t from = std::max(reserved_, written_);
    const uint64_t length = std::max(kReserveBytes, written_ + bytes - from);
    if (::fallocate(fd_, FALLOC_FL_KEEP_SIZE, static_cast<off_t>(from),
                    static_cast<off_t>(length)) != 0) {
      reserve_ = false;
      return;
    }
    reserved_ = from + length;
  }

  Status WriteAll(std::string_view bytes) {
    Reserve(bytes.size());
    while (!bytes.empty()) {
      const ssize_t written = ::write(fd_, bytes.data(), bytes.size());
      if (written < 0) {
        if (errno == EINTR) continue;
        // Some file systems take the O_DIRECT flag, then refuse the write itself.
        if (errno == EINVAL && direct_ == Direct::kOn) {
          ECOMGEN_RETURN_IF_ERROR(SetBuffered());
          continue;
        }
        return Fail("write");
      }
      bytes.remove_prefix(static_cast<size_t>(written));
      written_ += static_cast<uint64_t>(written);
    }
    return Status::Ok();
  }

  Status Fail(const char* what) {
    return Status::IOError(std::string(what) + " " + path_ + ": " + std::strerror(errno));
  }

  std::string path_;
  int fd_;
  uint64_t written_ = 0;  // bytes handed to the kernel
  uint64_t reserved_ = 0;
  bool reserve_ = true;  // false once fallocate failed
  Direct direct_ = Direct::kUntried;
};

class PosixOutputFile final : public OutputFile {
 public:
  PosixOutputFile(std::string path, int fd)
      : file_(std::move(path), fd), filling_(AllocateBuffer()) {}
  // A file dropped without Close (a failed run) still waits for its buffer in flight.
  ~PosixOutputFile() override { static_cast<void>(StopWriter()); }

  Status Append(std::string_view bytes) override {
    if (!status_.ok()) return status_;
    size_ += bytes.size();
    while (!bytes.empty()) {
      const size_t take = std::min(bytes.size(), hand_off_bytes_ - filled_);
      std::memcpy(filling_.get() + filled_, bytes.data(), take);
      filled_ += take;
      bytes.remove_prefix(take);
      if (filled_ == hand_off_bytes_) {
        status_ = HandOff();
        if (!status_.ok()) return status_;
      }
    }
    return Status::Ok();
  }

  Status Close() override {
    if (!status_.ok()) return status_;
    status_ = StopWriter();
    if (!status_.ok()) return status_;
    status_ = file_.WriteTailAndClose(std::string_view(filling_.get(), filled_));
    return status_;
  }

  uint64_t size() const override { return size_; }

 private:
  // Gives the filled buffer to the writer thread (once it is done with the one before) and
  // continues in the other buffer. Returns the writer's failure, if it had one.
  Status HandOff() {
    if (!writer_.joinable() && !synchronous_) {
      spare_ = AllocateBuffer();
      try {
        writer_ = std::thread([this] { WriterLoop(); });
      } catch (const std::system_error&) {
        // No thread to be had (a process or memory limit): this file is written on the
        // caller's thread instead, slower but the same bytes.
        synchronous_ = true;
        spare_.reset();
      }
    }
    if (synchronous_) {
      const Status written = file_.WriteBlocks(std::string_view(filling_.get(), filled_));
      filled_ = 0;
      hand_off_bytes_ = std::min(kBufferBytes, 2 * hand_off_bytes_);
      return written;
    }
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return pending_ == nullptr; });
    if (!writer_status_.ok()) return writer_status_;
    pending_ = filling_.get();
    pending_bytes_ = filled_;
    std::swap(filling_, spare_);
    filled_ = 0;
    hand_off_bytes_ = std::min(kBufferBytes, 2 * hand_off_bytes_);
    changed_.notify_all();
    return Status::Ok();
  }

  void WriterLoop() {
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [this] { return pending_ != nullptr || stopping_; });
      if (pending_ == nullptr) return;  // stopping, and nothing left to write
      const std::string_view bytes(pending_, pending_bytes_);
      lock.unlock();
      Status status = file_.WriteBlocks(bytes);
      lock.lock();
      if (!status.ok()) writer_status_ = status;
      pending_ = nullptr;
      changed_.notify_all();
    }
  }

  // Waits for the buffer in flight, ends the writer thread and returns its status.
  Status StopWriter() {
    if (!writer_.joinable()) return Status::Ok();
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    writer_.join();
    return writer_status_;
  }

  FileWriter file_;
  AlignedBytes filling_;  // the buffer Append copies into
  AlignedBytes spare_;    // the other one, allocated with the writer thread
  size_t filled_ = 0;
  // What `filling_` holds when it is handed off.
  size_t hand_off_bytes_ = kFirstHandOffBytes;
  uint64_t size_ = 0;         // bytes appended
  Status status_;             // sticky: the first failure seen by Append or Close
  bool synchronous_ = false;  // no writer thread could be started: Append writes itself

  std::mutex mutex_;
  std::condition_variable changed_;
  // Guarded by mutex_:
  const char* pending_ = nullptr;  // a handed-off buffer the writer thread has not finished
  size_t pending_bytes_ = 0;       // its length
  bool stopping_ = false;
  Status writer_status_;

  std::thread writer_;  // last: started after, and joined before, everything it uses
};

}  // namespace

Result<std::unique_ptr<OutputFile>> OpenPosixFile(const std::string& path) {
  return OpenPosixFileAt(AT_FDCWD, path, path);
}

Result<std::unique_ptr<OutputFile>> OpenPosixFileAt(int dir_fd, const std::string& name,
                                                    const std::string& path) {
  // O_EXCL makes the file new: an existing name, and above all a symbolic link planted
  // under it, is refused instead of being truncated or written through (O_EXCL does not
  // follow a link in the last component; O_NOFOLLOW says so twice).
  const int fd =
      ::openat(dir_fd, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  if (fd < 0) {
    if (errno == EEXIST || errno == ELOOP) {
      return Status::IOError("cannot create " + path +
                             ": a file or symbolic link of that name already exists, and a run "
                             "writes only files it created itself");
    }
    return Status::IOError("cannot create " + path + ": " + std::strerror(errno));
  }
  try {
    return AdoptPosixFile(path, fd);
  } catch (const std::bad_alloc&) {
    // The buffer did not fit (the descriptor is closed by then): the file this call created
    // goes too, since no caller knows of it yet.
    ::unlinkat(dir_fd, name.c_str(), 0);
    throw;
  }
}

std::unique_ptr<OutputFile> AdoptPosixFile(const std::string& path, int fd) {
  return std::make_unique<PosixOutputFile>(path, fd);
}

}  // namespace ecomgen
